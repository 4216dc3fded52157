// The table of output formats: adding a format is one renderer plus one line here.
#include <functional>

#include "aksesibel/convert.hpp"

namespace aksesibel {

namespace {

struct Entry {
  FormatInfo info;
  std::function<std::string(const Document&, const ConvertOptions&)> render;
};

const std::vector<Entry>& registry() {
  static const std::vector<Entry> entries = {
      {{"text", "text.txt", "the cleaned bulletin as plain UTF-8 text"},
       [](const Document& d, const ConvertOptions& o) { return render_text(d, o.text); }},
      {{"json", "json", "the document model as JSON: metadata, blocks, numbers, dates, abbreviations, removed boilerplate"},
       [](const Document& d, const ConvertOptions& o) { return render_json(d, o.json); }},
  };
  return entries;
}

}  // namespace

const std::vector<FormatInfo>& output_formats() {
  static const std::vector<FormatInfo> infos = [] {
    std::vector<FormatInfo> v;
    for (const Entry& e : registry()) v.push_back(e.info);
    return v;
  }();
  return infos;
}

const FormatInfo& output_format(std::string_view name) {
  for (const Entry& e : registry())
    if (e.info.name == name) return e.info;
  std::string known;
  for (const Entry& e : registry()) known += (known.empty() ? "" : ", ") + e.info.name;
  throw Error(ErrorCode::UnknownFormat, "unknown output format '" + std::string(name) + "'; known formats: " + known);
}

std::string render(const Document& doc, std::string_view format, const ConvertOptions& options) {
  output_format(format);  // throws for an unknown name
  for (const Entry& e : registry())
    if (e.info.name == format) return e.render(doc, options);
  return {};
}

}  // namespace aksesibel
