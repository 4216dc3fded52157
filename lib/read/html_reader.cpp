#include "read/html_reader.hpp"

#include "aksesibel/messages.hpp"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cstring>
#include <functional>
#include <unordered_set>
#include <map>
#include <memory>
#include <mutex>
#include <optional>

#include "aksesibel/error.hpp"
#include "model/inlines.hpp"
#include "model/links.hpp"
#include "read/blocks.hpp"
#include "read/html_tree.hpp"
#include "text/regex.hpp"
#include "text/utf8.hpp"
#include "text/words.hpp"

namespace aksesibel::readers {

// The largest list start taken from <ol start>; beyond it the list counts from 1.
constexpr long kMaxListStart = 1000000;

namespace {

struct DocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};

std::string name_of(const xmlNode* n) {
  std::string s = n->name ? reinterpret_cast<const char*>(n->name) : "";
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

std::string attr(const xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  if (!v) return {};
  std::string s(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return s;
}

bool has_attr(const xmlNode* n, const char* name) { return xmlHasProp(n, reinterpret_cast<const xmlChar*>(name)) != nullptr; }

bool is(const xmlNode* n, std::initializer_list<const char*> names) {
  if (!n || n->type != XML_ELEMENT_NODE) return false;
  const std::string nm = name_of(n);
  for (const char* x : names)
    if (nm == x) return true;
  return false;
}


// All text below a node, as it would be read (no collapsing).
void raw_text(const xmlNode* n, std::string& out) {
  for (const xmlNode* c = n->children; c; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      if (c->content) out += reinterpret_cast<const char*>(c->content);
    } else if (c->type == XML_ELEMENT_NODE && !is(c, {"script", "style", "template"})) {
      raw_text(c, out);
    }
  }
}

std::string text_of(const xmlNode* n) {
  std::string s;
  raw_text(n, s);
  return text::collapse_spaces(s);
}


class Converter {
 public:
  Converter(const clean::Boilerplate& bp, const data::LanguageData& data, Document& doc, const ReadLimits& limits,
            const std::string& source_name)
      : bp_(bp), data_(data), doc_(doc), limits_(limits), source_name_(source_name) {}

  // Page parts that are never content.
  std::optional<std::string> drop_reason(const xmlNode* n, bool inside_content) const {
    if (n->type != XML_ELEMENT_NODE) return std::nullopt;
    if (is(n, {"script", "style", "noscript", "template", "head", "link", "meta", "iframe", "object", "embed",
               "svg", "canvas", "audio", "video", "map", "button", "select", "input", "textarea",
               "frameset", "frame"}))
      return std::string("kode-halaman");
    if (is(n, {"nav", "menu"})) return std::string("navigasi");
    if (is(n, {"aside"})) return std::string("sisipan-samping");
    if (is(n, {"footer"})) return std::string("kaki-halaman");
    if (is(n, {"form", "dialog"})) return std::string("formulir");
    if (is(n, {"header"}) && !inside_content) return std::string("kepala-halaman");
    if (has_attr(n, "hidden") || text::lower_ascii(attr(n, "aria-hidden")) == "true") return std::string("tersembunyi");
    std::string style;
    for (char c : text::lower_ascii(attr(n, "style")))
      if (c != ' ') style += c;
    if (style.find("display:none") != std::string::npos || style.find("visibility:hidden") != std::string::npos)
      return std::string("tersembunyi");
    if (is(n, {"html", "body", "main", "article"})) return std::nullopt;
    // The article's container, or an element around it ("widget Blog" holding "post-body").
    if (holds_content_.count(n)) return std::nullopt;
    const std::string cls = attr(n, "class") + " " + attr(n, "id");
    if (auto r = bp_.html_element_reason(cls)) return r;
    const std::string role = text::lower_ascii(attr(n, "role"));
    if (role == "navigation" || role == "banner" || role == "contentinfo" || role == "complementary" ||
        role == "search")
      return std::string("navigasi");
    return std::nullopt;
  }

  // Marks every element that is, or holds, the article's own container (a
  // `content` rule: "entry-content", "post-body", itemprop "articleBody"), so
  // that no class-named page part around it takes the article with it. Each
  // element is marked at most once: linear in the page.
  void mark_content(const xmlNode* n) {
    for (const xmlNode* c = n->children; c; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      if (bp_.holds_content(attr(c, "class") + " " + attr(c, "id") + " " + attr(c, "itemprop")))
        for (const xmlNode* up = c; up && up->type == XML_ELEMENT_NODE && holds_content_.insert(up).second; up = up->parent) {
        }
      mark_content(c);
    }
  }

  void record_drop(const xmlNode* n, const std::string& reason) {
    // Scripts, styles and the page's head are not text anyone reads; what a
    // form control, <noscript>, <object>, <svg> or <canvas> holds is, and
    // its leaving is listed.
    if (is(n, {"script", "style", "template", "head", "link", "meta", "iframe", "frameset", "frame"})) return;
    std::string t = text_of(n);
    if (t.empty()) return;
    doc_.removed.push_back({t, reason, static_cast<std::size_t>(xmlGetLineNo(n) > 0 ? xmlGetLineNo(n) : 0)});
  }

  // <sup>3</sup> and <sub>2</sub> made of digits (and a sign) as the
  // superscript or subscript characters they stand for, which the reader
  // then writes out ("10 pangkat 3", "CO2"; read/characters.hpp): glued to
  // the text before them, "10<sup>3</sup>" would read as the number 103.
  std::optional<std::string> raised_figure(const xmlNode* c) {
    static const char* const kSuper[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
    static const char* const kSub[] = {"₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈", "₉"};
    const bool super = is(c, {"sup"});
    const std::string figure(text::trim(text_of(c)));
    if (figure.empty() || figure.size() > 12) return std::nullopt;
    std::string out;
    for (std::size_t i = 0; i < figure.size(); ++i) {
      const char ch = figure[i];
      if (ch >= '0' && ch <= '9') out += (super ? kSuper : kSub)[ch - '0'];
      else if (super && ch == '-' && i == 0) out += "⁻";
      else if (super && ch == '+' && i == 0) out += "⁺";
      else return std::nullopt;
    }
    return out;
  }

  // A superscript note mark that is not a plain figure: "2)", "[1]", "(3)", "1,2", "1-3":
  // its numbers, "1, 2"; nullopt for anything else.
  std::optional<std::string> note_mark(const xmlNode* c) {
    std::string t(text::trim(text_of(c)));
    if (t.size() > 12) return std::nullopt;
    if (!t.empty() && (t.front() == '[' || t.front() == '(')) t.erase(0, 1);
    if (!t.empty() && (t.back() == ']' || t.back() == ')')) t.pop_back();
    if (t.empty() || t.front() < '0' || t.front() > '9') return std::nullopt;
    std::string out;
    for (char ch : t) {
      if (ch >= '0' && ch <= '9') out += ch;
      else if (ch == ',' || ch == ';') out += ", ";
      else if (ch == '-') out += "-";
      else if (ch != ' ') return std::nullopt;
    }
    return out;
  }

  Inlines inline_content(const xmlNode* n) {
    Inlines out;
    for (const xmlNode* c = n->children; c; c = c->next) {
      if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
        if (c->content) out.push_back(Inline::make_text(reinterpret_cast<const char*>(c->content)));
        continue;
      }
      if (c->type != XML_ELEMENT_NODE) continue;  // comments, processing instructions
      if (auto r = drop_reason(c, true)) {
        record_drop(c, *r);
        continue;
      }
      if (is(c, {"del", "s", "strike"})) {
        // "<del>1.204</del> <ins>1.240</ins>": what the page struck out is no longer its word.
        record_drop(c, "dicoret");
        continue;
      }
      if (is(c, {"br"})) {
        out.push_back(Inline::make_line_break());
      } else if (is(c, {"em", "i", "cite", "dfn"})) {
        container(Inline::Kind::Emphasis, in_emphasis_, c, out);
      } else if (is(c, {"strong", "b"})) {
        container(Inline::Kind::Strong, in_strong_, c, out);
      } else if (is(c, {"a"})) {
        const std::string href(text::trim(attr(c, "href")));
        // A link inside a link (not allowed in HTML) is part of the outer one.
        const bool link = !href.empty() && model::safe_href(href, true) && !in_link_;
        in_link_ += link;
        Inlines kids = inline_content(c);
        in_link_ -= link;
        if (link) out.push_back(Inline::make_link(href, std::move(kids)));
        else out.insert(out.end(), kids.begin(), kids.end());
      } else if (is(c, {"abbr", "acronym"}) && !text::trim(attr(c, "title")).empty()) {
        Inline a;
        a.kind = Inline::Kind::Abbreviation;
        a.text = text_of(c);
        a.expansion = text::collapse_spaces(attr(c, "title"));
        out.push_back(std::move(a));
      } else if (is(c, {"sup", "sub"}) && raised_figure(c)) {
        out.push_back(Inline::make_text(*raised_figure(c)));
      } else if (auto mark = is(c, {"sup"}) ? note_mark(c) : std::nullopt) {
        // "149<sup>2)</sup>", "5.017<sup>[1]</sup>": glued to the figure it would read 1492.
        out.push_back(Inline::make_text(" (" + data_.calendar.note_word + " " + *mark + ")"));
      } else if (is(c, {"img"})) {
        // Images inside running text are read by their alternative text.
        const std::string alt = text::collapse_spaces(attr(c, "alt"));
        if (!alt.empty()) out.push_back(Inline::make_text(" " + alt + " "));
      } else {
        Inlines kids = inline_content(c);
        // Whatever is not phrasing content (<figure>, <details>, <header>,
        // ruby's <rt>, …) stands apart from its neighbours: "12" and "34" in
        // two of them are two figures, not 1234.
        const bool block = !is(c, {"span", "font", "abbr", "acronym", "time", "data", "small", "big", "u", "s",
                                   "strike", "del", "ins", "mark", "q", "code", "kbd", "samp", "var", "tt", "bdi",
                                   "bdo", "label", "nobr", "sub", "sup", "ruby"});
        if (block) out.push_back(Inline::make_text(" "));
        out.insert(out.end(), kids.begin(), kids.end());
        if (block) out.push_back(Inline::make_text(" "));
      }
    }
    return out;
  }

  // <em>, <strong>: a container, unless one of its kind is already open
  // (emphasis within emphasis says nothing more, and 990 nested <b> had made
  // every renderer's work grow with the square of the depth and more).
  void container(Inline::Kind kind, int& open, const xmlNode* c, Inlines& out) {
    ++open;
    Inlines kids = inline_content(c);
    --open;
    if (open > 0) out.insert(out.end(), kids.begin(), kids.end());
    else out.push_back(Inline::make_container(kind, std::move(kids)));
  }

  std::vector<Block> blocks(const xmlNode* n) {
    std::vector<Block> out;
    Inlines pending;
    std::size_t pending_line = 0;
    auto flush = [&] {
      normalise(pending);
      if (!pending.empty()) {
        Block p;
        p.kind = Block::Kind::Paragraph;
        p.inlines = std::move(pending);
        p.line = pending_line;
        out.push_back(std::move(p));
      }
      pending.clear();
      pending_line = 0;
    };
    for (const xmlNode* c = n->children; c; c = c->next) {
      const std::size_t line = static_cast<std::size_t>(std::max(0L, xmlGetLineNo(c)));
      if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
        if (c->content) {
          if (pending.empty()) pending_line = line;
          pending.push_back(Inline::make_text(reinterpret_cast<const char*>(c->content)));
        }
        continue;
      }
      if (c->type != XML_ELEMENT_NODE) continue;
      if (auto r = drop_reason(c, true)) {
        record_drop(c, *r);
        continue;
      }
      const std::string nm = name_of(c);
      if (nm.size() == 2 && nm[0] == 'h' && nm[1] >= '1' && nm[1] <= '6') {
        flush();
        text_block(c, Block::Kind::Heading, nm[1] - '0', line, out);
      } else if (nm == "p") {
        flush();
        text_block(c, Block::Kind::Paragraph, 0, line, out);
      } else if (nm == "ul" || nm == "ol") {
        flush();
        if (too_deep(c)) {
          for (Block& b : blocks(c)) out.push_back(std::move(b));
        } else if (auto l = nested([&] { return list(c, nm == "ol", line); })) {
          out.push_back(std::move(*l));
        }
      } else if (nm == "dl") {
        flush();
        if (auto p = stray_content(c, line)) out.push_back(std::move(*p));
        if (auto t = definition_table(c)) out.push_back(std::move(*t));
      } else if (nm == "table") {
        flush();
        if (!is_layout_table(c))
          if (auto p = stray_content(c, line)) out.push_back(std::move(*p));
        if (is_layout_table(c)) {
          for (Block& b : layout_table_blocks(c)) out.push_back(std::move(b));
        } else if (auto t = table(c)) {
          out.push_back(std::move(*t));
        }
      } else if (nm == "blockquote") {
        flush();
        if (too_deep(c)) {
          for (Block& b : blocks(c)) out.push_back(std::move(b));
          continue;
        }
        Block q;
        q.kind = Block::Kind::Quote;
        q.children = nested([&] { return blocks(c); });
        q.line = line;
        if (!q.children.empty()) out.push_back(std::move(q));
      } else if (nm == "pre") {
        flush();
        if (auto p = preformatted(c, line)) out.push_back(std::move(*p));
      } else if (nm == "hr") {
        flush();
      } else if (nm == "br") {
        pending.push_back(Inline::make_line_break());
      } else if (nm == "img" || nm == "amp-img") {  // (an AMP page's image has its alt on <amp-img>)
        if (auto note = image_note(c, line)) {
          flush();
          out.push_back(std::move(*note));
        }
      } else if (is(c, {"a", "em", "i", "strong", "b", "span", "time", "abbr", "acronym", "small", "sub", "sup", "u",
                        "mark", "cite", "q", "code", "font", "label", "dfn", "s", "del", "ins", "big", "tt",
                        "kbd", "var", "data", "bdi", "bdo"}) &&
                 (is(c, {"a"}) || !holds_blocks(c))) {
        if (pending.empty()) pending_line = line;
        // inline_content works on children: wrap the element by converting its parent's view of it.
        Inlines one = inline_content_of_element(c);
        pending.insert(pending.end(), one.begin(), one.end());
      } else {
        // A container (div, section, article, li, figure, …): its own blocks.
        flush();
        for (Block& b : blocks(c)) out.push_back(std::move(b));
      }
    }
    flush();
    return out;
  }

  // "<FONT SIZE=2><P>…<P>…<TABLE>…</FONT>": an inline element of an old page that
  // holds paragraphs, tables or lists (as a child, or a grandchild inside another
  // inline element) is a container, read block by block, not one run of text. (A
  // link around a news item's date and title stays one run: its date opens it.)
  static bool holds_blocks(const xmlNode* n) {
    static const std::initializer_list<const char*> kBlocks = {"p", "div", "table", "ul", "ol", "dl", "h1", "h2", "h3",
                                                               "h4", "h5", "h6", "blockquote", "pre", "section",
                                                               "article", "center", "li", "figure"};
    for (const xmlNode* c = n->children; c; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      if (is(c, kBlocks)) return true;
      for (const xmlNode* g = c->children; g; g = g->next)
        if (g->type == XML_ELEMENT_NODE && is(g, kBlocks)) return true;
    }
    return false;
  }

  // Lists and quotes nest no deeper than the limit max-block-depth: every
  // format indents each level (a page of 600 unclosed <blockquote> had made a
  // large-print PDF of one word per line, and the JSON grows with the square
  // of the depth). Deeper ones are read as blocks of the level at the limit,
  // with one warning.
  bool too_deep(const xmlNode* c) {
    if (block_depth_ < limits_.max_block_depth) return false;
    if (!warned_depth_) {
      warned_depth_ = true;
      const std::size_t line = static_cast<std::size_t>(std::max(0L, xmlGetLineNo(c)));
      doc_.warnings.push_back({fill_message(translate("lists and quotes nest more than {0} deep from line {1}; the deeper ones "
                                                      "are read as part of the level above (the option max-block-depth)"),
                                            {std::to_string(limits_.max_block_depth), std::to_string(line)}),
                               {source_name_, line, std::nullopt}});
    }
    return true;
  }
  template <class F>
  auto nested(F&& read) -> decltype(read()) {
    ++block_depth_;
    auto out = read();
    --block_depth_;
    return out;
  }

  // <ul>/<ol>: one item per <li> that holds blocks (none if every item is empty).
  std::optional<Block> list(const xmlNode* c, bool ordered, std::size_t line) {
    Block l;
    l.kind = Block::Kind::List;
    l.ordered = ordered;
    l.line = line;
    // A start the numbering can count on from (<ol start="2147483647"> had overflowed it).
    if (l.ordered && !attr(c, "start").empty()) {
      const long start = std::strtol(attr(c, "start").c_str(), nullptr, 10);
      if (start >= -kMaxListStart && start <= kMaxListStart) l.start = static_cast<int>(start);
    }
    for (const xmlNode* li = c->children; li; li = li->next) {
      if (li->type == XML_TEXT_NODE && li->content && !text::trim(reinterpret_cast<const char*>(li->content)).empty()) {
        // Text between items (no <li>) is shown by a browser: an item of its own.
        Block p;
        p.kind = Block::Kind::Paragraph;
        p.inlines = {Inline::make_text(reinterpret_cast<const char*>(li->content))};
        normalise(p.inlines);
        p.line = static_cast<std::size_t>(std::max(0L, xmlGetLineNo(li)));
        l.items.push_back({std::move(p)});
        continue;
      }
      if (li->type != XML_ELEMENT_NODE) continue;
      if (auto r = drop_reason(li, true)) {
        record_drop(li, *r);
        continue;
      }
      std::vector<Block> item = blocks(li);
      if (!item.empty()) l.items.push_back(std::move(item));
    }
    if (l.items.empty()) return std::nullopt;
    return l;
  }

  // <pre>: one paragraph whose lines are the element's non-empty lines.
  std::optional<Block> preformatted(const xmlNode* c, std::size_t line) {
    std::string raw;
    raw_text(c, raw);
    Block p;
    p.kind = Block::Kind::Paragraph;
    p.line = line;
    std::size_t start = 0;
    while (start <= raw.size()) {
      std::size_t nl = raw.find('\n', start);
      if (nl == std::string::npos) nl = raw.size();
      std::string piece(text::trim(std::string_view(raw).substr(start, nl - start)));
      if (!piece.empty()) {
        if (!p.inlines.empty()) p.inlines.push_back(Inline::make_line_break());
        p.inlines.push_back(Inline::make_text(piece));
      }
      start = nl + 1;
    }
    if (p.inlines.empty()) return std::nullopt;
    return p;
  }

  // An image whose alternative text says something (three words or more):
  // a note "Gambar: …" (data/interface-id.tsv); a short alt is decoration.
  std::optional<Block> image_note(const xmlNode* c, std::size_t line) {
    const std::string alt = text::collapse_spaces(attr(c, "alt"));
    if (text::word_count(alt) < 3) return std::nullopt;
    Block note;
    note.kind = Block::Kind::Note;
    note.inlines.push_back(Inline::make_text(data::interface_text(data_, "image", {{"alt", alt}})));
    note.line = line;
    return note;
  }

  // A heading or paragraph made of the element's inline content (none if empty).
  void text_block(const xmlNode* c, Block::Kind kind, int level, std::size_t line, std::vector<Block>& out) {
    Block b;
    b.kind = kind;
    b.level = level;
    b.inlines = inline_content(c);
    b.line = line;
    normalise(b.inlines);
    if (!b.inlines.empty()) out.push_back(std::move(b));
  }

  // Convert one inline element (not only its children).
  Inlines inline_content_of_element(const xmlNode* c) {
    xmlNode wrapper{};
    wrapper.type = XML_ELEMENT_NODE;
    wrapper.children = const_cast<xmlNode*>(c);
    // inline_content walks c and its following siblings: stop after c.
    xmlNode* saved_next = c->next;
    const_cast<xmlNode*>(c)->next = nullptr;
    Inlines out = inline_content(&wrapper);
    const_cast<xmlNode*>(c)->next = saved_next;
    return out;
  }

  // Whether the text of `inlines` starts (or ends) with white space, inside elements too.
  static bool edge_space(const Inlines& inlines, bool start) {
    if (inlines.empty()) return false;
    const Inline& i = start ? inlines.front() : inlines.back();
    if (i.kind == Inline::Kind::Text) {
      if (i.text.empty()) return false;
      const char ch = start ? i.text.front() : i.text.back();
      return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f';
    }
    if (i.kind == Inline::Kind::Emphasis || i.kind == Inline::Kind::Strong || i.kind == Inline::Kind::Link)
      return edge_space(i.children, start);
    return false;
  }

  // Merge neighbouring text, collapse white space, trim the ends.
  // "<b>1</b><b>08</b> orang", "1.<strong>412</strong>": bold or italic inside a number
  // would cut it in two ("1" and "08"): such a run is unwrapped, so the number reads whole.
  static void unwrap_split_numbers(Inlines& inlines) {
    auto digit = [](char ch) { return ch >= '0' && ch <= '9'; };
    auto text_of_inline = [](const Inline& i) { return i.kind == Inline::Kind::Text ? i.text : plain_text(i.children); };
    auto ends_in_number = [&](const std::string& t) {
      std::size_t n = t.size();
      if (n > 0 && (t[n - 1] == '.' || t[n - 1] == ',')) --n;
      return n > 0 && digit(t[n - 1]);
    };
    std::vector<bool> unwrap(inlines.size(), false);
    for (std::size_t k = 0; k < inlines.size(); ++k) {
      const Inline& i = inlines[k];
      if (i.kind != Inline::Kind::Strong && i.kind != Inline::Kind::Emphasis) continue;
      if (!std::all_of(i.children.begin(), i.children.end(), [](const Inline& c) { return c.kind == Inline::Kind::Text; }))
        continue;
      const std::string t = plain_text(i.children);
      if (t.empty()) continue;
      const bool after_number = digit(t.front()) && k > 0 && ends_in_number(text_of_inline(inlines[k - 1]));
      const bool before_number = ends_in_number(t) && k + 1 < inlines.size() && !text_of_inline(inlines[k + 1]).empty() &&
                                 digit(text_of_inline(inlines[k + 1]).front());
      unwrap[k] = after_number || before_number;
    }
    for (std::size_t k = inlines.size(); k-- > 0;)
      if (unwrap[k]) inlines[k] = Inline::make_text(plain_text(inlines[k].children));
  }

  static void normalise(Inlines& inlines) {
    unwrap_split_numbers(inlines);
    Inlines out;
    for (Inline& i : inlines) {
      if (i.kind == Inline::Kind::Text) {
        std::string t;
        bool space = false;
        for (char ch : i.text) {
          if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f') {
            space = true;
          } else {
            if (space) t += ' ';
            space = false;
            t += ch;
          }
        }
        if (space) t += ' ';
        // A line starts without the source's indentation ("<br>\n  Sembuh: …").
        if (!out.empty() && out.back().kind == Inline::Kind::LineBreak && !t.empty() && t.front() == ' ') t.erase(0, 1);
        if (!out.empty() && out.back().kind == Inline::Kind::Text) {
          std::string& prev = out.back().text;
          if (!prev.empty() && prev.back() == ' ' && !t.empty() && t.front() == ' ') t.erase(0, 1);
          prev += t;
        } else if (!t.empty()) {
          out.push_back(Inline::make_text(t));
        }
        continue;
      }
      // … and ends without a space before its break.
      if (i.kind == Inline::Kind::LineBreak && !out.empty() && out.back().kind == Inline::Kind::Text) {
        std::string& prev = out.back().text;
        while (!prev.empty() && prev.back() == ' ') prev.pop_back();
        if (prev.empty()) out.pop_back();
      }
      if (i.kind == Inline::Kind::Emphasis || i.kind == Inline::Kind::Strong || i.kind == Inline::Kind::Link) {
        // "<b>34 </b>kasus", "<strong>PALU – </strong>Jumlah": the space at either end of
        // the element separates words outside it; it stays, outside the element.
        const bool space_before = edge_space(i.children, true), space_after = edge_space(i.children, false);
        normalise(i.children);
        // A space joins the text before it (the text after it joins the space, below).
        auto add_space = [&out] {
          if (out.empty()) return;
          if (out.back().kind != Inline::Kind::Text) out.push_back(Inline::make_text(" "));
          else if (out.back().text.empty() || out.back().text.back() != ' ') out.back().text += ' ';
        };
        if (i.children.empty()) {
          if (space_before || space_after) add_space();
          continue;
        }
        if (space_before) add_space();
        out.push_back(std::move(i));
        if (space_after) out.push_back(Inline::make_text(" "));
        continue;
      }
      out.push_back(std::move(i));
    }
    // Trim: leading space of the first text, trailing of the last, line breaks at the ends.
    while (!out.empty() && out.front().kind == Inline::Kind::LineBreak) out.erase(out.begin());
    while (!out.empty() && out.back().kind == Inline::Kind::LineBreak) out.pop_back();
    if (!out.empty() && out.front().kind == Inline::Kind::Text) {
      std::string& t = out.front().text;
      t.erase(0, t.find_first_not_of(' ') == std::string::npos ? t.size() : t.find_first_not_of(' '));
      if (t.empty()) out.erase(out.begin());
    }
    model::trim_end(out);
    inlines = std::move(out);
  }

