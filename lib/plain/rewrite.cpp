#include "plain/rewrite.hpp"

#include <algorithm>
#include <map>

#include <chrono>
#include <functional>
#include <cmath>
#include <cstdio>

#include "text/utf8.hpp"
#include "model/inlines.hpp"
#include "text/words.hpp"

namespace aksesibel::plain {

using namespace model;  // operations on inlines (model/inlines.hpp)

namespace {

// An abbreviation whose full form has at most this many words is replaced by
// it everywhere ("Sulteng" → "Sulawesi Tengah", "RS" → "rumah sakit"); a
// longer one is written out at first use and kept short after.
constexpr std::size_t kShortFullForm = 2;

// The largest count that gets a rounded reading ("lebih dari 999.999 juta").
constexpr double kLargestReading = 1e12;

bool full_iso(const std::string& iso) {
  return iso.size() == 10 && iso[4] == '-' && iso[7] == '-' && iso[0] != '-';
}

std::string thousands(long long v) {
  std::string digits = std::to_string(v), out;
  for (std::size_t k = 0; k < digits.size(); ++k) {
    if (k > 0 && (digits.size() - k) % 3 == 0) out += '.';
    out += digits[k];
  }
  return out;
}

// "A atau A" (two jargon words of the source given the same plain words) → "A",
// for each word of choice (data/plain-rules-id.txt: joiner … alternative).
std::string drop_repeated_alternative(std::string s, const std::set<std::string>& alternatives) {
  for (const std::string& alternative : alternatives) {
    const std::string joiner = " " + alternative + " ";
    for (std::size_t at = s.find(joiner); at != std::string::npos; at = s.find(joiner, at + 1)) {
      // The last six words before the joiner and the first six after it
      // (split_words() of the whole text before and after, cut to six: the
      // time for each joiner does not grow with the text).
      std::vector<std::string> bw, aw;
      for (std::size_t e = at; bw.size() < 6;) {
        while (e > 0 && s[e - 1] == ' ') --e;
        if (e == 0) break;
        std::size_t b = e;
        while (b > 0 && s[b - 1] != ' ') --b;
        bw.insert(bw.begin(), s.substr(b, e - b));
        e = b;
      }
      for (std::size_t b = at + joiner.size(); aw.size() < 6;) {
        while (b < s.size() && s[b] == ' ') ++b;
        if (b >= s.size()) break;
        std::size_t e = b;
        while (e < s.size() && s[e] != ' ') ++e;
        aw.push_back(s.substr(b, e - b));
        b = e;
      }
      for (std::size_t n = std::min<std::size_t>(6, std::min(bw.size(), aw.size())); n >= 1; --n) {
        bool same = true;
        for (std::size_t i = 0; i < n && same; ++i) same = lower(bw[bw.size() - n + i]) == lower(aw[i]);
        if (!same) continue;
        // Remove the joiner and the repeated words after it.
        std::size_t pos = at + joiner.size();
        for (std::size_t i = 0; i < n; ++i) pos = s.find(aw[i], pos) + aw[i].size();
        s.erase(at, pos - at);
        break;
      }
    }
  }
  return s;
}

// "tempat tidur yang terisi (tempat tidur yang terisi/BOR)": two words replaced by
// the same everyday words, one of them a gloss in brackets. The gloss says again
// what stands before it and goes ("(BOR)"; a bracket left empty goes whole).
std::string drop_repeated_gloss(std::string s) {
  for (std::size_t open = s.find('('); open != std::string::npos; open = s.find('(', open + 1)) {
    const std::size_t end = s.find_first_of("/)(", open + 1);
    if (end == std::string::npos || s[end] == '(') continue;
    std::vector<std::string> inner;
    for (std::size_t b = open + 1; b < end;) {
      while (b < end && s[b] == ' ') ++b;
      std::size_t e = b;
      while (e < end && s[e] != ' ') ++e;
      if (e > b) inner.push_back(lower(std::string_view(s).substr(b, e - b)));
      b = e;
    }
    if (inner.empty() || inner.size() > 8) continue;
    std::vector<std::string> before;
    std::size_t start = open;
    for (std::size_t e = open; before.size() < inner.size();) {
      while (e > 0 && s[e - 1] == ' ') --e;
      if (e == 0) break;
      std::size_t b = e;
      while (b > 0 && s[b - 1] != ' ') --b;
      before.insert(before.begin(), lower(std::string_view(s).substr(b, e - b)));
      e = b;
    }
    if (before != inner) continue;
    if (s[end] == '/') {
      s.erase(open + 1, end + 1 - (open + 1));
    } else {
      while (start > 0 && s[start - 1] == ' ') --start;
      s.erase(start, end + 1 - start);
      open = start;
    }
  }
  return s;
}

// Whether a run of characters without spaces is an address or a code, not
// words: it holds "://", "www.", "@", a slash, or a dot or underscore
// between two letters or digits ("sultengprov.go.id", "HK.01.07").
bool looks_like_code(std::string_view run) {
  while (!run.empty() && std::string_view(".,;:)\"").find(run.back()) != std::string_view::npos) run.remove_suffix(1);
  if (run.find("://") != std::string_view::npos || run.rfind("www.", 0) == 0 || run.find('@') != std::string_view::npos ||
      run.find('/') != std::string_view::npos)
    return true;
  auto alnum = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  for (std::size_t k = 1; k + 1 < run.size(); ++k)
    if ((run[k] == '.' || run[k] == '_') && alnum(run[k - 1]) && alnum(run[k + 1])) return true;
  return false;
}

}  // namespace

Rewriter::Rewriter(const PlainData& data, const Metadata& metadata, std::vector<PlainChange>& changes)
    : data_(data), metadata_(metadata), changes_(changes), context_date_(metadata.date) {}

void Rewriter::block_starts(const Inlines& inlines) {
  for (const Inline& i : inlines) {
    if (i.kind == Inline::Kind::Text && std::string(text::trim(i.text)).empty()) continue;
    if (i.kind == Inline::Kind::Date && full_iso(i.iso)) context_date_ = i.iso;
    // A linked or emphasised headline: its first inline counts.
    if (i.kind == Inline::Kind::Link || i.kind == Inline::Kind::Strong || i.kind == Inline::Kind::Emphasis)
      block_starts(i.children);
    return;
  }
}

void Rewriter::change(std::string rule, std::string before, std::string after) {
  changes_.push_back({std::move(rule), std::move(before), std::move(after), sentence_, line_});
}

std::string Rewriter::full_date(const std::string& iso) const {
  using namespace std::chrono;
  int y = std::stoi(iso.substr(0, 4)), m = std::stoi(iso.substr(5, 2)), d = std::stoi(iso.substr(8, 2));
  year_month_day ymd{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
  std::string month_name;
  for (const auto& [word, number] : data_.language->calendar.months)
    if (number == m && word.size() > month_name.size()) month_name = word;
  if (!month_name.empty()) month_name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(month_name[0])));
  std::string out;
  const auto& weekdays = data_.weekdays;
  if (ymd.ok()) {
    unsigned monday_first = (weekday{sys_days{ymd}}.c_encoding() + 6) % 7;  // Senin first
    out = weekdays[monday_first] + ", ";
  }
  out += std::to_string(d) + " " + month_name + " " + std::to_string(y);
  return out;
}

