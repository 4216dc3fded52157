// Renderer: large print as an A4 or Letter PDF, with Cairo and Pango. The
// rules and their sources: docs/large-print.md.
//
// How it works: every block is laid out first (Pango), cut into boxes that
// must not be split (a line of a paragraph, a table row), and the boxes are
// put on pages (keeping headings with what follows, a table's rows whole and
// its header repeated). Only then, knowing the number of pages, is every page
// drawn with "Halaman N dari M" at its foot.
#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "aksesibel/error.hpp"
#include "aksesibel/large_print.hpp"
#include "render/large_print_text.hpp"
#include "model/inlines.hpp"
#include "model/lists.hpp"
#include "model/summary.hpp"
#include "model/table.hpp"
#include "text/utf8.hpp"
#include "render/renderers.hpp"

namespace aksesibel {

namespace {

// ---------------------------------------------------------------- resources

struct GObjectDeleter {
  void operator()(gpointer p) const {
    if (p) g_object_unref(p);
  }
};
using LayoutPtr = std::shared_ptr<PangoLayout>;
using ContextPtr = std::unique_ptr<PangoContext, GObjectDeleter>;

struct SurfaceDeleter {
  void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
};
struct CairoDeleter {
  void operator()(cairo_t* c) const { cairo_destroy(c); }
};
struct FontDeleter {
  void operator()(PangoFontDescription* f) const { pango_font_description_free(f); }
};
struct AttrListDeleter {
  void operator()(PangoAttrList* l) const { pango_attr_list_unref(l); }
};

// ---------------------------------------------------------------- geometry

constexpr double kMargin = 72;           // 25.4 mm left, right and top
constexpr double kFooterBaseline = 42;   // the page number's baseline, from the bottom edge
// Distance between baselines, as a factor of the font's height (DejaVu Sans:
// 1.164 em): body text 1.5 (1.75 em), headings 1.3 (1.51 em).
constexpr double kLineSpacing = 1.5;
constexpr double kHeadingSpacing = 1.3;
constexpr const char* kFamily = "DejaVu Sans";
// Ligatures off: "fi", "fl" stay two letters for search, copy and screen readers.
constexpr const char* kFeatures = "liga=0,clig=0,dlig=0,hlig=0";

struct Style {
  double size = 18;     // points
  bool bold = false;
  bool right = false;   // right-aligned (numbers in tables)
  double spacing = kLineSpacing;  // 0: the font's own (the one-line page number)
};

// ---------------------------------------------------------------- text runs

// Text with the byte ranges to set in bold.
struct Run {
  std::string text;
  std::vector<std::pair<std::size_t, std::size_t>> bold;

  // Line ends and tabs become spaces; soft hyphens (U+00AD) go: a line
  // broken there would show a hyphen.
  void add(const std::string& s, bool strong) {
    const std::size_t start = text.size();
    for (std::size_t k = 0; k < s.size(); ++k) {
      const char c = s[k];
      if (c == '\xC2' && k + 1 < s.size() && s[k + 1] == '\xAD') {
        ++k;
        continue;
      }
      text += (c == '\n' || c == '\t' || c == '\r') ? ' ' : c;
    }
    if (strong && text.size() > start) bold.emplace_back(start, text.size());
  }
};

void append_inlines(Run& run, const Inlines& in, bool strong) {
  for (const Inline& i : in) {
    switch (i.kind) {
      case Inline::Kind::Emphasis:  // no italics in large print: emphasis in bold
      case Inline::Kind::Strong: append_inlines(run, i.children, true); break;
      // A link is its text, as in the other renderers. (Not clickable: Cairo 1.16
      // writes a link annotation with a dangling structure reference and a
      // wrong cross-reference entry unless the whole PDF is tagged.)
      case Inline::Kind::Link: append_inlines(run, i.children, strong); break;
      case Inline::Kind::LineBreak: run.text += '\n'; break;
      case Inline::Kind::Number: run.add(reader_text(i), strong); break;
      default: run.add(i.text, strong); break;
    }
  }
}

Run run_of(const Inlines& in, bool strong = false) {
  Run r;
  append_inlines(r, render::without_capital_blocks(in), strong);
  return r;
}

Run run_of(const std::string& s, bool strong = false) {
  Run r;
  r.add(render::normal_case_words(s), strong);
  return r;
}

std::string trimmed(const std::string& s) { return std::string(text::trim(s)); }

// Pango and Cairo warn on standard error about bad UTF-8; the library never prints.
const std::string& checked_utf8(const std::string& s) {
  if (!g_utf8_validate(s.data(), static_cast<gssize>(s.size()), nullptr))
    throw Error(ErrorCode::InvalidUtf8, "large-print PDF: a text of the document is not valid UTF-8");
  return s;
}

// ---------------------------------------------------------------- boxes

// A piece of a page that is never split: one line of a paragraph, one table
// row. Boxes are stacked; `space_before` is dropped at the top of a page.
struct Box {
  double height = 0;
  double space_before = 0;
  double baseline = 0;          // first baseline, from the top of the box
  bool keep_with_next = false;  // never the last box of a page
  int repeat = -1;              // a table's header row, drawn again above this row on a new page
  int outline_level = 0;        // > 0: a heading, put in the document outline
  std::string outline_text;
  // Draws the box; `above` is the space left above it on its page (0 at the top).
  std::function<void(cairo_t*, double top, double above)> draw;
};

class Renderer {
 public:
  Renderer(const Document& doc, const LargePrintOptions& options, const data::LanguageData& words);
  std::string render();

