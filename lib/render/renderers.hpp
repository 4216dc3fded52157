// The renderers that write interface words (data/interface-id.tsv) or the
// Ringkasan, with the language data of the conversion that calls them: the
// public functions (html.hpp, large_print.hpp, braille.hpp) use the default
// data folder, convert() the folder of ConvertOptions::read.data_dir, so that
// a language editor's --data-dir reaches every variant.
#pragma once

#include <string>

#include "aksesibel/audio.hpp"
#include "aksesibel/braille.hpp"
#include "aksesibel/document.hpp"
#include "aksesibel/html.hpp"
#include "aksesibel/large_print.hpp"
#include "data/language_data.hpp"

namespace aksesibel {

std::string render_html(const Document& doc, const HtmlOptions& options, const data::LanguageData& words);
std::string render_audio(const Document& doc, const AudioOptions& options, const data::LanguageData& words);
std::string render_audio_mp3(const Document& doc, const AudioOptions& options, const data::LanguageData& words);
std::string render_spoken_script(const Document& doc, const AudioOptions& options, const data::LanguageData& words);
/// One content document's speech for the EPUB's media overlays: its MP3,
/// and where in it each element (speech::Utterance::anchor) is said.
struct TalkingPart {
  struct Clip {
    std::string anchor;
    unsigned begin_ms = 0, end_ms = 0;
  };
  std::string mp3;
  std::vector<Clip> clips;
  unsigned duration_ms = 0;
};
/// The talking bulletin cut into `parts` content documents (speech::Chapter::part).
std::vector<TalkingPart> talking_parts(const Document& doc, const AudioOptions& options, const data::LanguageData& words,
                                       std::size_t parts);
/// `talking`: with the talking bulletin as media overlays (docs/epub.md).
std::string render_epub(const Document& doc, const HtmlOptions& options, const data::LanguageData& words,
                        const AudioOptions* talking = nullptr);
std::string render_large_print_html(const Document& doc, const LargePrintOptions& options, const data::LanguageData& words);
/// `warnings` (when given) gets a warning when the PDF could not be tagged.
std::string render_large_print_pdf(const Document& doc, const LargePrintOptions& options, const data::LanguageData& words,
                                   std::vector<Warning>* warnings = nullptr);
std::string render_braille_proof(const BrailleDocument& pages, const Document& doc, const data::LanguageData& words);
std::string render_pef(const BrailleDocument& pages, const Document& doc, const BrailleOptions& options,
                       const data::LanguageData& words);

}  // namespace aksesibel