void Rewriter::words(Inline& node, bool& quoted, bool title, std::vector<Inlines>& extra) {
  const std::string& s = node.text;
  std::string out;
  std::string l = lower(s);
  std::size_t k = 0;
  while (k < s.size()) {
    if (s.compare(k, 3, "\xE2\x80\x9C") == 0) quoted = true;
    else if (s.compare(k, 3, "\xE2\x80\x9D") == 0) quoted = false;
    else if (s[k] == '"') quoted = !quoted;
    bool start = text::is_word_byte(static_cast<unsigned char>(s[k])) && (k == 0 || !text::is_word_byte(static_cast<unsigned char>(s[k - 1])));
    // A URL, an e-mail address or a code ("443/1577/2021", "HK.01.07/MENKES"):
    // the whole run without spaces stays as written.
    if (start && (k == 0 || s[k - 1] == ' ' || s[k - 1] == '(')) {
      std::size_t e = s.find_first_of(" \n", k);
      if (e == std::string::npos) e = s.size();
      if (looks_like_code(std::string_view(s).substr(k, e - k))) {
        out.append(s, k, e - k);
        sentence_start_ = false;
        k = e;
        continue;
      }
    }
    if (start) {
      std::size_t e = k;
      while (e < s.size() && text::is_word_byte(static_cast<unsigned char>(s[e]))) ++e;
      auto it = data_.by_first_word.find(l.substr(k, e - k));
      if (it != data_.by_first_word.end()) {
        for (const WordEntry* entry : it->second) {
          if (entry->abbreviation) continue;  // only where the reader found the abbreviation
          // Match the following words, one space apart, ending at a word boundary.
          std::size_t pos = e;
          bool ok = true;
          for (std::size_t w = 1; w < entry->words.size() && ok; ++w) {
            if (pos < s.size() && s[pos] == ' ' && l.compare(pos + 1, entry->words[w].size(), entry->words[w]) == 0) {
              pos += 1 + entry->words[w].size();
            } else {
              ok = false;
            }
          }
          if (!ok || (pos < s.size() && text::is_word_byte(static_cast<unsigned char>(s[pos])))) continue;
          std::string found = s.substr(k, pos - k);
          std::string key = lower(entry->term);
          // A capital inside a sentence starts a name ("Satgas Penanganan
          // Covid-19"): names are never reworded. Headlines are in title case.
          bool later_capital = false;
          for (std::size_t q = 1; q < found.size(); ++q)
            if (found[q - 1] == ' ' && found[q] >= 'A' && found[q] <= 'Z') later_capital = true;
          bool name = !title && found[0] >= 'A' && found[0] <= 'Z' && (!sentence_start_ || later_capital);
          if (name) {
            sentence_start_ = false;
            out += found;
            k = pos;
            goto next;
          }
          if (!entry->explain && !quoted) {
            std::string repl = match_case(entry->replacement, found);
            // A headline in title case keeps title case.
            out += repl;
            change("plain-word", found, repl);
          } else {
            // "… rumah sakit rujukan": a longer term before it ("keterisian tempat tidur
            // rumah sakit") took the first words of a longer phrase the lexicon explains
            // ("rumah sakit rujukan"); that phrase's sense is meant.
            const WordEntry* sense = entry;
            if (entry->explain && entry->words.size() == 1) {
              const std::string so_far = lower(out);
              for (const WordEntry& longer : data_.entries) {
                if (!longer.explain || longer.words.size() < 2 || longer.words.back() != entry->words[0]) continue;
                std::string lead;
                for (std::size_t w = 0; w + 1 < longer.words.size(); ++w) lead += longer.words[w] + " ";
                if (so_far.size() >= lead.size() && so_far.compare(so_far.size() - lead.size(), lead.size(), lead) == 0) {
                  sense = &longer;
                  break;
                }
              }
              key = lower(sense->term);
            }
            out += found;
            if (!title) glossary_[key] = {sense->term, sense->explanation};
            if (sense->explain && !title && !quoted && explained_.insert(key).second &&
                explanations_.insert(sense->explanation).second) {  // once per word, and once per meaning
              std::string sentence = match_case(sense->term, "A") + " " + data_.word("means") + " " + sense->explanation + ".";
              extra.push_back({Inline::make_text(sentence)});
              change("explain-word", found, sentence);
            }
          }
          sentence_start_ = false;
          k = pos;
          goto next;
        }
      }
      sentence_start_ = false;
      out.append(s, k, e - k);
      k = e;
      continue;
    }
    out += s[k];
    ++k;
  next:;
  }
  if (std::string single = drop_repeated_alternative(out, data_.alternatives); single != out) {
    change("repeated-words", out, single);
    out = std::move(single);
  }
  if (out != s)
    if (std::string single = drop_repeated_gloss(out); single != out) {
      change("repeated-words", out, single);
      out = std::move(single);
    }
  node.text = std::move(out);
}

