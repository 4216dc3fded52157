// The message for a chat (format "message"): lib/render/message.cpp.
#pragma once

#include <string>

#include "aksesibel/document.hpp"
#include "aksesibel/message.hpp"
#include "aksesibel/plain.hpp"
#include "data/language_data.hpp"

namespace aksesibel {

/// The headline in bold, the bulletin's date, the Ringkasan of `doc` as
/// short lines, the first sentences of `plain` (the plain-language version;
/// not the explanations of hard words it adds, for which a message has no room),
/// the source and where to get the full versions; at most
/// options.max_characters code points, whatever is left out left out whole.
std::string render_message(const Document& doc, const Simplification& plain, const MessageOptions& options,
                           const data::LanguageData& words);

}  // namespace aksesibel
