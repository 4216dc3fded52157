#include "recognise/recognise.hpp"
#include "text/words.hpp"

#include "aksesibel/messages.hpp"

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
enum Priority { kVerbatim = -1, kDate = 0, kTime = 1, kMoney = 2, kPercent = 3, kScaled = 4, kAbbreviation = 5, kNumber = 6 };

std::string alternation(std::vector<std::string> words) {
  std::sort(words.begin(), words.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  std::string out;
  for (const auto& w : words) {
    if (!out.empty()) out += '|';
    out += regex_quote(w);
  }
  return out;
}

// The code words with the space after them: "no." may touch its code ("No.443/1"),
// "no" and "nomor" may not ("not-yet-filled" is no code).
std::string code_words(std::vector<std::string> words) {
  std::sort(words.begin(), words.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  std::string out;
  for (const auto& w : words) {
    if (!out.empty()) out += '|';
    out += regex_quote(w) + (!w.empty() && w.back() == '.' ? "\\s*" : "\\s+");
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
// English spellings too ("208,265,720", "1,234.5"): the recogniser reads each
// by its style (docs/recognition.md "Number styles").
const std::string kNumeral =
    R"((?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+,\d+|\d+\.\d+|\d+))";
const std::string kBefore = R"((?<![\p{L}\p{N}_])(?<!\p{L}-)(?<!\d[.,]))";
const std::string kAfter = R"((?![\p{L}\p{N}])(?![.,]\d))";
// Taken as printed, with no number, date or abbreviation in them: web and
// e-mail addresses, bare domains ("covid19.go.id/data"), and (kSlashChain,
// filtered by is_code) codes of three or more parts joined by slashes.
// An e-mail address starts where its run of name characters starts (or
// where the last match ended, as without the look-behind): tried from
// inside a long run, it would scan to the run's end from every character.
const std::string kVerbatimPattern =
    R"((?:https?://|www\.)[^\s<>"]*[^\s<>".,;:!?)\]]|(?:\G|(?<![\p{L}\p{N}._%+-]))[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,})"
    R"(|(?<![\p{L}\p{N}.@/-])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:go|co|ac|or|web|my|sch|mil|desa)\.id\b(?:/[^\s<>"]*[^\s<>".,;:!?)\]])?)"
    R"(|(?<![\p{L}\p{N}.@/-])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:id|com|org|net|info)\b(?![.\p{L}\p{N}])(?:/[^\s<>"]*[^\s<>".,;:!?)\]])?)"
    // A lineage of the virus ("AY.4.2", "BA.2.75", "XBB.1.5", "B.1.617.2"):
    // capitals, then numbers each after a point. Not the rupiah ("RP.1.500").
    R"(|(?<![\p{L}\p{N}.-])(?!RP\.)\p{Lu}{1,3}(?:\.\d{1,3})+(?![\p{L}\p{N}]|[.,]\d))";
const std::string kSlashChain =
    R"((?<![\p{L}\p{N}/.])[\p{L}\p{N}][\p{L}\p{N}.\-]*(?:/[\p{L}\p{N}][\p{L}\p{N}.\-]*){2,}(?<![.\-]))";

// A letter's number or a regulation's code ("443.1/123/Dinkes", "SE/1/2021",
// "HK.01.07/MENKES/4641/2021"): a part of digits only and a part that is a
// capitalised word or an abbreviation. A date ("14/7/2021"), words
// ("ODP/PDP/OTG", "Juli/Agustus/September"), figures ("12.5/13.1/14.2") and
// amounts ("Rp300.000/bulan/KK") are none.
bool is_code(std::string_view chain) {
  bool digits = false, word = false;
  std::size_t start = 0;
  while (start <= chain.size()) {
    std::size_t end = chain.find('/', start);
    if (end == std::string_view::npos) end = chain.size();
    const std::string_view part = chain.substr(start, end - start);
    if (!part.empty() && std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; })) digits = true;
    if (!part.empty() && part[0] >= 'A' && part[0] <= 'Z' &&
        std::all_of(part.begin(), part.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }))
      word = true;
    start = end + 1;
  }
  return digits && word;
}

std::string two_digits(int n) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d", n);
  return buf;
}

