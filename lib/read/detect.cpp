// Choosing the input format: by the name's extension, else by the content.
#include <algorithm>
#include <string>

#include "aksesibel/read.hpp"

#include "aksesibel/messages.hpp"

namespace aksesibel {

InputFormat input_format_from_name(std::string_view name) {
  if (name == "text" || name == "txt") return InputFormat::Text;
  if (name == "html" || name == "htm") return InputFormat::Html;
  if (name == "data" || name == "csv" || name == "json") return InputFormat::Data;
  if (name == "auto") return InputFormat::Auto;
  throw Error(ErrorCode::UnknownFormat,
              fill_message(translate("unknown input format '{0}'; use text, html, data or auto"), {std::string(name)}));
}

const char* to_string(InputFormat format) noexcept {
  switch (format) {
    case InputFormat::Text: return "text";
    case InputFormat::Html: return "html";
    case InputFormat::Data: return "data";
    case InputFormat::Auto: return "auto";
  }
  return "auto";
}

InputFormat detect_format(std::string_view bytes, std::string_view source_name) {
  std::string lower_name(source_name);
  std::transform(lower_name.begin(), lower_name.end(), lower_name.begin(), [](unsigned char c) { return std::tolower(c); });
  auto ends_with = [&](std::string_view suffix) {
    return lower_name.size() >= suffix.size() && lower_name.compare(lower_name.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  if (ends_with(".html") || ends_with(".htm") || ends_with(".xhtml")) return InputFormat::Html;
  if (ends_with(".txt") || ends_with(".text")) return InputFormat::Text;
  if (ends_with(".csv") || ends_with(".json")) return InputFormat::Data;
  // Sniff: markup at the start of the first 1 KiB, past a BOM and white space.
  std::string head(bytes.substr(0, 1024));
  if (head.rfind("\xEF\xBB\xBF", 0) == 0) head.erase(0, 3);
  std::transform(head.begin(), head.end(), head.begin(), [](unsigned char c) { return std::tolower(c); });
  const std::size_t start = head.find_first_not_of(" \t\r\n");
  if (start == std::string::npos) return InputFormat::Text;
  head.erase(0, start);
  // CSV: a header of three or more names without spaces, the next line with as many fields.
  {
    const std::size_t nl = head.find('\n');
    const std::string first = head.substr(0, nl == std::string::npos ? head.size() : nl);
    for (char d : {',', ';'}) {
      const auto n = std::count(first.begin(), first.end(), d);
      if (n >= 2 && first.find(' ') == std::string::npos && nl != std::string::npos) {
        const std::size_t nl2 = head.find('\n', nl + 1);
        const std::string second = head.substr(nl + 1, nl2 == std::string::npos ? std::string::npos : nl2 - nl - 1);
        if (std::count(second.begin(), second.end(), d) == n) return InputFormat::Data;
      }
    }
  }
  // JSON: an object or an array of records.
  if (head[0] == '{' || (head[0] == '[' && head.find_first_not_of(" \t\r\n", 1) != std::string::npos &&
                         head[head.find_first_not_of(" \t\r\n", 1)] == '{'))
    return InputFormat::Data;
  for (const char* marker : {"<!doctype html", "<html", "<?xml", "<head", "<body", "<!--"})
    if (head.rfind(marker, 0) == 0) return InputFormat::Html;
  if (head[0] == '<' && (head.find("<p>") != std::string::npos || head.find("<div") != std::string::npos ||
                         head.find("<article") != std::string::npos))
    return InputFormat::Html;
  return InputFormat::Text;
}

}  // namespace aksesibel
