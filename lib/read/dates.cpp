#include "read/dates.hpp"

#include "aksesibel/messages.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <functional>
#include <optional>

#include "text/days.hpp"
#include "text/regex.hpp"
#include "text/words.hpp"

namespace aksesibel::readers {

namespace {

constexpr std::size_t kBodyBlocks = 12;  // where the bulletin's own date may stand

struct Candidate {
  std::string iso;        // "2021-02-20" or "--02-20"
  std::string text;       // as printed
  bool weekday_ok = false;  // a printed weekday agrees
  bool weekday_bad = false; // a printed weekday disagrees
  bool today = false;       // "Selasa ini", "(13/10) 2020 ini": said to be today
  std::string weekday;      // as printed
  enum class Cue { None, Data, Compare, Background } cue = Cue::None;
};

bool full(const std::string& iso) { return iso.size() == 10; }

// The weekday check: "Sabtu (20/5/2020)" is not a date (20 May 2020 was a Wednesday).
void check_weekday(Candidate& c, const std::string& weekday, const data::Calendar& cal) {
  if (weekday.empty() || !full(c.iso)) return;
  auto wd = cal.weekday_numbers.find(text::lower_ascii(weekday));
  auto n = text::day_number(c.iso);
  if (wd == cal.weekday_numbers.end() || !n) return;
  if (text::iso_weekday(*n) == wd->second) c.weekday_ok = true;
  else c.weekday_bad = true;
}

// What the words right before a date say of it.
Candidate::Cue cue_before(const std::string& before, const data::FactWords& w) {
  const auto words = text::phrase_words(before);
  auto ends_with = [&](const data::PhraseList& list) {
    for (const data::Phrase& p : list) {
      // The cue may stand up to two words before the date ("per tanggal", "sampai dengan per").
      for (std::size_t skip = 0; skip <= 2 && skip + p.words.size() <= words.size(); ++skip) {
        bool match = true;
        const std::size_t at = words.size() - skip - p.words.size();
        for (std::size_t k = 0; k < p.words.size(); ++k) match = match && words[at + k] == p.words[k];
        if (match) return true;
      }
    }
    return false;
  };
  if (ends_with(w.comparecue)) return Candidate::Cue::Compare;
  if (ends_with(w.backgroundcue)) return Candidate::Cue::Background;
  // "sejak diumumkannya kasus perdana pada 2 Maret 2020": background a few words back too.
  for (std::size_t k = words.size() > 6 ? words.size() - 6 : 0; k < words.size(); ++k)
    for (const std::string& since : w.set("since"))
      if (words[k] == since) return Candidate::Cue::Background;
  if (ends_with(w.datacue)) return Candidate::Cue::Data;
  return Candidate::Cue::None;
}

// The dates of some inlines, with the words before each (and, once the block
// is read, after each: see mark_today).
void collect(const Inlines& inlines, std::string& text, std::vector<Candidate>& out, const data::LanguageData& data,
             std::vector<std::size_t>* ends = nullptr) {
  for (const Inline& i : inlines) {
    if (i.kind == Inline::Kind::Emphasis || i.kind == Inline::Kind::Strong || i.kind == Inline::Kind::Link) {
      collect(i.children, text, out, data, ends);
      continue;
    }
    if (i.kind == Inline::Kind::Date && (full(i.iso) || (i.iso.size() == 7 && i.iso[0] == '-'))) {
      Candidate c;
      c.iso = i.iso;
      c.text = i.text;
      check_weekday(c, i.weekday, data.calendar);
      c.weekday = i.weekday;
      if (ends) ends->push_back(text.size() + i.text.size());
      const std::size_t from = text.size() > 40 ? text.size() - 40 : 0;
      c.cue = cue_before(text.substr(from), data.fact_words);
      // "periode 19 Oktober hingga 1 November 2021": the end of a range is background too.
      if (c.cue == Candidate::Cue::Data && text.size() >= 8) {
        const auto words = text::phrase_words(text.substr(from));
        const auto& range = data.fact_words.set("rangeto");
        if (words.size() >= 2 && std::find(range.begin(), range.end(), words.back()) != range.end()) {
          const std::string& prev = words[words.size() - 2];
          if (data.calendar.months.count(prev)) c.cue = Candidate::Cue::Background;
        }
      }
      out.push_back(c);
    }
    if (i.kind != Inline::Kind::LineBreak) text += i.text;
  }
}

// "pada Selasa ini", "Selasa (13/10) 2020 ini", "hari ini, Rabu (20/1/2021)":
// a date said to be today.
void mark_today(const std::string& text, std::vector<Candidate>& out, std::size_t first,
                const std::vector<std::size_t>& ends, const data::FactWords& fw) {
  for (std::size_t k = first, e = 0; k < out.size() && e < ends.size(); ++k, ++e) {
    const auto after = text::phrase_words(text.substr(ends[e], 30));
    std::size_t w = 0;
    if (w < after.size() && after[w].size() == 4 && std::isdigit(static_cast<unsigned char>(after[w][0]))) ++w;
    for (const std::string& part : fw.set("daypart"))
      if (w < after.size() && after[w] == part) ++w;
    for (const std::string& today : fw.set("today"))
      if (w < after.size() && after[w] == today) out[k].today = true;
  }
}

std::vector<Candidate> dates_of(const std::vector<Block>& blocks, std::size_t limit, const data::LanguageData& data) {
  std::vector<Candidate> out;
  std::size_t seen = 0;
  std::function<void(const std::vector<Block>&)> walk = [&](const std::vector<Block>& bs) {
    for (const Block& b : bs) {
      if (seen >= limit) return;
      std::string text;
      if (b.kind == Block::Kind::Paragraph || b.kind == Block::Kind::Heading) {
        ++seen;
        const std::size_t first = out.size();
        std::vector<std::size_t> ends;
        collect(b.inlines, text, out, data, &ends);
        mark_today(text, out, first, ends, data.fact_words);
      } else if (b.kind == Block::Kind::Table) {
        collect(b.inlines, text, out, data);
      } else if (b.kind == Block::Kind::List) {
        for (const auto& item : b.items) walk(item);
      } else if (b.kind == Block::Kind::Quote) {
        walk(b.children);
      }
    }
  };
  walk(blocks);
  return out;
}

// A time stamp line ("Senin, 23 Maret 2020 – 17:09 WIB", "Fri, 11/06/2021"):
// its date, read day first unless the weekday says month first.
std::optional<Candidate> timestamp_date(const std::string& line, const text::Recogniser& recogniser,
                                        const data::Calendar& cal) {
  // ASCII digits only: ICU's \d takes every script's digits, which std::stoi cannot read.
  static const text::Regex slashed(R"((?<wd>\p{L}+)\.?,?\s+(?<a>[0-9]{1,2})/(?<b>[0-9]{1,2})/(?<y>[0-9]{4}))");
  if (auto m = slashed.search(line)) {
    const std::string wd(m->group(line, 1));
    const int a = std::stoi(std::string(m->group(line, 2))), b = std::stoi(std::string(m->group(line, 3)));
    const std::string y(m->group(line, 4));
    auto make = [&](int day, int month) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "%s-%02d-%02d", y.c_str(), month, day);
      Candidate c;
      c.iso = buf;
      c.text = std::string(m->group(line, 0));
      check_weekday(c, wd, cal);
      return c;
    };
    Candidate day_first = make(a, b);
    if (text::day_number(day_first.iso) && !day_first.weekday_bad) return day_first;
    Candidate month_first = make(b, a);
    if (text::day_number(month_first.iso) && month_first.weekday_ok) return month_first;
    return std::nullopt;
  }
  std::vector<Warning> ignored;
  for (const Inline& i : recogniser.recognise(line, ignored, {}))
    if (i.kind == Inline::Kind::Date && full(i.iso)) {
      Candidate c;
      c.iso = i.iso;
      c.text = i.text;
      check_weekday(c, i.weekday, cal);
      if (!c.weekday_bad) return c;
    }
  return std::nullopt;
}

