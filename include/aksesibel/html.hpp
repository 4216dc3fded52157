// aksesibel — screen-reader-friendly HTML (format "html").
#pragma once

#include <string>

#include "aksesibel/document.hpp"

namespace aksesibel {

/// Options of the screen-reader page (format "html").
struct HtmlOptions {
  /// Add the "Ringkasan" section of key figures after the title when the
  /// bulletin states figures whose kind, place and date are certain
  /// (Document::facts; the same in every variant).
  bool summary = true;
};

/// An HTML5 page for screen readers: lang, one h1, one main, a skip link,
/// header with publisher and <time>, abbreviations written out at first use
/// and marked with <abbr title>, real lists, tables with caption and th
/// scope, a small stylesheet (zoom to 400 %, 320 px, contrast ≥ 7:1, dark
/// mode, print). No JavaScript; every text escaped; only http, https and
/// mailto links kept.
std::string render_html(const Document& doc, const HtmlOptions& options = {});

}  // namespace aksesibel