void Rewriter::walk(Inlines& inlines, bool& quoted, bool title, bool cell, std::vector<Inlines>& extra,
                    const std::string& outer_prev, const std::string& outer_next) {
  Inlines out;
  Walk w{inlines, out, 0, quoted, title, cell, extra, outer_prev, outer_next};
  for (; w.k < inlines.size(); ++w.k) {
    switch (inlines[w.k].kind) {
      case Inline::Kind::Text: text_inline(w); break;
      case Inline::Kind::Emphasis:
      case Inline::Kind::Strong:
      case Inline::Kind::Link: {
        Inline node = inlines[w.k];
        const bool was_in_link = in_link_;
        in_link_ = in_link_ || node.kind == Inline::Kind::Link;
        walk(node.children, quoted, title, cell, extra,
             out.empty() || out.back().kind != Inline::Kind::Text ? std::string() : out.back().text,
             w.k + 1 < inlines.size() && inlines[w.k + 1].kind == Inline::Kind::Text ? inlines[w.k + 1].text : std::string());
        in_link_ = was_in_link;
        out.push_back(std::move(node));
        break;
      }
      case Inline::Kind::Abbreviation: abbreviation(w); break;
      case Inline::Kind::Date: date(w); break;
      case Inline::Kind::Number: number(w); break;
      default: out.push_back(inlines[w.k]);
    }
  }
  tidy(out);
  inlines = std::move(out);
}

// Everyday words in a text inline, then a relative day ("hari ini") written
// as the date it means, from the bulletin's date.
void Rewriter::text_inline(Walk& w) {
  Inline node = w.inlines[w.k];
  const bool quoted_before = w.quoted;
  words(node, w.quoted, w.title, w.extra);
  w.out.push_back(std::move(node));
  if (!w.title && full_iso(context_date_)) relative_day(w, quoted_before);
}

// A relative day ("hari ini", "kemarin") in the text inline just written,
// written as the date it means, counted from the bulletin's date; not where
// a date stands beside it already, nor inside a quotation.
void Rewriter::relative_day(Walk& w, bool quoted_before) {
  Inlines& inlines = w.inlines;
  Inlines& out = w.out;
  const std::size_t k = w.k;
  const Inline node = out.back();
  for (const auto& [phrase, offset] : data_.relative_days) {
    auto hits = find_phrase(Inlines{node}, phrase);
    if (hits.empty()) continue;
    bool dated_next = k + 1 < inlines.size() && inlines[k + 1].kind == Inline::Kind::Date;
    if (dated_next) continue;
    // "hingga Sabtu (5/12/2020) hari ini": the date is there already.
    std::string said_before = plain_text(Inlines{node}).substr(0, hits.front());
    bool dated_before = k > 0 && inlines[k - 1].kind == Inline::Kind::Date &&
                        said_before.find_first_not_of(" ,") == std::string::npos;
    if (dated_before) continue;
    // "pada Rabu kemarin" is last Wednesday, whichever day that was: left as written
    // (the day before the bulletin's date would say "Rabu pada Selasa, …").
    {
      std::string lead = lower(said_before);
      while (!lead.empty() && lead.back() == ' ') lead.pop_back();
      const std::size_t space = lead.find_last_of(' ');
      if (data_.language->calendar.weekday_numbers.count(space == std::string::npos ? lead : lead.substr(space + 1)))
        continue;
    }
    using namespace std::chrono;
    auto base = sys_days{year_month_day{year{std::stoi(context_date_.substr(0, 4))},
                                        month{static_cast<unsigned>(std::stoi(context_date_.substr(5, 2)))},
                                        day{static_cast<unsigned>(std::stoi(context_date_.substr(8, 2)))}}};
    year_month_day when{base + std::chrono::days{offset}};
    char iso[16];
    std::snprintf(iso, sizeof iso, "%04d-%02u-%02u", static_cast<int>(when.year()), static_cast<unsigned>(when.month()),
                  static_cast<unsigned>(when.day()));
    std::size_t end = phrase_end(Inlines{node}, hits.front(), phrase);
    std::string said = plain_text(Inlines{node});
    // "Hari ini, Kamis, laboratorium …": the day is named right after it already.
    {
      std::size_t b = end;
      while (b < said.size() && (said[b] == ' ' || said[b] == ',')) ++b;
      std::size_t e = b;
      while (e < said.size() && said[e] != ' ' && said[e] != ',' && said[e] != '.') ++e;
      if (e > b && data_.language->calendar.weekday_numbers.count(lower(said.substr(b, e - b)))) continue;
    }
    // Words of a quotation stay as said (the quotation may open in an earlier inline).
    if (inside_quotes((quoted_before ? "\xE2\x80\x9C" : "") + said, hits.front() + (quoted_before ? 3 : 0))) continue;
    auto [before, rest] = cut(Inlines{out.back()}, hits.front());
    auto [words, after] = cut(rest, end - hits.front());
    out.pop_back();
    // "… Sulawesi Tengah hari ini melaksanakan" → "… pada Senin, …": a
    // date needs "pada" where the relative day did not.
    std::string lead = lower(plain_text(before));
    while (!lead.empty() && lead.back() == ' ') lead.pop_back();
    std::string last_word = lead.substr(lead.find_last_of(' ') == std::string::npos ? 0 : lead.find_last_of(' ') + 1);
    bool needs_pada = !lead.empty() && lead.back() != ',' && !data_.date_prepositions.count(last_word);
    if (needs_pada) before.push_back(Inline::make_text(data_.word("on") + " "));
    tidy(before);
    for (Inline& b : before) out.push_back(b);
    Inline date;
    date.kind = Inline::Kind::Date;
    date.iso = iso;
    date.text = full_date(iso);
    out.push_back(date);
    // "kasus baru hari ini 213 kasus": a comma keeps the date's year and the figure apart
    // ("… 28 Juni 2021, 213 kasus"), to the eye and to the ear.
    if (plain_text(after).find_first_not_of(' ') == std::string::npos && k + 1 < inlines.size() &&
        inlines[k + 1].kind == Inline::Kind::Number)
      out.push_back(Inline::make_text(","));
    for (Inline& a : after) out.push_back(a);
    change("relative-day", plain_text(words), date.text);
    break;
  }
}