 private:
  // Layout.
  LayoutPtr layout(const Run& run, const Style& style, double width) const;
  double text_width(const Run& run, const Style& style) const;
  double pitch(const Style& style) const;
  void add_layout(const LayoutPtr& l, double pitch, double x, double space_before, bool keep_together);
  void add_text(const Run& run, const Style& style, double x, double width, double space_before,
                bool keep_together = false);
  void add_blocks(const std::vector<Block>& blocks, double x, double width, bool tight);
  void add_block(const Block& b, double x, double width, double space_before, bool tight);
  void add_list(const Block& b, double x, double width, double space_before);
  void add_table(const Block& t, double x, double width, double space_before);
  bool add_grid(const Block& t, double x, double width, double space_before);
  void add_table_as_list(const Block& t, double x, double width, double space_before);
  void keep_last_with_next() {
    if (!boxes_.empty()) boxes_.back().keep_with_next = true;
  }

  // Pages.
  void paginate();
  void draw_page(cairo_t* cr, std::size_t page);

  const Document& doc_;
  LargePrintOptions options_;
  const data::LanguageData& words_;
  double page_w_, page_h_;
  double body_;         // body size, points
  double line_;         // body line: distance between baselines at the body size
  double content_top_, content_bottom_;
  std::string out_;  // before surface_: destroying an unfinished surface still writes into it
  std::unique_ptr<cairo_surface_t, SurfaceDeleter> surface_;
  std::unique_ptr<cairo_t, CairoDeleter> cr_;
  ContextPtr pango_;
  std::vector<Box> boxes_;
  struct Placed {
    int box;
    double top, above;
  };
  std::vector<std::vector<Placed>> pages_;
};

cairo_status_t write_to_string(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

Renderer::Renderer(const Document& doc, const LargePrintOptions& options, const data::LanguageData& words)
    : doc_(doc), options_(options), words_(words) {
  if (options.font_size != 18 && options.font_size != 24 && options.font_size != 32)
    throw Error(ErrorCode::InvalidOption, "the option font-size must be 18, 24 or 32 (points)");
  const bool letter = options.paper == LargePrintOptions::Paper::Letter;
  page_w_ = letter ? 612 : 595.28;
  page_h_ = letter ? 792 : 841.89;
  body_ = options.font_size;

  surface_.reset(cairo_pdf_surface_create_for_stream(write_to_string, &out_, page_w_, page_h_));
  if (cairo_surface_status(surface_.get()) != CAIRO_STATUS_SUCCESS)
    throw Error(ErrorCode::Internal, std::string("cannot create the PDF: ") +
                                         cairo_status_to_string(cairo_surface_status(surface_.get())));
  cr_.reset(cairo_create(surface_.get()));
  pango_.reset(pango_cairo_create_context(cr_.get()));
  // Sizes in points are PDF units; no hinting, so that measuring and drawing agree.
  pango_cairo_context_set_resolution(pango_.get(), 72);
  cairo_font_options_t* fo = cairo_font_options_create();
  cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options(pango_.get(), fo);
  cairo_font_options_destroy(fo);
  PangoLanguage* lang = pango_language_from_string(doc.metadata.language.empty() ? "id" : doc.metadata.language.c_str());
  pango_context_set_language(pango_.get(), lang);
  pango_context_set_base_dir(pango_.get(), PANGO_DIRECTION_LTR);

  line_ = pitch(Style{body_});

  // The page number sits near the foot; the text stops one line above it.
  Run footer;
  footer.text = data::interface_text(words_, "page-of", {{"n", "1"}, {"m", "1"}});
  int fh = 0;
  pango_layout_get_size(layout(footer, Style{body_, false, false, 0}, -1).get(), nullptr, &fh);
  content_top_ = kMargin;
  content_bottom_ = page_h_ - kFooterBaseline - static_cast<double>(fh) / PANGO_SCALE - body_;
}

LayoutPtr Renderer::layout(const Run& run, const Style& style, double width) const {
  LayoutPtr l(pango_layout_new(pango_.get()), GObjectDeleter());
  std::unique_ptr<PangoFontDescription, FontDeleter> font(pango_font_description_new());
  pango_font_description_set_family(font.get(), kFamily);
  pango_font_description_set_style(font.get(), PANGO_STYLE_NORMAL);
  pango_font_description_set_weight(font.get(), style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_size(font.get(), static_cast<gint>(style.size * PANGO_SCALE + 0.5));
  pango_layout_set_font_description(l.get(), font.get());
  if (width > 0) pango_layout_set_width(l.get(), pango_units_from_double(width));
  // Lines break between words; only a word longer than the whole line is
  // broken inside (PANGO_WRAP_WORD would let it run off the page), and never
  // with a hyphen (the attribute below).
  pango_layout_set_wrap(l.get(), PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment(l.get(), style.right ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  pango_layout_set_justify(l.get(), FALSE);
  pango_layout_set_auto_dir(l.get(), FALSE);
#if PANGO_VERSION_CHECK(1, 44, 0)
  if (style.spacing > 0) pango_layout_set_line_spacing(l.get(), static_cast<float>(style.spacing));
#else
  if (style.spacing > 0)
    pango_layout_set_spacing(l.get(), static_cast<int>(style.size * 1.164 * (style.spacing - 1) * PANGO_SCALE));
#endif
  std::unique_ptr<PangoAttrList, AttrListDeleter> attrs(pango_attr_list_new());
  pango_attr_list_insert(attrs.get(), pango_attr_font_features_new(kFeatures));
#if PANGO_VERSION_CHECK(1, 44, 0)
  pango_attr_list_insert(attrs.get(), pango_attr_insert_hyphens_new(FALSE));
#endif
  for (const auto& [start, end] : run.bold) {
    PangoAttribute* a = pango_attr_weight_new(PANGO_WEIGHT_BOLD);
    a->start_index = static_cast<guint>(start);
    a->end_index = static_cast<guint>(end);
    pango_attr_list_insert(attrs.get(), a);
  }
  pango_layout_set_attributes(l.get(), attrs.get());
  checked_utf8(run.text);
  pango_layout_set_text(l.get(), run.text.data(), static_cast<int>(run.text.size()));
  return l;
}

// The distance between two baselines in this style.
double Renderer::pitch(const Style& style) const {
  Run two;
  two.text = "Ag\nAg";
  LayoutPtr l = layout(two, style, -1);
  PangoLayoutIter* it = pango_layout_get_iter(l.get());
  const int b0 = pango_layout_iter_get_baseline(it);
  pango_layout_iter_next_line(it);
  const int b1 = pango_layout_iter_get_baseline(it);
  pango_layout_iter_free(it);
  return static_cast<double>(b1 - b0) / PANGO_SCALE;
}

double Renderer::text_width(const Run& run, const Style& style) const {
  int w = 0;
  pango_layout_get_size(layout(run, style, -1).get(), &w, nullptr);
  return static_cast<double>(w) / PANGO_SCALE;
}

// One box per line of the layout. A paragraph leaves no single line alone at
// the foot or at the head of a page.
// The last line's box is a whole line high (Pango adds the spacing only between lines).
void Renderer::add_layout(const LayoutPtr& l, double pitch, double x, double space_before, bool keep_together) {
  struct LineInfo {
    double top, bottom, baseline, x;
  };
  std::vector<LineInfo> lines;
  PangoLayoutIter* it = pango_layout_get_iter(l.get());
  do {
    int y0 = 0, y1 = 0;
    pango_layout_iter_get_line_yrange(it, &y0, &y1);
    PangoRectangle logical;
    pango_layout_iter_get_line_extents(it, nullptr, &logical);
    lines.push_back({static_cast<double>(y0) / PANGO_SCALE, static_cast<double>(y1) / PANGO_SCALE,
                     static_cast<double>(pango_layout_iter_get_baseline(it)) / PANGO_SCALE,
                     static_cast<double>(logical.x) / PANGO_SCALE});
  } while (pango_layout_iter_next_line(it));
  pango_layout_iter_free(it);

  const std::size_t n = lines.size();
  for (std::size_t k = 0; k < n; ++k) {
    Box b;
    b.height = k + 1 < n ? lines[k + 1].top - lines[k].top : std::max(lines[k].bottom - lines[k].top, pitch);
    b.space_before = k == 0 ? space_before : 0;
    b.baseline = lines[k].baseline - lines[k].top;
    b.keep_with_next = keep_together ? k + 1 < n : (n >= 2 && (k == 0 || k + 2 == n));
    PangoLayoutLine* line = pango_layout_get_line_readonly(l.get(), static_cast<int>(k));
    const double lx = x + lines[k].x, base = b.baseline;
    b.draw = [l, line, lx, base](cairo_t* cr, double top, double /*above*/) {
      cairo_move_to(cr, lx, top + base);
      pango_cairo_show_layout_line(cr, line);
    };
    boxes_.push_back(std::move(b));
  }
}

void Renderer::add_text(const Run& run, const Style& style, double x, double width, double space_before,
                        bool keep_together) {
  if (trimmed(run.text).empty()) return;
  add_layout(layout(run, style, width), pitch(style), x, space_before, keep_together);
}

// ---------------------------------------------------------------- blocks

void Renderer::add_blocks(const std::vector<Block>& blocks, double x, double width, bool tight) {
  // A blank line between blocks; in a list item a quarter line (its lines already end in leading).
  const double gap = tight ? line_ / 4 : line_;
  bool first = true;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    const std::size_t before = boxes_.size();
    double space = first ? 0 : gap;
    if (!first && i > 0 && blocks[i - 1].kind == Block::Kind::Heading) space = line_ / 2;
    add_block(b, x, width, space, tight);
    if (boxes_.size() == before) continue;
    first = false;
    // A paragraph that introduces what follows ("… hal berikut:") stays with it,
    // and so does a list item's label above its table.
    const bool next_is_table = i + 1 < blocks.size() && blocks[i + 1].kind == Block::Kind::Table;
    if (b.kind == Block::Kind::Paragraph && i + 1 < blocks.size() && (model::ends_with_colon(b.inlines) || (tight && next_is_table)))
      keep_last_with_next();
  }
}

void Renderer::add_block(const Block& b, double x, double width, double space_before, bool tight) {
  switch (b.kind) {
    case Block::Kind::Heading: {
      const std::size_t first = boxes_.size();
      const double factor = b.level <= 2 ? 1.25 : 1.125;
      add_text(run_of(b.inlines, true), Style{body_ * factor, true, false, kHeadingSpacing}, x, width,
               tight ? space_before : std::max(space_before, line_), true);
      if (boxes_.size() > first) {
        boxes_[first].outline_level = std::max(2, std::min(b.level, 6));
        boxes_[first].outline_text = text::collapse_spaces(run_of(b.inlines).text);
        keep_last_with_next();  // never the last thing on a page
      }
      break;
    }
    case Block::Kind::Paragraph: add_text(run_of(b.inlines), Style{body_}, x, width, space_before); break;
    case Block::Kind::Note: {
      // An aside ("Gambar: …"): indented, with a thin rule on its left.
      const double indent = body_;
      const std::size_t first = boxes_.size();
      add_text(run_of(b.inlines), Style{body_}, x + indent, width - indent, space_before);
      for (std::size_t k = first; k < boxes_.size(); ++k) {
        auto inner = boxes_[k].draw;
        const double h = boxes_[k].height, bx = x + body_ * 0.25;
        boxes_[k].draw = [inner, h, bx](cairo_t* cr, double top, double above) {
          inner(cr, top, above);
          cairo_save(cr);
          cairo_set_source_rgb(cr, 0.35, 0.35, 0.35);
          cairo_set_line_width(cr, 1.5);
          cairo_move_to(cr, bx, top);
          cairo_line_to(cr, bx, top + h);
          cairo_stroke(cr);
          cairo_restore(cr);
        };
      }
      break;
    }
    case Block::Kind::Quote: {
      // Indented, with a thick rule on its left.
      const double indent = body_ * 1.5;
      const std::size_t first = boxes_.size();
      add_blocks(b.children, x + indent, width - indent, tight);
      if (boxes_.size() > first) boxes_[first].space_before = space_before;
      for (std::size_t k = first; k < boxes_.size(); ++k) {
        auto inner = boxes_[k].draw;
        const double h = boxes_[k].height, bx = x + body_ * 0.3;
        // One rule through the whole quote, across the space between its paragraphs.
        const bool continued = k > first;
        boxes_[k].draw = [inner, h, bx, continued, this](cairo_t* cr, double top, double above) {
          inner(cr, top, above);
          cairo_save(cr);
          cairo_set_source_rgb(cr, 0, 0, 0);
          cairo_set_line_width(cr, body_ * 0.25);
          cairo_move_to(cr, bx, continued ? top - above : top);
          cairo_line_to(cr, bx, top + h);
          cairo_stroke(cr);
          cairo_restore(cr);
        };
      }
      break;
    }
    case Block::Kind::List: add_list(b, x, width, space_before); break;
    case Block::Kind::Table: add_table(b, x, width, space_before); break;
  }
}

void Renderer::add_list(const Block& b, double x, double width, double space_before) {
  // Markers right-aligned in a column of their own; the items hang beside it.
  const std::vector<std::string> markers = model::list_markers(b, "\u2022");
  double marker_w = 0;
  for (const auto& m : markers) {
    Run r;
    r.text = m;
    marker_w = std::max(marker_w, text_width(r, Style{body_}));
  }
  const double indent = marker_w + body_ * 0.6;
  bool first = true;
  for (std::size_t i = 0; i < b.items.size(); ++i) {
    const std::size_t start = boxes_.size();
    add_blocks(b.items[i], x + indent, width - indent, true);
    if (boxes_.size() == start) continue;
    boxes_[start].space_before = first ? space_before : line_ / 4;
    first = false;
    Run r;
    r.text = markers[i];
    LayoutPtr ml = layout(r, Style{body_}, -1);
    int mw = 0;
    pango_layout_get_size(ml.get(), &mw, nullptr);
    PangoLayoutIter* it = pango_layout_get_iter(ml.get());
    const double mbase = static_cast<double>(pango_layout_iter_get_baseline(it)) / PANGO_SCALE;
    pango_layout_iter_free(it);
    const double mx = x + marker_w - static_cast<double>(mw) / PANGO_SCALE;
    auto inner = boxes_[start].draw;
    const double base = boxes_[start].baseline;
    boxes_[start].draw = [inner, ml, mx, mbase, base](cairo_t* cr, double top, double above) {
      inner(cr, top, above);
      cairo_move_to(cr, mx, top + base - mbase);
      pango_cairo_show_layout(cr, ml.get());
    };
  }
}

// ---------------------------------------------------------------- tables

// "14.054", "70,2%", "-", "Rp1,5 miliar": a figure, to align on the right.
bool looks_numeric(const Block::Cell& c) {
  const std::string t = trimmed(reader_plain_text(c));
  if (t.empty()) return false;
  if (t == "-" || t == "\u2013" || t == "\u2014") return true;
  if (!has_number(c)) {
    std::string s = t;
    if (s.rfind("Rp", 0) == 0) s = s.substr(2);
    bool digit = false;
    for (char ch : s) {
      if (ch >= '0' && ch <= '9') digit = true;
      else if (!std::strchr(".,% +-", ch)) return false;
    }
    return digit;
  }
  return t.size() <= 24;
}

void Renderer::add_table(const Block& t, double x, double width, double space_before) {
  double space = space_before;
  if (!t.inlines.empty()) {
    add_text(run_of(t.inlines, true), Style{body_}, x, width, space, true);
    keep_last_with_next();
    space = line_ / 4;
  }
  if (!add_grid(t, x, width, space)) add_table_as_list(t, x, width, space);
}

// A real table when every column fits: figures on one line, text broken
// between words at most; else false.
bool Renderer::add_grid(const Block& t, double x, double width, double space_before) {
  std::size_t cols = t.header.size();
  for (const auto& r : t.rows) cols = std::max(cols, r.size());
  if (cols == 0 || t.rows.empty()) return true;
  const double pad_x = body_ * 0.45, pad_y = body_ * 0.3;

  std::vector<bool> numeric(cols, false);
  for (std::size_t c = (t.row_headers ? 1 : 0); c < cols; ++c) {
    bool all = true, any = false;
    for (const auto& r : t.rows) {
      if (c >= r.size() || trimmed(reader_plain_text(r[c])).empty()) continue;
      any = true;
      if (!looks_numeric(r[c])) all = false;
    }
    numeric[c] = all && any;
  }
  auto cell_style = [&](std::size_t c, bool header) {
    return Style{body_, header || (t.row_headers && c == 0), numeric[c] && c > 0, kHeadingSpacing};
  };

  // The widest word of a cell: the narrowest it can be, broken between words.
  auto longest_word = [&](const Run& r, Style st) {
    st.bold = true;  // measured in bold, the wider: a word must never be broken inside
    double w = 0;
    std::size_t s = 0;
    while (s < r.text.size()) {
      std::size_t e = r.text.find(' ', s);
      if (e == std::string::npos) e = r.text.size();
      Run word;
      word.text = r.text.substr(s, e - s);
      if (!word.text.empty()) w = std::max(w, text_width(word, st));
      s = e + 1;
    }
    return w;
  };
  // Three widths per column: `least` with text broken between words, `body`
  // with every body cell on one line (headers still broken), `want` with
  // everything on one line. The widest that fits is taken; what is left over
  // goes to the columns in proportion to what they lack.
  std::vector<double> least(cols, 0), body(cols, 0), want(cols, 0);
  auto measure = [&](const Block::Row& row, bool header) {
    for (std::size_t c = 0; c < row.size(); ++c) {
      const Run r = run_of(row[c]);
      const Style st = cell_style(c, header);
      const double natural = text_width(r, st), word = longest_word(r, st);
      want[c] = std::max(want[c], natural);
      body[c] = std::max(body[c], header ? word : natural);
      least[c] = std::max(least[c], numeric[c] && !header ? natural : word);
    }
  };
  measure(t.header, true);
  for (const auto& r : t.rows) measure(r, false);
  const double per_column = 2 * pad_x + 2;  // padding, a rule, and a point against rounding
  auto total = [&](const std::vector<double>& w) {
    double sum = 0;
    for (double v : w) sum += v + per_column;
    return sum;
  };
  if (total(least) > width) return false;
  const std::vector<double>& lo = total(body) <= width ? body : least;
  const std::vector<double>& hi = total(body) <= width ? want : body;
  const double slack = width - total(lo), extra = total(hi) - total(lo);
  std::vector<double> colw(cols);
  for (std::size_t c = 0; c < cols; ++c)
    colw[c] = lo[c] + per_column + (extra <= slack ? hi[c] - lo[c] : (hi[c] - lo[c]) * slack / extra);
  double table_w = 0;
  for (double w : colw) table_w += w;

  // One box per row; the header row is drawn again at the top of a new page.
  auto add_row = [&](const Block::Row& row, bool header, double space, int repeat) {
    std::vector<LayoutPtr> cells;
    double h = 0, base = 0;
    for (std::size_t c = 0; c < cols; ++c) {
      const Inlines empty;
      const Run r = run_of(c < row.size() ? row[c] : empty);
      const Style st = cell_style(c, header);
      LayoutPtr l = layout(r, st, colw[c] - 2 * pad_x - 1);  // the rule's point left aside
      int lh = 0;
      pango_layout_get_size(l.get(), nullptr, &lh);
      h = std::max(h, static_cast<double>(lh) / PANGO_SCALE);
      if (c == 0) {
        PangoLayoutIter* it = pango_layout_get_iter(l.get());
        base = static_cast<double>(pango_layout_iter_get_baseline(it)) / PANGO_SCALE;
        pango_layout_iter_free(it);
      }
      cells.push_back(l);
    }
    Box b;
    b.height = h + 2 * pad_y;
    b.space_before = space;
    b.baseline = pad_y + base;
    b.keep_with_next = header;
    b.repeat = repeat;
    const std::vector<double> widths = colw;
    const double rule = header ? 2.0 : 1.0;
    b.draw = [cells, widths, x, pad_x, pad_y, table_w, rule, height = b.height, header](cairo_t* cr, double top, double /*above*/) {
      cairo_save(cr);
      // Light rules: a frame, lines between columns and under every row (heavier under the header).
      cairo_set_source_rgb(cr, 0.45, 0.45, 0.45);
      cairo_set_line_width(cr, 1.0);
      double cx = x;
      for (std::size_t c = 0; c <= widths.size(); ++c) {
        cairo_move_to(cr, cx, top);
        cairo_line_to(cr, cx, top + height);
        if (c < widths.size()) cx += widths[c];
      }
      cairo_stroke(cr);
      if (header) {
        cairo_move_to(cr, x, top);
        cairo_line_to(cr, x + table_w, top);
        cairo_stroke(cr);
      }
      cairo_set_line_width(cr, rule);
      cairo_move_to(cr, x, top + height);
      cairo_line_to(cr, x + table_w, top + height);
      cairo_stroke(cr);
      cairo_restore(cr);
      cx = x;
      for (std::size_t c = 0; c < cells.size(); ++c) {
        cairo_move_to(cr, cx + pad_x + 0.5, top + pad_y);
        pango_cairo_show_layout(cr, cells[c].get());
        cx += widths[c];
      }
    };
    boxes_.push_back(std::move(b));
  };

  const std::size_t first_box = boxes_.size();
  int header_box = -1;
  if (!t.header.empty()) {
    header_box = static_cast<int>(boxes_.size());
    add_row(t.header, true, space_before, -1);
  }
  for (std::size_t i = 0; i < t.rows.size(); ++i) {
    add_row(t.rows[i], false, (i == 0 && header_box < 0) ? space_before : 0, header_box);
    if (i == 0 && header_box < 0) {
      // The first row draws the top of the frame.
      auto inner = boxes_.back().draw;
      boxes_.back().draw = [inner, x, table_w](cairo_t* cr, double top, double above) {
        inner(cr, top, above);
        cairo_save(cr);
        cairo_set_source_rgb(cr, 0.45, 0.45, 0.45);
        cairo_set_line_width(cr, 1.0);
        cairo_move_to(cr, x, top);
        cairo_line_to(cr, x + table_w, top);
        cairo_stroke(cr);
        cairo_restore(cr);
      };
    }
  }
  // A row (with the header repeated above it) taller than a page could not be
  // drawn whole: such a table is a labelled list instead, whose lines can break.
  const double header_h = header_box >= 0 ? boxes_[static_cast<std::size_t>(header_box)].height : 0;
  for (std::size_t k = first_box; k < boxes_.size(); ++k)
    if (boxes_[k].height + header_h > content_bottom_ - content_top_) {
      boxes_.resize(first_box);
      return false;
    }
  // A small table stays on one page.
  double height = 0;
  for (std::size_t k = first_box; k < boxes_.size(); ++k) height += boxes_[k].height;
  if (height <= (content_bottom_ - content_top_) / 2)
    for (std::size_t k = first_box; k + 1 < boxes_.size(); ++k) boxes_[k].keep_with_next = true;
  return true;
}

// "Kota Palu: Kasus baru 75; Total 5.017" (model/table.hpp, as braille and
// large print HTML say it): one paragraph per row, the label in bold.
void Renderer::add_table_as_list(const Block& t, double x, double width, double space_before) {
  bool first = true;
  for (const model::TableLine& line : model::table_lines(t)) {
    Run r;
    if (line.label) append_inlines(r, render::without_capital_blocks(*line.label), true);
    for (std::size_t f = 0; f < line.fields.size(); ++f) {
      r.add(f == 0 ? (line.label ? model::kAfterLabel : "") : model::kBetweenFields, false);
      if (line.fields[f].header) {
        append_inlines(r, render::without_capital_blocks(*line.fields[f].header), false);
        r.add(model::kAfterHeader, false);
      }
      append_inlines(r, render::without_capital_blocks(*line.fields[f].value), false);
    }
    const std::size_t before = boxes_.size();
    add_text(r, Style{body_}, x, width, first ? space_before : line_ / 2, true);
    if (boxes_.size() > before) first = false;
  }
}

// ---------------------------------------------------------------- pages

void Renderer::paginate() {
  const double page = content_bottom_ - content_top_;
  pages_.assign(1, {});
  double y = 0;
  for (std::size_t i = 0; i < boxes_.size(); ++i) {
    const bool at_top = pages_.back().empty();
    // The box and every box it keeps with must fit, unless they fill a page anyway.
    double need = (at_top ? 0 : boxes_[i].space_before) + boxes_[i].height;
    for (std::size_t k = i; boxes_[k].keep_with_next && k + 1 < boxes_.size(); ++k)
      need += boxes_[k + 1].space_before + boxes_[k + 1].height;
    if (need > page) need = (at_top ? 0 : boxes_[i].space_before) + boxes_[i].height;
    if (!at_top && y + need > page + 0.01) {
      pages_.emplace_back();
      y = 0;
    }
    double above = 0;
    if (pages_.back().empty()) {
      const int h = boxes_[i].repeat;
      if (h >= 0 && h != static_cast<int>(i)) {
        pages_.back().push_back({h, content_top_, 0});
        y = boxes_[h].height;
      }
    } else {
      above = boxes_[i].space_before;
      y += above;
    }
    pages_.back().push_back({static_cast<int>(i), content_top_ + y, above});
    y += boxes_[i].height;
  }
}

void Renderer::draw_page(cairo_t* cr, std::size_t page) {
  cairo_set_source_rgb(cr, 0, 0, 0);
  for (const Placed& p : pages_[page]) {
    cairo_set_source_rgb(cr, 0, 0, 0);
    boxes_[p.box].draw(cr, p.top, p.above);
  }
  // "Halaman 3 dari 5" at the foot of every page, flush left with the text,
  // at the body size (docs/large-print.md: every line starts at the margin).
  Run footer;
  footer.text = data::interface_text(words_, "page-of",
                                     {{"n", std::to_string(page + 1)}, {"m", std::to_string(pages_.size())}});
  LayoutPtr l = layout(footer, Style{body_, false, false, 0}, -1);
  PangoLayoutIter* it = pango_layout_get_iter(l.get());
  const double base = static_cast<double>(pango_layout_iter_get_baseline(it)) / PANGO_SCALE;
  pango_layout_iter_free(it);
  cairo_set_source_rgb(cr, 0, 0, 0);
  cairo_move_to(cr, kMargin, page_h_ - kFooterBaseline - base);
  pango_cairo_show_layout(cr, l.get());
}

std::string Renderer::render() {
  const Metadata& m = doc_.metadata;
  const double x = kMargin, width = page_w_ - 2 * kMargin;

  // The headline, then the dateline with the date under it at the body size
  // (the date as printed; an ISO date is not shown). The site's rubric and
  // the byline are page chrome (docs/boilerplate.md).
  const std::string title = text::collapse_spaces(run_of(m.title).text);
  if (!m.title_inferred && !trimmed(title).empty()) {
    add_text(run_of(m.title, true), Style{body_ * 1.5, true, false, kHeadingSpacing}, x, width, 0, true);
    boxes_.front().outline_level = 1;
    boxes_.front().outline_text = title;
  }
  std::vector<Run> head;
  const std::string dateline = trimmed(m.dateline), date = trimmed(m.date_text);
  Run line = run_of(dateline);
  if (!date.empty() && dateline.find(date) == std::string::npos) line.add((dateline.empty() ? "" : " \u00b7 ") + date, false);
  if (!trimmed(line.text).empty()) head.push_back(line);
  for (std::size_t i = 0; i < head.size(); ++i) {
    keep_last_with_next();  // the title and these lines stay together
    add_text(head[i], Style{body_}, x, width, (i == 0 && !boxes_.empty()) ? line_ / 2 : 0, true);
  }
  const std::size_t body_start = boxes_.size();
  const std::vector<Block> summary =
      options_.summary ? render::summary_blocks(doc_, words_) : std::vector<Block>{};
  add_blocks(summary, x, width, false);
  add_blocks(doc_.blocks, x, width, false);
  if (body_start > 0 && boxes_.size() > body_start) boxes_[body_start].space_before = std::max(boxes_[body_start].space_before, line_);

  paginate();

  // Metadata.
  cairo_surface_t* s = surface_.get();
  const std::string pdf_title = trimmed(title).empty() ? data::interface_text(words_, "untitled") : title;
  const std::string author = !trimmed(m.byline).empty()      ? trimmed(m.byline)
                             : !trimmed(m.publisher).empty() ? trimmed(m.publisher)
                                                             : std::string("aksesibel");
  cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_TITLE, checked_utf8(pdf_title).c_str());
  cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_AUTHOR, checked_utf8(author).c_str());
  cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_SUBJECT, data::interface_text(words_, "large-print-subject").c_str());
  cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATOR, "aksesibel");
  cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_KEYWORDS, data::interface_text(words_, "large-print-keywords").c_str());

