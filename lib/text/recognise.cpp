#include "text/recognise.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <map>
#include <mutex>

#include "text/utf8.hpp"

namespace aksesibel::text {

namespace {

// Lower numbers win when two candidates start at the same place and have the
// same length.
enum Priority { kDate = 0, kTime = 1, kMoney = 2, kPercent = 3, kScaled = 4, kAbbreviation = 5, kNumber = 6 };

std::string alternation(std::vector<std::string> words) {
  std::sort(words.begin(), words.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  std::string out;
  for (const auto& w : words) {
    if (!out.empty()) out += '|';
    out += regex_quote(w);
  }
  return out;
}

template <class Map>
std::vector<std::string> keys_of(const Map& m) {
  std::vector<std::string> out;
  for (const auto& [k, v] : m) out.push_back(k);
  return out;
}

// The core of an Indonesian numeral: 1.250.000 / 1.250.000,5 / 95,5 / 15.5 / 42.
const std::string kNumeral = R"((?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+|\d+\.\d+|\d+))";
const std::string kBefore = R"((?<![\p{L}\p{N}_])(?<!\p{L}-)(?<!\d[.,]))";
const std::string kAfter = R"((?![\p{L}\p{N}])(?![.,]\d))";

std::string two_digits(int n) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d", n);
  return buf;
}

int to_int(std::string_view s) {
  int v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

// Day and month; with a year (not 0), 29 February only in a leap year.
bool valid_date(int d, int m, int y) {
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) return false;
  const bool leap = y == 0 || (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0));
  return !(m == 2 && d == 29 && !leap);
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

std::string format_value(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.15g", v);
  return buf;
}

}  // namespace

struct Recogniser::Span {
  std::size_t begin, end;
  Priority priority;
  Inline node;
};

bool Recogniser::parse_number(std::string_view s, double& value, bool& ambiguous) {
  ambiguous = false;
  std::string canonical;
  const bool grouped = s.size() > 4 && s.find('.') != std::string_view::npos &&
                       [&] {
                         // thousands points: every group after a point has three digits
                         std::size_t comma = s.find(',');
                         std::string_view whole = s.substr(0, comma);
                         std::size_t pos = whole.find('.');
                         if (pos == 0 || pos > 3) return false;
                         while (pos != std::string_view::npos) {
                           std::size_t next = whole.find('.', pos + 1);
                           std::size_t len = (next == std::string_view::npos ? whole.size() : next) - pos - 1;
                           if (len != 3) return false;
                           pos = next;
                         }
                         return true;
                       }();
  for (char c : s) {
    if (c >= '0' && c <= '9') canonical += c;
    else if (c == ',') canonical += '.';
    else if (c == '.') {
      if (!grouped) canonical += '.';  // a point that is not a thousands point: decimal, ambiguous
    } else return false;
  }
  if (!grouped && s.find('.') != std::string_view::npos) ambiguous = true;
  // 178,883: a decimal comma followed by exactly three digits, no thousands point.
  if (std::size_t comma = s.find(','); comma != std::string_view::npos && s.find('.') == std::string_view::npos &&
                                       s.size() - comma - 1 == 3)
    ambiguous = true;
  auto [ptr, ec] = std::from_chars(canonical.data(), canonical.data() + canonical.size(), value);
  return ec == std::errc() && ptr == canonical.data() + canonical.size();
}

Recogniser::Recogniser(const data::LanguageData& data)
    : calendar_(data.calendar),
      abbreviations_(data.abbreviations),
      date_day_month_year_(kBefore + "(?:(?<wd>(?i:" + alternation(data.calendar.weekdays) + ")),?\\s+)?(?<d>\\d{1,2})\\s+(?<m>(?i:" +
                           alternation(keys_of(data.calendar.months)) + "))\\.?\\s+(?<y>\\d{4})" + kAfter),
      date_parenthesised_("(?:(?<wd>(?i:" + alternation(data.calendar.weekdays) +
                          "))\\s+)?\\((?<d>\\d{1,2})/(?<m>\\d{1,2})(?:/(?<y>\\d{4}|\\d{2}))?\\)"),
      date_slashed_(R"((?<![\p{L}\p{N}/.,])(?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>\d{4}|\d{2})(?![\p{N}/]))"),
      date_day_month_(kBefore + "(?:(?<wd>(?i:" + alternation(data.calendar.weekdays) + ")),?\\s+)?(?<d>\\d{1,2})\\s+(?<m>(?i:" +
                      alternation(keys_of(data.calendar.months)) + "))\\.?(?![\\p{L}\\p{N}])"),
      date_month_year_("(?<![\\p{L}\\p{N}])(?<m>(?i:" + alternation(keys_of(data.calendar.months)) + "))\\.?\\s+(?<y>\\d{4})" + kAfter),
      time_("(?:(?<tw>(?i:" + alternation(data.calendar.time_words) + "))\\s+)?" + kBefore +
            "(?<h>\\d{1,2})[.:](?<min>\\d{2})(?:\\s*(?<z>(?i:" + alternation(keys_of(data.calendar.zones)) + ")))?" + kAfter),
      money_("(?<![\\p{L}\\p{N}])(?:" + alternation(data.calendar.currency_prefixes) + ")\\.?\\s?(?<n>" + kNumeral +
             ")(?:\\s+(?<s>(?i:" + alternation(keys_of(data.calendar.scales)) + ")))?(?:,-)?" + kAfter),
      percent_(kBefore + "(?<n>" + kNumeral + ")(?:\\s?%|\\s+(?i:" + alternation(data.calendar.percent_words) +
               ")(?![\\p{L}\\p{N}]))"),
      scaled_(kBefore + "(?<n>" + kNumeral + ")\\s+(?<s>(?i:" + alternation(keys_of(data.calendar.scales)) +
              "))(?![\\p{L}\\p{N}])"),
      number_(kBefore + "(?<n>" + kNumeral + ")" + kAfter) {}

void Recogniser::find_dates(std::string_view text, std::vector<Span>& spans) const {
  auto add = [&](const Regex& re, bool with_year_required) {
    const int gd = re.group_number("d"), gm = re.group_number("m"), gy = re.group_number("y"),
              gw = re.group_number("wd");
    for (const Match& mt : re.find_all(text)) {
      int day = gd >= 0 && mt.matched(gd) ? to_int(mt.group(text, gd)) : 1;
      std::string_view month_text = mt.group(text, gm);
      int month;
      if (!month_text.empty() && std::isdigit(static_cast<unsigned char>(month_text[0]))) {
        month = to_int(month_text);
      } else {
        auto it = calendar_.months.find(lower_ascii(month_text));
        if (it == calendar_.months.end()) continue;
        month = it->second;
      }
      std::string iso;
      const bool has_year = gy >= 0 && mt.matched(gy);
      if (with_year_required && !has_year) continue;
      int year = has_year ? to_int(mt.group(text, gy)) : 0;
      if (has_year && mt.group(text, gy).size() == 2) year += 2000;
      if (!valid_date(day, month, year)) continue;
      if (gd < 0) iso = std::to_string(year) + "-" + two_digits(month);  // month and year
      else if (has_year) iso = std::to_string(year) + "-" + two_digits(month) + "-" + two_digits(day);
      else iso = "--" + two_digits(month) + "-" + two_digits(day);
      Inline node;
      node.kind = Inline::Kind::Date;
      node.text = std::string(text.substr(mt.begin, mt.end - mt.begin));
      node.iso = iso;
      if (gw >= 0 && mt.matched(gw)) node.weekday = std::string(mt.group(text, gw));
      spans.push_back({mt.begin, mt.end, kDate, std::move(node)});
    }
  };
  add(date_day_month_year_, true);
  add(date_parenthesised_, false);
  add(date_slashed_, true);
  add(date_day_month_, false);
  add(date_month_year_, true);
}

void Recogniser::find_times(std::string_view text, std::vector<Span>& spans) const {
  const int gtw = time_.group_number("tw"), gh = time_.group_number("h"), gmin = time_.group_number("min"),
            gz = time_.group_number("z");
  for (const Match& mt : time_.find_all(text)) {
    if (!mt.matched(gtw) && !mt.matched(gz)) continue;  // 15.00 alone is a number, not a time
    const int h = to_int(mt.group(text, gh)), m = to_int(mt.group(text, gmin));
    if (h > 24 || m > 59 || (h == 24 && m > 0)) continue;
    Inline node;
    node.kind = Inline::Kind::Time;
    const std::size_t begin = mt.groups[gh].first;
    node.text = std::string(text.substr(begin, mt.end - begin));
    node.iso = two_digits(h) + ":" + two_digits(m);
    if (mt.matched(gz)) {
      std::string z(mt.group(text, gz));
      std::transform(z.begin(), z.end(), z.begin(), [](unsigned char c) { return std::toupper(c); });
      node.zone = z;
    }
    spans.push_back({begin, mt.end, kTime, std::move(node)});
  }
}

void Recogniser::find_numbers(std::string_view text, std::vector<Span>& spans, std::vector<Warning>& warnings,
                              const SourceLocation& where) const {
  auto add = [&](const Regex& re, Priority priority, const char* unit) {
    const int gn = re.group_number("n"), gs = re.group_number("s");
    for (const Match& mt : re.find_all(text)) {
      std::string_view numeral = mt.group(text, gn);
      double value = 0;
      bool ambiguous = false;
      if (!parse_number(numeral, value, ambiguous)) continue;
      if (gs >= 0 && mt.matched(gs)) {
        auto it = calendar_.scales.find(lower_ascii(mt.group(text, gs)));
        if (it != calendar_.scales.end()) value = std::round(value * it->second * 1e6) / 1e6;
      }
      if (ambiguous && priority == kNumber) {
        const bool comma = numeral.find(',') != std::string_view::npos;
        std::string message = "the number " + std::string(numeral) + " is ambiguous: ";
        if (comma) {
          const std::string whole(numeral.substr(0, numeral.find(','))), part(numeral.substr(numeral.find(',') + 1));
          message += "it was read as a decimal (" + whole + " and " + part + " thousandths), as Indonesian writes "
                     "decimals with a comma; if it is a count, the source probably meant " + whole + "." + part;
        } else {
          message += "it was read as " + format_value(value) + " with the point as decimal separator; Indonesian "
                     "writes decimals with a comma and times with pukul/jam";
        }
        warnings.push_back({message,
             where});
      }
      Inline node;
      node.kind = Inline::Kind::Number;
      node.text = std::string(text.substr(mt.begin, mt.end - mt.begin));
      node.value = value;
      node.unit = unit;
      spans.push_back({mt.begin, mt.end, priority, std::move(node)});
    }
  };
  add(money_, kMoney, "IDR");
  add(percent_, kPercent, "%");
  add(scaled_, kScaled, "");
  add(number_, kNumber, "");
}

Inlines Recogniser::recognise(std::string_view text, std::vector<Warning>& warnings,
                              const SourceLocation& where) const {
  std::vector<Span> spans;
  find_dates(text, spans);
  find_times(text, spans);
  std::vector<Warning> number_warnings;
  find_numbers(text, spans, number_warnings, where);
  for (const AbbreviationHit& hit : abbreviations_.find(text)) {
    Inline node;
    node.kind = Inline::Kind::Abbreviation;
    node.text = std::string(text.substr(hit.begin, hit.end - hit.begin));
    node.expansion = hit.expansion;
    spans.push_back({hit.begin, hit.end, kAbbreviation, std::move(node)});
  }
  // Earliest first; at the same place the longest; then by priority.
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    if (a.end != b.end) return a.end > b.end;
    return a.priority < b.priority;
  });
  Inlines out;
  std::size_t pos = 0;
  std::vector<std::string> chosen_numbers;
  for (Span& s : spans) {
    if (s.begin < pos) continue;  // overlaps a span already taken
    if (s.begin > pos) out.push_back(Inline::make_text(std::string(text.substr(pos, s.begin - pos))));
    if (s.priority == kNumber) chosen_numbers.push_back(s.node.text);
    out.push_back(std::move(s.node));
    pos = s.end;
  }
  if (pos < text.size()) out.push_back(Inline::make_text(std::string(text.substr(pos))));
  // Keep ambiguity warnings only for numerals that ended up as plain numbers.
  for (Warning& w : number_warnings)
    for (const auto& n : chosen_numbers)
      if (w.message.find("number " + n + " ") != std::string::npos) {
        warnings.push_back(std::move(w));
        break;
      }
  return out;
}

