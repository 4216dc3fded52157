#include "data/language_data.hpp"

#include "aksesibel/messages.hpp"
#include "text/words.hpp"

#include <algorithm>
#include <fstream>
#include <mutex>
#include <stdexcept>

#include "aksesibel/error.hpp"
#include "text/utf8.hpp"

namespace aksesibel::data {

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> fields;
  std::size_t start = 0;
  for (;;) {
    std::size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  return fields;
}

void malformed(const std::filesystem::path& file, std::size_t line, const std::string& what) {
  throw Error(ErrorCode::DataFile, fill_message(translate("malformed data file: {0}"), {what}), {file.string(), line, std::nullopt});
}

void require_regular_file(const std::filesystem::path& file) {
  std::error_code ec;
  const auto st = std::filesystem::status(file, ec);
  if (!ec && std::filesystem::exists(st) && !std::filesystem::is_regular_file(st))
    throw Error(ErrorCode::DataFile, fill_message(translate("the data file {0} is not a regular file (a device, a pipe or a "
                                                            "folder); reinstall aksesibel or set AKSESIBEL_DATA_DIR"),
                                                  {file.string()}));
}

std::vector<DataLine> read_data_file(const std::filesystem::path& file, bool has_header) {
  require_regular_file(file);
  std::ifstream in(file, std::ios::binary);
  if (!in)
    throw Error(ErrorCode::DataFile, fill_message(translate("cannot read the data file {0}; reinstall aksesibel or set "
                                                            "AKSESIBEL_DATA_DIR"),
                                                  {file.string()}));
  std::vector<DataLine> lines;
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (auto bad = text::find_invalid_utf8(line)) malformed(file, number, translate("invalid UTF-8"));
    if (text::trim(line).empty() || line[0] == '#') continue;
    if (has_header) {
      has_header = false;
      continue;
    }
    lines.push_back({number, split_tabs(line)});
  }
  return lines;
}

namespace {

text::Regex compile(const std::filesystem::path& file, std::size_t line, const std::string& pattern) {
  try {
    return text::Regex(pattern);
  } catch (const std::invalid_argument& e) {
    malformed(file, line, e.what());
  }
}

std::vector<BoilerplateRule> load_boilerplate(const std::filesystem::path& file) {
  std::vector<BoilerplateRule> rules;
  for (const DataLine& l : read_data_file(file, false)) {
    const std::string& kind = l.fields[0];
    if (kind == "example") {
      if (rules.empty()) malformed(file, l.number, translate("an example must follow the rule it belongs to"));
      if (l.fields.size() < 2 || l.fields[1].empty()) malformed(file, l.number, translate("expected example<TAB>TEXT"));
      rules.back().examples.push_back(l.fields[1]);
      continue;
    }
    if (l.fields.size() < 3) malformed(file, l.number, translate("expected KIND<TAB>REASON<TAB>PATTERN"));
    BoilerplateRule::Kind k;
    if (kind == "line") k = BoilerplateRule::Kind::Line;
    else if (kind == "inline") k = BoilerplateRule::Kind::Inline;
    else if (kind == "block") k = BoilerplateRule::Kind::Block;
    else if (kind == "byline") k = BoilerplateRule::Kind::Byline;
    else if (kind == "timestamp") k = BoilerplateRule::Kind::Timestamp;
    else if (kind == "credit") k = BoilerplateRule::Kind::Credit;
    else if (kind == "html") k = BoilerplateRule::Kind::Html;
    else if (kind == "content") k = BoilerplateRule::Kind::Content;
    else
      malformed(file, l.number,
                fill_message(translate("unknown kind '{0}' (line, inline, block, byline, timestamp, credit, html, "
                                       "content or example)"),
                             {kind}));
    BoilerplateRule rule{k, l.fields[1], compile(file, l.number, l.fields[2]), std::nullopt, l.number, {}};
    if (k == BoilerplateRule::Kind::Block) {
      if (l.fields.size() < 4) malformed(file, l.number, translate("a block rule needs an end pattern in a fourth field"));
      rule.end = compile(file, l.number, l.fields[3]);
    }
    rules.push_back(std::move(rule));
  }
  return rules;
}

std::vector<DatelineRule> load_datelines(const std::filesystem::path& file) {
  std::vector<DatelineRule> rules;
  for (const DataLine& l : read_data_file(file, false)) {
    if (l.fields[0] == "example") {
      if (rules.empty()) malformed(file, l.number, translate("an example must follow the rule it belongs to"));
      if (l.fields.size() < 2 || l.fields[1].empty()) malformed(file, l.number, translate("expected example<TAB>TEXT"));
      rules.back().examples.push_back(l.fields[1]);
      continue;
    }
    if (l.fields.size() < 3) malformed(file, l.number, translate("expected MODE<TAB>NAME<TAB>PATTERN"));
    DatelineRule::Mode mode;
    if (l.fields[0] == "strip") mode = DatelineRule::Mode::Strip;
    else if (l.fields[0] == "keep") mode = DatelineRule::Mode::Keep;
    else if (l.fields[0] == "whole") mode = DatelineRule::Mode::Whole;
    else
      malformed(file, l.number, fill_message(translate("unknown mode '{0}' (strip, keep, whole or example)"), {l.fields[0]}));
    rules.push_back({mode, l.fields[1], compile(file, l.number, l.fields[2]), {}});
  }
  return rules;
}

std::vector<NotHeadlineRule> load_not_headlines(const std::filesystem::path& file) {
  std::vector<NotHeadlineRule> rules;
  for (const DataLine& l : read_data_file(file, false)) {
    if (l.fields.size() < 2 || l.fields[1].empty()) malformed(file, l.number, translate("expected KIND<TAB>PATTERN"));
    if (l.fields[0] == "example") {
      if (rules.empty()) malformed(file, l.number, translate("an example must follow the rule it belongs to"));
      rules.back().examples.push_back(l.fields[1]);
      continue;
    }
    if (l.fields[0] != "letterhead" && l.fields[0] != "doctype" && l.fields[0] != "greeting" && l.fields[0] != "sitename" &&
        l.fields[0] != "caption-credit")
      malformed(file, l.number,
                fill_message(translate("unknown kind '{0}' (letterhead, doctype, greeting, sitename, caption-credit or "
                                       "example)"),
                             {l.fields[0]}));
    if (l.fields[0] == "caption-credit" && compile(file, l.number, l.fields[1]).group_number("credit") < 0)
      malformed(file, l.number, translate("a caption-credit pattern needs a group named 'credit'"));
    rules.push_back({l.fields[0], compile(file, l.number, l.fields[1]), {}});
  }
  return rules;
}


std::string upper_ascii(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::toupper(c); });
  return s;
}