  cairo_t* cr = cr_.get();
  int outline_parent[8] = {CAIRO_PDF_OUTLINE_ROOT, CAIRO_PDF_OUTLINE_ROOT, CAIRO_PDF_OUTLINE_ROOT, CAIRO_PDF_OUTLINE_ROOT,
                           CAIRO_PDF_OUTLINE_ROOT, CAIRO_PDF_OUTLINE_ROOT, CAIRO_PDF_OUTLINE_ROOT, CAIRO_PDF_OUTLINE_ROOT};
  for (std::size_t p = 0; p < pages_.size(); ++p) {
    draw_page(cr, p);
    for (const Placed& placed : pages_[p]) {
      const Box& b = boxes_[placed.box];
      const double top = placed.top;
      if (b.outline_level <= 0 || b.outline_text.empty()) continue;
      const int level = std::min(b.outline_level, 6);
      const std::string dest = "page=" + std::to_string(p + 1) + " pos=[" + std::to_string(static_cast<int>(kMargin)) + " " +
                               std::to_string(static_cast<int>(top)) + "]";
      const int id = cairo_pdf_surface_add_outline(s, outline_parent[level - 1], b.outline_text.c_str(), dest.c_str(),
                                                   CAIRO_PDF_OUTLINE_FLAG_OPEN);
      for (int k = level; k < 8; ++k) outline_parent[k] = id;
    }
    cairo_show_page(cr);
  }
  if (cairo_status(cr) != CAIRO_STATUS_SUCCESS)
    throw Error(ErrorCode::Internal, std::string("cannot draw the PDF: ") + cairo_status_to_string(cairo_status(cr)));
  cr_.reset();
  pango_.reset();
  cairo_surface_finish(s);
  if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS)
    throw Error(ErrorCode::Internal, std::string("cannot write the PDF: ") + cairo_status_to_string(cairo_surface_status(s)));
  surface_.reset();
  return std::move(out_);
}

