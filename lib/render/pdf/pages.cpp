// Pages of the large-print PDF: boxes put on pages, pages drawn with their
// footer, the outline and the document information written.
#include "render/pdf/renderer.hpp"

#include "aksesibel/messages.hpp"

#include <algorithm>
#include <string_view>

#include "aksesibel/error.hpp"
#include "model/summary.hpp"
#include "text/utf8.hpp"

namespace aksesibel::pdf {

// ---------------------------------------------------------------- pages

void Renderer::paginate() {
  const double page = content_bottom_ - content_top_;
  pages_.assign(1, {});
  double y = 0;
  for (std::size_t i = 0; i < boxes_.size(); ++i) {
    const bool at_top = pages_.back().empty();
    // The box and every box it keeps with must fit, unless they fill a page anyway.
    double need = (at_top ? 0 : boxes_[i].space_before) + boxes_[i].height;
    // (Once more than a page, no more: a heading of thousands of lines kept
    // together would otherwise cost time in the square of its lines.)
    for (std::size_t k = i; boxes_[k].keep_with_next && k + 1 < boxes_.size() && need <= page; ++k)
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
  // The structure elements open now: a box that continues an element (the
  // same name and number) stays in it; the others are closed and its own
  // opened. Nothing stays open past the page, so that the page number below
  // is in no element: a paragraph or table that goes on is a new element of
  // the same kind on the next page (Cairo 1.16 has no artifacts and cannot
  // continue an element).
  std::vector<std::pair<const char*, int>> open;
  const Path none;
  auto close_to = [&](std::size_t depth) {
    while (open.size() > depth) {
      cairo_tag_end(cr, open.back().first);
      open.pop_back();
    }
  };
  for (const Placed& p : pages_[page]) {
    const Box& box = boxes_[p.box];
    const Path& tags = tagged_ ? paths_[box.tags] : none;
    std::size_t same = 0;
    while (same < open.size() && same < tags.size() && std::string_view(open[same].first) == tags[same].first &&
           open[same].second == tags[same].second)
      ++same;
    close_to(same);
    for (std::size_t k = same; k < tags.size(); ++k) {
      cairo_tag_begin(cr, tags[k].first, "");
      open.push_back(tags[k]);
    }
    cairo_set_source_rgb(cr, 0, 0, 0);
    box.draw(cr, p.top, p.above);
  }
  close_to(0);
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
    Tag h1(*this, "H1");
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
    Tag p(*this, "P");
    add_text(head[i], Style{body_}, x, width, (i == 0 && !boxes_.empty()) ? line_ / 2 : 0, true);
  }
  const std::size_t body_start = boxes_.size();
  const std::vector<Block> summary =
      options_.summary ? render::summary_blocks(doc_, words_) : std::vector<Block>{};
  add_blocks(summary, x, width, false);
  add_blocks(doc_.blocks, x, width, false);
  if (body_start > 0 && boxes_.size() > body_start) boxes_[body_start].space_before = std::max(boxes_[body_start].space_before, line_);

  paginate();
  for (std::size_t p = 0; p < pages_.size(); ++p)
    for (const Placed& placed : pages_[p])
      for (const LazyPtr& l : boxes_[static_cast<std::size_t>(placed.box)].layouts) l->last_page = p;

  // Metadata.
  cairo_surface_t* s = surface_.get();
  // As the large-print web page names itself: "… (cetak besar)".
  const std::string pdf_title = data::interface_text(
      words_, "large-print-title", {{"title", trimmed(title).empty() ? data::interface_text(words_, "untitled") : title}});
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
  // One Document element holds the structure (Cairo 1.16 marks the PDF as
  // tagged only under one); each page's number is in it, outside every other.
  tagged_ = next_tag_ <= kMaxTaggedElements;
  if (tagged_) cairo_tag_begin(cr, "Document", "");
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
    if (tagged_ && p + 1 == pages_.size()) cairo_tag_end(cr, "Document");
    cairo_show_page(cr);
    // A layout drawn for the last time is dropped (a table's header row is drawn on each of its pages).
    for (const Placed& placed : pages_[p])
      for (const LazyPtr& l : boxes_[static_cast<std::size_t>(placed.box)].layouts)
        if (l->last_page == p) l->release();
  }
  if (cairo_status(cr) != CAIRO_STATUS_SUCCESS)
    throw Error(ErrorCode::Internal, fill_message(translate("cannot draw the PDF: {0}"), {cairo_status_to_string(cairo_status(cr))}));
  cr_.reset();
  pango_.reset();
  cairo_surface_finish(s);
  if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS)
    throw Error(ErrorCode::Internal, fill_message(translate("cannot write the PDF: {0}"), {cairo_status_to_string(cairo_surface_status(s))}));
  surface_.reset();
  return std::move(out_);
}

}  // namespace aksesibel::pdf
