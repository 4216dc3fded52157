// Embosser presets (data/embossers.tsv): the public embosser_presets() and
// what the option embosser reads.
#include <charconv>

#include "aksesibel/braille.hpp"
#include "aksesibel/messages.hpp"
#include "data/data_dir.hpp"
#include "data/language_data.hpp"

namespace aksesibel {

namespace {

int number(const std::filesystem::path& file, std::size_t line, const std::string& field, int min, int max) {
  int v = 0;
  const auto [end, ec] = std::from_chars(field.data(), field.data() + field.size(), v);
  if (ec != std::errc() || end != field.data() + field.size() || v < min || v > max)
    data::malformed(file, line,
                    fill_message(translate("'{0}' is no whole number from {1} to {2}"),
                                 {field, std::to_string(min), std::to_string(max)}));
  return v;
}

}  // namespace

std::vector<EmbosserPreset> embosser_presets(const std::string& data_dir) {
  const std::filesystem::path file = data::data_directory(data_dir) / "embossers.tsv";
  std::vector<EmbosserPreset> out;
  for (const data::DataLine& l : data::read_data_file(file, false)) {
    if (l.fields.size() != 9)
      data::malformed(file, l.number,
                      translate("expected name<TAB>cells-per-line<TAB>lines-per-page<TAB>duplex<TAB>embosser<TAB>paper<TAB>"
                                "embosser in Indonesian<TAB>paper in Indonesian<TAB>source"));
    EmbosserPreset p;
    p.name = l.fields[0];
    // The same ranges as the options they set (lib/convert/options.cpp).
    p.cells_per_line = number(file, l.number, l.fields[1], 12, 100);
    p.lines_per_page = number(file, l.number, l.fields[2], 4, 100);
    if (l.fields[3] != "true" && l.fields[3] != "false") data::malformed(file, l.number, translate("duplex is true or false"));
    p.duplex = l.fields[3] == "true";
    p.embosser = l.fields[4];
    p.paper = l.fields[5];
    p.embosser_indonesian = l.fields[6];
    p.paper_indonesian = l.fields[7];
    p.source = l.fields[8];
    for (const EmbosserPreset& q : out)
      if (q.name == p.name)
        data::malformed(file, l.number, fill_message(translate("the preset '{0}' is named twice"), {p.name}));
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace aksesibel
