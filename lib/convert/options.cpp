// Options as text (aksesibel/options.hpp): one table of keys, shared by the
// C ABI and the Python binding.
#include "aksesibel/options.hpp"

#include "aksesibel/messages.hpp"
#include "text/words.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <functional>
#include <set>
#include <sstream>

#include "aksesibel/braille.hpp"
#include "braille/louis.hpp"
#include "data/data_dir.hpp"
#include "text/utf8.hpp"

namespace aksesibel {

namespace {

// Marks a description for the command line's message catalogue (po/, cli/messages.hpp):
// the library keeps English; the command line shows each in the language chosen.
#define N_(english) english

[[noreturn]] void invalid(std::string_view key, std::string_view value, const std::string& accepted) {
  throw Error(ErrorCode::InvalidOption,
              fill_message(translate("option {0}: '{1}' is not allowed; it takes {2}"), {key, value, accepted}));
}


bool parse_bool(std::string_view key, std::string_view value) {
  const std::string v = text::lower_ascii(value);
  if (v == "true" || v == "1" || v == "yes" || v == "on") return true;
  if (v == "false" || v == "0" || v == "no" || v == "off") return false;
  invalid(key, value, translate("true or false"));
}

long long parse_int(std::string_view key, std::string_view value, long long min, long long max) {
  long long n = 0;
  const char* end = value.data() + value.size();
  auto [ptr, ec] = std::from_chars(value.data(), end, n);
  const std::string range =
      fill_message(translate("a whole number from {0} to {1}"), {std::to_string(min), std::to_string(max)});
  if (value.empty() || ec != std::errc() || ptr != end || n < min || n > max) invalid(key, value, range);
  return n;
}

// "20MiB", "512KiB", "1048576": as the command line's --max-input-size.
std::size_t parse_size(std::string_view key, std::string_view value) {
  const std::string accepted = translate("a size such as 20MiB, 512KiB or 1048576 (bytes), at most 1 TiB");
  std::size_t digits = 0;
  while (digits < value.size() && std::isdigit(static_cast<unsigned char>(value[digits]))) ++digits;
  if (digits == 0 || digits > 13) invalid(key, value, accepted);
  unsigned long long n = 0;
  std::from_chars(value.data(), value.data() + digits, n);
  const std::string unit = text::lower_ascii(value.substr(digits));
  unsigned long long mult;
  if (unit.empty() || unit == "b") mult = 1;
  else if (unit == "k" || unit == "kb" || unit == "kib") mult = 1ULL << 10;
  else if (unit == "m" || unit == "mb" || unit == "mib") mult = 1ULL << 20;
  else if (unit == "g" || unit == "gb" || unit == "gib") mult = 1ULL << 30;
  else invalid(key, value, accepted);
  if (n == 0 || n > (1ULL << 40) / mult) invalid(key, value, accepted);
  return static_cast<std::size_t>(n * mult);
}

std::string choice(std::string_view key, std::string_view value, std::initializer_list<const char*> allowed) {
  const std::string v = text::lower_ascii(value);
  for (const char* a : allowed)
    if (v == a) return v;
  // "a4 or letter", "18, 24 or 32"
  std::string list;
  std::size_t i = 0;
  for (const char* a : allowed) {
    if (i > 0) list += i + 1 == allowed.size() ? translate(" or ") : ", ";
    list += a;
    ++i;
  }
  invalid(key, value, list);
}

// "2021-07-14": a date of the Gregorian calendar, as PEF's dc:date wants it.
std::string iso_date(std::string_view key, std::string_view value) {
  const std::string accepted = translate("a date written YYYY-MM-DD (2021-07-14)");
  if (value.empty()) return {};  // not set: the bulletin's date, else today
  auto digits = [&](std::size_t from, std::size_t n) {
    int v = 0;
    for (std::size_t i = from; i < from + n; ++i) {
      if (!std::isdigit(static_cast<unsigned char>(value[i]))) invalid(key, value, accepted);
      v = v * 10 + (value[i] - '0');
    }
    return v;
  };
  if (value.size() != 10 || value[4] != '-' || value[7] != '-') invalid(key, value, accepted);
  const int y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (m < 1 || m > 12 || d < 1 || d > kDays[m - 1] || (m == 2 && d == 29 && !leap)) invalid(key, value, accepted);
  return std::string(value);
}

std::vector<std::string> split_list(std::string_view value) {
  std::vector<std::string> out;
  std::stringstream ss{std::string(value)};
  std::string item;
  while (std::getline(ss, item, ',')) {
    item.erase(0, item.find_first_not_of(" \t"));
    item.erase(item.find_last_not_of(" \t") + 1);
    if (!item.empty()) out.push_back(text::lower_ascii(item));  // format names, as every keyword, in any case
  }
  return out;
}

struct Key {
  OptionInfo info;
  std::function<void(ConvertOptions&, std::string_view key, std::string_view value)> set;
};

// One limit of ReadLimits (docs/security.md): a whole number from 1 to
// `max`, its default the struct's own.
Key limit(const char* key, std::size_t ReadLimits::*field, long long max, const char* description) {
  return {{key, "1–" + std::to_string(max), std::to_string(ReadLimits{}.*field), description},
          [field, max](ConvertOptions& o, std::string_view k, std::string_view v) {
            o.read.limits.*field = static_cast<std::size_t>(parse_int(k, v, 1, max));
          }};
}

const std::vector<Key>& keys() {
  using O = ConvertOptions;
  using SV = std::string_view;
  static const std::vector<Key> table = {
      {{"to", "format names, comma separated", "text", N_("output formats (`aksesibel formats` and output_formats() list them)")},
       [](O& o, SV k, SV v) {
         std::vector<std::string> f = split_list(v);
         if (f.empty()) invalid(k, v, translate("one or more format names, comma separated"));
         for (const std::string& name : f) output_format(name);  // Error(UnknownFormat) naming the known ones
         for (std::size_t i = 0; i < f.size(); ++i)
           for (std::size_t j = i + 1; j < f.size(); ++j)
             if (f[i] == f[j]) invalid(k, v, fill_message(translate("each format once ({0} is named twice)"), {f[i]}));
         o.formats = f;
       }},
      {{"from", "text|html|data|auto", "auto", N_("input format (data: CSV or JSON statistics); auto chooses by the source name's extension, then by content")},
       [](O& o, SV k, SV v) {
         try {
           o.read.format = input_format_from_name(text::lower_ascii(v));
         } catch (const Error&) {
           invalid(k, v, translate("text, html, data or auto"));
         }
       }},
      {{"source-name", "a name", "", N_("the input's name: used in messages and error locations, and its extension chooses the input format")},
       [](O& o, SV, SV v) { o.read.source_name = v; }},
      {{"region", "a region's name", "", N_("statistics: the province, regency or city of the bulletin, or Indonesia (default: the file's only region)")},
       [](O& o, SV, SV v) { o.read.region = v; }},
      {{"date", "YYYY-MM-DD", "", N_("statistics: the day of the bulletin (default: the latest day in the file)")},
       [](O& o, SV k, SV v) { o.read.date = iso_date(k, v); }},
      {{"columns", "a file", "", N_("statistics: a file of your own column names (column<TAB>NAME<TAB>KIND lines, as data/data-columns-id.tsv)")},
       [](O& o, SV, SV v) { o.read.columns_file = v; }},
      {{"encoding", "an ICU converter name", "", N_("encoding of the input if not UTF-8 (windows-1252, ISO-8859-1, …)")},
       [](O& o, SV, SV v) { o.read.encoding = v; }},
      {{"lenient", "true|false", "false", N_("drop control characters and noncharacters with a warning instead of failing")},
       [](O& o, SV k, SV v) { o.read.lenient = parse_bool(k, v); }},
      {{"max-input-size", "a size (20MiB, 512KiB, bytes)", "20MiB", N_("refuse inputs larger than this")},
       [](O& o, SV k, SV v) { o.read.max_input_size = parse_size(k, v); }},
      limit("max-depth", &ReadLimits::max_depth, 5000, N_("refuse web pages whose elements nest deeper than this")),
      limit("max-block-depth", &ReadLimits::max_block_depth, 100,
            N_("read lists and quotes nested deeper than this as part of the level above, with a warning")),
      limit("max-attributes", &ReadLimits::max_attributes, 100000,
            N_("refuse web pages with an element of more attributes than this")),
      limit("max-table-cells", &ReadLimits::max_table_cells, 10000000,
            N_("refuse tables of more cells than this, counted once row and column spans are spread out")),
      limit("max-line-length", &ReadLimits::max_line_length, 100000000,
            N_("refuse text bulletins with a line of more characters than this")),
      limit("max-word-length", &ReadLimits::max_word_length, 1000000,
            N_("refuse bulletins with a word of more characters than this")),
      limit("max-number-length", &ReadLimits::max_number_length, 1000,
            N_("refuse bulletins with a number of more digits than this")),
      {{"data-dir", "a folder", "", N_("aksesibel's language data (default: $AKSESIBEL_DATA_DIR, then the installed data)")},
       [](O& o, SV, SV v) { o.read.data_dir = v; }},  // the conversion's one data folder (ConvertOptions)
      {{"embosser", "a preset of aksesibel embossers", "",
        N_("braille: cells-per-line, lines-per-page and duplex for this embosser and paper (data/embossers.tsv); options set after it win (on the command line, wherever they stand)")},
       [](O& o, SV k, SV v) {
         const std::vector<EmbosserPreset> presets = embosser_presets(o.read.data_dir);
         std::string names;
         for (const EmbosserPreset& p : presets) {
           if (p.name == v) {
             o.braille.cells_per_line = p.cells_per_line;
             o.braille.lines_per_page = p.lines_per_page;
             o.braille.duplex = p.duplex;
             return;
           }
           names += (names.empty() ? "" : ", ") + p.name;
         }
         invalid(k, v, fill_message(translate("the name of a preset: {0}"), {names}));
       }},
      {{"message-where", "a sentence", "",
        N_("message: where the full braille, large-print and web versions can be had (default: ask whoever sent the message)")},
       [](O& o, SV k, SV v) {
         if (v.size() > 300) invalid(k, v, translate("a sentence of at most 300 bytes"));
         o.message.where = v;
       }},
      {{"speech-rate", "80–450", "175", N_("audio: words per minute of the speech (listeners used to fast speech often choose 300 or more)")},
       [](O& o, SV k, SV v) { o.audio.words_per_minute = static_cast<unsigned>(parse_int(k, v, 80, 450)); }},
      {{"table", "a liblouis table list", "", N_("braille table (default by language: id-id-g1.utb; en-ueb-g1.ctb for English)")},
       [](O& o, SV, SV v) { o.braille.table = v; }},
      {{"table-paths", "true|false", "false", N_("braille: let the option table name table files by path (only tables you trust)")},
       [](O& o, SV k, SV v) { o.braille.table_paths = parse_bool(k, v); }},
      {{"tables-dir", "a folder", "", N_("folder of aksesibel's braille tables (default: $AKSESIBEL_TABLES_DIR, then the installed tables)")},
       [](O& o, SV, SV v) { o.braille.tables_dir = v; }},
      {{"cells-per-line", "12–100", "40", N_("braille: cells per line")},
       [](O& o, SV k, SV v) { o.braille.cells_per_line = static_cast<int>(parse_int(k, v, 12, 100)); }},
      {{"lines-per-page", "4–100", "25", N_("braille: lines per page")},
       [](O& o, SV k, SV v) { o.braille.lines_per_page = static_cast<int>(parse_int(k, v, 4, 100)); }},
      {{"paragraph-style", "indent|block", "indent", N_("braille: first line two cells in, or a blank line between paragraphs")},
       [](O& o, SV k, SV v) {
         o.braille.paragraph_style = choice(k, v, {"indent", "block"}) == "indent"
                                         ? BrailleOptions::ParagraphStyle::Indent
                                         : BrailleOptions::ParagraphStyle::Block;
       }},
      {{"page-numbers", "bottom|top", "bottom", N_("braille: where page numbers go")},
       [](O& o, SV k, SV v) {
         o.braille.page_numbers = choice(k, v, {"bottom", "top"}) == "bottom" ? BrailleOptions::PageNumbers::Bottom
                                                                             : BrailleOptions::PageNumbers::Top;
       }},
      {{"duplex", "true|false", "false", N_("braille: interpoint, page numbers on recto pages only")},
       [](O& o, SV k, SV v) { o.braille.duplex = parse_bool(k, v); }},
      {{"no-verify", "true|false", "false", N_("braille: skip the back-translation check of numbers and dates (not recommended)")},
       [](O& o, SV k, SV v) { o.braille.verify = !parse_bool(k, v); }},
      {{"pef-date", "YYYY-MM-DD", "", N_("braille: dc:date of the PEF file (default: the bulletin's date, else today)")},
       [](O& o, SV k, SV v) { o.braille.pef_date = iso_date(k, v); }},
      {{"font-size", "18|24|32", "18", N_("large print: body size in points")},
       [](O& o, SV k, SV v) { o.large_print.font_size = std::stoi(choice(k, v, {"18", "24", "32"})); }},
      {{"paper", "a4|letter", "a4", N_("large print: paper size of the PDF and of printing")},
       [](O& o, SV k, SV v) {
         o.large_print.paper =
             choice(k, v, {"a4", "letter"}) == "a4" ? LargePrintOptions::Paper::A4 : LargePrintOptions::Paper::Letter;
       }},
      {{"no-summary", "true|false", "false", N_("html, EPUB, large print, braille and audio: leave out the \"Ringkasan\" of key figures")},
       [](O& o, SV k, SV v) { o.html.summary = o.large_print.summary = o.braille.summary = o.audio.summary = !parse_bool(k, v); }},
      {{"text-headline", "true|false", "true", N_("text: print the headline and dateline above the body")},
       [](O& o, SV k, SV v) { o.text.headline = parse_bool(k, v); }},
      {{"json-indent", "-1–8", "2", N_("json: spaces per level; -1 writes one line")},
       [](O& o, SV k, SV v) { o.json.indent = static_cast<int>(parse_int(k, v, -1, 8)); }},
      {{"plain", "true|false", "false", N_("simplify first (bahasa sederhana): every format is made from the plain-language version")},
       [](O& o, SV k, SV v) { o.simplify = parse_bool(k, v); }},
      {{"report", "true|false", "false", N_("also make the plain-language report: readability before and after, every change (the command line writes it to a file)")},
       [](O& o, SV k, SV v) { o.report = parse_bool(k, v); }},
      {{"plain-summary", "true|false", "true", N_("plain language: put a \"Ringkasan\" of the key figures first")},
       [](O& o, SV k, SV v) { o.plain.summary = parse_bool(k, v); }},
      {{"plain-glossary", "true|false", "true", N_("plain language: end with \"Kata-kata sulit\"")},
       [](O& o, SV k, SV v) { o.plain.glossary = parse_bool(k, v); }},
      {{"plain-split-over", "5–100", "15", N_("plain language: split sentences longer than this many words")},
       [](O& o, SV k, SV v) { o.plain.split_over = static_cast<std::size_t>(parse_int(k, v, 5, 100)); }},
      {{"plain-max-sentence-words", "50–100000", "400", N_("plain language: keep sentences longer than this many words whole, with a warning")},
       [](O& o, SV k, SV v) { o.plain.max_sentence_words = parse_int(k, v, 50, 100000); }},
  };
  return table;
}

}  // namespace

const std::vector<OptionInfo>& option_keys() {
  static const std::vector<OptionInfo> infos = [] {
    std::vector<OptionInfo> v;
    for (const Key& k : keys()) {
      OptionInfo info = k.info;
      info.boolean = info.values == "true|false";
      if (info.key == "to") info.short_name = 't';
      else if (info.key == "from") info.short_name = 'f';
      else if (info.key == "encoding") info.short_name = 'e';
      v.push_back(std::move(info));
    }
    return v;
  }();
  return infos;
}

void set_option(ConvertOptions& options, std::string_view key, std::string_view value) {
  // Every value ends up in text the library writes (names, paths, dates):
  // it must be UTF-8, as every other text crossing the API.
  if (text::find_invalid_utf8(value)) {
    std::string m = "option ";
    m += key;
    m += ": the value is not valid UTF-8";
    throw Error(ErrorCode::InvalidOption, m);
  }
  std::string name(key);
  std::replace(name.begin(), name.end(), '_', '-');  // cells_per_line as in Python keyword arguments
  for (const Key& k : keys()) {
    if (k.info.key != name) continue;
    ConvertOptions changed = options;  // unchanged on error
    // One rule for every caller (command line, C, Python): keywords and
    // numbers are read without the spaces around them and in any case
    // (" 24", "A4", "BRF", "True"); names, paths and encodings are taken as
    // written, spaces included.
    static const std::set<std::string, std::less<>> verbatim = {"source-name", "region", "columns", "encoding",
                                                                "data-dir",    "table",  "tables-dir"};
    k.set(changed, name, verbatim.count(name) ? value : text::trim(value));
    options = std::move(changed);
    return;
  }
  std::string known;
  for (const Key& k : keys()) {
    if (!known.empty()) known += ", ";
    known += k.info.key;
  }
  std::string m = "unknown option '";
  m += key;
  m += "'; the options are ";
  m += known;
  throw Error(ErrorCode::InvalidOption, m);
}

bool is_binary_format(std::string_view format) {
  const std::string& name = output_format(format).name;
  return name == "brf" || name == "large-print-pdf" || name == "epub" || name == "audio" || name == "audio-mp3";
}

std::string data_directory(const ConvertOptions& options) {
  return data::data_directory(options.read.data_dir).string();
}

std::string braille_table(const ConvertOptions& options, std::string_view language) {
  return braille::resolve_table(options.braille.table, std::string(language), options.braille.tables_dir,
                                options.braille.table_paths);
}

}  // namespace aksesibel