// An ISO 8601 year: four digits, "0020" as printed (not "20").
std::string four_digits(int n) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d", n);
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


}  // namespace

struct Recogniser::Span {
  std::size_t begin, end;
  Priority priority;
  Inline node;
};

namespace {

bool digits_only(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Whether `s` is digit groups joined by `sep`, the first of 1-3 digits and
// every other of exactly three ("208,265,720", "14.054").
bool grouped_by(std::string_view s, char sep) {
  std::size_t pos = s.find(sep);
  if (pos == 0 || pos > 3 || !digits_only(s.substr(0, pos))) return false;
  while (pos != std::string_view::npos) {
    const std::size_t next = s.find(sep, pos + 1);
    const std::string_view group = s.substr(pos + 1, (next == std::string_view::npos ? s.size() : next) - pos - 1);
    if (group.size() != 3 || !digits_only(group)) return false;
    pos = next;
  }
  return true;
}

// The value of `s` with `group` as the thousands and `decimal` as the decimal separator.
bool read_as(std::string_view s, char group, char decimal, double& value) {
  std::string canonical;
  for (char c : s) {
    if (c >= '0' && c <= '9') canonical += c;
    else if (c == decimal) canonical += '.';
    else if (c != group) return false;
  }
  auto [ptr, ec] = std::from_chars(canonical.data(), canonical.data() + canonical.size(), value);
  return ec == std::errc() && ptr == canonical.data() + canonical.size();
}

}  // namespace

Recogniser::Spelling Recogniser::spelling_of(std::string_view s) {
  const std::size_t points = static_cast<std::size_t>(std::count(s.begin(), s.end(), '.'));
  const std::size_t commas = static_cast<std::size_t>(std::count(s.begin(), s.end(), ','));
  if (!points && !commas) return digits_only(s) ? Spelling::Plain : Spelling::None;
  if (points && commas) {
    const std::size_t last_point = s.rfind('.'), last_comma = s.rfind(',');
    if (last_comma > last_point && commas == 1 && grouped_by(s.substr(0, last_comma), '.') &&
        digits_only(s.substr(last_comma + 1)))
      return Spelling::Indonesian;  // 1.234,5
    if (last_point > last_comma && points == 1 && grouped_by(s.substr(0, last_point), ',') &&
        digits_only(s.substr(last_point + 1)))
      return Spelling::English;  // 1,234.5
    return Spelling::None;
  }
  const char sep = points ? '.' : ',';
  const bool indonesian_grouping = sep == '.';
  if ((points > 1 || commas > 1)) {
    if (!grouped_by(s, sep)) return Spelling::None;
    return indonesian_grouping ? Spelling::Indonesian : Spelling::English;  // 1.234.567 / 208,265,720
  }
  const std::size_t at = s.find(sep);
  const std::string_view whole = s.substr(0, at), part = s.substr(at + 1);
  if (!digits_only(whole) || !digits_only(part)) return Spelling::None;
  // Three digits after one separator, a whole part of 1-3 digits not starting with 0: either way.
  if (part.size() == 3 && whole.size() <= 3 && whole[0] != '0') {
    if (sep == ',' && part == "000") return Spelling::English;  // "2,000": nobody writes a decimal of three zeros
    return Spelling::Ambiguous;
  }
  // Otherwise the separator can only be a decimal one: a comma is Indonesian, a point English.
  return indonesian_grouping ? Spelling::English : Spelling::Indonesian;
}

bool Recogniser::read_numeral(std::string_view s, NumberStyle style, double& value) {
  if (style == NumberStyle::English) return read_as(s, ',', '.', value);
  return read_as(s, '.', ',', value);
}

bool Recogniser::parse_number(std::string_view s, double& value, bool& ambiguous) {
  const Spelling spelling = spelling_of(s);
  // "14.054" counts as Indonesian here (Indonesian bulletins write thousands
  // so far more often than English decimals); "178,883" stays doubtful.
  ambiguous = spelling == Spelling::English || (spelling == Spelling::Ambiguous && s.find(',') != std::string_view::npos);
  if (spelling == Spelling::None) return false;
  return read_numeral(s, spelling == Spelling::English ? NumberStyle::English : NumberStyle::Indonesian, value);
}

Recogniser::Recogniser(const data::LanguageData& data)
    : calendar_(data.calendar),
      abbreviations_(data.abbreviations),
      date_day_month_year_(kBefore + "(?:(?<wd>(?i:" + alternation(data.calendar.weekdays) + ")),?\\s+)?(?<d>\\d{1,2})\\s+(?<m>(?i:" +
                           alternation(keys_of(data.calendar.months)) + "))\\.?\\s+(?<y>\\d{4})" + kAfter),
      date_parenthesised_("(?:(?<wd>(?i:" + alternation(data.calendar.weekdays) +
                          "))\\s+)?\\((?<d>\\d{1,2})/(?<m>\\d{1,2})(?:/(?<y>\\d{4}|\\d{2}))?\\)"),
      date_slashed_(R"((?<![\p{L}\p{N}/.,])(?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>\d{4}|\d{2})(?![\p{N}/]))"),
      // "17-08-2021", "17.08.2021" (a four-digit year: "17-8-21" may be a range or a
      // code), "2021-08-17"; never inside a longer chain of numbers.
      date_dashed_(R"((?<![\p{L}\p{N}/.,-])(?<d>\d{1,2})-(?<m>\d{1,2})-(?<y>\d{4})(?![\p{N}]|[-./]\p{N}))"),
      date_dotted_(R"((?<![\p{L}\p{N}/.,-])(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>\d{4})(?![\p{N}]|[-./,]\p{N}))"),
      date_iso_(R"((?<![\p{L}\p{N}/.,-])(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?![\p{N}]|[-./]\p{N}))"),
      date_day_month_(kBefore + "(?:(?<wd>(?i:" + alternation(data.calendar.weekdays) + ")),?\\s+)?(?<d>\\d{1,2})\\s+(?<m>(?i:" +
                      alternation(keys_of(data.calendar.months)) + "))\\.?(?![\\p{L}\\p{N}])"),
      date_month_year_("(?<![\\p{L}\\p{N}])(?<m>(?i:" + alternation(keys_of(data.calendar.months)) + "))\\.?\\s+(?<y>\\d{4})" + kAfter),
      time_("(?:(?<tw>(?i:" + alternation(data.calendar.time_words) + "))\\s+)?" + kBefore +
            "(?<h>\\d{1,2})[.:](?<min>\\d{2})(?:\\s*(?<z>(?i:" + alternation(keys_of(data.calendar.zones)) + ")))?" + kAfter +
            "(?:(?<dp>)(?=\\s+(?i:" + alternation(data.calendar.day_parts) + ")(?![\\p{L}\\p{N}])))?"),
      money_("(?<![\\p{L}\\p{N}])(?:" + alternation(data.calendar.currency_prefixes) + ")\\.?\\s?(?<n>" + kNumeral +
             ")(?:\\s*(?<s>(?i:" + alternation(keys_of(data.calendar.scales)) + ")" +
             (data.calendar.money_scales.empty() ? std::string() : "|" + alternation(keys_of(data.calendar.money_scales))) +
             "))?(?:,-)?" + kAfter),
      percent_(kBefore + "(?<n>" + kNumeral + ")(?:\\s?%|\\s+(?i:" + alternation(data.calendar.percent_words) +
               ")(?![\\p{L}\\p{N}]))"),
      scaled_(kBefore + "(?<n>" + kNumeral + ")\\s+(?<s>(?i:" + alternation(keys_of(data.calendar.scales)) +
              "))(?![\\p{L}\\p{N}])"),
      number_(kBefore + "(?<n>" + kNumeral + ")" + kAfter),
      verbatim_(kVerbatimPattern),
      numbered_code_("(?<![\\p{L}\\p{N}])(?i:" + code_words(data.calendar.code_words) +
                     ")(?<c>[\\p{L}\\p{N}]+(?:[./-][\\p{L}\\p{N}]+)+)(?![\\p{L}\\p{N}])"),
      slash_chain_(kSlashChain) {}

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
        auto it = calendar_.months.find(text::lower_ascii(month_text));
        if (it == calendar_.months.end()) continue;
        month = it->second;
      }
      std::string iso;
      const bool has_year = gy >= 0 && mt.matched(gy);
      if (with_year_required && !has_year) continue;
      int year = has_year ? to_int(mt.group(text, gy)) : 0;
      if (has_year && mt.group(text, gy).size() == 2) year += 2000;
      if (!valid_date(day, month, year)) continue;
      if (gd < 0) iso = four_digits(year) + "-" + two_digits(month);  // month and year
      else if (has_year) iso = four_digits(year) + "-" + two_digits(month) + "-" + two_digits(day);
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
  add(date_dashed_, true);
  add(date_dotted_, true);
  add(date_iso_, true);
  add(date_day_month_, false);
  add(date_month_year_, true);
}

