// CSV as the statistics offices write it (RFC 4180): a header row, fields
// separated by commas or semicolons (the one the header uses), quoted fields
// with "" for a quote and line breaks inside quotes, CRLF or LF.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace aksesibel::readers {

struct CsvRow {
  std::vector<std::string> fields;
  std::size_t line = 0;    ///< 1-based line where the row starts
  std::size_t offset = 0;  ///< byte offset where the row starts
};

struct Csv {
  char delimiter = ',';
  std::vector<std::string> header;  ///< the first row
  std::vector<CsvRow> rows;         ///< the others (blank lines skipped)
};

/// Parse `text` (UTF-8). Throws Error(InvalidInput) with the file, line and
/// byte offset of a quote left open or a row with more fields than the header.
Csv parse_csv(std::string_view text, const std::string& source_name);

}  // namespace aksesibel::readers
