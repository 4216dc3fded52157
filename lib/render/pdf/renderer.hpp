// The large-print PDF's renderer (docs/large-print.md), shared by its parts:
// runs of text (runs.cpp), laying out blocks into boxes (layout.cpp), tables
// (tables.cpp), putting boxes on pages and drawing them (pages.cpp). The
// public entry point is lib/render/large_print_pdf.cpp; catalog.cpp adds what
// Cairo cannot write.
//
// How it works: every block is laid out first (Pango), cut into boxes that
// must not be split (a line of a paragraph, a table row), and the boxes are
// put on pages (keeping headings with what follows, a table's rows whole and
// its header repeated). Only then, knowing the number of pages, is every page
// drawn with "Halaman N dari M" at its foot. The Pango layouts are not kept
// from laying out to drawing (LazyLayout): each is made again for its pages.
#pragma once

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <functional>
#include <map>
#include <tuple>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "aksesibel/document.hpp"
#include "aksesibel/large_print.hpp"
#include "data/language_data.hpp"

namespace aksesibel::pdf {

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
  struct Link {
    std::size_t begin, end;  ///< byte range of `text`
    std::string uri;
  };
  std::vector<Link> links;  ///< links a reader can follow (http, https, mailto)

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

/// The runs of inlines (emphasis in bold, numbers as readers read them) and
/// of plain strings, without blocks of capitals.
void append_inlines(Run& run, const Inlines& in, bool strong);
Run run_of(const Inlines& in, bool strong = false);
Run run_of(const std::string& s, bool strong = false);
std::string trimmed(const std::string& s);
/// `s`, or Error(InvalidUtf8): Pango and Cairo would warn on standard error.
const std::string& checked_utf8(const std::string& s);

// ---------------------------------------------------------------- lazy layouts

// A layout that is made when it is measured, dropped, and made again when
// its page is drawn: keeping the Pango layout of every paragraph and table
// cell from laying out to drawing took about 100 MB for an 8 MiB bulletin.
// Pango lays out the same text in the same style the same way, so the
// lines drawn are the lines measured.
struct LazyLayout {
  Run run;
  Style style;
  double width = -1;
  LayoutPtr made;                      // while measured, and while its pages are drawn
  std::vector<PangoLayoutLine*> lines; // of `made`, when asked for
  std::size_t last_page = 0;           // the last page that draws it (set after paginating)
  void release() {
    made.reset();
    lines.clear();
    lines.shrink_to_fit();
  }
};
using LazyPtr = std::shared_ptr<LazyLayout>;

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
  std::vector<LazyPtr> layouts;  // what `draw` draws: made again for its pages, dropped after the last
  // The structure elements the box belongs to (Renderer::paths_, outermost
  // first: "Table" 4, "TR" 9): a box with the same element (name and
  // number) as the box before it continues that element (the lines of one
  // paragraph). An index, shared by the boxes of one element: a vector a box
  // took 12 MB more for an 8 MiB bulletin.
  std::size_t tags = 0;
  // Draws the box; `above` is the space left above it on its page (0 at the top).
  std::function<void(cairo_t*, double top, double above)> draw;
};

class Renderer {
 public:
  Renderer(const Document& doc, const LargePrintOptions& options, const data::LanguageData& words);
  std::string render();
  /// The alternative text of each Figure render() tagged, in order (pdf/figures.hpp).
  const std::vector<std::string>& figure_alts() const { return figure_alts_; }
  /// Whether render() tagged the PDF: a document of more than
  /// kMaxTaggedElements structure elements is not (Cairo's structure tree
  /// takes about 250 bytes an element, past the 20-times-the-input bound).
  bool tagged() const { return tagged_; }
  static constexpr int kMaxTaggedElements = 20000;

