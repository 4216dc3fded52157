// What the base layer keeps of the language of messages (aksesibel/messages.hpp):
// whether to look messages up in the catalogue at all.
#pragma once

namespace aksesibel::text {

/// Set by set_message_language() once it has bound the catalogue.
void set_translating(bool on);

}  // namespace aksesibel::text
