// Laying out the large-print PDF: the page geometry, Pango layouts, and the
// blocks of the document as boxes (paragraphs, headings, lists, notes).
#include "render/pdf/renderer.hpp"

#include <charconv>

#include "aksesibel/messages.hpp"

#include <algorithm>

#include "aksesibel/error.hpp"
#include "model/inlines.hpp"
#include "model/lists.hpp"
#include "render/large_print_text.hpp"
#include "text/utf8.hpp"

namespace aksesibel::pdf {

cairo_status_t write_to_string(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

namespace {
// Layouts of a bulletin (the corpus: at most 30 KB of text) are kept from
// measuring to drawing: shaping each paragraph once instead of twice makes
// the PDF about twice as fast, for a few MB at most.
constexpr std::size_t kKeepLayoutsUpTo = 64 * 1024;

std::size_t text_size(const std::vector<Block>& blocks) {
  std::size_t n = 0;
  auto inlines = [&n](const Inlines& is) {
    for (const Inline& i : is) n += model::text_length(i);
  };
  for (const Block& b : blocks) {
    inlines(b.inlines);
    for (const std::vector<Block>& item : b.items) n += text_size(item);
    for (const Inlines& c : b.header) inlines(c);
    for (const auto& row : b.rows)
      for (const Inlines& c : row) inlines(c);
    n += text_size(b.children);
  }
  return n;
}
}  // namespace

Renderer::Renderer(const Document& doc, const LargePrintOptions& options, const data::LanguageData& words)
    : doc_(doc), keep_layouts_(text_size(doc.blocks) <= kKeepLayoutsUpTo), options_(options), words_(words) {
  if (options.font_size != 18 && options.font_size != 24 && options.font_size != 32)
    throw Error(ErrorCode::InvalidOption, translate("the option font-size must be 18, 24 or 32 (points)"));
  const bool letter = options.paper == LargePrintOptions::Paper::Letter;
  page_w_ = letter ? 612 : 595.28;
  page_h_ = letter ? 792 : 841.89;
  body_ = options.font_size;

  surface_.reset(cairo_pdf_surface_create_for_stream(write_to_string, &out_, page_w_, page_h_));
  if (cairo_surface_status(surface_.get()) != CAIRO_STATUS_SUCCESS)
    throw Error(ErrorCode::Internal,
                fill_message(translate("cannot create the PDF: {0}"), {cairo_status_to_string(cairo_surface_status(surface_.get()))}));
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

LazyPtr Renderer::lazy(Run run, const Style& style, double width) const {
  auto l = std::make_shared<LazyLayout>();
  l->made = layout(run, style, width);
  l->run = std::move(run);
  l->style = style;
  l->width = width;
  return l;
}

PangoLayout* Renderer::made(LazyLayout& l) const {
  if (!l.made) l.made = layout(l.run, l.style, l.width);
  return l.made.get();
}

PangoLayoutLine* Renderer::line_of(LazyLayout& l, int index) const {
  PangoLayout* p = made(l);
  if (l.lines.empty())
    for (GSList* it = pango_layout_get_lines_readonly(p); it; it = it->next)
      l.lines.push_back(static_cast<PangoLayoutLine*>(it->data));
  return l.lines.at(static_cast<std::size_t>(index));
}

// The distance between two baselines in this style (measured once per
// size, weight and spacing: every paragraph asks).
double Renderer::pitch(const Style& style) const {
  const auto key = std::make_tuple(style.size, style.bold, style.spacing);
  if (auto it = pitches_.find(key); it != pitches_.end()) return it->second;
  Run two;
  two.text = "Ag\nAg";
  LayoutPtr l = layout(two, style, -1);
  PangoLayoutIter* it = pango_layout_get_iter(l.get());
  const int b0 = pango_layout_iter_get_baseline(it);
  pango_layout_iter_next_line(it);
  const int b1 = pango_layout_iter_get_baseline(it);
  pango_layout_iter_free(it);
  const double pitch = static_cast<double>(b1 - b0) / PANGO_SCALE;
  pitches_.emplace(key, pitch);
  return pitch;
}

double Renderer::text_width(const Run& run, const Style& style) const {
  int w = 0;
  pango_layout_get_size(layout(run, style, -1).get(), &w, nullptr);
  return static_cast<double>(w) / PANGO_SCALE;
}

// One box per line of the layout. A paragraph leaves no single line alone at
// the foot or at the head of a page.
// The last line's box is a whole line high (Pango adds the spacing only between lines).
void Renderer::add_layout(const LazyPtr& l, double pitch, double x, double space_before, bool keep_together) {
  std::vector<LineInfo> lines;
  lines_of(l, 0, 0, lines);
  add_lines(lines, pitch, x, space_before, keep_together);
}

// The lines of a layout from line `first` on, their tops moved by `offset`.
void Renderer::lines_of(const LazyPtr& l, int first, double offset, std::vector<LineInfo>& lines) const {
  PangoLayoutIter* it = pango_layout_get_iter(made(*l));
  int k = 0;
  do {
    if (k >= first) {
      int y0 = 0, y1 = 0;
      pango_layout_iter_get_line_yrange(it, &y0, &y1);
      PangoRectangle logical;
      pango_layout_iter_get_line_extents(it, nullptr, &logical);
      lines.push_back({offset + static_cast<double>(y0) / PANGO_SCALE, offset + static_cast<double>(y1) / PANGO_SCALE,
                       offset + static_cast<double>(pango_layout_iter_get_baseline(it)) / PANGO_SCALE,
                       static_cast<double>(logical.x) / PANGO_SCALE, l, k});
    }
    ++k;
  } while (pango_layout_iter_next_line(it));
  pango_layout_iter_free(it);
}

void Renderer::add_lines(const std::vector<LineInfo>& lines, double pitch, double x, double space_before, bool keep_together) {
  const std::size_t n = lines.size();
  for (std::size_t k = 0; k < n; ++k) {
    Box b;
    b.height = k + 1 < n ? lines[k + 1].top - lines[k].top : std::max(lines[k].bottom - lines[k].top, pitch);
    b.space_before = k == 0 ? space_before : 0;
    b.baseline = lines[k].baseline - lines[k].top;
    b.keep_with_next = keep_together ? k + 1 < n : (n >= 2 && (k == 0 || k + 2 == n));
    const LazyPtr& l = lines[k].layout;
    const int index = lines[k].index;
    const double lx = x + lines[k].x, base = b.baseline;
    b.layouts.push_back(l);
    b.tags = current_path();
    const double height = b.height;
    b.draw = [this, l, index, lx, base, height](cairo_t* cr, double top, double /*above*/) {
      cairo_move_to(cr, lx, top + base);
      PangoLayoutLine* line = line_of(*l, index);
      pango_cairo_show_layout_line(cr, line);
      add_links(cr, l->run, line, lx, top, height);
    };
    boxes_.push_back(std::move(b));
  }
  for (const LineInfo& l : lines) measured(*l.layout);
}

namespace {

// A word longer than this many bytes (no bulletin has one; a hostile web page
// may) makes Pango's time grow with the square of the word: it shapes the
// rest of the word again for each line.
constexpr std::size_t kLongestWord = 1000;
// A run with more line breaks than this (a bulletin's block has a handful;
// a page of thousands of <br> or a long <pre> may have more) makes Pango's
// time grow with the square of the run: every paragraph of a layout (a line
// break starts one) costs time in the length of the whole layout's text.
constexpr std::size_t kMostLineBreaks = 100;
// How much text is laid out at a time when a run has such a word or so many line breaks.
constexpr std::size_t kPart = 4000;

bool has_long_word(const std::string& text) {
  std::size_t run = 0;
  for (char c : text) {
    run = text::is_ascii_space(c) ? 0 : run + 1;
    if (run > kLongestWord) return true;
  }
  return false;
}

bool has_many_line_breaks(const std::string& text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) > kMostLineBreaks;
}

// Bytes [begin, end) of a run, with its bold ranges.
Run part_of(const Run& run, std::size_t begin, std::size_t end) {
  Run r;
  r.text = run.text.substr(begin, end - begin);
  for (const auto& [b, e] : run.bold)
    if (e > begin && b < end) r.bold.emplace_back(std::max(b, begin) - begin, std::min(e, end) - begin);
  for (const Run::Link& k : run.links)
    if (k.end > begin && k.begin < end) r.links.push_back({std::max(k.begin, begin) - begin, std::min(k.end, end) - begin, k.uri});
  return r;
}

}  // namespace

// A run with a very long word or very many line breaks is laid out a part at
// a time: of each part's lines all but the last two are kept (the end of the
// part could change only those), and the next part starts where the first
// line not kept starts. The lines are those of the whole run laid out at
// once (a line break ends a line, so a part that starts after one starts as
// that line did); the time grows with the run, not its square.
void Renderer::add_text_in_parts(const Run& run, const Style& style, double x, double width, double space_before,
                                 bool keep_together) {
  std::vector<LineInfo> lines;
  std::size_t begin = 0;
  double offset = 0;
  while (begin < run.text.size()) {
    std::size_t end = std::min(run.text.size(), begin + kPart);
    while (end < run.text.size() && (static_cast<unsigned char>(run.text[end]) & 0xC0) == 0x80) ++end;
    LazyPtr l = lazy(part_of(run, begin, end), style, width);
    const int count = pango_layout_get_line_count(made(*l));
    if (end == run.text.size() || count < 3) {
      // The last part (or one that fills too few lines to part safely: laid out to the end).
      if (end != run.text.size()) l = lazy(part_of(run, begin, run.text.size()), style, width);
      lines_of(l, 0, offset, lines);
      break;
    }
    // Keep lines [0, count - 2); the next part starts with line count - 2.
    std::vector<LineInfo> part;
    lines_of(l, 0, offset, part);
    const int next = count - 2;
    const PangoLayoutLine* first_left = pango_layout_get_line_readonly(made(*l), next);
    lines.insert(lines.end(), part.begin(), part.begin() + next);
    offset = part[static_cast<std::size_t>(next)].top;
    begin += static_cast<std::size_t>(first_left->start_index);
    measured(*l);  // made again when its lines are drawn, if released
  }
  add_lines(lines, pitch(style), x, space_before, keep_together);
}

void Renderer::add_text(const Run& run, const Style& style, double x, double width, double space_before,
                        bool keep_together) {
  if (trimmed(run.text).empty()) return;
  if (has_long_word(run.text) || has_many_line_breaks(run.text)) {
    add_text_in_parts(run, style, x, width, space_before, keep_together);
    return;
  }
  add_layout(lazy(run, style, width), pitch(style), x, space_before, keep_together);
}

// A link's target in Cairo's attribute syntax: in single quotes, with ' and \ escaped.
static std::string quoted_attribute(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c;
  }
  return out + "'";
}

// A number in points for Cairo's attributes, whatever the host's LC_NUMERIC.
static std::string points(double v) {
  char buf[32];
  const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, 2);
  return ec == std::errc() ? std::string(buf, end) : "0";
}

