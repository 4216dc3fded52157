// aksesibel — the bulletin as one message to forward in a chat (format
// "message"): WhatsApp groups are how most bulletins reach PPDI's members.
#pragma once

#include <cstddef>
#include <string>

namespace aksesibel {

/// Options of the message (format "message", docs/message.md).
struct MessageOptions {
  /// Where the full braille, large-print and web versions can be had ("Minta
  /// ke PPDI Sulteng: 0812…"); empty for the sentence of data/interface-id.tsv
  /// (message-where), which sends the reader to whoever sent the message.
  std::string where;
  /// At most this many characters (code points) in all. The headline, the
  /// date, the source and `where` always stay; Ringkasan lines and then
  /// sentences that do not fit are left out whole, never cut.
  std::size_t max_characters = 1000;
};

}  // namespace aksesibel
