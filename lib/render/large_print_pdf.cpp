// Renderer: large print as an A4 or Letter PDF, with Cairo and Pango. The
// rules and their sources: docs/large-print.md; the renderer's parts are in
// lib/render/pdf/.
#include "aksesibel/large_print.hpp"
#include "aksesibel/messages.hpp"
#include "model/summary.hpp"
#include "render/pdf/catalog.hpp"
#include "render/pdf/figures.hpp"
#include "render/pdf/renderer.hpp"
#include "render/renderers.hpp"

namespace aksesibel {

std::string render_large_print_pdf(const Document& doc, const LargePrintOptions& options) {
  return render_large_print_pdf(doc, options, render::default_language_data());
}

std::string render_large_print_pdf(const Document& doc, const LargePrintOptions& options, const data::LanguageData& words,
                                   std::vector<Warning>* warnings) {
  pdf::Renderer r(doc, options, words);
  std::string out = r.render();
  if (!r.tagged() && warnings)
    warnings->push_back({fill_message(translate("the large-print PDF is not tagged for screen readers: the document has more "
                                                "than {0} headings, paragraphs, list items and table rows; the screen-reader "
                                                "page (format html) has its whole structure"),
                                      {std::to_string(pdf::Renderer::kMaxTaggedElements)}),
                         {doc.metadata.source_name, 0, std::nullopt},
                         true});
  pdf::add_language(out, doc.metadata.language.empty() ? std::string("id") : doc.metadata.language);
  if (r.tagged()) pdf::add_figure_alt(out, r.figure_alts());
  return out;
}

}  // namespace aksesibel