void Renderer::add_links(cairo_t* cr, const Run& run, PangoLayoutLine* line, double x, double top, double height) {
  if (run.links.empty()) return;
  const std::size_t start = static_cast<std::size_t>(line->start_index);
  const std::size_t end = start + static_cast<std::size_t>(line->length);
  for (const Run::Link& k : run.links) {
    if (k.end <= start || k.begin >= end) continue;
    int x0 = 0, x1 = 0;
    pango_layout_line_index_to_x(line, static_cast<int>(std::max(k.begin, start)), 0, &x0);
    pango_layout_line_index_to_x(line, static_cast<int>(std::min(k.end, end)), 0, &x1);
    if (x1 < x0) std::swap(x0, x1);
    if (x1 == x0) continue;
    const std::string attributes = "uri=" + quoted_attribute(k.uri) + " rect=[" +
                                   points(x + static_cast<double>(x0) / PANGO_SCALE) + " " + points(top) + " " +
                                   points(static_cast<double>(x1 - x0) / PANGO_SCALE) + " " + points(height) + "]";
    cairo_tag_begin(cr, CAIRO_TAG_LINK, attributes.c_str());
    cairo_tag_end(cr, CAIRO_TAG_LINK);
  }
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
      static const char* const kHeadings[] = {"H1", "H2", "H3", "H4", "H5", "H6"};
      Tag tag(*this, kHeadings[std::max(1, std::min(b.level, 6)) - 1]);
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
    case Block::Kind::Paragraph: {
      Tag tag(*this, "P");
      add_text(run_of(b.inlines), Style{body_}, x, width, space_before);
      break;
    }
    case Block::Kind::Note: {
      Tag tag(*this, "P");
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
      Tag tag(*this, "BlockQuote");
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
    case Block::Kind::List: {
      Tag tag(*this, "L");
      add_list(b, x, width, space_before);
      break;
    }
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
    Tag item(*this, "LI");
    const std::size_t start = boxes_.size();
    add_blocks(b.items[i], x + indent, width - indent, true);
    if (boxes_.size() == start) continue;
    boxes_[start].space_before = first ? space_before : line_ / 4;
    first = false;
    Run r;
    r.text = markers[i];
    LazyPtr ml = lazy(r, Style{body_}, -1);
    int mw = 0;
    pango_layout_get_size(made(*ml), &mw, nullptr);
    PangoLayoutIter* it = pango_layout_get_iter(made(*ml));
    const double mbase = static_cast<double>(pango_layout_iter_get_baseline(it)) / PANGO_SCALE;
    pango_layout_iter_free(it);
    measured(*ml);
    const double mx = x + marker_w - static_cast<double>(mw) / PANGO_SCALE;
    auto inner = boxes_[start].draw;
    const double base = boxes_[start].baseline;
    boxes_[start].layouts.push_back(ml);
    // The marker first: in the tagged PDF's reading order, "1." comes before its item.
    boxes_[start].draw = [this, inner, ml, mx, mbase, base](cairo_t* cr, double top, double above) {
      cairo_move_to(cr, mx, top + base - mbase);
      pango_cairo_show_layout(cr, made(*ml));
      inner(cr, top, above);
    };
  }
}

}  // namespace aksesibel::pdf
