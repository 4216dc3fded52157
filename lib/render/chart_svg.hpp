// A table's bar chart (model/chart.hpp) as SVG for the web pages: a figure
// whose picture is one image for assistive technology, named by its caption;
// the table after it is its text alternative.
#pragma once

#include <string>

#include "aksesibel/document.hpp"
#include "data/language_data.hpp"

namespace aksesibel::render {

/// The <figure> of the chart of `table`, or "" when it has none. `id` makes
/// its element ids unique in the page; `xml`: for XHTML, with the SVG
/// namespace declared (HTML puts <svg> in it by itself).
std::string chart_svg(const Block& table, const data::LanguageData& words, const std::string& id, bool xml = false);

}  // namespace aksesibel::render