// An abbreviation: a short full form replaces it, a long one is written out
// at its first use, one the lexicon explains is kept and explained; a degree
// after a name, a quotation's and one the source wrote out stay.
void Rewriter::abbreviation(Walk& w) {
  const Inline& node = w.inlines[w.k];
  if (node.expansion.empty()) {
    w.out.push_back(node);
    return;
  }
  sentence_start_ = false;
  if (degree_after_name(w)) {
    w.out.push_back(Inline::make_text(node.text));
    return;
  }
  if (explained_abbreviation(w)) return;
  // Inside a quotation the speaker's abbreviation stays as said; the
  // glossary explains it.
  if (w.quoted) {
    glossary_[lower(node.text)] = {node.text, node.expansion};
    w.out.push_back(node);
    return;
  }
  if (bracketed_abbreviation(w)) return;
  if (text::word_count(node.expansion) <= kShortFullForm) {
    short_full_form(w);
    return;
  }
  long_full_form(w);
}

// "Risnawati, SE": a degree after a name, not the abbreviation.
bool Rewriter::degree_after_name(const Walk& w) const {
  const Inline& node = w.inlines[w.k];
  if (!data_.degrees.count(node.text) || w.out.empty() || w.out.back().kind != Inline::Kind::Text) return false;
  const std::string& p = w.out.back().text;
  std::size_t comma = p.size() >= 2 && p.compare(p.size() - 2, 2, ", ") == 0 ? p.size() - 2 : std::string::npos;
  std::size_t word = comma == std::string::npos ? comma : p.find_last_of(' ', comma == 0 ? 0 : comma - 1);
  word = word == std::string::npos ? 0 : word + 1;
  return comma != std::string::npos && comma > word && p[word] >= 'A' && p[word] <= 'Z';
}

// An abbreviation the lexicon explains (one whose full form is English,
// "PCR", "BOR"): kept, and explained in everyday Indonesian, not written out.
bool Rewriter::explained_abbreviation(Walk& w) {
  const Inline& node = w.inlines[w.k];
  const WordEntry* entry = lexicon_entry(node.text);
  if (!entry || !entry->explain) return false;
  std::string key = lower(node.text);
  if (!w.title) glossary_[key] = {node.text, entry->explanation};
  if (!w.title && !w.quoted && !w.cell && explained_.insert(key).second && explanations_.insert(entry->explanation).second) {
    std::string sentence = node.text + " " + data_.word("means") + " " + entry->explanation + ".";
    w.extra.push_back({Inline::make_text(sentence)});
    change("explain-word", node.text, sentence);
  }
  w.out.push_back(node);
  return true;
}

// "organisasi masyarakat (Ormas)": the source wrote it out itself. A short
// full form right before the bracket makes the bracket go; otherwise the
// abbreviation stays and the glossary explains it.
bool Rewriter::bracketed_abbreviation(Walk& w) {
  Inlines& inlines = w.inlines;
  Inlines& out = w.out;
  const Inline& node = inlines[w.k];
  // The neighbours, or those of the link or emphasis this is the whole of.
  const bool local_prev = !out.empty(), local_next = w.k + 1 < inlines.size();
  const std::string prev = local_prev ? (out.back().kind == Inline::Kind::Text ? out.back().text : "") : w.outer_prev;
  const std::string next = local_next ? (inlines[w.k + 1].kind == Inline::Kind::Text ? inlines[w.k + 1].text : "") : w.outer_next;
  if (prev.empty() || prev.back() != '(' || next.empty() || next.front() != ')') return false;
  abbreviations_seen_.insert(lower(node.text));
  std::string before_bracket = lower(prev.substr(0, prev.size() - 1));
  while (!before_bracket.empty() && before_bracket.back() == ' ') before_bracket.pop_back();
  const std::string le = lower(node.expansion);
  if (local_prev && local_next && text::word_count(node.expansion) <= kShortFullForm && before_bracket.size() >= le.size() &&
      before_bracket.compare(before_bracket.size() - le.size(), le.size(), le) == 0) {
    // The short full form is already there: drop the bracket.
    std::string& p = out.back().text;
    p.pop_back();
    while (!p.empty() && p.back() == ' ') p.pop_back();
    change("abbreviation-full", "(" + node.text + ")", "");
    inlines[w.k + 1].text.erase(0, 1);
    return true;
  }
  glossary_[lower(node.text)] = {node.text, node.expansion};  // it stays: the glossary explains it
  out.push_back(node);
  return true;
}

