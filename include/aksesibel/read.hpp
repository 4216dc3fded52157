// aksesibel — reading input into a Document.
#pragma once

#include <cstddef>
#include <string>
#include <vector>
#include <string_view>

#include "aksesibel/document.hpp"

namespace aksesibel {

/// The format of an input.
enum class InputFormat {
  Auto,  ///< by the name's extension, else by looking at the content
  Text,  ///< a bulletin as plain text
  Html,  ///< a web page
  Data,  ///< official statistics: CSV, or JSON (covid19.go.id, arrays of records) — docs/data-input.md
};

/// "text", "html", "data" or "auto" ⇄ InputFormat. Throws Error(UnknownFormat).
InputFormat input_format_from_name(std::string_view name);
/// "text", "html", "data" or "auto".
const char* to_string(InputFormat format) noexcept;

/// Sizes past which read() refuses an input with a located error
/// (ErrorCode::InputTooLarge) instead of spending time and memory that grow
/// faster than the input: the promises of docs/security.md. Each is an option
/// of the option table ("max-depth", …); 0 is not allowed.
struct ReadLimits {
  std::size_t max_depth = 1000;          ///< HTML elements nested in one another
  /// Lists and quotes nested in one another (every format indents each
  /// level); deeper ones are read as blocks of the level at the limit, with
  /// a warning, not refused.
  std::size_t max_block_depth = 8;
  std::size_t max_attributes = 256;      ///< attributes of one HTML element
  std::size_t max_table_cells = 100000;  ///< cells of one table once its row and column spans are spread out
  std::size_t max_line_length = 100000;  ///< characters on one line of a text bulletin
  std::size_t max_word_length = 1000;    ///< characters of one word of the bulletin's text
  std::size_t max_number_length = 24;    ///< digits of one number ("1.234.567" has 7)
};

/// Options of read(): how the input bytes are decoded and checked.
struct ReadOptions {
  InputFormat format = InputFormat::Auto;  ///< Auto: by the name's extension, then by the content
  /// The input's name, used in messages and to choose the format by its
  /// extension. "-" or "" for standard input.
  std::string source_name;
  /// Encoding of the bytes, as an ICU converter name ("windows-1252",
  /// "ISO-8859-1", …). Empty: UTF-8, or UTF-16 when the bytes begin with a
  /// UTF-16 byte-order mark.
  std::string encoding;
  /// Remove control characters with a warning instead of failing.
  bool lenient = false;
  /// Inputs larger than this many bytes are refused (default 20 MiB).
  std::size_t max_input_size = 20u * 1024u * 1024u;
  /// Limits on the shape of the input (nesting, spans, lengths).
  ReadLimits limits;
  /// Folder holding the language data files; empty: $AKSESIBEL_DATA_DIR,
  /// then the installed data, then the source tree's data/. In convert()
  /// and render() this is the data folder of the whole conversion: braille,
  /// plain language and every renderer use it (the option "data-dir").
  std::string data_dir;
  /// Statistics (InputFormat::Data): the region the bulletin is about ("Sulawesi
  /// Tengah", "Kota Palu", "Indonesia"); empty: the file's only region.
  std::string region;
  /// Statistics: the bulletin's day (YYYY-MM-DD); empty: the latest in the file.
  std::string date;
  /// Statistics: a file of the user's own column names (lines "column<TAB>NAME<TAB>KIND",
  /// as data/data-columns-id.tsv), read after the project's.
  std::string columns_file;
};

/// Decode, validate, normalise, parse, clean and recognise: bytes → Document.
/// Throws Error on bad input (see ErrorCode).
Document read(std::string_view bytes, const ReadOptions& options = {});

/// One region of a statistics file (docs/data-input.md).
struct StatisticsRegion {
  std::string name;        ///< as the file writes it ("SULAWESI TENGAH"); "" when the file names none
  std::string official;    ///< the gazetteer's name ("Sulawesi Tengah"), "" when it does not know it
  std::string first_date;  ///< the first day with figures (ISO)
  std::string last_date;   ///< the last day with figures (ISO)
  std::size_t days = 0;    ///< how many days have figures
};

/// The regions a statistics file holds, in the file's order (`aksesibel
/// regions FILE`). Throws Error as read() does for the same bytes.
std::vector<StatisticsRegion> statistics_regions(std::string_view bytes, const ReadOptions& options = {});

/// The format read() would choose for these bytes under this name.
InputFormat detect_format(std::string_view bytes, std::string_view source_name);

}  // namespace aksesibel