  Block::Cell cell(const xmlNode* c) {
    Inlines in = inline_content(c);
    normalise(in);
    return in;
  }

  static std::vector<const xmlNode*> rows_of(const xmlNode* table) {
    std::vector<const xmlNode*> head, body, foot;
    for (const xmlNode* c = table->children; c; c = c->next) {
      if (is(c, {"tr"})) body.push_back(c);
      else if (is(c, {"thead", "tbody", "tfoot"}))
        for (const xmlNode* r = c->children; r; r = r->next)
          if (is(r, {"tr"})) (is(c, {"thead"}) ? head : is(c, {"tfoot"}) ? foot : body).push_back(r);
    }
    std::vector<const xmlNode*> all = head;
    all.insert(all.end(), body.begin(), body.end());
    all.insert(all.end(), foot.begin(), foot.end());
    return all;
  }

  static bool is_layout_table(const xmlNode* table) {
    // Tables that hold tables, lists or many paragraphs lay out a page; they are not data.
    std::function<bool(const xmlNode*, int)> holds_blocks = [&](const xmlNode* n, int depth) {
      for (const xmlNode* c = n->children; c; c = c->next) {
        if (is(c, {"table", "ul", "ol", "h1", "h2", "h3", "form"}) && depth > 0) return true;
        if (c->type == XML_ELEMENT_NODE && holds_blocks(c, depth + 1)) return true;
      }
      return false;
    };
    if (holds_blocks(table, 0)) return true;
    // A table of one cell is a box around its content ("Baca juga: …" in a framed box), no data.
    const std::vector<const xmlNode*> rows = rows_of(table);
    if (rows.size() > 1) return false;
    std::size_t cells = 0;
    for (const xmlNode* r : rows)
      for (const xmlNode* c = r->children; c; c = c->next) cells += is(c, {"td", "th"}) ? 1 : 0;
    return cells <= 1;
  }

