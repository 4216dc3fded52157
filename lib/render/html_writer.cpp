#include "render/html_writer.hpp"

#include "render/chart_svg.hpp"
#include "text/words.hpp"

#include <algorithm>
#include <cctype>

#include "data/language_data.hpp"
#include "model/inlines.hpp"
#include "model/links.hpp"
#include "model/table.hpp"
#include "model/summary.hpp"
#include "render/large_print_text.hpp"
#include "text/utf8.hpp"

namespace aksesibel::render {

std::string escape(std::string_view s) { return text::escape_html(s); }

std::string html_datetime(std::string_view iso) {
  return std::string(iso.rfind("--", 0) == 0 ? iso.substr(2) : iso);
}

std::string page_start(const data::LanguageData& words, const std::string& language, const std::string& title,
                       const std::string& css, bool skip_link) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"" + escape(language.empty() ? "id" : language) + "\">\n<head>\n";
  out += "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<title>" + escape(title) + "</title>\n";
  out += "<style>\n" + css + "</style>\n</head>\n<body>\n";
  if (skip_link) out += "<a class=\"lompat\" href=\"#isi\">" + escape(data::interface_text(words, "skip-link")) + "</a>\n";
  return out;
}

bool safe_link(std::string_view href) { return model::safe_href(href, false); }

namespace {


bool numeric_cell(const Inlines& cell) {
  const std::string t(text::trim(plain_text(cell)));
  return has_number(cell) || t == "-" || t == "–";
}

// Large print never splits a word: a word with a hyphen ("anak-anak") is kept
// on one line (browsers break after hyphens).
std::string keep_words_whole(const std::string& s) {
  std::string out;
  std::size_t i = 0;
  while (i < s.size()) {
    const std::size_t end = std::min(s.find(' ', i), s.size());
    const std::string word = s.substr(i, end - i);
    const std::size_t dash = word.find('-');
    // (Not a long word or an address: on a narrow screen it could not stay on one line anyway.)
    const bool compound = dash != std::string::npos && dash > 0 && dash + 1 < word.size() &&
                          text::length_in_code_points(word) <= 24 && word.find('/') == std::string::npos;
    if (compound) out += "<span class=\"utuh\">" + escape(word) + "</span>";
    else out += escape(word);
    if (end < s.size()) out += ' ';
    i = end + 1;
  }
  return out;
}

}  // namespace

std::string HtmlWriter::inline_node(const Inline& i, const Inlines& siblings, std::size_t index, bool expand) {
  switch (i.kind) {
    case Inline::Kind::Text: return style_.large_print ? keep_words_whole(i.text) : escape(i.text);
    case Inline::Kind::LineBreak: return style_.xhtml ? "<br/>" : "<br>";
    case Inline::Kind::Emphasis:
      return style_.large_print ? "<strong>" + inlines(i.children, expand) + "</strong>"
                                : "<em>" + inlines(i.children, expand) + "</em>";
    case Inline::Kind::Strong: return "<strong>" + inlines(i.children, expand) + "</strong>";
    case Inline::Kind::Link:
      if (!safe_link(i.href)) return inlines(i.children, expand);
      return "<a href=\"" + escape(i.href) + "\">" + inlines(i.children, expand) + "</a>";
    case Inline::Kind::Number: return escape(reader_text(i));
    case Inline::Kind::Date: {
      return "<time datetime=\"" + escape(html_datetime(i.iso)) + "\">" + escape(i.text) + "</time>";
    }
    case Inline::Kind::Time:
      return "<time datetime=\"" + escape(i.iso) + "\"" + (style_.large_print ? " class=\"utuh\"" : "") + ">" +
             escape(i.text) + "</time>";
    case Inline::Kind::Abbreviation: {
      if (i.expansion.empty()) return escape(i.text);
      const std::string abbr = "<abbr title=\"" + escape(i.expansion) + "\">" + escape(i.text) + "</abbr>";
      if (!expand || expanded_.count(i.text)) return abbr;
      expanded_.insert(i.text);
      const std::string after = plain_text(Inlines(siblings.begin() + static_cast<long>(index) + 1, siblings.end()));
      if (model::expansion_around(preceding_, after, i.expansion)) return abbr;
      // At the start of a block the expansion starts with a capital ("Rumah sakit (RS) …").
      std::string expansion = i.expansion;
      if (text::trim(preceding_).empty() && !expansion.empty() && std::islower(static_cast<unsigned char>(expansion[0])))
        expansion[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(expansion[0])));
      return escape(expansion) + " (" + abbr + ")";
    }
  }
  return {};
}

