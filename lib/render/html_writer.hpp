// Writing the model as HTML: the part the screen-reader page and the
// large-print page share (inlines, blocks, tables, escaping).
#pragma once

#include <set>
#include <map>
#include <string>
#include <string_view>

#include "aksesibel/document.hpp"
#include "data/language_data.hpp"

namespace aksesibel::render {

/// Text escaped for HTML content and attribute values.
std::string escape(std::string_view s);

/// The start of every web page the library writes (the screen-reader page,
/// large print, plain language, the braille proof): doctype, <html lang>,
/// <head> with charset, viewport, `title` (escaped here) and `css`, then
/// <body> and, when `skip_link`, the link to the main content (#isi), in
/// the interface words of `words`.
std::string page_start(const data::LanguageData& words, const std::string& language, const std::string& title,
                       const std::string& css, bool skip_link);
/// An ISO date as HTML's datetime attribute wants it: a date without a year is
/// "--MM-DD" in ISO 8601 and "MM-DD" in HTML.
std::string html_datetime(std::string_view iso);

/// Whether a link target may appear in the output (http, https, mailto).
bool safe_link(std::string_view href);

struct HtmlStyle {
  /// Large print: emphasis in bold, no blocks of capitals, tables that do not
  /// fit the line as labelled lists.
  bool large_print = false;
  /// Large print: characters per line, for deciding whether a table fits.
  std::size_t line_characters = 65;
  /// EPUB: XML syntax (<br/>, the SVG namespace), for XHTML content documents.
  bool xhtml = false;
  /// The talking EPUB: an id on every element the spoken script reads
  /// (speech::Utterance::anchor), for its media overlays.
  bool anchors = false;
};

class HtmlWriter {
 public:
  /// `words`: the interface words (data/interface-id.tsv: "Tabel N").
  HtmlWriter(HtmlStyle style, const data::LanguageData& words) : style_(style), words_(words) {}

  /// Inlines; abbreviations written out at their first use (unless the text
  /// around them already does) and marked with <abbr title>.
  std::string inlines(const Inlines& in, bool expand_abbreviations = true);
  /// Blocks; heading levels continue from `base_level` without gaps. With
  /// HtmlStyle::anchors, block k's id is `prefix` followed by `first` + k.
  std::string blocks(const std::vector<Block>& blocks, int base_level, const std::string& prefix = "b",
                     std::size_t first = 0);

 private:
  std::string inline_node(const Inline& i, const Inlines& siblings, std::size_t index, bool expand);
  std::string block(const Block& b, const std::string& context, const std::string& anchor);
  std::string table(const Block& t, const std::string& context, const std::string& anchor);
  std::string table_as_list(const Block& t, const std::string& caption);
  std::string list(const Block& b, const std::string& anchor);
  /// ` id="…"` for the element read as `anchor`, when anchors are on.
  std::string id(const std::string& anchor) const;
  int heading_level(int wanted);

  HtmlStyle style_;
  const data::LanguageData& words_;
  std::set<std::string> expanded_;
  int base_level_ = 2;
  int last_level_ = 1;
  int tables_ = 0;
  int depth_ = 0;            ///< nesting of inlines() calls
  std::string preceding_;    ///< the plain text written so far in the current block
};

}  // namespace aksesibel::render
