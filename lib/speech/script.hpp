// The spoken script of the talking bulletin: what espeak-ng is given to say,
// made from the model's values, not from the raw text. Numbers, dates and
// times are written in words the way a newsreader says them; abbreviations
// are written out at their first use and spelled when they are said letter
// by letter; tables are read row by row with their headers; the Ringkasan
// comes first. docs/audio.md.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "aksesibel/document.hpp"
#include "data/language_data.hpp"

namespace aksesibel::speech {

/// A number of the document and the words that say it.
struct SpokenNumber {
  std::string printed;  ///< as every variant writes it ("14.054", "82,7%")
  double value = 0;     ///< Inline::value
  std::string unit;     ///< Inline::unit: "", "%" or "IDR"
  std::string words;    ///< "empat belas ribu lima puluh empat"
  /// Said digit by digit: a numeral with a leading zero ("0811") and the
  /// groups joined to it by "-" or "." (a telephone number), whose value
  /// as a count would mean nothing.
  bool digits = false;
};

/// One piece of speech: a heading, a paragraph, a list item, a table row.
struct Utterance {
  std::string text;                  ///< what is said: words only, no digits
  unsigned pause_ms = 0;             ///< silence after it
  std::size_t line = 0;              ///< source line of its block (0: made by aksesibel)
  /// The id the EPUB gives the element it reads (docs/epub.md, media
  /// overlays): "judul", "tanggal", "ringkasan", "r0-2" (an item of the
  /// Ringkasan), "b12" (top-level block 12), "b12-3" (its item or child 3),
  /// "b12-r4" (row 4 of table 12); empty for words aksesibel adds ("Akhir tabel").
  std::string anchor;
  std::vector<SpokenNumber> numbers; ///< the document's numbers it says (a header's once per row that says it)
};

/// A chapter mark of the audio file: the title, the Ringkasan, each section.
struct Chapter {
  std::string title;
  /// Which content document of the EPUB holds it: 0 for the title, the
  /// Ringkasan and the text before the first section; k for section k.
  std::size_t part = 0;
  std::vector<Utterance> utterances;
};

struct Script {
  std::string language;  ///< BCP 47 ("id")
  std::vector<Chapter> chapters;
  /// Code points of every utterance's text together.
  std::size_t characters() const;
};

/// The script of `doc`; `summary`: with the Ringkasan (Document::facts).
Script spoken_script(const Document& doc, bool summary, const data::LanguageData& words);

}  // namespace aksesibel::speech