  std::vector<Block> layout_table_blocks(const xmlNode* table) {
    std::vector<Block> out;
    for (const xmlNode* r : rows_of(table))
      for (const xmlNode* c = r->children; c; c = c->next)
        if (is(c, {"td", "th"}))
          for (Block& b : blocks(c)) out.push_back(std::move(b));
    return out;
  }

  std::optional<Block> table(const xmlNode* t) {
    Block b;
    b.kind = Block::Kind::Table;
    b.line = static_cast<std::size_t>(std::max(0L, xmlGetLineNo(t)));
    for (const xmlNode* c = t->children; c; c = c->next)
      if (is(c, {"caption"})) {
        b.inlines = inline_content(c);
        normalise(b.inlines);
      }
    std::vector<const xmlNode*> rows = rows_of(t);
    // The grid of cells: a cell spanning rows or columns stands in each place
    // it covers, so that every figure stays under its own header.
    std::vector<std::vector<const xmlNode*>> cells;
    std::vector<std::pair<int, const xmlNode*>> carried;  // per column: rows still covered, by which cell
    // Spans as HTML5 caps them at 50 (a bulletin's table spans a few):
    // the digits alone, without std::atoi's overflow.
    auto span = [](const xmlNode* c, const char* name) {
      const std::string v(text::trim(attr(c, name)));
      int n = 0;
      for (char ch : v) {
        if (ch < '0' || ch > '9') break;
        n = std::min(n * 10 + (ch - '0'), 1000);
      }
      return std::clamp(n, 1, 50);
    };
    std::size_t spread = 0;  // cells of the grid so far
    for (const xmlNode* r : rows) {
      std::vector<const xmlNode*> rc;
      auto take_carried = [&] {
        while (rc.size() < carried.size() && carried[rc.size()].first > 0) {
          --carried[rc.size()].first;
          rc.push_back(carried[rc.size()].second);
        }
      };
      take_carried();
      for (const xmlNode* c = r->children; c; c = c->next) {
        if (!is(c, {"td", "th"})) continue;
        if (auto reason = drop_reason(c, true)) {
          record_drop(c, *reason);
          continue;
        }
        const int cols = span(c, "colspan"), down = span(c, "rowspan");
        for (int k = 0; k < cols; ++k) {
          if (carried.size() <= rc.size()) carried.resize(rc.size() + 1, {0, nullptr});
          carried[rc.size()] = {down - 1, c};
          rc.push_back(c);
          take_carried();
        }
      }
      spread += rc.size();
      if (spread > limits_.max_table_cells)
        throw Error(ErrorCode::InputTooLarge,
                    fill_message(translate("the table at line {0} has more than {1} cells once its row and column spans "
                                           "are spread out; split it, or raise the limit with the option max-table-cells"),
                                 {std::to_string(b.line), std::to_string(limits_.max_table_cells)}),
                    {source_name_, b.line, std::nullopt});
      if (!rc.empty()) cells.push_back(std::move(rc));
    }
    if (cells.empty()) return std::nullopt;
    auto all_th = [](const std::vector<const xmlNode*>& rc) {
      return std::all_of(rc.begin(), rc.end(), [](const xmlNode* c) { return is(c, {"th"}); });
    };
    // A spanning cell stands in many places: read it once.
    std::map<const xmlNode*, Block::Cell> read_cells;
    auto cell = [&](const xmlNode* c) -> const Block::Cell& {
      auto it = read_cells.find(c);
      if (it == read_cells.end()) it = read_cells.emplace(c, this->cell(c)).first;
      return it->second;
    };
    std::size_t first_body = 0;
    const bool thead = rows.front()->parent && is(rows.front()->parent, {"thead"});
    if ((thead || all_th(cells[0])) && cells.size() > 1) {
      for (const xmlNode* c : cells[0]) b.header.push_back(cell(c));
      first_body = 1;
      // Header rows under it ("Kasus Aktif" spanning "Dirawat", "Isoman", "Jumlah"):
      // each column's header is its cells top to bottom, each once ("Kasus Aktif
      // Dirawat"; "No" spanning both rows stays "No").
      auto in_thead = [](const xmlNode* c) { return c->parent && c->parent->parent && is(c->parent->parent, {"thead"}); };
      while (first_body + 1 < cells.size() && cells[first_body].size() == cells[0].size() &&
             (all_th(cells[first_body]) || (thead && in_thead(cells[first_body].front())))) {
        for (std::size_t k = 0; k < cells[first_body].size(); ++k) {
          const xmlNode* c = cells[first_body][k];
          if (c == cells[first_body - 1][k]) continue;  // a cell spanning down from the row above
          Block::Cell& h = b.header[k];
          const Block::Cell& more = cell(c);
          if (!more.empty() && plain_text(more) != plain_text(h)) {
            if (!h.empty()) h.push_back(Inline::make_text(" "));
            h.insert(h.end(), more.begin(), more.end());
          }
        }
        ++first_body;
      }
    }
    bool row_headers = first_body < cells.size();
    for (std::size_t r = first_body; r < cells.size(); ++r) {
      Block::Row row;
      for (const xmlNode* c : cells[r]) row.push_back(cell(c));
      if (!is(cells[r][0], {"th"}) && text::lower_ascii(attr(cells[r][0], "scope")) != "row") row_headers = false;
      b.rows.push_back(std::move(row));
    }
    b.row_headers = row_headers;
    drop_punctuation_columns(b);
    if (b.rows.empty()) return std::nullopt;
    return b;
  }