SpeechWords load_speech(const std::filesystem::path& file) {
  SpeechWords speech;
  for (const DataLine& l : read_data_file(file, true)) {
    const std::string& kind = l.fields[0];
    const std::string written = l.fields.size() > 1 ? l.fields[1] : "";
    const std::string said = l.fields.size() > 2 ? l.fields[2] : "";
    if (kind == "letter" && written.size() == 1 && written[0] >= 'A' && written[0] <= 'Z' && !said.empty())
      speech.letters[written[0]] = said;
    else if (kind == "word" && !written.empty() && upper_ascii(written) == written)
      speech.word_acronyms.push_back(written);
    else if (kind == "say" && !written.empty() && !said.empty())
      speech.signs.emplace_back(written, said);
    else
      malformed(file, l.number, translate("expected letter<TAB>CAPITAL<TAB>NAME, word<TAB>CAPITALS or say<TAB>SIGN<TAB>WORDS"));
  }
  if (speech.letters.size() != 26) malformed(file, 0, translate("every letter A to Z needs its name"));
  std::sort(speech.word_acronyms.begin(), speech.word_acronyms.end());
  std::stable_sort(speech.signs.begin(), speech.signs.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  return speech;
}

Calendar load_calendar(const std::filesystem::path& file) {
  Calendar cal;
  for (const DataLine& l : read_data_file(file, true)) {
    if (l.fields.size() < 2) malformed(file, l.number, translate("expected KIND<TAB>WORD[<TAB>VALUE]"));
    const std::string& kind = l.fields[0];
    const std::string& word = l.fields[1];
    const std::string value = l.fields.size() > 2 ? l.fields[2] : "";
    try {
      if (kind == "month") cal.months[text::lower_ascii(word)] = std::stoi(value);
      else if (kind == "weekday") {
        cal.weekdays.push_back(word);
        const int n = std::stoi(value);
        if (n < 1 || n > 7) malformed(file, l.number, fill_message(translate("weekday {0} is not 1–7"), {word}));
        cal.weekday_numbers[text::lower_ascii(word)] = n;
      }
      else if (kind == "zone") cal.zones[upper_ascii(word)] = value;
      else if (kind == "scale") cal.scales[text::lower_ascii(word)] = std::stod(value);
      else if (kind == "moneyscale") cal.money_scales[word] = std::stod(value);
      else if (kind == "percent") cal.percent_words.push_back(word);
      else if (kind == "power") cal.power_word = word;
      else if (kind == "note") cal.note_word = word;
      else if (kind == "timeword") cal.time_words.push_back(word);
      else if (kind == "daypart") cal.day_parts.push_back(word);
      else if (kind == "timerange") cal.time_ranges.push_back(text::lower_ascii(word));
      else if (kind == "codeword") cal.code_words.push_back(word);
      else if (kind == "currency") cal.currency_prefixes.push_back(word);
      else malformed(file, l.number, fill_message(translate("unknown kind '{0}'"), {kind}));
    } catch (const std::logic_error&) {
      malformed(file, l.number, fill_message(translate("the value '{0}' is not a number"), {value}));
    }
  }
  if (cal.power_word.empty()) malformed(file, 0, translate("no 'power' word (the word for a raised figure, as in 10³)"));
  if (cal.note_word.empty()) malformed(file, 0, translate("no 'note' word (the word for a note mark, as in 5.017¹)"));
  for (auto& [word, month] : cal.months)
    if (month < 1 || month > 12) malformed(file, 0, fill_message(translate("month {0} is not 1–12"), {word}));
  return cal;
}

std::vector<Abbreviation> load_abbreviations(const std::filesystem::path& file) {
  std::vector<Abbreviation> out;
  for (const DataLine& l : read_data_file(file, true)) {
    if (l.fields.size() < 2 || l.fields[0].empty() || l.fields[1].empty())
      malformed(file, l.number, translate("expected ABBREVIATION<TAB>EXPANSION[<TAB>SOURCE]"));
    out.push_back({l.fields[0], l.fields[1]});
  }
  return out;
}

}  // namespace