// The full form as it opens a sentence ("Orang tanpa gejala") or runs in it.
std::string Rewriter::expansion_here(const Walk& w) const {
  const Inlines& out = w.out;
  const bool at_start = out.empty() || (out.size() == 1 && out[0].kind == Inline::Kind::Text &&
                                        std::string(text::trim(out[0].text)).find_first_not_of("\"(\xE2\x80\x9C") == std::string::npos);
  const std::string& expansion = w.inlines[w.k].expansion;
  return at_start ? match_case(expansion, "A") : expansion;
}

// A short full form replaces the abbreviation everywhere (in title case in
// the headline).
void Rewriter::short_full_form(Walk& w) {
  Inlines& inlines = w.inlines;
  const Inline node = inlines[w.k];
  std::string expansion = expansion_here(w);
  if (w.title) {
    bool up = true;
    for (char& ch : expansion) {
      if (up && ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
      up = ch == ' ';
    }
  }
  w.out.push_back(Inline::make_text(expansion));
  change("abbreviation-full", node.text, expansion);
  // "Plh. Sekretaris …" → "Pelaksana Harian Sekretaris …": the point
  // belonged to the abbreviation (a "nobreak" word of data/sentences-id.txt).
  if (w.k + 1 < inlines.size() && inlines[w.k + 1].kind == Inline::Kind::Text && inlines[w.k + 1].text.rfind(". ", 0) == 0 &&
      std::find(data_.no_break_after.begin(), data_.no_break_after.end(), node.text + ".") != data_.no_break_after.end())
    inlines[w.k + 1].text.erase(0, 1);
}

// A long full form is written out at the first use in the body ("orang tanpa
// gejala (OTG)"), unless the source did so around it; the headline keeps the
// abbreviation short, and the glossary explains it.
void Rewriter::long_full_form(Walk& w) {
  const Inlines& inlines = w.inlines;
  Inlines& out = w.out;
  const Inline& node = inlines[w.k];
  glossary_[lower(node.text)] = {node.text, node.expansion};
  if (w.title || !abbreviations_seen_.insert(lower(node.text)).second) {
    out.push_back(node);
    return;
  }
  const std::string before = out.empty() || out.back().kind != Inline::Kind::Text ? "" : lower(out.back().text);
  const std::string after =
      w.k + 1 < inlines.size() && inlines[w.k + 1].kind == Inline::Kind::Text ? lower(inlines[w.k + 1].text) : "";
  const std::string le = lower(node.expansion);
  auto ends_with = [](const std::string& a, const std::string& b) {
    return a.size() >= b.size() && a.compare(a.size() - b.size(), b.size(), b) == 0;
  };
  // "… (BNPB)", "BNPB (…)", "orang tanpa gejala atau OTG", "PDP, Provinsi …": the source wrote it out.
  bool written_out = ends_with(before, le + " (") || after.rfind(" (" + le, 0) == 0 || after.rfind("(" + le, 0) == 0 ||
                     after.rfind(", " + le, 0) == 0;
  for (const std::string& alternative : data_.alternatives)  // "atau"
    written_out = written_out || ends_with(before, le + " " + alternative + " ") ||
                  after.rfind(" " + alternative + " " + le, 0) == 0;
  if (written_out) {
    out.push_back(node);
    return;
  }
  const std::string expansion = expansion_here(w);
  out.push_back(Inline::make_text(expansion + " ("));
  out.push_back(node);
  out.push_back(Inline::make_text(")"));
  change("abbreviation", node.text, expansion + " (" + node.text + ")");
}

// A date written in full ("Kamis, 21 Januari 2021"), with the bulletin's year
// for "(9/6)"; a range, a date with a wrong weekday and a year printed
// apart stay as written.
void Rewriter::date(Walk& w) {
  Inline node = w.inlines[w.k];
  sentence_start_ = false;
  if (part_of_range_or_year(w)) {
    w.out.push_back(node);
    return;
  }
  if (node.iso.size() == 7 && node.iso.rfind("--", 0) == 0 && full_iso(metadata_.date) && !w.title && !starts_range(w))
    with_year(node);
  // "Kamis 9 Oktober 2020" was a Friday: the source is wrong in the day or
  // the date, and a reader cannot tell which; left as written (the
  // reading layer warns of it).
  if (full_iso(node.iso) && !node.weekday.empty()) {
    std::string computed = full_date(node.iso);
    computed = computed.substr(0, computed.find(','));
    if (lower(computed) != lower(node.weekday)) {
      w.out.push_back(w.inlines[w.k]);
      return;
    }
  }
  if (full_iso(node.iso) && !w.title && !w.cell) in_full(w, node);
  w.out.push_back(node);
}

// "27 Juni-3 Juli 2020", "19 Oktober hingga 1 November 2021": the first day of
// a range takes the year printed at its end, not the bulletin's.
bool Rewriter::starts_range(const Walk& w) const {
  if (w.k + 1 >= w.inlines.size() || w.inlines[w.k + 1].kind != Inline::Kind::Text) return false;
  const std::string& next = w.inlines[w.k + 1].text;
  if (next.rfind("-", 0) == 0 || next.rfind("\xE2\x80\x93", 0) == 0 || next.rfind(" - ", 0) == 0) return true;
  for (const std::string& word : data_.range_words)  // "hingga", "s.d."
    if (next.rfind(" " + word + " ", 0) == 0) return true;
  return false;
}

// "21-25 Oktober", "1 hingga 7 November": the date ends a range whose first day stands before it;
// "(13/10) 2020": the year follows as a number. Both stay as written.
bool Rewriter::part_of_range_or_year(const Walk& w) const {
  const Inlines& inlines = w.inlines;
  const Inlines& out = w.out;
  const std::size_t k = w.k;
  if (!out.empty() && out.back().kind == Inline::Kind::Text) {
    const std::string& prev = out.back().text;
    std::size_t e = prev.size();
    while (e > 0 && (prev[e - 1] == ' ')) --e;
    const bool hyphen = e >= 1 && prev[e - 1] == '-', en_dash = e >= 3 && prev.compare(e - 3, 3, "\xE2\x80\x93") == 0;
    const std::size_t before_dash = hyphen ? e - 1 : en_dash ? e - 3 : std::string::npos;
    if (before_dash != std::string::npos) {
      std::size_t d = before_dash;
      while (d > 0 && prev[d - 1] == ' ') --d;
      if (d > 0 ? (prev[d - 1] >= '0' && prev[d - 1] <= '9') : out.size() >= 2 && out[out.size() - 2].kind == Inline::Kind::Number)
        return true;
    }
    // "1 hingga 7 November 2021", "19 Oktober sampai 1 November 2021": a range word
    // right after a day or a date.
    for (const std::string& word : data_.range_words) {
      if (e < word.size() || prev.compare(e - word.size(), word.size(), word) != 0) continue;
      std::size_t d = e - word.size();
      if (d > 0 && prev[d - 1] != ' ') continue;
      while (d > 0 && prev[d - 1] == ' ') --d;
      if (d > 0 ? (prev[d - 1] >= '0' && prev[d - 1] <= '9')
                : out.size() >= 2 && (out[out.size() - 2].kind == Inline::Kind::Number ||
                                      out[out.size() - 2].kind == Inline::Kind::Date))
        return true;
    }
  }
  return k + 2 < inlines.size() && inlines[k + 1].kind == Inline::Kind::Text &&
         inlines[k + 1].text.find_first_not_of(' ') == std::string::npos && inlines[k + 2].kind == Inline::Kind::Number &&
         inlines[k + 2].value >= 1900 && inlines[k + 2].value <= 2100 && inlines[k + 2].text.size() == 4;
}

// "(9/6)": the year of the bulletin, the one before for a date more than
// a month after it, the one after for a date ten months or more before it
// ("(2/1)" in late December); never a day the year does not have ("(29/2)").
void Rewriter::with_year(Inline& date) {
  const std::string& iso = date.iso;
  // Four digits, as ISO 8601 and the slicing below want ("0020", not "20").
  auto iso_year = [](int y) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d", y);
    return std::string(buf);
  };
  int y = std::stoi(metadata_.date.substr(0, 4));
  std::string candidate = iso_year(y) + iso.substr(1);
  const int bm = std::stoi(metadata_.date.substr(5, 2)), cm = std::stoi(iso.substr(2, 2));
  if (candidate > metadata_.date) {
    if (cm - bm > 1 || (cm - bm == 1 && candidate.substr(8) > metadata_.date.substr(8))) {
      if (y == 0) return;  // no four-digit year before 0000
      candidate = iso_year(y - 1) + iso.substr(1);
    }
  } else if (bm - cm >= 10 && y < 9999) {
    // "tiba sebelum (2/1)" in a bulletin of late December: the coming January.
    candidate = iso_year(y + 1) + iso.substr(1);
  }
  using namespace std::chrono;
  year_month_day check{year{std::stoi(candidate.substr(0, 4))}, month{static_cast<unsigned>(std::stoi(candidate.substr(5, 2)))},
                       day{static_cast<unsigned>(std::stoi(candidate.substr(8, 2)))}};
  if (check.ok()) {
    change("date-year", date.text, candidate);
    date.iso = candidate;
  }
}