  // "Positif | : | 8.211": a column of separators only is layout, not data.
  static void drop_punctuation_columns(Block& t) {
    std::size_t width = 0;
    for (const auto& r : t.rows) width = std::max(width, r.size());
    for (std::size_t col = width; col-- > 0;) {
      bool only_punct = true;
      for (const auto& r : t.rows) {
        if (col >= r.size()) continue;
        std::string s(text::trim(plain_text(r[col])));
        if (s.find_first_not_of(":-–|=") != std::string::npos || s.empty()) only_punct = false;
      }
      if (col < t.header.size() && !text::trim(plain_text(t.header[col])).empty()) only_punct = false;
      if (!only_punct) continue;
      for (auto& r : t.rows)
        if (col < r.size()) r.erase(r.begin() + col);
      if (col < t.header.size()) t.header.erase(t.header.begin() + col);
    }
    // A row left without cells says nothing.
    t.rows.erase(std::remove_if(t.rows.begin(), t.rows.end(), [](const Block::Row& r) { return r.empty(); }), t.rows.end());
    if (t.header.empty() && !t.rows.empty() && t.rows[0].size() == 2 && !t.row_headers) {
      // Two columns of label and figure: the label names the row.
      t.row_headers = std::all_of(t.rows.begin(), t.rows.end(), [](const Block::Row& r) {
        const std::string label = plain_text(r[0]);
        return r.size() == 2 && std::any_of(label.begin(), label.end(), [](unsigned char c) { return std::isalpha(c); });
      });
    }
  }