void Recogniser::find_times(std::string_view text, std::vector<Span>& spans) const {
  const int gtw = time_.group_number("tw"), gh = time_.group_number("h"), gmin = time_.group_number("min"),
            gz = time_.group_number("z"), gdp = time_.group_number("dp");
  // A time needs a sign that it is one: a time word before it ("pukul"), a zone
  // or a part of the day after it ("WITA", "pagi"), an hour written with a
  // leading zero ("08.00", which no decimal is), or another time joined to it
  // as a range ("pukul 08.00 s.d. 12.00", "08.00-14.00 WITA"). "15.00" alone
  // is a number.
  std::vector<Match> found;
  std::vector<char> is_time;
  for (const Match& mt : time_.find_all(text)) {
    const int h = to_int(mt.group(text, gh)), m = to_int(mt.group(text, gmin));
    if (h > 24 || m > 59 || (h == 24 && m > 0)) continue;
    const std::string_view hour = mt.group(text, gh);
    const bool signed_ = mt.matched(gtw) || mt.matched(gz) || mt.matched(gdp) ||
                         (hour.size() == 2 && hour[0] == '0' && text[mt.groups[gh].second] == '.');
    found.push_back(mt);
    is_time.push_back(signed_);
  }
  auto joined = [&](std::size_t a, std::size_t b) {  // found[a] and found[b] are the two ends of a range
    std::string gap(text.substr(found[a].end, found[b].groups[gh].first - found[a].end));
    const std::size_t first = gap.find_first_not_of(' '), last = gap.find_last_not_of(' ');
    if (first == std::string::npos) return false;
    gap = text::lower_ascii(gap.substr(first, last - first + 1));
    return std::find(calendar_.time_ranges.begin(), calendar_.time_ranges.end(), gap) != calendar_.time_ranges.end();
  };
  for (bool changed = true; changed;) {
    changed = false;
    for (std::size_t k = 0; k + 1 < found.size(); ++k)
      if (is_time[k] != is_time[k + 1] && !found[k + 1].matched(gtw) && joined(k, k + 1)) {
        is_time[k] = is_time[k + 1] = true;
        changed = true;
      }
  }
  for (std::size_t k = 0; k < found.size(); ++k) {
    if (!is_time[k]) continue;
    const Match& mt = found[k];
    const int h = to_int(mt.group(text, gh)), m = to_int(mt.group(text, gmin));
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

void Recogniser::find_numbers(std::string_view text, std::vector<Span>& spans,
                              std::vector<std::pair<std::pair<std::size_t, std::size_t>, Warning>>& warnings, const SourceLocation& where,
                              NumberStyle ambiguous_as) const {
  auto add = [&](const Regex& re, Priority priority, const char* unit) {
    const int gn = re.group_number("n"), gs = re.group_number("s");
    for (const Match& mt : re.find_all(text)) {
      std::string_view numeral = mt.group(text, gn);
      const Spelling spelling = spelling_of(numeral);
      if (spelling == Spelling::None) continue;
      NumberStyle style = spelling == Spelling::Plain        ? NumberStyle::Plain
                          : spelling == Spelling::Indonesian ? NumberStyle::Indonesian
                          : spelling == Spelling::English    ? NumberStyle::English
                                                             : ambiguous_as;
      bool ambiguous = spelling == Spelling::Ambiguous;
      bool english_by_document = false;
      if (ambiguous && priority != kNumber) {
        // The kind decides: rupiah are whole ("Rp1.500", "Rp1,500": 1500); a
        // share or a scaled amount with a comma has decimals ("12,345 persen").
        // A point before three digits in a share or a scaled amount ("naik
        // 1.200 persen", "1.500 juta") is read the document's way: thousands
        // in an Indonesian document (PUEBI), a decimal in an English one, with
        // a warning, since the digits a reader gets then differ from the print's.
        const bool comma = numeral.find(',') != std::string_view::npos;
        if (priority == kMoney) style = comma ? NumberStyle::English : NumberStyle::Indonesian;
        else if (comma) style = NumberStyle::Indonesian;
        else style = ambiguous_as == NumberStyle::English ? NumberStyle::English : NumberStyle::Indonesian;
        english_by_document = priority != kMoney && !comma && style == NumberStyle::English;
        ambiguous = false;
      }
      double value = 0;
      if (!read_numeral(numeral, style, value)) continue;
      if (gs >= 0 && mt.matched(gs)) {
        const std::string scale(mt.group(text, gs));
        auto it = calendar_.scales.find(text::lower_ascii(scale));
        if (it != calendar_.scales.end()) value = std::round(value * it->second * 1e6) / 1e6;
        else if (auto m = calendar_.money_scales.find(scale); m != calendar_.money_scales.end())
          value = std::round(value * m->second * 1e6) / 1e6;
      }
      // An Indonesian reading of "14.054" is not warned about: that is how
      // Indonesian bulletins write thousands, by far most of the time.
      const bool doubtful =
          english_by_document || (ambiguous && (style == NumberStyle::English || numeral.find(',') != std::string_view::npos));
      if (doubtful) {
        const char sep = numeral.find(',') != std::string_view::npos ? ',' : '.';
        const std::string whole(numeral.substr(0, numeral.find(sep))), part(numeral.substr(numeral.find(sep) + 1));
        const std::string other = whole + (sep == ',' ? "." : ",") + part;
        const std::string english_way =
            style == NumberStyle::English ? translate(", as this document writes numbers the English way") : "";
        std::string message;
        if ((style == NumberStyle::English) == (sep == ','))
          message = fill_message(translate("the number {0} is ambiguous: it was read as the count {1} (the {2} as a "
                                           "thousands separator{3}) and every variant writes it {4}; if it is a decimal, "
                                           "correct the source to {5}"),
                                 {numeral, whole + part, std::string(1, sep), english_way,
                                  sep == ',' ? other : std::string(numeral), sep == ',' ? std::string(numeral) : other});
        else
          // The count's spelling that no style reads as a decimal: "178.883" in an
          // Indonesian document, digits alone where a point was read as a decimal.
          message = fill_message(translate("the number {0} is ambiguous: it was read as the decimal {1},{2} ({1} and {2} "
                                           "thousandths{3}) and every variant writes it {1},{2}; if it is a count, correct "
                                           "the source to {4}"),
                                 {numeral, whole, part, english_way, sep == '.' ? whole + part : whole + "." + part});
        Warning w{message, where};
        w.important = true;
        warnings.emplace_back(std::pair{mt.begin, mt.end}, std::move(w));
      }
      Inline node;
      node.kind = Inline::Kind::Number;
      node.text = std::string(text.substr(mt.begin, mt.end - mt.begin));
      node.value = value;
      node.unit = unit;
      node.style = style;
      node.ambiguous = ambiguous;
      spans.push_back({mt.begin, mt.end, priority, std::move(node)});
    }
  };
  add(money_, kMoney, "IDR");
  add(percent_, kPercent, "%");
  add(scaled_, kScaled, "");
  add(number_, kNumber, "");
}

Inlines Recogniser::recognise(std::string_view text, std::vector<Warning>& warnings, const SourceLocation& where,
                              NumberStyle ambiguous_as) const {
  std::vector<Span> spans;
  // Web and e-mail addresses are text as printed: nothing in them is a number, date or abbreviation.
  for (const Match& mt : verbatim_.find_all(text))
    spans.push_back({mt.begin, mt.end, kVerbatim, Inline::make_text(std::string(text.substr(mt.begin, mt.end - mt.begin)))});
  // "Nomor 443.1/123", "No. 12.3/A": a letter's or a regulation's number, whatever its parts.
  {
    const int gc = numbered_code_.group_number("c");
    for (const Match& mt : numbered_code_.find_all(text)) {
      const auto [b, e] = mt.groups[gc];
      const std::string_view code = text.substr(b, e - b);
      if (code.find_first_of("0123456789") == std::string_view::npos) continue;  // "No Kab/Kota": a heading
      spans.push_back({b, e, kVerbatim, Inline::make_text(std::string(text.substr(b, e - b)))});
    }
  }
  for (const Match& mt : slash_chain_.find_all(text))
    if (is_code(text.substr(mt.begin, mt.end - mt.begin)))
      spans.push_back({mt.begin, mt.end, kVerbatim, Inline::make_text(std::string(text.substr(mt.begin, mt.end - mt.begin)))});
  find_dates(text, spans);
  find_times(text, spans);
  std::vector<std::pair<std::pair<std::size_t, std::size_t>, Warning>> number_warnings;  // by the number's span
  find_numbers(text, spans, number_warnings, where, ambiguous_as);
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
  std::vector<std::pair<std::size_t, std::size_t>> chosen_numbers;
  for (Span& s : spans) {
    if (s.begin < pos) continue;  // overlaps a span already taken
    if (s.begin > pos) out.push_back(Inline::make_text(std::string(text.substr(pos, s.begin - pos))));
    if (s.priority == kVerbatim && !out.empty() && out.back().kind == Inline::Kind::Text) {
      out.back().text += s.node.text;
      pos = s.end;
      continue;
    }
    if (s.node.kind == Inline::Kind::Number) chosen_numbers.emplace_back(s.begin, s.end);
    out.push_back(std::move(s.node));
    pos = s.end;
  }
  if (pos < text.size()) out.push_back(Inline::make_text(std::string(text.substr(pos))));
  // Keep ambiguity warnings only for the numbers chosen ("1.200%", not the "1.200" inside it).
  for (auto& [at, w] : number_warnings)
    if (std::find(chosen_numbers.begin(), chosen_numbers.end(), at) != chosen_numbers.end())
      warnings.push_back(std::move(w));
  return out;
}

void Recogniser::recognise_in(Inlines& inlines, std::vector<Warning>& warnings, const SourceLocation& where,
                              NumberStyle ambiguous_as) const {
  Inlines out;
  for (Inline& i : inlines) {
    if (i.kind == Inline::Kind::Text) {
      Inlines parts = recognise(i.text, warnings, where, ambiguous_as);
      out.insert(out.end(), std::make_move_iterator(parts.begin()), std::make_move_iterator(parts.end()));
    } else {
      if (!i.children.empty()) recognise_in(i.children, warnings, where, ambiguous_as);
      out.push_back(std::move(i));
    }
  }
  inlines = std::move(out);
}

namespace {

void recognise_blocks(const Recogniser& r, std::vector<Block>& blocks, std::vector<Warning>& warnings,
                      const std::string& file, NumberStyle ambiguous_as) {
  for (Block& b : blocks) {
    const SourceLocation where{file, b.line, std::nullopt};
    r.recognise_in(b.inlines, warnings, where, ambiguous_as);
    for (auto& item : b.items) recognise_blocks(r, item, warnings, file, ambiguous_as);
    recognise_blocks(r, b.children, warnings, file, ambiguous_as);
    for (auto& cell : b.header) r.recognise_in(cell, warnings, where, ambiguous_as);
    for (auto& row : b.rows)
      for (auto& cell : row) r.recognise_in(cell, warnings, where, ambiguous_as);
  }
}

// What the document's numbers show of its number style.
struct StyleEvidence {
  std::vector<std::pair<std::string, std::size_t>> indonesian, english;  // numeral as printed, line
  std::size_t ambiguous = 0;
  std::vector<std::pair<std::string, std::size_t>> thousands_points;  // ambiguous "14.054"
  std::size_t thousands_commas = 0;                                   // ambiguous "178,883"
  std::size_t kind_points = 0;  // "1.200 persen", "1.500 juta": read the document's way

  std::vector<std::pair<std::string, std::size_t>> english_counts;  // strong English, not a percentage

  void inlines(const Inlines& in, std::size_t line) {
    for (const Inline& i : in) {
      inlines(i.children, line);
      if (i.kind != Inline::Kind::Number) continue;
      if (i.ambiguous) {
        ++ambiguous;
        if (i.text.find(',') != std::string::npos) ++thousands_commas;
        else thousands_points.emplace_back(i.text, line);
        continue;
      }
      // A style its kind decided ("12,345 persen", "Rp1.500") says nothing of the writer's;
      // a share's or a scaled amount's "1.200" is read the document's way (find_numbers).
      const Recogniser::Spelling spelling = Recogniser::spelling_of(numeral_of(i.text));
      if (spelling == Recogniser::Spelling::Ambiguous && i.unit != "IDR" && i.text.find(',') == std::string::npos)
        ++kind_points;
      if (spelling != Recogniser::Spelling::Indonesian && spelling != Recogniser::Spelling::English) continue;
      if (i.style == NumberStyle::Indonesian) indonesian.emplace_back(i.text, line);
      else if (i.style == NumberStyle::English) {
        english.emplace_back(i.text, line);
        // A count is what only an English writer groups with commas ("208,265,720",
        // "1,234.5"); a decimal with a point ("36.50 derajat", "87.81%") many
        // Indonesian writers write too.
        if (i.unit != "%" && i.text.find(',') != std::string::npos) english_counts.emplace_back(i.text, line);
      }
    }
  }

  // The numeral of a number as printed ("Rp1.500,-" -> "1.500", "87.81%" -> "87.81").
  static std::string numeral_of(const std::string& printed) {
    const std::size_t b = printed.find_first_of("0123456789");
    if (b == std::string::npos) return {};
    std::size_t e = printed.find_first_not_of("0123456789.,", b);
    if (e == std::string::npos) e = printed.size();
    while (e > b && (printed[e - 1] == '.' || printed[e - 1] == ',')) --e;
    return printed.substr(b, e - b);
  }
  void blocks(const std::vector<Block>& bs) {
    for (const Block& b : bs) {
      inlines(b.inlines, b.line);
      for (const auto& item : b.items) blocks(item);
      blocks(b.children);
      for (const auto& cell : b.header) inlines(cell, b.line);
      for (const auto& row : b.rows)
        for (const auto& cell : row) inlines(cell, b.line);
    }
  }
};

// Up to three numerals with their lines, each spelling once ("87.81% (line 4), …").
std::string examples(const std::vector<std::pair<std::string, std::size_t>>& numbers) {
  std::vector<std::pair<std::string, std::size_t>> distinct;
  for (const auto& n : numbers) {
    auto same = std::find_if(distinct.begin(), distinct.end(), [&](const auto& d) { return d.first == n.first; });
    if (same == distinct.end()) distinct.push_back(n);
    else if (!same->second) same->second = n.second;  // the headline's copy has no line
  }
  std::string out;
  for (std::size_t k = 0; k < distinct.size() && k < 3; ++k)
    out += (k ? ", " : "") + distinct[k].first +
           (distinct[k].second ? fill_message(translate(" (line {0})"), {std::to_string(distinct[k].second)}) : "");
  if (distinct.size() > 3) out += fill_message(translate(" and {0} more"), {std::to_string(distinct.size() - 3)});
  return out;
}

}  // namespace

void Recogniser::recognise_document(Document& doc) const {
  // The style of each number is decided once, with the whole document's
  // evidence: an ambiguous "1.234" or "178,883" is read the English way only
  // in a document whose other numbers are all English (docs/recognition.md).
  const Inlines title = doc.metadata.title;
  const std::vector<Block> blocks = doc.blocks;
  auto recognise_all = [&](NumberStyle ambiguous_as, std::vector<Warning>& warnings) {
    std::vector<Warning> in_title;
    recognise_in(doc.metadata.title, in_title, {doc.metadata.source_name, 0, std::nullopt}, ambiguous_as);
    recognise_blocks(*this, doc.blocks, warnings, doc.metadata.source_name, ambiguous_as);
    // A headline that repeats a sentence of the body is warned about once, at the body's line.
    for (Warning& w : in_title)
      if (std::none_of(warnings.begin(), warnings.end(), [&](const Warning& b) { return b.message == w.message; }))
        warnings.insert(warnings.begin(), std::move(w));
  };
  std::vector<Warning> warnings;
  recognise_all(NumberStyle::Indonesian, warnings);
  StyleEvidence e;
  e.inlines(doc.metadata.title, 0);
  e.blocks(doc.blocks);
  // A document is English when some numbers can only be English, none can
  // only be Indonesian, and the ambiguous ones, each counted for the style in
  // which it groups thousands (bulletins write counts far more often than
  // three decimals), do not outweigh that. A mixed document keeps the
  // Indonesian reading of ambiguous numbers, the language's own convention.
  // Percentages do not make a document English: Indonesian writers often
  // write "87.81%" and still group thousands with points ("12.345 orang").
  const std::size_t english_score = e.english.size() + e.thousands_commas;
  const bool english = (!e.english_counts.empty() || e.thousands_commas > 0) && !e.english.empty() &&
                       e.indonesian.empty() && english_score > e.thousands_points.size();
  if (english && (e.ambiguous || e.kind_points)) {
    doc.metadata.title = title;
    doc.blocks = blocks;
    warnings.clear();
    recognise_all(NumberStyle::English, warnings);
  }
  const SourceLocation first{doc.metadata.source_name, e.english.empty() ? 0 : e.english.front().second, std::nullopt};
  if (english && e.indonesian.empty())
    warnings.insert(warnings.begin(),
                    Warning{fill_message(translate("this document writes numbers the English way (a point before "
                                                   "decimals, commas between thousands: {0}); they were read so, and "
                                                   "every variant writes them the Indonesian way"),
                                         {examples(e.english)}),
                            first});
  else if (!e.english.empty() && (!e.indonesian.empty() || !e.thousands_points.empty()))
    warnings.insert(warnings.begin(),
                    Warning{fill_message(english ? translate("this document writes numbers in two styles: Indonesian "
                                                             "({0}) and English ({1}); each was read by its own spelling, "
                                                             "an ambiguous one the English way, and every variant writes "
                                                             "them the Indonesian way; check these figures against the source")
                                                 : translate("this document writes numbers in two styles: Indonesian "
                                                             "({0}) and English ({1}); each was read by its own spelling, "
                                                             "an ambiguous one the Indonesian way, and every variant writes "
                                                             "them the Indonesian way; check these figures against the source"),
                                         {examples(e.indonesian.empty() ? e.thousands_points : e.indonesian),
                                          examples(e.english)}),
                            first, true});
  doc.warnings.insert(doc.warnings.end(), warnings.begin(), warnings.end());
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
