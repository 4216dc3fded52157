#include "read/data/csv.hpp"

#include "aksesibel/error.hpp"
#include "aksesibel/messages.hpp"

namespace aksesibel::readers {

namespace {

// The delimiter of the header line: the more frequent of ',' and ';' outside quotes.
char delimiter_of(std::string_view text) {
  std::size_t commas = 0, semicolons = 0;
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    else if (!quoted && (c == '\n' || c == '\r')) break;
    else if (!quoted && c == ',') ++commas;
    else if (!quoted && c == ';') ++semicolons;
  }
  return semicolons > commas ? ';' : ',';
}

}  // namespace

Csv parse_csv(std::string_view text, const std::string& source_name) {
  Csv out;
  const std::size_t bom = text.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;  // offsets count it: they are of the input
  text.remove_prefix(bom);
  out.delimiter = delimiter_of(text);
  std::size_t line = 1, i = 0;
  std::vector<CsvRow> rows;
  while (i < text.size()) {
    CsvRow row;
    row.line = line;
    row.offset = i + bom;
    std::string field;
    bool quoted = false, was_quoted = false;
    std::size_t quote_at = 0, quote_line = 0;
    for (;; ++i) {
      if (i == text.size()) {
        if (quoted)
          throw Error(ErrorCode::InvalidData,
                      translate("a quoted field is never closed; close it with \" (a quote inside a field is written \"\")"),
                      {source_name, quote_line, quote_at + bom});
        row.fields.push_back(std::move(field));
        break;
      }
      const char c = text[i];
      if (quoted) {
        if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
          field += '"';
          ++i;
        } else if (c == '"') {
          quoted = false;
        } else {
          if (c == '\n') ++line;
          field += c;
        }
        continue;
      }
      if (c == '"' && field.empty() && !was_quoted) {
        quoted = was_quoted = true;
        quote_at = i;
        quote_line = line;
      } else if (c == out.delimiter) {
        row.fields.push_back(std::move(field));
        field.clear();
        was_quoted = false;
      } else if (c == '\n' || c == '\r') {
        row.fields.push_back(std::move(field));
        if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
        ++i;
        ++line;
        break;
      } else {
        field += c;
      }
    }
    const bool blank = row.fields.size() == 1 && row.fields[0].find_first_not_of(" \t") == std::string::npos;
    if (!blank) rows.push_back(std::move(row));
  }
  if (rows.empty()) throw Error(ErrorCode::InvalidData, translate("the CSV file holds no rows"), {source_name, 0, std::nullopt});
  out.header = std::move(rows.front().fields);
  for (std::size_t r = 1; r < rows.size(); ++r) {
    if (rows[r].fields.size() > out.header.size())
      throw Error(ErrorCode::InvalidData,
                  fill_message(translate("row has {0} fields but the header names {1} columns; quote a field that holds a "
                                         "'{2}'"),
                               {std::to_string(rows[r].fields.size()), std::to_string(out.header.size()),
                                std::string(1, out.delimiter)}),
                  {source_name, rows[r].line, rows[r].offset});
    out.rows.push_back(std::move(rows[r]));
  }
  return out;
}

}  // namespace aksesibel::readers
