// Fuzz target: the option table (aksesibel::set_option, as the CLI, the C
// ABI and Python use it), then a conversion of a small fixed input with the
// options that were accepted.
//
// Input: lines. "key=value" sets a key by name; "#" followed by a byte sets
// the key of that index in option_keys() (modulo their number) to the rest
// of the line, so that the fuzzer reaches every key without knowing names.
// Keys that name files or folders (data-dir, tables-dir, table, columns)
// are parsed on a copy but not used in the conversion: their values would
// send the library to arbitrary files of this machine.
// The fixed input is a short bulletin of my own, or a short CSV when the
// options say "from=data".
// Checks: set_option throws only aksesibel::Error, never internal; every
// default of option_keys() is accepted; the conversion makes one output per
// format; text formats are UTF-8 and the JSON parses.
#include <aksesibel/convert.hpp>
#include <aksesibel/options.hpp>

#include <algorithm>

#include <nlohmann/json.hpp>

#include "fuzz.hpp"

namespace {

const char kBulletin[] =
    "Kasus Baru di Kota Contoh Bertambah\n"
    "\n"
    "KOTA CONTOH - Pada Rabu (14/7/2021) pukul 15.00 WITA tercatat 1.234 kasus positif, "
    "56 sembuh dan 7 meninggal dunia. Tingkat kesembuhan 85,5 persen.\n"
    "\n"
    "Warga diminta memakai masker dan menjaga jarak.\n";

const char kCsv[] =
    "tanggal,provinsi,kasus_baru,sembuh_baru,meninggal_baru\n"
    "2020-06-24,SULAWESI TENGAH,3,1,0\n"
    "2020-06-25,SULAWESI TENGAH,5,2,1\n";

bool names_a_path(std::string key) {
  std::replace(key.begin(), key.end(), '_', '-');
  return key == "data-dir" || key == "tables-dir" || key == "table" || key == "columns";
}

void check_defaults() {
  static bool done = false;
  if (done) return;
  done = true;
  aksesibel::ConvertOptions o;
  for (const auto& k : aksesibel::option_keys())
    if (!k.default_value.empty()) fuzz::guarded([&] {
        try {
          aksesibel::set_option(o, k.key, k.default_value);
        } catch (const aksesibel::Error& e) {
          fuzz::finding("a default the option table refuses", k.key + "=" + k.default_value + ": " + e.what());
        }
      });
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 4 * 1024) return 0;
  check_defaults();
  const auto& keys = aksesibel::option_keys();
  std::string_view input(reinterpret_cast<const char*>(data), size);
  aksesibel::ConvertOptions options, scratch;
  int lines = 0;
  while (!input.empty() && lines++ < 32) {
    std::size_t eol = input.find('\n');
    std::string_view line = input.substr(0, eol);
    input = eol == std::string_view::npos ? std::string_view() : input.substr(eol + 1);
    std::string key;
    std::string_view value;
    if (line.size() >= 2 && line[0] == '#') {
      key = keys[static_cast<unsigned char>(line[1]) % keys.size()].key;
      value = line.substr(2);
    } else {
      std::size_t eq = line.find('=');
      key = std::string(line.substr(0, eq));
      value = eq == std::string_view::npos ? std::string_view() : line.substr(eq + 1);
    }
    fuzz::guarded([&] { aksesibel::set_option(names_a_path(key) ? scratch : options, key, value); });
  }
  // The talking bulletin takes seconds of speech per conversion, and a list
  // of formats may name it hundreds of times: its script stands in for it
  // (the script is what depends on the options and the input).
  for (std::string& f : options.formats)
    if (f == "audio" || f == "audio-mp3") f = "audio-script";
  const char* source = options.read.format == aksesibel::InputFormat::Data ? kCsv : kBulletin;
  fuzz::guarded([&] {
    aksesibel::Conversion c = aksesibel::convert(source, options);
    fuzz::require(c.outputs.size() == options.formats.size(), "not one output per format");
    for (const auto& out : c.outputs) {
      if (!aksesibel::is_binary_format(out.format)) fuzz::require_utf8(out.content, out.format);
      if (out.format == "json") fuzz::require(nlohmann::json::accept(out.content), "json output that does not parse");
    }
    fuzz::check_document(c.document);
  });
  return 0;
}
