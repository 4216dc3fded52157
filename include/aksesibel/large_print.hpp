// aksesibel — large print: an HTML page and an A4/Letter PDF (formats
// "large-print" and "large-print-pdf"). The rules and their sources are in
// docs/large-print.md.
#pragma once

#include <string>

#include "aksesibel/document.hpp"

namespace aksesibel {

/// Options of large print (formats "large-print" and "large-print-pdf").
struct LargePrintOptions {
  /// Body size in points: 18 (default), 24 or 32. Headings are larger.
  int font_size = 18;
  /// Paper size of the PDF and of the HTML page's print rules.
  enum class Paper {
    A4,      ///< 210 × 297 mm, as used in Indonesia
    Letter,  ///< 8.5 × 11 in
  } paper = Paper::A4;
  /// Put the Ringkasan of key figures (the same as in every variant) before the body.
  bool summary = true;
};

/// The large-print HTML page (screen and @page print rules).
std::string render_large_print_html(const Document& doc, const LargePrintOptions& options = {});

/// The large-print PDF (Cairo + Pango): fonts embedded, text extractable,
/// title/author/subject in the metadata, "Halaman N dari M" on every page.
std::string render_large_print_pdf(const Document& doc, const LargePrintOptions& options = {});

}  // namespace aksesibel
