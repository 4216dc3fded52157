// The reader for bulletins published as plain text.
#pragma once

#include <string>

#include "aksesibel/document.hpp"
#include "clean/boilerplate.hpp"

namespace aksesibel::readers {

/// Lines → blocks: paragraphs, headings, numbered and bulleted lists,
/// "Label: value" tables and tables of aligned columns. Boilerplate lines are
/// removed (and recorded) before the structure is found. Metadata (title,
/// dateline) is left to find_front_matter().
Document read_text(const std::string& text, const clean::Boilerplate& boilerplate, const std::string& source_name);

}  // namespace aksesibel::readers
