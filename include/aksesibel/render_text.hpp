// aksesibel — the cleaned document as plain UTF-8 text (format "text").
#pragma once

#include <string>

#include "aksesibel/document.hpp"

namespace aksesibel {

/// Options of the text output (format "text").
struct TextOptions {
  /// Print the rubric, the headline and the dateline above the body. An inferred
  /// headline (the first sentence standing in) is never printed: the body
  /// already holds it.
  bool headline = true;
};

/// Blocks separated by blank lines; lists as "1. …" / "- …" with their
/// tables indented under the item; "Label: value" tables as such lines,
/// other tables as aligned columns when they fit 80 characters, else as the
/// labelled lines braille and large print use ("Kota Palu: Kasus baru 75;
/// Total 5.017"). Ends with a newline.
std::string render_text(const Document& doc, const TextOptions& options = {});

}  // namespace aksesibel