std::string HtmlWriter::inlines(const Inlines& in0, bool expand) {
  const Inlines in = style_.large_print ? without_capital_blocks(in0) : in0;
  if (depth_ == 0) preceding_.clear();  // a new block, cell or heading
  ++depth_;
  std::string out;
  for (std::size_t k = 0; k < in.size(); ++k) {
    out += inline_node(in[k], in, k, expand);
    if (in[k].children.empty()) preceding_ += in[k].kind == Inline::Kind::LineBreak ? " " : in[k].text;
  }
  --depth_;
  return out;
}

int HtmlWriter::heading_level(int wanted) {
  // Levels follow the document's but never skip one (h2 after h1, not h4).
  int level = std::clamp(wanted, base_level_, 6);
  if (level > last_level_ + 1) level = last_level_ + 1;
  last_level_ = level;
  return level;
}

std::string HtmlWriter::id(const std::string& anchor) const {
  return style_.anchors && !anchor.empty() ? " id=\"" + escape(anchor) + "\"" : "";
}

std::string HtmlWriter::blocks(const std::vector<Block>& bs, int base_level, const std::string& prefix, std::size_t first) {
  base_level_ = base_level;
  last_level_ = base_level - 1;
  std::string out;
  std::string context;
  for (std::size_t k = 0; k < bs.size(); ++k) {
    const Block& b = bs[k];
    out += block(b, context, prefix + std::to_string(first + k));
    context = b.kind == Block::Kind::Paragraph || b.kind == Block::Kind::Heading ? plain_text(b.inlines) : "";
  }
  return out;
}

std::string HtmlWriter::block(const Block& b, const std::string& context, const std::string& anchor) {
  switch (b.kind) {
    case Block::Kind::Heading: {
      std::string h = "h";
      h += std::to_string(heading_level(b.level + base_level_ - 2));
      return "<" + h + id(anchor) + ">" + inlines(b.inlines) + "</" + h + ">\n";
    }
    case Block::Kind::Paragraph: {
      // The talking EPUB highlights a paragraph sentence by sentence: each in
      // a span whose id the spoken script names (speech::Utterance::anchor).
      const std::vector<Inlines> sentences =
          style_.anchors ? model::sentences(b.inlines, words_.no_break_after) : std::vector<Inlines>{};
      if (sentences.size() < 2) return "<p" + id(anchor) + ">" + inlines(b.inlines) + "</p>\n";
      std::string out = "<p" + id(anchor) + ">";
      for (std::size_t k = 0; k < sentences.size(); ++k)
        out += (k ? " " : "") + std::string("<span") + id(anchor + "-s" + std::to_string(k)) + ">" + inlines(sentences[k]) +
               "</span>";
      return out + "</p>\n";
    }
    case Block::Kind::Note: return "<p class=\"catatan\"" + id(anchor) + ">" + inlines(b.inlines) + "</p>\n";
    case Block::Kind::Quote: {
      std::string inner;
      for (std::size_t k = 0; k < b.children.size(); ++k) inner += block(b.children[k], "", anchor + "-" + std::to_string(k));
      return "<blockquote>\n" + inner + "</blockquote>\n";
    }
    case Block::Kind::List: return list(b, anchor);
    case Block::Kind::Table: return table(b, context, anchor);
  }
  return {};
}

std::string HtmlWriter::list(const Block& b, const std::string& anchor) {
  std::string out = b.ordered ? (b.start != 1 ? "<ol start=\"" + std::to_string(b.start) + "\">\n" : "<ol>\n") : "<ul>\n";
  for (std::size_t j = 0; j < b.items.size(); ++j) {
    const auto& item = b.items[j];
    const std::string item_anchor = anchor + "-" + std::to_string(j);
    out += "<li" + id(item_anchor) + ">";
    if (item.size() == 1 && item[0].kind == Block::Kind::Paragraph) {
      out += inlines(item[0].inlines);
    } else {
      std::string context;
      for (std::size_t k = 0; k < item.size(); ++k) {
        const Block& ib = item[k];
        out += block(ib, context, item_anchor + "-" + std::to_string(k));
        context = ib.kind == Block::Kind::Paragraph ? plain_text(ib.inlines) : "";
      }
    }
    out += "</li>\n";
  }
  return out + (b.ordered ? "</ol>\n" : "</ul>\n");
}