void Recogniser::recognise_in(Inlines& inlines, std::vector<Warning>& warnings, const SourceLocation& where) const {
  Inlines out;
  for (Inline& i : inlines) {
    if (i.kind == Inline::Kind::Text) {
      Inlines parts = recognise(i.text, warnings, where);
      out.insert(out.end(), std::make_move_iterator(parts.begin()), std::make_move_iterator(parts.end()));
    } else {
      if (!i.children.empty()) recognise_in(i.children, warnings, where);
      out.push_back(std::move(i));
    }
  }
  inlines = std::move(out);
}

namespace {
void recognise_blocks(const Recogniser& r, std::vector<Block>& blocks, std::vector<Warning>& warnings,
                      const std::string& file) {
  for (Block& b : blocks) {
    const SourceLocation where{file, b.line, std::nullopt};
    r.recognise_in(b.inlines, warnings, where);
    for (auto& item : b.items) recognise_blocks(r, item, warnings, file);
    recognise_blocks(r, b.children, warnings, file);
    for (auto& cell : b.header) r.recognise_in(cell, warnings, where);
    for (auto& row : b.rows)
      for (auto& cell : row) r.recognise_in(cell, warnings, where);
  }
}
}  // namespace

void Recogniser::recognise_document(Document& doc) const {
  recognise_in(doc.metadata.title, doc.warnings, {doc.metadata.source_name, 0, std::nullopt});
  recognise_blocks(*this, doc.blocks, doc.warnings, doc.metadata.source_name);
}

const Recogniser& recogniser_for(const data::LanguageData& data) {
  static std::mutex mutex;
  static std::map<const data::LanguageData*, std::unique_ptr<Recogniser>> cache;
  std::lock_guard lock(mutex);
  auto& slot = cache[&data];
  if (!slot) slot = std::make_unique<Recogniser>(data);
  return *slot;
}

}  // namespace aksesibel::text
