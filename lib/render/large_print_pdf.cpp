// Renderer: large print as an A4 or Letter PDF, with Cairo and Pango. The
// rules and their sources: docs/large-print.md; the renderer's parts are in
// lib/render/pdf/.
#include "aksesibel/large_print.hpp"
#include "model/summary.hpp"
#include "render/pdf/catalog.hpp"
#include "render/pdf/renderer.hpp"
#include "render/renderers.hpp"

namespace aksesibel {

std::string render_large_print_pdf(const Document& doc, const LargePrintOptions& options) {
  return render_large_print_pdf(doc, options, render::default_language_data());
}

std::string render_large_print_pdf(const Document& doc, const LargePrintOptions& options, const data::LanguageData& words) {
  pdf::Renderer r(doc, options, words);
  std::string out = r.render();
  pdf::add_language(out, doc.metadata.language.empty() ? std::string("id") : doc.metadata.language);
  return out;
}

}  // namespace aksesibel