  // Text where only rows, items or terms belong ("Total 99" between two
  // <tr>, a <p> inside <table>): a browser shows it before the table (HTML's
  // foster parenting), so the reader keeps it there as a paragraph instead of
  // losing it without a word.
  std::optional<Block> stray_content(const xmlNode* container, std::size_t line) {
    Inlines found;
    std::function<void(const xmlNode*)> walk = [&](const xmlNode* n) {
      for (const xmlNode* c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
          if (c->content && !text::trim(reinterpret_cast<const char*>(c->content)).empty()) {
            found.push_back(Inline::make_text(" "));
            found.push_back(Inline::make_text(reinterpret_cast<const char*>(c->content)));
          }
        } else if (c->type == XML_ELEMENT_NODE) {
          if (is(c, {"thead", "tbody", "tfoot", "tr"})) walk(c);
          else if (is(c, {"td", "th", "caption", "colgroup", "col", "dt", "dd", "li"})) continue;
          else if (auto r = drop_reason(c, true)) record_drop(c, *r);
          else {
            Inlines one = inline_content_of_element(c);
            found.push_back(Inline::make_text(" "));
            found.insert(found.end(), one.begin(), one.end());
          }
        }
      }
    };
    walk(container);
    normalise(found);
    if (found.empty()) return std::nullopt;
    Block p;
    p.kind = Block::Kind::Paragraph;
    p.inlines = std::move(found);
    p.line = line;
    return p;
  }

  std::optional<Block> definition_table(const xmlNode* dl) {
    Block b;
    b.kind = Block::Kind::Table;
    b.row_headers = true;
    b.line = static_cast<std::size_t>(std::max(0L, xmlGetLineNo(dl)));
    Block::Cell label;
    for (const xmlNode* c = dl->children; c; c = c->next) {
      if (is(c, {"dt"})) label = cell(c);
      else if (is(c, {"dd"})) b.rows.push_back({label, cell(c)});
    }
    if (b.rows.empty()) return std::nullopt;
    return b;
  }

 private:
  const clean::Boilerplate& bp_;
  const data::LanguageData& data_;
  Document& doc_;
  const ReadLimits& limits_;
  const std::string& source_name_;
  std::size_t block_depth_ = 0;  // lists and quotes around the element being read
  int in_emphasis_ = 0, in_strong_ = 0, in_link_ = 0;  // inline containers open around it
  bool warned_depth_ = false;
  std::unordered_set<const xmlNode*> holds_content_;  // mark_content()
};

