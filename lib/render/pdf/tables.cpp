// Tables in the large-print PDF: a ruled grid when every column fits, else
// the labelled lines every variant uses (model/table.hpp).
#include "render/pdf/renderer.hpp"

#include <algorithm>
#include <cstring>
#include <optional>

#include "model/chart.hpp"
#include "model/table.hpp"
#include "render/large_print_text.hpp"

namespace aksesibel::pdf {

namespace {

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

// Which columns hold figures (aligned on the right): every non-empty body
// cell of the column looks like one. A column of row headers never does.
std::vector<bool> numeric_columns(const Block& t, std::size_t cols) {
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
  return numeric;
}

}  // namespace

void Renderer::add_table(const Block& t, double x, double width, double space_before) {
  double space = space_before;
  if (add_chart(t, x, width, space)) space = line_ / 2;
  Tag table(*this, "Table");
  const std::size_t first = boxes_.size();
  int caption_id = 0;
  if (!t.inlines.empty()) {
    Tag caption(*this, "Caption");
    caption_id = path_.back().second;
    add_text(run_of(t.inlines, true), Style{body_}, x, width, space, true);
    keep_last_with_next();
    space = line_ / 4;
  }
  const std::size_t caption_end = boxes_.size();
  if (add_grid(t, x, width, space)) return;
  // Labelled lines instead: a list, its caption a paragraph before it.
  if (caption_end > first) {
    Path caption(path_.begin(), path_.end() - 1);
    caption.emplace_back("P", caption_id);
    paths_.push_back(std::move(caption));
    for (std::size_t k = first; k < caption_end; ++k) boxes_[k].tags = paths_.size() - 1;
  }
  path_.back().first = "L";
  add_table_as_list(t, x, width, space);
}

// A table marked as a chart (model/chart.hpp) drawn first as horizontal bars,
// one a row: the label at the body size on the left, the bar, its figure at
// its end, so that every word stays at the body size however many rows there
// are; its caption above. The table follows as the chart's text alternative.
bool Renderer::add_chart(const Block& t, double x, double width, double space_before) {
  const auto chart = model::chart_of(t);
  if (!chart) return false;
  const std::map<std::string, std::string> fields = {
      {"series", chart->series}, {"first", chart->bars.front().label}, {"last", chart->bars.back().label}};
  Run caption;
  caption.add(data::interface_text(words_, "chart-caption", fields), true);
  add_text(caption, Style{body_}, x, width, space_before, true);
  keep_last_with_next();
  const Style label_style{body_, false, false, 0};
  double label_w = 0, value_w = 0;
  std::vector<LazyPtr> labels, values;
  for (const model::Bar& b : chart->bars) {
    Run l, v;
    l.add(b.label, false);
    v.add(b.text, false);
    label_w = std::max(label_w, text_width(l, label_style));
    value_w = std::max(value_w, text_width(v, label_style));
    labels.push_back(lazy(l, label_style, -1));
    values.push_back(lazy(v, label_style, -1));
    measured(*labels.back());
    measured(*values.back());
  }
  const double gap = body_ * 0.5, row = line_;
  const double bar_x = x + label_w + gap, bar_room = std::max(0.0, width - label_w - value_w - 2 * gap);
  // The bars are one Figure; its alternative text (add_figure_alt) is the caption above.
  Tag figure(*this, "Figure");
  figure_alts_.push_back(data::interface_text(words_, "chart-caption", fields));
  Box b;
  b.tags = current_path();
  b.height = row * static_cast<double>(chart->bars.size());
  b.space_before = line_ / 4;
  b.baseline = row * 0.75;
  const double max = chart->max, bar_h = row * 0.6, body = body_;
  std::vector<double> lengths;
  for (const model::Bar& bar : chart->bars) lengths.push_back(max > 0 ? bar_room * bar.value / max : 0);
  b.layouts = labels;
  b.layouts.insert(b.layouts.end(), values.begin(), values.end());
  b.draw = [this, labels, values, lengths, x, bar_x, gap, row, bar_h, body, label_w](cairo_t* cr, double top, double) {
    for (std::size_t k = 0; k < labels.size(); ++k) {
      const double y = top + row * static_cast<double>(k);
      int lw = 0, lh = 0;
      pango_layout_get_size(made(*labels[k]), &lw, &lh);
      const double text_top = y + (row - static_cast<double>(lh) / PANGO_SCALE) / 2;
      cairo_move_to(cr, x + label_w - static_cast<double>(lw) / PANGO_SCALE, text_top);  // right-aligned labels
      pango_cairo_show_layout(cr, made(*labels[k]));
      cairo_rectangle(cr, bar_x, y + (row - bar_h) / 2, lengths[k], bar_h);
      cairo_fill(cr);
      cairo_move_to(cr, bar_x + lengths[k] + gap * (lengths[k] > 0 ? 1 : 0), text_top);
      pango_cairo_show_layout(cr, made(*values[k]));
    }
    (void)body;
  };
  boxes_.push_back(std::move(b));
  return true;
}

Style Renderer::cell_style(const Block& t, const Grid& g, std::size_t c, bool header) const {
  return Style{body_, header || (t.row_headers && c == 0), g.numeric[c] && c > 0, kHeadingSpacing};
}

// The widest word of a run: the narrowest its cell can be, broken between
// words. Measured in bold, the wider: a word must never be broken inside.
double Renderer::longest_word(const Run& r, Style st) const {
  st.bold = true;
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
}

// The columns' widths when the table fits `width` with figures on one line
// and text broken between words at most; nothing when it does not. Three
// widths per column: `least` with text broken between words, `body` with
// every body cell on one line (headers still broken), `want` with everything
// on one line. The widest that fits is taken; what is left over goes to the
// columns in proportion to what they lack.
std::optional<Renderer::Grid> Renderer::grid_columns(const Block& t, std::size_t cols, double width) const {
  Grid g;
  g.pad_x = body_ * 0.45;
  g.pad_y = body_ * 0.3;
  g.numeric = numeric_columns(t, cols);
  std::vector<double> least(cols, 0), body(cols, 0), want(cols, 0);
  auto measure = [&](const Block::Row& row, bool header) {
    for (std::size_t c = 0; c < row.size(); ++c) {
      const Run r = run_of(row[c]);
      const Style st = cell_style(t, g, c, header);
      const double natural = text_width(r, st), word = longest_word(r, st);
      want[c] = std::max(want[c], natural);
      body[c] = std::max(body[c], header ? word : natural);
      least[c] = std::max(least[c], g.numeric[c] && !header ? natural : word);
    }
  };
  measure(t.header, true);
  for (const auto& r : t.rows) measure(r, false);
  const double per_column = 2 * g.pad_x + 2;  // padding, a rule, and a point against rounding
  auto total = [&](const std::vector<double>& w) {
    double sum = 0;
    for (double v : w) sum += v + per_column;
    return sum;
  };
  if (total(least) > width) return std::nullopt;
  const std::vector<double>& lo = total(body) <= width ? body : least;
  const std::vector<double>& hi = total(body) <= width ? want : body;
  const double slack = width - total(lo), extra = total(hi) - total(lo);
  g.widths.resize(cols);
  for (std::size_t c = 0; c < cols; ++c)
    g.widths[c] = lo[c] + per_column + (extra <= slack ? hi[c] - lo[c] : (hi[c] - lo[c]) * slack / extra);
  for (double w : g.widths) g.width += w;
  return g;
}

namespace {

// Light rules: a frame, lines between columns and under every row (heavier
// under the header); the header row also draws the top of the frame.
void draw_rules(cairo_t* cr, const std::vector<double>& widths, double x, double top, double height, double table_w,
                bool header) {
  cairo_save(cr);
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
  cairo_set_line_width(cr, header ? 2.0 : 1.0);
  cairo_move_to(cr, x, top + height);
  cairo_line_to(cr, x + table_w, top + height);
  cairo_stroke(cr);
  cairo_restore(cr);
}

// The top of the frame, drawn by the first row of a table without a header.
void draw_top_rule(cairo_t* cr, double x, double top, double table_w) {
  cairo_save(cr);
  cairo_set_source_rgb(cr, 0.45, 0.45, 0.45);
  cairo_set_line_width(cr, 1.0);
  cairo_move_to(cr, x, top);
  cairo_line_to(cr, x + table_w, top);
  cairo_stroke(cr);
  cairo_restore(cr);
}

}  // namespace

// One box per row; `repeat`: the header row's box, drawn again at the top of
// a new page.
void Renderer::add_grid_row(const Block& t, const Grid& g, const Block::Row& row, bool header, double x, double space,
                            int repeat) {
  std::vector<LazyPtr> cells;
  double h = 0, base = 0;
  for (std::size_t c = 0; c < g.widths.size(); ++c) {
    const Inlines empty;
    LazyPtr l = lazy(run_of(c < row.size() ? row[c] : empty), cell_style(t, g, c, header),
                     g.widths[c] - 2 * g.pad_x - 1);  // the rule's point left aside
    int lh = 0;
    pango_layout_get_size(made(*l), nullptr, &lh);
    h = std::max(h, static_cast<double>(lh) / PANGO_SCALE);
    if (c == 0) {
      PangoLayoutIter* it = pango_layout_get_iter(made(*l));
      base = static_cast<double>(pango_layout_iter_get_baseline(it)) / PANGO_SCALE;
      pango_layout_iter_free(it);
    }
    measured(*l);
    cells.push_back(l);
  }
  Box b;
  b.height = h + 2 * g.pad_y;
  b.space_before = space;
  b.baseline = g.pad_y + base;
  b.keep_with_next = header;
  b.repeat = repeat;
  b.layouts = cells;
  {
    Tag tr(*this, "TR");
    b.tags = current_path();
  }
  // Header cells (and a row's label) are TH, the others TD.
  std::vector<bool> th;
  for (std::size_t c = 0; c < cells.size(); ++c) th.push_back(header || (t.row_headers && c == 0));
  b.draw = [this, cells, th, widths = g.widths, x, pad_x = g.pad_x, pad_y = g.pad_y, table_w = g.width, height = b.height,
            header](cairo_t* cr, double top, double /*above*/) {
    draw_rules(cr, widths, x, top, height, table_w, header);
    double cx = x;
    for (std::size_t c = 0; c < cells.size(); ++c) {
      cairo_tag_begin(cr, th[c] ? "TH" : "TD", "");
      cairo_move_to(cr, cx + pad_x + 0.5, top + pad_y);
      pango_cairo_show_layout(cr, made(*cells[c]));
      cairo_tag_end(cr, th[c] ? "TH" : "TD");
      cx += widths[c];
    }
  };
  boxes_.push_back(std::move(b));
}

// A real table when every column fits (grid_columns) and no row is taller
// than a page; else false, and nothing is added.
bool Renderer::add_grid(const Block& t, double x, double width, double space_before) {
  std::size_t cols = t.header.size();
  for (const auto& r : t.rows) cols = std::max(cols, r.size());
  if (cols == 0 || t.rows.empty()) return true;
  const std::optional<Grid> grid = grid_columns(t, cols, width);
  if (!grid) return false;

  const std::size_t first_box = boxes_.size();
  int header_box = -1;
  if (!t.header.empty()) {
    header_box = static_cast<int>(boxes_.size());
    add_grid_row(t, *grid, t.header, true, x, space_before, -1);
  }
  for (std::size_t i = 0; i < t.rows.size(); ++i) {
    add_grid_row(t, *grid, t.rows[i], false, x, (i == 0 && header_box < 0) ? space_before : 0, header_box);
    if (i == 0 && header_box < 0) {
      auto inner = boxes_.back().draw;
      boxes_.back().draw = [inner, x, table_w = grid->width](cairo_t* cr, double top, double above) {
        inner(cr, top, above);
        draw_top_rule(cr, x, top, table_w);
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
    r.add(model::line_end(line), false);
    Tag item(*this, "LI");
    const std::size_t before = boxes_.size();
    add_text(r, Style{body_}, x, width, first ? space_before : line_ / 2, true);
    if (boxes_.size() > before) first = false;
  }
}

}  // namespace aksesibel::pdf