 private:
  // Layout.
  LayoutPtr layout(const Run& run, const Style& style, double width) const;
  /// A layout kept as its text and style, laid out now (for measuring; released by add_lines or the caller).
  LazyPtr lazy(Run run, const Style& style, double width) const;
  /// The layout, made again if it was released.
  PangoLayout* made(LazyLayout& l) const;
  /// Line `index` of the layout, made again if it was released.
  PangoLayoutLine* line_of(LazyLayout& l, int index) const;
  double text_width(const Run& run, const Style& style) const;
  /// A link area over each part of `line` (at x, top; `height` high) that is a link of `run`.
  static void add_links(cairo_t* cr, const Run& run, PangoLayoutLine* line, double x, double top, double height);
  double pitch(const Style& style) const;
  void add_layout(const LazyPtr& l, double pitch, double x, double space_before, bool keep_together);
  /// A line of a layout, placed in a paragraph laid out in one or more layouts.
  struct LineInfo {
    double top, bottom, baseline, x;
    LazyPtr layout;
    int index;  ///< in `layout`
  };
  void lines_of(const LazyPtr& l, int first, double offset, std::vector<LineInfo>& lines) const;
  void add_lines(const std::vector<LineInfo>& lines, double pitch, double x, double space_before, bool keep_together);
  void add_text_in_parts(const Run& run, const Style& style, double x, double width, double space_before,
                         bool keep_together);
  void add_text(const Run& run, const Style& style, double x, double width, double space_before,
                bool keep_together = false);
  void add_blocks(const std::vector<Block>& blocks, double x, double width, bool tight);
  void add_block(const Block& b, double x, double width, double space_before, bool tight);
  void add_list(const Block& b, double x, double width, double space_before);
  void add_table(const Block& t, double x, double width, double space_before);
  bool add_grid(const Block& t, double x, double width, double space_before);
  bool add_chart(const Block& t, double x, double width, double space_before);
  std::vector<std::string> figure_alts_;  ///< the alternative text of each Figure (each chart), in order
  /// A table's columns as drawn: widths (with padding), which hold figures.
  struct Grid {
    std::vector<double> widths;
    std::vector<bool> numeric;
    double width = 0;  ///< of the whole table
    double pad_x = 0, pad_y = 0;
  };
  std::optional<Grid> grid_columns(const Block& t, std::size_t cols, double width) const;
  Style cell_style(const Block& t, const Grid& g, std::size_t c, bool header) const;
  double longest_word(const Run& r, Style st) const;
  void add_grid_row(const Block& t, const Grid& g, const Block::Row& row, bool header, double x, double space, int repeat);
  void add_table_as_list(const Block& t, double x, double width, double space_before);
  // The tagged PDF's structure (docs/large-print.md): the elements the boxes
  // added now belong to; a Tag names one for as long as it lives.
  using Path = std::vector<std::pair<const char*, int>>;
  Path path_;
  int next_tag_ = 0;
  bool tagged_ = true;
  std::vector<Path> paths_{Path{}};  ///< what Box::tags indexes; [0] is no element
  /// The index of path_ in paths_ (the last one again when it is the same).
  std::size_t current_path() {
    if (paths_.back() != path_) paths_.push_back(path_);
    return paths_.size() - 1;
  }
  struct Tag {
    Renderer& r;
    Tag(Renderer& renderer, const char* name) : r(renderer) { r.path_.emplace_back(name, ++r.next_tag_); }
    ~Tag() { r.path_.pop_back(); }
    Tag(const Tag&) = delete;
    Tag& operator=(const Tag&) = delete;
  };
  void keep_last_with_next() {
    if (!boxes_.empty()) boxes_.back().keep_with_next = true;
  }

  // Pages.
  void paginate();
  void draw_page(cairo_t* cr, std::size_t page);

  const Document& doc_;
  mutable std::map<std::tuple<double, bool, double>, double> pitches_;  ///< pitch() by size, bold, spacing
  /// Layouts are laid out once and kept until drawn for a document of up to
  /// kKeepLayoutsUpTo bytes of text; a larger one releases each after
  /// measuring and lays it out again to draw (memory over time).
  bool keep_layouts_ = false;
  /// Releases a measured layout unless layouts are kept (keep_layouts_).
  void measured(LazyLayout& l) const {
    if (!keep_layouts_) l.release();
  }
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

}  // namespace aksesibel::pdf