// Cairo 1.16 has no way to name the document's language, nor to ask viewers
// to show the title instead of the file name. Cairo writes the catalog as the
// last object before the cross-reference table; when that is so, both entries
// are added to it and the table's position is corrected. Otherwise the file is
// left as it is.
void add_language(std::string& pdf, const std::string& language) {
  if (language.empty() || language.size() > 35) return;
  for (char c : language)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-') return;
  const std::size_t sx = pdf.rfind("startxref");
  if (sx == std::string::npos) return;
  std::size_t p = sx + 9;
  while (p < pdf.size() && std::isspace(static_cast<unsigned char>(pdf[p]))) ++p;
  std::size_t q = p;
  while (q < pdf.size() && std::isdigit(static_cast<unsigned char>(pdf[q]))) ++q;
  if (q == p || q - p > 12) return;
  const std::size_t xref = std::stoul(pdf.substr(p, q - p));
  if (xref >= sx || pdf.compare(xref, 4, "xref") != 0) return;
  const std::size_t trailer = pdf.find("trailer", xref);
  const std::size_t root = trailer == std::string::npos ? trailer : pdf.find("/Root ", trailer);
  if (root == std::string::npos || root > sx) return;
  std::size_t r = root + 6, re = r;
  while (re < pdf.size() && std::isdigit(static_cast<unsigned char>(pdf[re]))) ++re;
  if (re == r) return;
  const std::string header = "\n" + pdf.substr(r, re - r) + " 0 obj\n<< /Type /Catalog";
  const std::size_t obj = pdf.rfind(header, xref);
  if (obj == std::string::npos) return;
  const std::size_t end = pdf.find("endobj", obj);
  if (end == std::string::npos || end > xref) return;
  for (std::size_t k = end + 6; k < xref; ++k)
    if (!std::isspace(static_cast<unsigned char>(pdf[k]))) return;  // the catalog is not the last object
  const std::string dict = pdf.substr(obj, end - obj);
  if (dict.find("/Lang") != std::string::npos || dict.find("/ViewerPreferences") != std::string::npos) return;
  const std::string added = "\n   /Lang (" + language + ")\n   /ViewerPreferences << /DisplayDocTitle true >>";
  std::string out = pdf.substr(0, obj + header.size()) + added + pdf.substr(obj + header.size(), sx - obj - header.size());
  out += "startxref\n" + std::to_string(xref + added.size()) + "\n%%EOF\n";
  pdf = std::move(out);
}

}  // namespace

std::string render_large_print_pdf(const Document& doc, const LargePrintOptions& options) {
  return render_large_print_pdf(doc, options, render::default_language_data());
}

std::string render_large_print_pdf(const Document& doc, const LargePrintOptions& options, const data::LanguageData& words) {
  Renderer r(doc, options, words);
  std::string pdf = r.render();
  add_language(pdf, doc.metadata.language.empty() ? std::string("id") : doc.metadata.language);
  return pdf;
}

}  // namespace aksesibel