// The date written in full ("Kamis, 21 Januari 2021"), in its brackets and
// with its full stop; without the weekday when the text names it already.
void Rewriter::in_full(const Walk& w, Inline& date) {
  std::string text = full_date(date.iso);
  // "Jumat sore (24/6/2022)": the day is named already; no second one.
  if (date.weekday.empty() && !w.out.empty() && w.out.back().kind == Inline::Kind::Text) {
    auto before = split_words(lower(w.out.back().text));
    for (std::size_t back = 1; back <= 2 && back <= before.size(); ++back) {
      std::string word = before[before.size() - back];
      while (!word.empty() && !(word.back() >= 'a' && word.back() <= 'z')) word.pop_back();
      bool weekday = false;
      for (const std::string& d : data_.weekdays) weekday = weekday || lower(d) == word;
      if (weekday && text.find(", ") != std::string::npos) text = text.substr(text.find(", ") + 2);
      if (weekday) break;
    }
  }
  if (!date.text.empty() && date.text[0] == '(') text = "(" + text + ")";
  // "hingga 29 November.": the full stop read with the month ends the sentence.
  if (!date.text.empty() && date.text.back() == '.' && text.back() != '.') text += '.';
  if (text != date.text) {
    change("date", date.text, text);
    date.text = text;
  }
}