// "Kamis 9 Oktober 2020" (a Friday): a printed weekday that disagrees with
// its date is a mistake of the source, in the day or in the date; a reader
// cannot tell which. Each is a warning with its line, once per date.
// The warning for a date whose printed weekday disproves it, or none.
std::optional<std::string> wrong_weekday(const Inline& i, const data::Calendar& cal) {
  if (i.kind != Inline::Kind::Date || i.weekday.empty() || !full(i.iso)) return std::nullopt;
  Candidate c{i.iso, i.text, false, false, false, i.weekday, Candidate::Cue::None};
  check_weekday(c, i.weekday, cal);
  if (!c.weekday_bad) return std::nullopt;
  std::string right;
  if (auto n = text::day_number(i.iso))
    for (const std::string& name : cal.weekdays)
      if (auto wd = cal.weekday_numbers.find(text::lower_ascii(name));
          right.empty() && wd != cal.weekday_numbers.end() && wd->second == text::iso_weekday(*n))
        right = name;
  return right.empty() ? fill_message(translate("the date '{0}' names the wrong day of the week; the "
                                                "day or the date is wrong in the source: check which "
                                                "before publishing (plain language leaves this date as "
                                                "written)"),
                                      {i.text})
                       : fill_message(translate("the date '{0}' names the wrong day of the week ({1} was "
                                                "a {2}); the day or the date is wrong in the source: "
                                                "check which before publishing (plain language leaves "
                                                "this date as written)"),
                                      {i.text, i.iso, right});
}

