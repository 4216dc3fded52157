// The reader for web pages (libxml2's HTML parser, no network, no entity
// expansion beyond HTML's own character references).
#pragma once

#include <string>

#include "aksesibel/document.hpp"
#include "aksesibel/read.hpp"
#include "clean/boilerplate.hpp"

namespace aksesibel::readers {

/// The main content of a page (its <article> or <main>, else the block with
/// the most running text, plus tables of figures found elsewhere) as blocks;
/// page parts that are not content (script, style, nav, aside, footer, form,
/// hidden elements, comments, and elements whose class names boilerplate)
/// are dropped and the ones with text are recorded in Document::removed.
/// The title comes from the first <h1> of the content, else <title>.
/// `options` gives the limits (nesting, attributes, table cells) and
/// lenient; `source_name` names the page in messages.
Document read_html(const std::string& text, const clean::Boilerplate& boilerplate, const data::LanguageData& data,
                   const ReadOptions& options, const std::string& source_name);

}  // namespace aksesibel::readers