// A large count gets a rounded reading after its counted word ("6.011 orang
// (lebih dari 6 ribu)"); years, codes, ratios, quotations and links do not.
void Rewriter::number(Walk& w) {
  Inlines& inlines = w.inlines;
  Inlines& out = w.out;
  std::size_t& k = w.k;
  bool& quoted = w.quoted;
  const bool title = w.title;
  const bool cell = w.cell;
  std::vector<Inlines>& extra = w.extra;
  Inline node = inlines[k];
  sentence_start_ = false;
  out.push_back(node);
  if (title || cell || !node.unit.empty() || node.value < 1000 || std::floor(node.value) != node.value) return;
  // "1,2 juta" already reads in words.
  bool spelled = false;
  for (char ch : node.text) spelled = spelled || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
  if (spelled) return;
  // Not inside a ratio or a compound ("2.779/1.000.000").
  if (k + 1 < inlines.size() && (inlines[k + 1].kind != Inline::Kind::Text || inlines[k + 1].text.empty() ||
                                 std::string(" .,;:)").find(inlines[k + 1].text[0]) == std::string::npos))
    return;
  // "tahun 2021", "Nomor 1234": a year or a number that names, not a count.
  if (k > 0 && inlines[k - 1].kind == Inline::Kind::Text) {
    const auto before = split_words(lower(inlines[k - 1].text));
    if (!before.empty() && data_.not_counted.count(before.back()) &&
        inlines[k - 1].text.find_last_not_of(' ') + 1 == inlines[k - 1].text.size() - 1)
      return;
    // "tidak lebih dari 1.250 orang", "paling banyak 1.500 orang": a limit, which a
    // reading ("(lebih dari 1,2 ribu)") would contradict.
    std::string lead = " " + lower(inlines[k - 1].text);
    while (!lead.empty() && lead.back() == ' ') lead.pop_back();
    for (const std::string& limit : data_.not_counted)
      if (limit.find(' ') != std::string::npos && lead.size() > limit.size() &&
          lead.compare(lead.size() - limit.size(), limit.size(), limit) == 0 && lead[lead.size() - limit.size() - 1] == ' ')
        return;
  }
  // Only a count gets a reading: the number must be followed by a
  // counted word ("6.011 orang"), never a year, a code or a name.
  // Nor inside a quotation: no word of ours between the speaker's marks.
  if (in_link_ || quoted || k + 1 >= inlines.size() || inlines[k + 1].kind != Inline::Kind::Text) return;
  Inline next = inlines[k + 1];
  words(next, quoted, title, extra);
  std::size_t cut_at = counted_word_end(next.text);
  if (cut_at == 0) return;
  std::string reading = number_reading(node.value);
  if (reading.empty() || hiding_readings_.count(reading)) return;
  auto [a, b] = cut(Inlines{next}, cut_at);
  for (Inline& x : a) out.push_back(x);
  out.push_back(Inline::make_text(" (" + reading + ")"));
  for (Inline& x : b) out.push_back(x);
  ++k;
  change("number-reading", node.text, reading);
}


void Rewriter::plan_readings(const std::vector<Block>& blocks) {
  std::map<std::string, std::set<double>> values;  // reading → the counts that would get it
  std::function<void(const Inlines&)> numbers = [&](const Inlines& inlines) {
    for (const Inline& i : inlines) {
      numbers(i.children);
      if (i.kind == Inline::Kind::Number && i.unit.empty() && i.value >= 1000 && std::floor(i.value) == i.value)
        if (std::string r = number_reading(i.value); !r.empty()) values[r].insert(i.value);
    }
  };
  std::function<void(const Block&)> block = [&](const Block& b) {
    numbers(b.inlines);
    for (const auto& item : b.items)
      for (const Block& c : item) block(c);
    for (const Block& c : b.children) block(c);
  };
  for (const Block& b : blocks) block(b);
  for (const auto& [reading, counts] : values)
    if (counts.size() > 1) hiding_readings_.insert(reading);
}

// The lexicon's entry for exactly these words (case ignored), or null.
const WordEntry* Rewriter::lexicon_entry(const std::string& words) const {
  auto wanted = split_words(lower(words));
  if (wanted.empty()) return nullptr;
  auto it = data_.by_first_word.find(wanted.front());
  if (it == data_.by_first_word.end()) return nullptr;
  for (const WordEntry* e : it->second)
    if (e->words == wanted) return e;
  return nullptr;
}

// The end of the counted word ("orang", "kasus aktif") that `text` opens
// with, 0 when it opens with none.
std::size_t Rewriter::counted_word_end(const std::string& text) const {
  std::string lt = lower(text);
  Inlines probe{Inline::make_text(text)};
  for (const auto& m : data_.measures) {
    auto hits = find_phrase(probe, m);
    if (hits.empty() || hits.front() > 1 || lt.find_first_not_of(' ') != hits.front()) continue;
    std::size_t end = phrase_end(probe, hits.front(), m);
    // "kasus aktif", "kasus baru dipastikan positif": the whole thing counted.
    for (;;) {
      std::size_t b = end;
      while (b < lt.size() && lt[b] == ' ') ++b;
      std::size_t e = b;
      while (e < lt.size() && ((lt[e] >= 'a' && lt[e] <= 'z') || (lt[e] >= '0' && lt[e] <= '9') || lt[e] == '-')) ++e;
      if (e == b || !data_.measure_modifiers.count(lt.substr(b, e - b))) break;
      end = e;
    }
    return end;
  }
  return 0;
}

