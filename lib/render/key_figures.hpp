// The key figures of a bulletin (for the "Ringkasan" of the HTML and of the
// plain-language version): the rows of its top-level "Label: figure" tables.
#pragma once

#include <string>
#include <vector>

#include "aksesibel/document.hpp"

namespace aksesibel::render {

struct KeyFigure {
  Inlines label;    ///< "Positif"
  Inlines value;    ///< "14.054" (with its Number inline)
  Inlines context;  ///< the table's caption ("Ringkasan Sulawesi Tengah"), may be empty
};

/// Rows of two-column label/figure tables standing at the top level (not the
/// per-regency tables inside a list), in document order, at most `limit`.
std::vector<KeyFigure> key_figures(const Document& doc, std::size_t limit = 12);

}  // namespace aksesibel::render