std::map<char32_t, CharacterRule> load_characters(const std::filesystem::path& file) {
  std::map<char32_t, CharacterRule> rules;
  for (const DataLine& l : read_data_file(file, true)) {
    if (l.fields.size() < 3 || l.fields[0].size() < 6 || l.fields[0].rfind("U+", 0) != 0)
      malformed(file, l.number, translate("expected U+XXXX<TAB>CHARACTER<TAB>KIND[<TAB>WRITTEN AS]"));
    char32_t code = 0;
    for (std::size_t i = 2; i < l.fields[0].size(); ++i) {
      const char h = l.fields[0][i];
      const int digit = h >= '0' && h <= '9' ? h - '0' : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
      if (digit < 0 || code > 0x10FFFF)
        malformed(file, l.number, fill_message(translate("not a code point: {0}"), {l.fields[0]}));
      code = code * 16 + static_cast<char32_t>(digit);
    }
    std::size_t at = 0;
    if (l.fields[1].empty() || text::next_code_point(l.fields[1], at) != code || at != l.fields[1].size())
      malformed(file, l.number, fill_message(translate("the character does not match its code {0}"), {l.fields[0]}));
    CharacterRule rule;
    const std::string& kind = l.fields[2];
    if (kind == "superscript") rule.kind = CharacterRule::Kind::Superscript;
    else if (kind == "subscript") rule.kind = CharacterRule::Kind::Subscript;
    else if (kind == "fraction") rule.kind = CharacterRule::Kind::Fraction;
    else if (kind == "decorative") rule.kind = CharacterRule::Kind::Decorative;
    else if (kind == "invisible") rule.kind = CharacterRule::Kind::Invisible;
    else if (kind == "digit-group") rule.kind = CharacterRule::Kind::DigitGroup;
    else
      malformed(file, l.number,
                fill_message(translate("unknown kind '{0}' (superscript, subscript, fraction, decorative, invisible, "
                                       "digit-group)"),
                             {kind}));
    rule.written = l.fields.size() > 3 ? l.fields[3] : std::string();
    rule.after_digit = l.fields.size() > 4 ? l.fields[4] : std::string();
    if (!rule.after_digit.empty() &&
        (rule.kind != CharacterRule::Kind::Fraction || rule.after_digit.size() < 2 || rule.after_digit[0] != ',' ||
         rule.after_digit.find_first_not_of("0123456789", 1) != std::string::npos))
      malformed(file, l.number, translate("only a fraction has a decimal part, written ',DIGITS'"));
    if (rule.written.empty() != (rule.kind == CharacterRule::Kind::Decorative || rule.kind == CharacterRule::Kind::Invisible ||
                                 rule.kind == CharacterRule::Kind::DigitGroup))
      malformed(file, l.number,
                translate("a decorative, invisible or digit-group character is written as nothing; every other kind "
                          "needs a value"));
    rules[code] = rule;
  }
  return rules;
}