// --- choosing the main content -------------------------------------------

void find_elements(xmlNode* n, const char* name, std::vector<xmlNode*>& out) {
  for (xmlNode* c = n->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (name_of(c) == name) out.push_back(c);
    find_elements(c, name, out);
  }
}

bool inside(const xmlNode* n, const xmlNode* ancestor) {
  for (; n; n = n->parent)
    if (n == ancestor) return true;
  return false;
}

bool dropped_ancestor(const xmlNode* n, const Converter& conv) {
  for (const xmlNode* p = n; p && p->type == XML_ELEMENT_NODE; p = p->parent)
    if (conv.drop_reason(p, false)) return true;
  return false;
}

std::size_t link_free_text_length(const xmlNode* n) {
  std::size_t len = 0;
  for (const xmlNode* c = n->children; c; c = c->next) {
    if (c->type == XML_TEXT_NODE && c->content) len += text::collapse_spaces(reinterpret_cast<const char*>(c->content)).size();
    else if (c->type == XML_ELEMENT_NODE && !is(c, {"a", "script", "style"})) len += link_free_text_length(c);
  }
  return len;
}

// The element with the most running text: every paragraph-like element with
// at least a short sentence of text outside links scores for its parent (and
// half for its grandparent).
xmlNode* densest_block(xmlNode* body, const Converter& conv) {
  std::map<xmlNode*, double> score;
  std::function<void(xmlNode*)> walk = [&](xmlNode* n) {
    for (xmlNode* c = n->children; c; c = c->next) {
      if (c->type != XML_ELEMENT_NODE || conv.drop_reason(c, false)) continue;
      if (is(c, {"p", "pre", "blockquote", "td", "div", "li"})) {
        std::size_t own = 0;
        for (const xmlNode* t = c->children; t; t = t->next)
          // (Inline elements hold a block's own text too: <font> on the older government sites.)
          if ((t->type == XML_TEXT_NODE && t->content) ||
              is(t, {"em", "strong", "b", "i", "span", "font", "u", "small", "big", "mark", "abbr", "q", "time", "cite"}))
            own += t->type == XML_TEXT_NODE ? text::collapse_spaces(reinterpret_cast<const char*>(t->content)).size()
                                            : link_free_text_length(t);
        if (is(c, {"p", "pre", "blockquote"})) own = link_free_text_length(c);
        if (own >= 40 && c->parent) {
          score[c->parent] += static_cast<double>(own);
          if (c->parent->parent) score[c->parent->parent] += own / 2.0;
        }
      }
      walk(c);
    }
  };
  walk(body);
  xmlNode* best = nullptr;
  double best_score = 0;
  for (auto& [n, s] : score)
    if (s > best_score) best = n, best_score = s;
  return best;
}