std::string HtmlWriter::table(const Block& t, const std::string& context, const std::string& anchor) {
  ++tables_;
  // A chart first (its picture), then the table that is its text alternative.
  const std::string chart = chart_svg(t, words_, "grafik-" + std::to_string(tables_), style_.xhtml);
  // Every table has a caption: its own, else the line that introduces it, else a number.
  std::string caption = inlines(t.inlines);
  if (caption.empty() && !context.empty()) {
    std::string c(text::trim(context));
    if (!c.empty() && c.back() == ':') c.pop_back();
    caption = escape(style_.large_print ? normal_case_words(c) : c);
  }
  if (caption.empty())
    caption = escape(data::interface_text(words_, "table-numbered", {{"n", std::to_string(tables_)}}));

  if (style_.large_print) {
    // A table wider than the line is a labelled list.
    std::size_t width = 0;
    std::vector<std::size_t> cols;
    auto measure = [&](const Block::Row& r) {
      for (std::size_t c = 0; c < r.size(); ++c) {
        if (cols.size() <= c) cols.push_back(0);
        cols[c] = std::max(cols[c], text::length_in_code_points(plain_text(r[c])));
      }
    };
    measure(t.header);
    for (const auto& r : t.rows) measure(r);
    for (std::size_t w : cols) width += w + 3;
    if (width > style_.line_characters) return chart + table_as_list(t, caption);
  }

  // A table of more than two columns may be wider than a phone: it scrolls in
  // its own region (named by its caption, reachable by keyboard) so that the
  // page itself never scrolls sideways. In large print even a two-column
  // table can be (at 18 pt, inside a list: 330 CSS px at 320); on screen,
  // narrow tables need no such wrapper.
  std::size_t columns = t.header.size();
  for (const auto& r : t.rows) columns = std::max(columns, r.size());
  const bool wide = columns > 2 || style_.large_print;
  const std::string id = "tabel-" + std::to_string(tables_);
  std::string out = chart + (wide ? "<div class=\"tabel\" role=\"region\" aria-labelledby=\"" + id + "\" tabindex=\"0\">\n" : "");
  out += "<table" + this->id(anchor) + ">\n<caption id=\"" + id + "\">" + caption + "</caption>\n";
  if (!t.header.empty()) {
    out += "<thead><tr>";
    for (const auto& c : t.header) out += "<th scope=\"col\">" + inlines(c, false) + "</th>";
    out += "</tr></thead>\n";
  }
  out += "<tbody>\n";
  for (std::size_t j = 0; j < t.rows.size(); ++j) {
    const auto& r = t.rows[j];
    out += "<tr" + this->id(anchor + "-r" + std::to_string(j)) + ">";
    for (std::size_t c = 0; c < r.size(); ++c) {
      if (c == 0 && t.row_headers) {
        out += "<th scope=\"row\">" + inlines(r[c]) + "</th>";
      } else {
        out += std::string(numeric_cell(r[c]) ? "<td class=\"angka\">" : "<td>") + inlines(r[c]) + "</td>";
      }
    }
    out += "</tr>\n";
  }
  return out + "</tbody>\n</table>\n" + (wide ? "</div>\n" : "");
}

std::string HtmlWriter::table_as_list(const Block& t, const std::string& caption) {
  std::string out = "<p class=\"keterangan-tabel\"><strong>" + caption + "</strong></p>\n<ul class=\"tabel-daftar\">\n";
  for (const model::TableLine& line : model::table_lines(t)) {
    out += "<li>";
    if (line.label) out += "<strong>" + inlines(*line.label) + "</strong>";
    for (std::size_t f = 0; f < line.fields.size(); ++f) {
      out += f == 0 ? (line.label ? model::kAfterLabel : "") : model::kBetweenFields;
      if (line.fields[f].header) out += inlines(*line.fields[f].header, false) + model::kAfterHeader;
      out += inlines(*line.fields[f].value);
    }
    out += std::string(model::line_end(line)) + "</li>\n";
  }
  return out + "</ul>\n";
}

}  // namespace aksesibel::render