void warn_of_wrong_weekdays(Document& doc, const data::Calendar& cal) {
  std::vector<std::string> seen;
  std::function<void(const Inlines&, std::size_t)> walk = [&](const Inlines& inlines, std::size_t line) {
    for (const Inline& i : inlines) {
      walk(i.children, line);
      const auto message = wrong_weekday(i, cal);
      if (!message || std::find(seen.begin(), seen.end(), i.text) != seen.end()) continue;
      seen.push_back(i.text);
      doc.warnings.push_back({*message, {doc.metadata.source_name, line, std::nullopt}});
    }
  };
  std::function<void(const Block&)> block = [&](const Block& b) {
    walk(b.inlines, b.line);
    for (const auto& row : b.rows)
      for (const auto& cell : row) walk(cell, b.line);
    for (const auto& item : b.items)
      for (const Block& c : item) block(c);
    for (const Block& c : b.children) block(c);
  };
  for (const Block& b : doc.blocks) block(b);
}

// The bulletin's date and the date of its data (metadata.date, data_date).
void choose_dates(Document& doc, const text::Recogniser& recogniser, const data::LanguageData& data) {
  Metadata& m = doc.metadata;
  std::optional<Candidate> chosen;
  // 1. The dateline's date ("Jakarta, 29 Juni 2020").
  if (!m.date_text.empty()) {
    std::vector<Warning> ignored;
    for (const Inline& i : recogniser.recognise(m.date_text, ignored, {}))
      if (i.kind == Inline::Kind::Date && full(i.iso)) {
        // "Lumajang, Senin (4/8/2021)", a Wednesday: the day or the date is wrong, and
        // the bulletin is left without a date rather than with one that may be wrong.
        if (const auto message = wrong_weekday(i, data.calendar)) {
          doc.warnings.push_back({*message, {m.source_name, 0, std::nullopt}});
          return;
        }
        chosen = Candidate{i.iso, m.date_text, false, false, false, "", Candidate::Cue::None};
        break;
      }
    if (!chosen) {
      // The dateline's date is the bulletin's: unread, the bulletin has no date rather than another one.
      doc.warnings.push_back({fill_message(translate("the date of the dateline, '{0}', is not a date aksesibel can read; "
                                                     "the bulletin is left without a date"),
                                           {m.date_text}),
                              {m.source_name, 0, std::nullopt}});
      return;
    }
  }
  // 2. A date already known from the page's markup (<time datetime>).
  if (!chosen && !m.date.empty() && full(m.date)) chosen = Candidate{m.date, m.date_text.empty() ? m.date : m.date_text, false, false, false, "", Candidate::Cue::None};
  // 3. The page's time stamp, removed as chrome.
  bool stamped = false;
  // The content's own stamp first; a date alone outside the content (the site's date of
  // today, a related item's stamp: "waktu-halaman") only when the content has none.
  for (const char* reason : {"waktu-terbit", "waktu-halaman"})
    for (const Removed& r : doc.removed)
      if (!chosen && r.reason == reason)
        if (auto c = timestamp_date(r.text, recogniser, data.calendar)) {
          chosen = c;
          stamped = true;
        }
  std::vector<Candidate> body = dates_of(doc.blocks, kBodyBlocks, data);
  // "Senin (12/10)" without a year, in a text that prints 2020 elsewhere: the
  // year whose calendar has that weekday.
  {
    std::vector<std::string> years;
    auto note_year = [&](const std::string& iso) {
      if (full(iso) && std::find(years.begin(), years.end(), iso.substr(0, 4)) == years.end()) years.push_back(iso.substr(0, 4));
    };
    for (const Candidate& c : dates_of(doc.blocks, std::size_t(-1), data)) note_year(c.iso);
    if (chosen) note_year(chosen->iso);
    for (Candidate& c : body) {
      if (full(c.iso) || c.weekday.empty()) continue;
      std::vector<Candidate> fits;
      for (const std::string& y : years) {
        Candidate t = c;
        t.iso = y + c.iso.substr(1);
        check_weekday(t, c.weekday, data.calendar);
        if (t.weekday_ok) fits.push_back(t);
      }
      if (fits.size() == 1) c = fits.front();
    }
  }
  // A stamp much later than every dated statement of the body is the page's
  // (a crawl date, a weather widget), not the bulletin's.
  if (stamped) {
    std::string latest;
    for (const Candidate& c : body)
      if (c.weekday_ok && full(c.iso) && c.iso > latest) latest = c.iso;
    auto a = text::day_number(chosen->iso), b = text::day_number(latest);
    if (a && b && *a > *b + 7) {
      chosen.reset();
      stamped = false;
    }
  }
  auto usable = [](const Candidate& c) {
    return !c.weekday_bad && c.cue != Candidate::Cue::Compare && c.cue != Candidate::Cue::Background;
  };
  // 4. The first date of the body said with its weekday (one said to be today
  // first); 5. the headline's; 6. the first full date.
  if (!chosen)
    for (bool today : {true, false})
      for (const Candidate& c : body)
        if (!chosen && usable(c) && c.weekday_ok && (c.today || !today)) chosen = c;
  if (!chosen) {
    std::vector<Candidate> title;
    std::string text;
    collect(m.title, text, title, data);
    for (const Candidate& c : title)
      if (usable(c) && full(c.iso)) {
        chosen = c;
        break;
      }
  }
  if (!chosen)
    for (const Candidate& c : body)
      if (usable(c) && full(c.iso)) {
        chosen = c;
        break;
      }
  // 7. No year anywhere: the day and month as printed ("Minggu (19/4)").
  if (!chosen)
    for (const Candidate& c : body)
      if (usable(c)) {
        chosen = c;
        break;
      }
  if (!chosen) return;
  m.date = chosen->iso;
  if (m.date_text.empty()) m.date_text = chosen->text;

  // The date of the data.
  auto resolved = [&](const Candidate& c) { return full(c.iso) ? c.iso : text::with_year(c.iso, m.date); };
  auto not_after = [&](const std::string& iso) {
    if (iso.size() != m.date.size()) return iso.substr(iso.size() - 5) <= m.date.substr(m.date.size() - 5);
    return iso <= m.date;
  };
  for (const Candidate& c : dates_of(doc.blocks, std::size_t(-1), data)) {
    if (c.cue != Candidate::Cue::Data || c.weekday_bad) continue;
    const std::string iso = resolved(c);
    if (!not_after(iso)) continue;
    // Data a month or more older than the bulletin is background (or a typo: "9 Mei 2020" in 2021).
    if (auto a = text::day_number(iso), b = text::day_number(m.date); a && b && *b - *a > 31) continue;
    m.data_date = iso;
    m.data_date_text = c.text;
    break;
  }
  // A time stamp after midnight, a statement "Selasa (16/11) malam": the statement's day.
  if (m.data_date.empty() && stamped)
    for (const Candidate& c : body) {
      if (!usable(c)) continue;
      const std::string iso = resolved(c);
      auto a = text::day_number(iso), b = text::day_number(m.date);
      if (a && b && *a < *b && *b - *a <= 2) {
        m.data_date = iso;
        m.data_date_text = c.text;
      }
      break;
    }
  if (m.data_date.empty()) {
    m.data_date = m.date;
    m.data_date_text = m.date_text;
  }
}

}  // namespace

void find_dates(Document& doc, const text::Recogniser& recogniser, const data::LanguageData& data) {
  choose_dates(doc, recogniser, data);
  warn_of_wrong_weekdays(doc, data.calendar);
}

}  // namespace aksesibel::readers