// Every key a renderer asks for; a file without one of them is refused when loaded.
const char* const kInterfaceKeys[] = {
    "skip-link",     "untitled",     "large-print-title", "large-print-subject", "large-print-keywords",
    "page-of",       "table-numbered", "image",           "proof-title",         "pef-description", "pef-data-date", "chart-title", "chart-caption",         "proof-summary",
    "proof-duplex",  "proof-page",   "proof-verso",       "proof-line",          "proof-blank-line",
    "message-date",  "message-summary", "message-more",   "message-source",      "message-where",
    "epub-contents", "epub-landmarks", "epub-body",      "epub-section",        "epub-accessibility",
    "epub-accessibility-charts", "speech-heading", "speech-body", "speech-list-item", "speech-table",
    "speech-table-end", "speech-end"};

std::map<std::string, std::string> load_interface(const std::filesystem::path& file) {
  std::map<std::string, std::string> words;
  for (const DataLine& l : read_data_file(file, true)) {
    if (l.fields.size() != 2 || l.fields[0].empty() || l.fields[1].empty())
      malformed(file, l.number, translate("expected KEY<TAB>TEXT"));
    words[l.fields[0]] = l.fields[1];
  }
  for (const char* key : kInterfaceKeys)
    if (!words.count(key)) malformed(file, 0, fill_message(translate("no line for the key '{0}'"), {key}));
  return words;
}

std::shared_ptr<const LanguageData> load_language_data(const std::filesystem::path& directory) {
  static std::mutex mutex;
  static std::map<std::filesystem::path, std::shared_ptr<const LanguageData>> cache;
  std::lock_guard lock(mutex);
  if (auto it = cache.find(directory); it != cache.end()) return it->second;
  auto data = std::make_shared<LanguageData>();
  data->directory = directory;
  data->boilerplate = load_boilerplate(directory / "boilerplate-id.txt");
  std::vector<const text::Regex*> lines, inline_rules;
  for (const BoilerplateRule& r : data->boilerplate) {
    if (r.kind == BoilerplateRule::Kind::Inline) inline_rules.push_back(&r.pattern);
    else if (r.kind != BoilerplateRule::Kind::Html && r.kind != BoilerplateRule::Kind::Content) lines.push_back(&r.pattern);
  }
  data->boilerplate_lines = std::make_shared<const text::RegexSet>(std::move(lines), text::RegexSet::Mode::Whole);
  data->boilerplate_inline = std::make_shared<const text::RegexSet>(std::move(inline_rules), text::RegexSet::Mode::Anywhere);
  data->datelines = load_datelines(directory / "datelines-id.txt");
  data->not_headlines = load_not_headlines(directory / "front-matter-id.txt");
  data->calendar = load_calendar(directory / "calendar-id.tsv");
  data->abbreviations = load_abbreviations(directory / "abbreviations-id.tsv");
  for (const DataLine& l : read_data_file(directory / "sentences-id.txt", false)) {
    if (l.fields.size() < 2 || l.fields[0] != "nobreak" || l.fields[1].empty())
      malformed(directory / "sentences-id.txt", l.number, translate("expected nobreak<TAB>WORD"));
    data->no_break_after.push_back(l.fields[1]);
  }
  data->fact_words = load_fact_words(directory / "facts-id.tsv");
  data->regions = load_regions(directory / "regions-id.tsv");
  for (const Region& r : data->regions) {
    auto add = [&](const std::vector<std::string>& words) {
      std::string joined;
      for (const std::string& w : words) joined += (joined.empty() ? "" : " ") + w;
      if (!joined.empty()) data->region_names.insert(joined);
    };
    const std::vector<std::string> full = text::phrase_words(r.name);
    add(full);
    // A regency or city is named with "Kabupaten "/"Kota " first.
    if (r.level != "province" && full.size() > 1) add(std::vector<std::string>(full.begin() + 1, full.end()));
    for (const std::string& other : r.other) add(text::phrase_words(other));
  }
  data->characters = load_characters(directory / "characters-id.tsv");
  data->interface_words = load_interface(directory / "interface-id.tsv");
  data->speech = load_speech(directory / "speech-id.tsv");
  data->stats = load_stats_data(directory);
  cache.emplace(directory, data);
  return data;
}

std::string interface_text(const LanguageData& data, const std::string& key,
                           const std::map<std::string, std::string>& fields) {
  auto it = data.interface_words.find(key);
  if (it == data.interface_words.end())
    throw Error(ErrorCode::DataFile, fill_message(translate("interface-id.tsv has no line for the key '{0}'"), {key}));
  std::string text = it->second;
  for (const auto& [name, value] : fields) {
    const std::string mark = "{" + name + "}";
    for (std::size_t at = text.find(mark); at != std::string::npos; at = text.find(mark, at + value.size()))
      text.replace(at, mark.size(), value);
  }
  return text;
}

}  // namespace aksesibel::data
