// aksesibel — an accessible EPUB 3 (format "epub"): the screen-reader page's
// structure as an e-book, for reading systems and braille displays that
// read EPUB (docs/epub.md).
#pragma once

#include <string>

#include "aksesibel/document.hpp"
#include "aksesibel/html.hpp"

namespace aksesibel {

/// An EPUB 3.2 publication (the bytes of its ZIP container): one XHTML
/// content document per section of the bulletin with the screen-reader
/// page's markup (the first with the title and, when `options.summary`, the
/// Ringkasan), a navigation document (table of contents and landmarks),
/// `lang` on every document, each chart followed by its table, and the
/// accessibility metadata of EPUB Accessibility 1.1. Checked with EPUBCheck.
/// convert() with both "epub" and "audio" (or "audio-mp3") among the formats
/// makes a talking book: the speech as MP3 with media overlays.
std::string render_epub(const Document& doc, const HtmlOptions& options = {});

}  // namespace aksesibel
