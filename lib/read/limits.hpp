// The length limits of ReadOptions::limits that hold for every input format:
// line, word and number lengths (docs/security.md). The HTML-only limits
// (nesting, attributes, table cells) are in read/html_tree.hpp and the
// reader's tables.
#pragma once

#include <string>
#include <string_view>

#include "aksesibel/document.hpp"
#include "aksesibel/read.hpp"

namespace aksesibel::readers {

/// A text bulletin: every line within `limits.max_line_length` characters,
/// and every word and number within theirs. Throws Error(InputTooLarge) with
/// the line and byte offset (of the decoded text) of the first one past a limit.
void check_text_limits(std::string_view text, const ReadLimits& limits, const std::string& source_name);

/// Any document once read (the text of a page's content): every word and
/// number within the limits, located by the line of its block.
void check_document_limits(const Document& doc, const ReadLimits& limits, const std::string& source_name);

}  // namespace aksesibel::readers
