#include "plain/rewrite.hpp"

#include <chrono>
#include <cmath>
#include <cstdio>

#include "plain/inline_edit.hpp"
#include "text/utf8.hpp"

namespace aksesibel::plain {

namespace {

bool word_byte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80 || c == '-';
}

std::size_t count_words(const std::string& s) { return split_words(s).size(); }

// An abbreviation whose full form has at most this many words is replaced by
// it everywhere ("Sulteng" → "Sulawesi Tengah", "RS" → "rumah sakit"); a
// longer one is written out at first use and kept short after.
constexpr std::size_t kShortFullForm = 2;

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

// "A atau A" (two jargon words of the source given the same plain words) → "A".
std::string drop_repeated_alternative(std::string s) {
  const std::string joiner = " atau ";
  for (std::size_t at = s.find(joiner); at != std::string::npos; at = s.find(joiner, at + 1)) {
    std::string before = s.substr(0, at), after = s.substr(at + joiner.size());
    auto bw = split_words(before), aw = split_words(after);
    for (std::size_t n = std::min<std::size_t>(6, std::min(bw.size(), aw.size())); n >= 1; --n) {
      bool same = true;
      for (std::size_t i = 0; i < n && same; ++i) same = lower(bw[bw.size() - n + i]) == lower(aw[i]);
      if (!same) continue;
      // Remove " atau " and the repeated words after it.
      std::size_t pos = at + joiner.size();
      for (std::size_t i = 0; i < n; ++i) {
        pos = s.find(aw[i], pos) + aw[i].size();
      }
      s.erase(at, pos - at);
      break;
    }
  }
  return s;
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
    bool start = word_byte(static_cast<unsigned char>(s[k])) && (k == 0 || !word_byte(static_cast<unsigned char>(s[k - 1])));
    if (start) {
      std::size_t e = k;
      while (e < s.size() && word_byte(static_cast<unsigned char>(s[e]))) ++e;
      auto it = data_.by_first_word.find(l.substr(k, e - k));
      if (it != data_.by_first_word.end()) {
        for (const WordEntry* entry : it->second) {
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
          if (!ok || (pos < s.size() && word_byte(static_cast<unsigned char>(s[pos])))) continue;
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
            out += found;
            if (!title) glossary_[key] = {entry->term, entry->explanation};
            if (entry->explain && !title && !quoted && explained_.insert(key).second &&
                explanations_.insert(entry->explanation).second) {  // once per word, and once per meaning
              std::string sentence = match_case(entry->term, "A") + " " + data_.word("means") + " " + entry->explanation + ".";
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
  if (std::string single = drop_repeated_alternative(out); single != out) {
    change("repeated-words", out, single);
    out = std::move(single);
  }
  node.text = std::move(out);
}

void Rewriter::walk(Inlines& inlines, bool& quoted, bool title, bool cell, std::vector<Inlines>& extra,
                    const std::string& outer_prev, const std::string& outer_next) {
  Inlines out;
  for (std::size_t k = 0; k < inlines.size(); ++k) {
    Inline node = inlines[k];
    switch (node.kind) {
      case Inline::Kind::Text: {
        words(node, quoted, title, extra);
        // Relative days, resolved with the bulletin's date.
        out.push_back(node);
        if (title || !full_iso(context_date_)) break;
        for (const auto& [phrase, offset] : data_.relative_days) {
          auto hits = find_phrase(Inlines{node}, phrase);
          if (hits.empty()) continue;
          bool dated_next = k + 1 < inlines.size() && inlines[k + 1].kind == Inline::Kind::Date;
          if (dated_next) continue;
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
          if (inside_quotes(said, hits.front())) continue;  // words of a quotation stay as said
          auto [before, rest] = cut(Inlines{out.back()}, hits.front());
          auto [words, after] = cut(rest, end - hits.front());
          out.pop_back();
          // "… Sulawesi Tengah hari ini melaksanakan" → "… pada Senin, …": a
          // date needs "pada" where the relative day did not.
          std::string lead = lower(plain_text(before));
          while (!lead.empty() && lead.back() == ' ') lead.pop_back();
          std::string last_word = lead.substr(lead.find_last_of(' ') == std::string::npos ? 0 : lead.find_last_of(' ') + 1);
          bool needs_pada = !lead.empty() && lead.back() != ',' && !data_.prepositions.count(last_word) &&
                            last_word != "sampai" && last_word != "hingga" && last_word != "sejak" && last_word != "sebelum" &&
                            last_word != "sesudah" && last_word != "setelah";
          if (needs_pada) before.push_back(Inline::make_text(data_.word("on") + " "));
          tidy(before);
          for (Inline& b : before) out.push_back(b);
          Inline date;
          date.kind = Inline::Kind::Date;
          date.iso = iso;
          date.text = full_date(iso);
          out.push_back(date);
          for (Inline& a : after) out.push_back(a);
          change("relative-day", plain_text(words), date.text);
          break;
        }
        break;
      }
      case Inline::Kind::Emphasis:
      case Inline::Kind::Strong:
      case Inline::Kind::Link:
        walk(node.children, quoted, title, cell, extra,
             out.empty() || out.back().kind != Inline::Kind::Text ? std::string() : out.back().text,
             k + 1 < inlines.size() && inlines[k + 1].kind == Inline::Kind::Text ? inlines[k + 1].text : std::string());
        out.push_back(node);
        break;
      case Inline::Kind::Abbreviation: {
        if (node.expansion.empty()) {
          out.push_back(node);
          break;
        }
        sentence_start_ = false;
        // "Risnawati, SE": a degree after a name, not the abbreviation.
        if (data_.degrees.count(node.text) && !out.empty() && out.back().kind == Inline::Kind::Text) {
          const std::string& p = out.back().text;
          std::size_t comma = p.size() >= 2 && p.compare(p.size() - 2, 2, ", ") == 0 ? p.size() - 2 : std::string::npos;
          std::size_t word = comma == std::string::npos ? comma : p.find_last_of(' ', comma == 0 ? 0 : comma - 1);
          word = word == std::string::npos ? 0 : word + 1;
          if (comma != std::string::npos && comma > word && p[word] >= 'A' && p[word] <= 'Z') {
            out.push_back(Inline::make_text(node.text));
            break;
          }
        }
        // The neighbours, or those of the link or emphasis this is the whole of.
        bool local_prev = !out.empty(), local_next = k + 1 < inlines.size();
        std::string prev = local_prev ? (out.back().kind == Inline::Kind::Text ? out.back().text : "") : outer_prev;
        std::string next = local_next ? (inlines[k + 1].kind == Inline::Kind::Text ? inlines[k + 1].text : "") : outer_next;
        bool bracketed = !prev.empty() && prev.back() == '(' && !next.empty() && next.front() == ')';
        if (bracketed) {
          // "organisasi masyarakat (Ormas)": the source wrote it out itself.
          abbreviations_seen_.insert(lower(node.text));
          std::string before_bracket = lower(prev.substr(0, prev.size() - 1));
          while (!before_bracket.empty() && before_bracket.back() == ' ') before_bracket.pop_back();
          std::string le = lower(node.expansion);
          if (local_prev && local_next && count_words(node.expansion) <= kShortFullForm && before_bracket.size() >= le.size() &&
              before_bracket.compare(before_bracket.size() - le.size(), le.size(), le) == 0) {
            // The short full form is already there: drop the bracket.
            std::string& p = out.back().text;
            p.pop_back();
            while (!p.empty() && p.back() == ' ') p.pop_back();
            inlines[k + 1].text.erase(0, 1);
            change("abbreviation-full", "(" + node.text + ")", "");
            break;
          }
          glossary_[lower(node.text)] = {node.text, node.expansion};  // it stays: the glossary explains it
          out.push_back(node);
          break;
        }
        bool at_start = out.empty() || (out.size() == 1 && out[0].kind == Inline::Kind::Text &&
                                         std::string(text::trim(out[0].text)).find_first_not_of("\"(\xE2\x80\x9C") == std::string::npos);
        std::string expansion = node.expansion;
        if (at_start) expansion = match_case(expansion, "A");
        if (count_words(node.expansion) <= kShortFullForm) {  // a short full form replaces the abbreviation everywhere
          if (title) {
            bool up = true;
            for (char& ch : expansion) {
              if (up && ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
              up = ch == ' ';
            }
          }
          out.push_back(Inline::make_text(expansion));
          change("abbreviation-full", node.text, expansion);
          break;
        }
        glossary_[lower(node.text)] = {node.text, node.expansion};
        if (title) {  // the headline keeps it short; the glossary explains it
          out.push_back(node);
          break;
        }
        if (!abbreviations_seen_.insert(lower(node.text)).second) {
          out.push_back(node);
          break;
        }
        // Written out at first use, unless the source did so around it.
        std::string before = out.empty() || out.back().kind != Inline::Kind::Text ? "" : lower(out.back().text);
        std::string after = k + 1 < inlines.size() && inlines[k + 1].kind == Inline::Kind::Text ? lower(inlines[k + 1].text) : "";
        std::string le = lower(node.expansion);
        auto ends_with = [](const std::string& a, const std::string& b) {
          return a.size() >= b.size() && a.compare(a.size() - b.size(), b.size(), b) == 0;
        };
        if (ends_with(before, le + " (") || after.rfind(" (" + le, 0) == 0 || after.rfind("(" + le, 0) == 0) {
          out.push_back(node);
          break;
        }
        out.push_back(Inline::make_text(expansion + " ("));
        out.push_back(node);
        out.push_back(Inline::make_text(")"));
        change("abbreviation", node.text, expansion + " (" + node.text + ")");
        break;
      }
      case Inline::Kind::Date: {
        sentence_start_ = false;
        std::string iso = node.iso;
        // "27 Juni-3 Juli 2020", "19 Oktober hingga 1 November 2021": the first day of a
        // range takes the year printed at its end, not the bulletin's: left as written.
        bool starts_range = false;
        if (k + 1 < inlines.size() && inlines[k + 1].kind == Inline::Kind::Text) {
          const std::string& next = inlines[k + 1].text;
          starts_range = next.rfind("-", 0) == 0 || next.rfind("\xE2\x80\x93", 0) == 0 || next.rfind(" - ", 0) == 0 ||
                         next.rfind(" hingga ", 0) == 0 || next.rfind(" sampai ", 0) == 0 || next.rfind(" s.d. ", 0) == 0;
        }
        if (iso.size() == 7 && iso.rfind("--", 0) == 0 && full_iso(metadata_.date) && !title && !starts_range) {
          // "(9/6)": the year of the bulletin, or the one before for a date
          // more than a month after it.
          int y = std::stoi(metadata_.date.substr(0, 4));
          std::string candidate = std::to_string(y) + iso.substr(1);
          if (candidate > metadata_.date) {
            int bm = std::stoi(metadata_.date.substr(5, 2)), cm = std::stoi(iso.substr(2, 2));
            if (cm - bm > 1 || (cm - bm == 1 && candidate.substr(8) > metadata_.date.substr(8)))
              candidate = std::to_string(y - 1) + iso.substr(1);
          }
          using namespace std::chrono;
          year_month_day check{year{std::stoi(candidate.substr(0, 4))}, month{static_cast<unsigned>(std::stoi(candidate.substr(5, 2)))},
                               day{static_cast<unsigned>(std::stoi(candidate.substr(8, 2)))}};
          if (check.ok()) {  // not "(29/2)" in a year without it
            change("date-year", node.text, candidate);
            node.iso = iso = candidate;
          }
        }
        if (full_iso(iso) && !title && !cell) {
          std::string text = full_date(iso);
          bool paren = !node.text.empty() && node.text[0] == '(' ;
          if (paren) text = "(" + text + ")";
          if (text != node.text) {
            change("date", node.text, text);
            node.text = text;
          }
        }
        out.push_back(node);
        break;
      }
      case Inline::Kind::Number: {
        sentence_start_ = false;
        out.push_back(node);
        if (title || cell || !node.unit.empty() || node.value < 1000 || std::floor(node.value) != node.value) break;
        // "1,2 juta" already reads in words.
        bool spelled = false;
        for (char ch : node.text) spelled = spelled || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
        if (spelled) break;
        // Not inside a ratio or a compound ("2.779/1.000.000").
        if (k + 1 < inlines.size() && (inlines[k + 1].kind != Inline::Kind::Text || inlines[k + 1].text.empty() ||
                                       std::string(" .,;:)").find(inlines[k + 1].text[0]) == std::string::npos))
          break;
        // "tahun 2021", "Nomor 1234": a year or a number that names, not a count.
        if (k > 0 && inlines[k - 1].kind == Inline::Kind::Text) {
          const auto before = split_words(lower(inlines[k - 1].text));
          if (!before.empty() && data_.not_counted.count(before.back()) &&
              inlines[k - 1].text.find_last_not_of(' ') + 1 == inlines[k - 1].text.size() - 1)
            break;
        }
        // A round number reads easily as it is ("8.000").
        if (std::fmod(node.value, node.value >= 1e6 ? 1e6 : 1e3) == 0) break;
        double scale = node.value >= 1e6 ? 1e6 : 1e3;
        std::string word = data_.word(node.value >= 1e6 ? "million" : "thousand");
        double q = node.value / scale;
        double r = std::max(1.0, std::round(q));
        // "sekitar" only when the rounding hides almost nothing, so that
        // 13.841 ("hampir 14 ribu") and 14.054 ("lebih dari 14 ribu") differ.
        std::string how = std::fabs(q - r) / q <= 0.005 ? data_.word("about") : q > r ? data_.word("more-than") : data_.word("almost");
        std::string reading = how + " " + thousands(static_cast<long long>(r)) + " " + word;
        // After the counted word when one follows ("6.011 orang (sekitar 6 ribu)").
        if (k + 1 < inlines.size() && inlines[k + 1].kind == Inline::Kind::Text) {
          Inline next = inlines[k + 1];
          words(next, quoted, title, extra);
          std::string lt = lower(next.text);
          std::size_t cut_at = 0;
          for (const auto& m : data_.measures) {
            auto hits = find_phrase(Inlines{next}, m);
            if (!hits.empty() && hits.front() <= 1 && lt.find_first_not_of(' ') == hits.front()) {
              cut_at = phrase_end(Inlines{next}, hits.front(), m);
              // "kasus aktif", "kasus baru dipastikan positif": the whole thing counted.
              for (;;) {
                std::size_t b = cut_at;
                while (b < lt.size() && lt[b] == ' ') ++b;
                std::size_t e = b;
                while (e < lt.size() && lt[e] >= 'a' && lt[e] <= 'z') ++e;
                if (e == b || !data_.measure_modifiers.count(lt.substr(b, e - b))) break;
                cut_at = e;
              }
              break;
            }
          }
          auto [a, b] = cut(Inlines{next}, cut_at);
          for (Inline& x : a) out.push_back(x);
          out.push_back(Inline::make_text(" (" + reading + ")"));
          for (Inline& x : b) out.push_back(x);
          ++k;
        } else {
          out.push_back(Inline::make_text(" (" + reading + ")"));
        }
        change("number-reading", node.text, reading);
        break;
      }
      default:
        out.push_back(node);
    }
  }
  tidy(out);
  inlines = std::move(out);
}

// "X atau <em>X</em>" → "X": an alternative that reads the same once reworded.
void drop_repeated_container(Inlines& inlines, std::vector<PlainChange>& changes, std::size_t sentence, std::size_t line) {
  for (std::size_t k = 0; k + 1 < inlines.size(); ++k) {
    if (inlines[k].kind != Inline::Kind::Text || inlines[k + 1].kind == Inline::Kind::Text) continue;
    std::string& t = inlines[k].text;
    const std::string joiner = " atau ";
    if (t.size() < joiner.size() || t.compare(t.size() - joiner.size(), joiner.size(), joiner) != 0) continue;
    std::string alt = lower(plain_text(Inlines{inlines[k + 1]}));
    std::string head = lower(t.substr(0, t.size() - joiner.size()));
    if (alt.empty() || head.size() < alt.size() || head.compare(head.size() - alt.size(), alt.size(), alt) != 0) continue;
    changes.push_back({"repeated-words", t + plain_text(Inlines{inlines[k + 1]}), t.substr(0, t.size() - joiner.size()), sentence, line});
    t.erase(t.size() - joiner.size());
    inlines.erase(inlines.begin() + static_cast<std::ptrdiff_t>(k) + 1);
  }
  tidy(inlines);
}

std::vector<Inlines> Rewriter::rewrite(Inlines& sentence, bool cell) {
  std::vector<Inlines> extra;
  bool quoted = false;
  sentence_start_ = true;
  walk(sentence, quoted, false, cell, extra, "", "");
  drop_repeated_container(sentence, changes_, sentence_, line_);
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