// "sekitar 14 ribu" when the rounding hides at most 0,5 %; otherwise "lebih
// dari" and the number rounded down, so that the reading never overstates
// ("1.530" → "lebih dari 1,5 ribu", not "hampir 2 ribu"). Two significant
// digits at least: one decimal under ten thousand or ten million. "" for a
// round number, which reads easily as it is ("8.000", "1.500").
std::string Rewriter::number_reading(double value) const {
  // Beyond a trillion the words run out ("juta" is the largest), and the
  // rounded value would not fit the arithmetic below: no reading.
  if (!(value < kLargestReading)) return "";
  // 999.800 reads "sekitar 1 juta", not "sekitar 1.000 ribu": millions from
  // where the thousands would round to a thousand.
  const bool millions = value >= 999500;
  const double scale = millions ? 1e6 : 1e3;
  const std::string word = data_.word(millions ? "million" : "thousand");
  const double q = value / scale;
  const double step = q < 10 ? 0.1 : 1.0;
  const double nearest = std::round(q / step) * step;
  if (std::fabs(nearest * scale - value) < 0.5) return "";
  auto show = [&](double x) {
    long long tenths = std::llround(x * 10);
    if (step == 1.0 || tenths % 10 == 0) return thousands(tenths / 10);
    return thousands(tenths / 10) + data_.word("decimal-separator") + std::to_string(tenths % 10);
  };
  if (std::fabs(q - nearest) / q <= 0.005) return data_.word("about") + " " + show(nearest) + " " + word;
  const double down = std::floor(q / step + 1e-9) * step;
  return data_.word("more-than") + " " + show(down) + " " + word;
}

// "X atau <em>X</em>" → "X": an alternative that reads the same once reworded.
void drop_repeated_container(Inlines& inlines, const std::set<std::string>& alternatives, std::vector<PlainChange>& changes,
                             std::size_t sentence, std::size_t line) {
  for (std::size_t k = 0; k + 1 < inlines.size(); ++k) {
    if (inlines[k].kind != Inline::Kind::Text || inlines[k + 1].kind == Inline::Kind::Text) continue;
    std::string& t = inlines[k].text;
    std::string joiner;
    for (const std::string& alternative : alternatives) {
      const std::string j = " " + alternative + " ";
      if (t.size() >= j.size() && t.compare(t.size() - j.size(), j.size(), j) == 0) joiner = j;
    }
    if (joiner.empty()) continue;
    std::string alt = lower(plain_text(Inlines{inlines[k + 1]}));
    std::string head = lower(t.substr(0, t.size() - joiner.size()));
    if (alt.empty() || head.size() < alt.size() || head.compare(head.size() - alt.size(), alt.size(), alt) != 0) continue;
    changes.push_back({"repeated-words", t + plain_text(Inlines{inlines[k + 1]}), t.substr(0, t.size() - joiner.size()), sentence, line});
    t.erase(t.size() - joiner.size());
    inlines.erase(inlines.begin() + static_cast<std::ptrdiff_t>(k) + 1);
  }
  tidy(inlines);
}

// "pada pada", "pasien sembuh pasien"-style leftovers of replacements next to
// the source's own words: a word written twice in a row (case ignored) is
// written once. Not inside quotation marks, not numbers, and not the
// source's own doubling: only where the sentence differs from `source`.
void drop_repeated_words(Inlines& inlines, const std::string& source, std::vector<PlainChange>& changes, std::size_t sentence,
                         std::size_t line) {
  bool open = false, ascii = false;
  std::string lower_source;  // lower(source), once a word is seen twice
  std::map<std::string, bool> doubled;  // per word seen twice: whether the source doubles it too
  for (Inline& node : inlines) {
    if (node.kind != Inline::Kind::Text) {
      for (char ch : plain_text(Inlines{node})) ascii = ch == '"' ? !ascii : ascii;
      continue;
    }
    std::string& t = node.text;
    std::string previous;  // the last word seen outside quotation marks, lower case
    std::size_t k = 0;
    while (k < t.size()) {
      if (t.compare(k, 3, "\xE2\x80\x9C") == 0) open = true, previous.clear();
      else if (t.compare(k, 3, "\xE2\x80\x9D") == 0) open = false, previous.clear();
      else if (t[k] == '"') ascii = !ascii, previous.clear();
      bool letter = (t[k] >= 'a' && t[k] <= 'z') || (t[k] >= 'A' && t[k] <= 'Z');
      if (!letter) {
        if (t[k] != ' ') previous.clear();
        ++k;
        continue;
      }
      std::size_t e = k;
      while (e < t.size() && ((t[e] >= 'a' && t[e] <= 'z') || (t[e] >= 'A' && t[e] <= 'Z') || t[e] == '-')) ++e;
      std::string word = lower(std::string_view(t).substr(k, e - k));
      bool doubled_in_source = false;  // the source's own "word word"
      if (!open && !ascii && word == previous) {
        if (lower_source.empty()) lower_source = lower(source);
        auto known = doubled.find(word);
        if (known == doubled.end())
          known = doubled.emplace(word, lower_source.find(word + " " + word) != std::string::npos).first;
        doubled_in_source = known->second;
      }
      if (!open && !ascii && word == previous && !doubled_in_source) {
        std::size_t from = k;
        while (from > 0 && t[from - 1] == ' ') --from;
        changes.push_back({"repeated-words", word + " " + word, word, sentence, line});
        t.erase(from, e - from);
        k = from;
        continue;
      }
      previous = word;
      k = e;
    }
  }
  tidy(inlines);
}

std::vector<Inlines> Rewriter::rewrite(Inlines& sentence, bool cell) {
  std::vector<Inlines> extra;
  bool quoted = false;
  sentence_start_ = true;
  const std::string source = plain_text(sentence);
  walk(sentence, quoted, false, cell, extra, "", "");
  drop_repeated_container(sentence, data_.alternatives, changes_, sentence_, line_);
  drop_repeated_words(sentence, source, changes_, sentence_, line_);
  if (cell) extra.clear();
  return extra;
}

void Rewriter::rewrite_title(Inlines& title) {
  std::vector<Inlines> extra;
  bool quoted = false;
  walk(title, quoted, true, false, extra, "", "");
}

std::vector<std::pair<std::string, std::string>> Rewriter::glossary() const {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& [key, entry] : glossary_) out.push_back(entry);
  return out;
}

}  // namespace aksesibel::plain