// Tables of figures outside the main content (a statistics box on a home
// page) are content too: keep the smallest container that holds the table
// with little else (its date and region labels).
std::vector<xmlNode*> figure_boxes(xmlNode* body, const xmlNode* main, const Converter& conv) {
  std::vector<xmlNode*> tables, boxes;
  find_elements(body, "table", tables);
  for (xmlNode* t : tables) {
    if (inside(t, main) || dropped_ancestor(t, conv)) continue;
    std::vector<const xmlNode*> rows = Converter::rows_of(t);
    std::size_t numeric = 0;
    for (const xmlNode* r : rows)
      if (text_of(r).find_first_of("0123456789") != std::string::npos) ++numeric;
    if (rows.size() < 2 || numeric * 2 < rows.size() || Converter::is_layout_table(t)) continue;
    xmlNode* box = t;
    const std::size_t table_len = text_of(t).size();
    for (xmlNode* p = t->parent; p && p->type == XML_ELEMENT_NODE && !is(p, {"body", "html"}); p = p->parent) {
      if (text_of(p).size() > table_len + 200) break;
      box = p;
    }
    if (std::none_of(boxes.begin(), boxes.end(), [&](xmlNode* b) { return inside(box, b); })) boxes.push_back(box);
  }
  return boxes;
}

// The headline in a page's <title>: without the site's name ("Berita Terkini |
// Covid19.go.id" → "Berita Terkini"); the page's own <h1> when it is one of the
// parts; nothing when the title is only the name of the site or its owner
// (data/front-matter-id.txt, "sitename").
std::string page_title(const std::string& title, xmlNode* root, const std::function<bool(const std::string&)>& site_name) {
  static const text::Regex separators(R"(\s+[|–—-]\s+|\s+\|)");
  static const text::Regex domain(R"((?i)^[\p{L}\d-]+(\.[\p{L}\d-]+)*\.(com|id|co\.id|go\.id|net|org|tv|news)$)");
  std::vector<std::string> parts;
  std::size_t pos = 0;
  for (const text::Match& m : separators.find_all(title)) {
    parts.push_back(text::collapse_spaces(title.substr(pos, m.begin - pos)));
    pos = m.end;
  }
  parts.push_back(text::collapse_spaces(title.substr(pos)));
  std::vector<std::string> kept;
  for (const std::string& p : parts)
    if (!p.empty() && !domain.full_match(p) && !site_name(p)) kept.push_back(p);
  std::vector<xmlNode*> h1s;
  find_elements(root, "h1", h1s);
  for (xmlNode* h : h1s) {
    const std::string text = text::collapse_spaces(text_of(h));
    if (std::find(kept.begin(), kept.end(), text) != kept.end()) return text;
    // "Positivity Rate Jawa Barat Turun ke 11 Persen Halaman all": the headline and a
    // page's word after it.
    if (text::word_count(text) >= 3)
      for (const std::string& p : kept)
        if (p.size() > text.size() && p.compare(0, text.size(), text) == 0 && p[text.size()] == ' ') return text;
  }
  if (kept.empty()) return "";
  // Several parts and none is the page's headline: the longest.
  return *std::max_element(kept.begin(), kept.end(), [](const std::string& a, const std::string& b) { return a.size() < b.size(); });
}

}  // namespace

