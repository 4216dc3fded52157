// aksesibel — braille: translation with liblouis (Indonesian table of
// tables/), page layout on braille cells, and the encodings of the laid-out
// pages (BRF, PEF, Unicode braille text, a proof page for sighted volunteers).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "aksesibel/document.hpp"

namespace aksesibel {

/// Options of braille translation and page layout (formats brf, pef,
/// braille-text, braille-proof).
struct BrailleOptions {
  /// liblouis table list: names of tables in the tables folder or among
  /// liblouis' own ("id-id-g1.utb", "en-ueb-g1.ctb,braille-patterns.cti").
  /// Empty: by the document's language ("id" → "id-id-g1.utb" from tables/,
  /// "en" → "en-ueb-g1.ctb"). A path is refused unless table_paths is set.
  std::string table;
  /// Let `table` name table files by path. Only for tables the caller
  /// trusts (the command line sets it): liblouis reads any file it is given,
  /// so a service passing a client's value on must leave it off
  /// (docs/security.md).
  bool table_paths = false;
  /// Folder holding aksesibel's tables; empty: $AKSESIBEL_TABLES_DIR, the
  /// installed tables, then the source tree's tables/.
  std::string tables_dir;
  int cells_per_line = 40;
  int lines_per_page = 25;
  enum class ParagraphStyle {
    Indent,  ///< first line indented by two cells, no blank line between paragraphs
    Block,   ///< no indent, a blank line between paragraphs
  } paragraph_style = ParagraphStyle::Indent;
  /// Where the page number goes, right-aligned.
  enum class PageNumbers {
    Bottom,  ///< on the last line of the page
    Top,     ///< on the first line of the page
  } page_numbers = PageNumbers::Bottom;
  /// Interpoint: pages alternate recto/verso; numbers on recto pages only.
  bool duplex = false;
  /// Put the Ringkasan of key figures (the same as in every variant) before the body.
  bool summary = true;
  /// Back-translate and check that every number, date, time and percentage
  /// keeps its value; a loss is an Error(BrailleFidelity).
  bool verify = true;
  /// dc:date of the PEF file; empty: the bulletin's date, else today.
  std::string pef_date;
  /// Folder of the language data (symbol names, recognition for the
  /// fidelity check) when braille_pages() is called alone; empty: the
  /// default lookup of ReadOptions::data_dir. convert() uses
  /// ReadOptions::data_dir when this is empty.
  std::string data_dir;
};

/// One line of a braille page: cells as Unicode braille (U+2800–U+283F, the
/// blank cell U+2800) and the print text it came from, for the proof.
struct BrailleLine {
  std::u32string cells;  ///< the braille cells of the line
  std::string print;     ///< the print text the line translates (UTF-8)
};

/// One braille page.
struct BraillePage {
  std::vector<BrailleLine> lines;  ///< at most lines_per_page, none longer than cells_per_line
  int number = 0;                  ///< 1-based position of the page
  bool numbered = true;            ///< false for verso pages in interpoint
};

/// A document laid out on braille pages: what braille_pages() makes and the
/// encoders (render_brf(), render_pef(), …) write.
struct BrailleDocument {
  std::vector<BraillePage> pages;  ///< the pages, in order
  int cells_per_line = 40;         ///< as laid out
  int lines_per_page = 25;         ///< as laid out
  bool duplex = false;             ///< interpoint: pages alternate recto and verso
  std::string table;               ///< the table list used
  std::vector<Warning> warnings;   ///< characters replaced, and the like
};

/// Translate and lay out. Throws Error (DataFile for a missing table,
/// BrailleFidelity when verification finds a lost value, InvalidOption for
/// a page too small).
BrailleDocument braille_pages(const Document& doc, const BrailleOptions& options = {});

/// North American Braille ASCII (0x20–0x5F), CR LF line ends, a form feed
/// between pages.
std::string render_brf(const BrailleDocument& pages);
/// PEF 2008-1.
std::string render_pef(const BrailleDocument& pages, const Document& doc, const BrailleOptions& options = {});
/// Unicode braille, LF line ends, a form feed between pages.
std::string render_braille_text(const BrailleDocument& pages);
/// An HTML page for proof-reading: every braille line under its print text.
std::string render_braille_proof(const BrailleDocument& pages, const Document& doc);

/// A page of an embosser and its paper, from data/embossers.tsv (its
/// sources in data/embossers.SOURCE.md): what the option embosser sets.
struct EmbosserPreset {
  std::string name;         ///< "index-everest-a4"
  int cells_per_line = 40;  ///< what BrailleOptions::cells_per_line becomes
  int lines_per_page = 25;  ///< what BrailleOptions::lines_per_page becomes
  bool duplex = false;      ///< interpoint
  std::string embosser;     ///< "Index Everest-D V5"
  std::string paper;        ///< "A4 sheets"
  std::string embosser_indonesian;  ///< the embosser in Indonesian ("embosser apa pun (satu sisi)")
  std::string paper_indonesian;     ///< the paper in Indonesian ("kertas lembaran A4")
  std::string source;       ///< the sources and derivation it rests on ("S1 S2; D1")
};

/// The presets of the data folder (`data_dir` as ReadOptions::data_dir:
/// empty for $AKSESIBEL_DATA_DIR, then the installed data), in the file's
/// order. Throws Error(DataFile) naming the file and line of a bad line.
std::vector<EmbosserPreset> embosser_presets(const std::string& data_dir = "");

/// Back-translate cells with the table list (for fidelity checks and tests).
std::string back_translate(const std::u32string& cells, const std::string& table_list);

}  // namespace aksesibel