Document read_html(const std::string& text, const clean::Boilerplate& boilerplate, const data::LanguageData& data,
                   const ReadOptions& read_options, const std::string& source_name) {
  Document doc;
  doc.metadata.source_name = source_name;
  doc.metadata.source_format = "html";

  // libxml2 must be initialised once before threads parse concurrently.
  static std::once_flag init;
  std::call_once(init, [] { xmlInitParser(); });
  check_attribute_counts(text, read_options.limits, source_name);
  // XML_PARSE_HUGE: without it libxml2 stops at 256 nested elements and drops
  // the rest of the page without a word; check_depth keeps the real limit.
  const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                      HTML_PARSE_IGNORE_ENC | HTML_PARSE_NOIMPLIED | XML_PARSE_HUGE;
  std::unique_ptr<xmlDoc, DocFree> html(
      htmlReadMemory(text.data(), static_cast<int>(text.size()), nullptr, "UTF-8", options & ~HTML_PARSE_NOIMPLIED));
  if (!html) throw Error(ErrorCode::Internal, translate("the HTML parser gave up on this page"), {source_name, 0, std::nullopt});
  xmlNode* root = xmlDocGetRootElement(html.get());
  if (!root) throw Error(ErrorCode::EmptyInput, translate("the page has no HTML elements"), {source_name, 0, std::nullopt});
  check_depth(root, read_options.limits, source_name);
  hoist_void_children(root);
  drop_bogus_comments(root);
  resolve_character_references(root, read_options.lenient, source_name, doc.warnings);

  if (std::string lang = text::lower_ascii(attr(root, "lang")); !lang.empty())
    doc.metadata.language = lang.substr(0, lang.find_first_of("-_"));

  std::vector<xmlNode*> found;
  find_elements(root, "body", found);
  xmlNode* body = found.empty() ? root : found.front();
  Converter conv(boilerplate, data, doc, read_options.limits, source_name);
  conv.mark_content(body);
  // The site's own name: og:site_name, application-name, or a title that only names an office.
  std::string og_site;
  found.clear();
  find_elements(root, "meta", found);
  for (xmlNode* m : found) {
    const std::string key = text::lower_ascii(attr(m, "property")) + text::lower_ascii(attr(m, "name"));
    if (key == "og:site_name" || key == "application-name") og_site = text::lower_ascii(text::collapse_spaces(attr(m, "content")));
  }
  auto site_name = [&](const std::string& part) {
    if (!og_site.empty() && text::lower_ascii(part) == og_site) return true;
    for (const auto& rule : data.not_headlines)
      if (rule.kind == "sitename" && rule.pattern.full_match(part)) return true;
    return false;
  };

  // Main content: <article> (the longest), else <main>, else role=main, else the densest block.
  xmlNode* main = nullptr;
  found.clear();
  find_elements(body, "article", found);
  std::size_t best = 0, all = 0;
  std::vector<xmlNode*> articles;
  for (xmlNode* a : found) {
    if (dropped_ancestor(a, conv)) continue;
    articles.push_back(a);
    all += text_of(a).size();
    if (text_of(a).size() > best) main = a, best = text_of(a).size();
  }
  // "Next article" pages hold the next story in an <article> of its own, which may be the
  // longer: the one whose heading the page's <title> holds is the page's story.
  if (articles.size() >= 2) {
    std::vector<xmlNode*> titles;
    find_elements(root, "title", titles);
    const std::string page = titles.empty() ? "" : text::lower_ascii(text::collapse_spaces(text_of(titles.front())));
    xmlNode* named = nullptr;
    std::size_t named_count = 0;
    for (xmlNode* a : articles) {
      std::vector<xmlNode*> headings;
      for (const char* h : {"h1", "h2"}) {
        find_elements(a, h, headings);
        if (!headings.empty()) break;
      }
      if (headings.empty() || page.empty()) continue;
      const std::string heading = text::lower_ascii(text::collapse_spaces(text_of(headings.front())));
      if (text::word_count(heading) >= 3 && page.find(heading) != std::string::npos) named = a, ++named_count;
    }
    if (named_count == 1) main = named, best = text_of(named).size();
  }
  // A list of articles (a news index): when no one of three or more holds half
  // of their text, the content is all of them: their nearest common container.
  if (articles.size() >= 3 && best * 2 < all) {
    xmlNode* common = articles.front()->parent;
    while (common && !std::all_of(articles.begin(), articles.end(), [&](xmlNode* a) { return inside(a, common); }))
      common = common->parent;
    if (common && common->type == XML_ELEMENT_NODE) main = common;
  }
  if (!main) {
    found.clear();
    find_elements(body, "main", found);
    if (!found.empty()) main = found.front();
  }
  if (!main) {
    std::function<xmlNode*(xmlNode*)> by_role = [&](xmlNode* n) -> xmlNode* {
      for (xmlNode* c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE) continue;
        if (text::lower_ascii(attr(c, "role")) == "main") return c;
        if (xmlNode* r = by_role(c)) return r;
      }
      return nullptr;
    };
    main = by_role(body);
  }
  const bool semantic_main = main != nullptr;
  if (!main) main = densest_block(body, conv);
  if (!main) main = body;

  // A date alone in the page's header, outside the content: the page's time stamp.
  {
    std::function<bool(xmlNode*)> stamp = [&](xmlNode* n) {
      for (xmlNode* c = n->children; c; c = c->next) {
        if (c == main) continue;
        if (c->type == XML_ELEMENT_NODE) {
          if (is(c, {"script", "style", "noscript", "template"})) continue;
          if (stamp(c)) return true;
        } else if (c->type == XML_TEXT_NODE && c->content) {
          const std::string t = text::collapse_spaces(reinterpret_cast<const char*>(c->content));
          if (!t.empty() && boilerplate.is_timestamp(t)) {
            // "waktu-halaman": the site's date of today, a related item's stamp; the
            // bulletin's date only when its content has no stamp (read/dates.cpp).
            doc.removed.push_back({t, "waktu-halaman", static_cast<std::size_t>(xmlGetLineNo(c))});
            return true;
          }
        }
      }
      return false;
    };
    stamp(body);
  }
  // A statistics box of a home page is what the page reports: it comes first.
  if (!semantic_main)
    for (xmlNode* box : figure_boxes(body, main, conv))
      for (Block& b : conv.blocks(box)) doc.blocks.push_back(std::move(b));
  for (Block& b : conv.blocks(main)) doc.blocks.push_back(std::move(b));

  // Title: the first <h1> of the content, else <title>.
  // (A page that is only a headline keeps it as its body.)
  for (std::size_t i = 0; i < doc.blocks.size() && doc.blocks.size() > 1; ++i)
    if (doc.blocks[i].kind == Block::Kind::Heading && doc.blocks[i].level == 1) {
      doc.metadata.title = doc.blocks[i].inlines;
      doc.blocks.erase(doc.blocks.begin() + static_cast<long>(i));
      // A short line right above the headline is its rubric ("Covid-19 Sulteng").
      if (i > 0 && doc.blocks[i - 1].kind == Block::Kind::Paragraph) {
        const std::string above = plain_text(doc.blocks[i - 1].inlines);
        if (text::word_count(above) <= 3 && above.find_last_of(".!?") == std::string::npos) {
          doc.metadata.section = above;
          doc.removed.push_back({above, "rubrik", doc.blocks[i - 1].line});
          doc.blocks.erase(doc.blocks.begin() + static_cast<long>(i - 1));
        }
      }
      break;
    }
  // Else a heading of the content that the page's <title> holds ("Blog Name: Update
  // Covid-19 KSB 15 Juli 2021" over an <h3> "Update Covid-19 KSB 15 Juli 2021").
  if (doc.metadata.title.empty()) {
    found.clear();
    find_elements(root, "title", found);
    const std::string page = found.empty() ? "" : text::lower_ascii(text::collapse_spaces(text_of(found.front())));
    for (std::size_t i = 0; i < doc.blocks.size() && doc.blocks.size() > 1 && !page.empty(); ++i) {
      if (doc.blocks[i].kind != Block::Kind::Heading) continue;
      const std::string h = text::lower_ascii(text::collapse_spaces(plain_text(doc.blocks[i].inlines)));
      if (text::word_count(h) >= 2 && page.find(h) != std::string::npos) {
        doc.metadata.title = doc.blocks[i].inlines;
        doc.blocks.erase(doc.blocks.begin() + static_cast<long>(i));
      }
      break;
    }
  }
  if (doc.metadata.title.empty()) {
    found.clear();
    find_elements(root, "title", found);
    if (!found.empty()) {
      const std::string whole = text::collapse_spaces(text_of(found.front()));
      const std::string t = page_title(whole, root, site_name);
      if (!t.empty()) doc.metadata.title = {Inline::make_text(t)};
      else if (!whole.empty()) doc.removed.push_back({whole, "nama-situs", static_cast<std::size_t>(xmlGetLineNo(found.front()))});
    }
  }
  // Date: the first <time datetime> of the content.
  found.clear();
  find_elements(main, "time", found);
  for (xmlNode* t : found) {
    // A comment's or a related item's time inside the content is theirs, not the bulletin's.
    bool dropped = false;
    for (const xmlNode* a = t->parent; a && a != main && !dropped; a = a->parent) dropped = conv.drop_reason(a, true).has_value();
    if (dropped) continue;
    std::string dt(text::trim(attr(t, "datetime")));
    const bool digits = dt.size() >= 10 && std::all_of(dt.begin(), dt.begin() + 10, [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)) || ch == '-'; });
    if (digits && dt[4] == '-' && dt[7] == '-' && std::atoi(dt.substr(5, 2).c_str()) >= 1 &&
        std::atoi(dt.substr(5, 2).c_str()) <= 12 && std::atoi(dt.substr(8, 2).c_str()) >= 1 &&
        std::atoi(dt.substr(8, 2).c_str()) <= 31) {
      doc.metadata.date = dt.substr(0, 10);
      doc.metadata.date_text = text_of(t);
      break;
    }
  }
  return doc;
}

}  // namespace aksesibel::readers
