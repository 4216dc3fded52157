#include "facts/figures.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <cmath>
#include <map>
#include <optional>
#include <tuple>

#include "facts/yesterday.hpp"
#include "text/days.hpp"
#include "text/words.hpp"

namespace aksesibel::facts {

namespace {

using data::Phrase;
using Type = Token::Type;

constexpr std::size_t kContext = 120;  // tokens either side of a figure that are read for it

bool is_one_of(const std::string& w, const std::vector<std::string>& list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// The measures of testing, whose figures a test method (data: `testmethod`) limits.
const std::vector<std::string> kTestedMeasures = {"positivity", "specimens", "people_tested"};

// Whether the sentence whose tokens end before `end` is a question: a "?" after its
// last token (closing quotes and brackets aside).
bool asks(const Unit& u, std::size_t end) {
  if (end == 0 || end > u.tokens.size()) return false;
  const Token& last = u.tokens[end - 1];
  if (end < u.tokens.size() && u.tokens[end].sentence == last.sentence) return false;  // cut short, not its end
  for (std::size_t b = last.end; b < u.text.size(); ++b) {
    const char c = u.text[b];
    if (c == '?') return true;
    if (c == ' ' || c == '"' || c == '\'' || c == ')' || c == ']') continue;
    if (static_cast<unsigned char>(c) >= 0x80) continue;  // a closing quotation mark
    return false;
  }
  return false;
}

// Whether a word is written in capitals only ("OTG", "PDP").
bool all_capitals(const std::string& w) {
  bool any = false;
  for (char c : w) {
    if (c >= 'a' && c <= 'z') return false;
    any = any || (c >= 'A' && c <= 'Z');
  }
  return any;
}

bool clause_gap(const std::string& gap, bool with_paren_close = true) {
  return gap.find_first_of(with_paren_close ? ",;:()\"\xE2" : ",;:(\"\xE2") != std::string::npos;
}

// A phrase match in a unit.
struct Hit {
  std::size_t at;
  const Phrase* phrase;
};

// Matches of the phrases of `list` starting in [from, to) and ending before
// `to`; a match inside a longer one is dropped ("hari ini" in "per hari ini").
std::vector<Hit> hits(const Unit& u, std::size_t from, std::size_t to, const data::PhraseList& list) {
  std::vector<Hit> out;
  for (std::size_t i = from; i < to; ++i) {
    const Phrase* p = any_phrase_at(u, i, list);
    if (!p || i + p->words.size() > to) continue;
    out.push_back({i, p});
  }
  // One hit per position (the longest phrase there), in order: a hit can only lie
  // inside one that starts before it, at most as many words back as that one is long.
  std::vector<Hit> kept;
  std::size_t longest = 0;
  for (const Hit& h : out) longest = std::max(longest, h.phrase->words.size());
  for (std::size_t n = 0; n < out.size(); ++n) {
    const Hit& h = out[n];
    bool inside = false;
    for (std::size_t j = n; j-- > 0 && out[j].at + longest > h.at && !inside;) {
      const Hit& o = out[j];
      inside = h.at + h.phrase->words.size() <= o.at + o.phrase->words.size();
    }
    if (!inside) kept.push_back(h);
  }
  return kept;
}

class Reader {
 public:
  Reader(const std::vector<Unit>& units, const std::vector<std::vector<PlaceMention>>& places, const MainPlace& main,
         const Document& doc, const data::LanguageData& data)
      : units_(units), places_(places), main_(main), w_(data.fact_words), calendar_(data.calendar),
        kJoiners(w_.set("joiner")), kWhole(w_.set("whole")), kScopeLinks(w_.set("scopelink")),
        kUnitNouns(w_.set("unitnoun")) {
    date_ = doc.metadata.date;
    data_date_ = doc.metadata.data_date.empty() ? doc.metadata.date : doc.metadata.data_date;
    // "hari ini" is the data's day, unless the data are of "kemarin": then it is the bulletin's.
    today_ = data_date_;
    for (const Phrase& p : w_.yesterday)
      if (text::phrase_words(doc.metadata.data_date_text) == p.words) today_ = date_;
    // A group named in the headline ("16.638 Difabel …") is the group of its vaccination figures.
    if (!units.empty() && units[0].kind == Unit::Kind::Title)
      for (const Hit& h : hits(units[0], 0, units[0].tokens.size(), w_.population)) title_population_ = h.phrase->value;
  }

  std::vector<Figure> read() {
    // At most one figure a number: reserved, the vector is never copied to
    // grow (a Figure is ~400 bytes; growing a bulletin's 60 000 took 40 MB
    // at once), and the room never used is never touched.
    std::size_t numbers = 0;
    for (const Unit& u : units_)
      for (const Token& t : u.tokens) numbers += t.type == Type::Number ? 1 : 0;
    figures_.reserve(numbers);
    for (std::size_t k = 0; k < units_.size(); ++k) {
      const PhraseAnswersScope forget{units_[k]};
      read_unit(k);
    }
    pair_up();
    // "4.102 orang, turun 210 dibanding kemarin": a difference (or a plan) takes no measure
    // from the figure beside it either.
    for (Figure& f : figures_)
      if (f.not_a_count) f.measure.clear(), f.measure_weak = false;
    for (Figure& f : figures_) decide_kind(f);
    carry_groups();
    groups_named_before();
    apply_title_group();
    treated_as_active();
    return std::move(figures_);
  }

 private:
  // A word that leads to the value a figure became: "menjadi", and "ke" in "dari 1.200 ke
  // 950" (a number after "dari" a few words before it, a number after it).
  bool result_word(const Unit& u, std::size_t k) const {
    const Token& t = u.tokens[k];
    if (t.type != Type::Word) return false;
    if (is_one_of(t.lower, w_.set("result"))) return true;
    if (!is_one_of(t.lower, w_.set("resultafterfrom")) || k + 1 >= u.tokens.size() ||
        u.tokens[k + 1].type != Type::Number)
      return false;
    for (std::size_t j = k; j-- > 0 && k - j <= 3;)
      if (u.tokens[j].type == Type::Number) return j > 0 && is_one_of(u.tokens[j - 1].lower, w_.set("from"));
    return false;
  }

  // ---- one unit -----------------------------------------------------------
  bool is_figure(const Unit& u, std::size_t i) const {
    const Token& t = u.tokens[i];
    if (t.type != Type::Number || t.unit == "IDR") return false;
    if (i > 0 && u.tokens[i - 1].type == Type::Word && u.tokens[i - 1].sentence == t.sentence) {
      if (any_phrase_at(u, i - 1, w_.before) && !result_word(u, i - 1)) return false;  // "ke-3", not "dari 45 ke 60"
      for (const Phrase& p : w_.approx)  // "hampir 30 ribu", "2.000 hingga 3.000"
        if (i >= p.words.size() && phrase_at(u, i - p.words.size(), p)) return false;
    }
    // "antara 18.000 dan 21.000 orang": the upper bound of a range, as the lower is.
    if (i >= 3 && u.tokens[i - 1].type == Type::Word && is_one_of(u.tokens[i - 1].lower, w_.set("bothand")) &&
        u.tokens[i - 2].type == Type::Number && u.tokens[i - 3].type == Type::Word &&
        is_one_of(u.tokens[i - 3].lower, w_.set("between")))
      return false;
    // "Rasio kasus per 100.000 penduduk mencapai 237,5": a count of people or cases is whole.
    if (t.unit.empty() && !t.ambiguous && t.value != std::floor(t.value)) return false;
    // "anak 6-11 tahun", "10-15 orang": either end of a range written with a dash counts
    // no one exactly.
    auto dash = [&](std::size_t k) {
      const std::string gap = u.gap_before(k);
      return gap == "-" || gap == "\xE2\x80\x93";  // - or an en dash, without spaces
    };
    if ((i + 1 < u.tokens.size() && u.tokens[i + 1].type == Type::Number && dash(i + 1)) ||
        (i > 0 && u.tokens[i - 1].type == Type::Number && dash(i)))
      return false;
    if (i + 1 < u.tokens.size() && u.tokens[i + 1].sentence == t.sentence) {
      const Token& next = u.tokens[i + 1];
      if (next.type == Type::Word && is_one_of(next.lower, w_.set("rangeto"))) return false;
      // "13 dari 34 provinsi": a share, not a figure of its own.
      if (next.type == Type::Word && is_one_of(next.lower, w_.set("shareof")) && i + 2 < u.tokens.size() &&
          u.tokens[i + 2].type == Type::Number)
        return false;
      if (!clause_gap(u.gap_before(i + 1)) && any_phrase_at(u, i + 1, w_.notfigure)) return false;
    }
    // "BOR sudah < 60%", "≥ 1.000 kasus", "± 200 orang": a bound or an estimate, no count.
    {
      std::size_t end = t.begin;
      while (end > 0 && u.text[end - 1] == ' ') --end;
      // (A sign standing alone: "<strong>14.054" in markup read as text is no bound.)
      for (const char* sign : {"<", ">", "\xE2\x89\xA4", "\xE2\x89\xA5", "\xC2\xB1", "~", "\xE2\x89\x88"}) {
        const std::size_t n = std::strlen(sign);
        if (end >= n && u.text.compare(end - n, n, sign) == 0 &&
            (end == n || u.text[end - n - 1] == ' ' || u.text[end - n - 1] == '('))
          return false;
      }
    }
    // A rate per 100.000 or per million ("41.67/100.000"), a ratio ("50 % : 50 %"), a code.
    const std::string before = u.gap_before(i), after = i + 1 < u.tokens.size() ? u.gap_before(i + 1) : "";
    if (before.find('/') != std::string::npos || after.find('/') != std::string::npos) return false;
    if ((after.find(':') != std::string::npos && i + 1 < u.tokens.size() && u.tokens[i + 1].type == Type::Number) ||
        (before.find(':') != std::string::npos && i > 0 && u.tokens[i - 1].type == Type::Number))
      return false;
    // "… /Kab/Kota 1. Kota Palu 1 134 …": a list's number run into the text.
    if (t.inline_ && t.value < 1000 && t.inline_->text.find_first_of(".,") == std::string::npos && i > 0 &&
        i + 1 < u.tokens.size() && u.gap_before(i + 1) == ". " && u.tokens[i + 1].capital &&
        u.tokens[i - 1].type == Type::Word && !any_phrase_at(u, i - 1, w_.qualifiers) && !any_phrase_at(u, i - 1, w_.measures) &&
        !is_one_of(u.tokens[i - 1].lower, w_.set("listlead")))
      return false;
    // A rounded figure: "30 ribu", "1,9 juta" stand for no exact count.
    if (t.inline_ && t.inline_->text.find_first_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") != std::string::npos &&
        t.unit != "%")
      return false;
    // A year ("selama 2022"): four digits without a separator, 1990–2099, not counting anything.
    if (t.inline_ && t.inline_->text.size() == 4 && t.value >= 1990 && t.value <= 2099 && u.kind != Unit::Kind::Row) {
      const bool counts = i + 1 < u.tokens.size() && u.tokens[i + 1].type == Type::Word &&
                          is_one_of(u.tokens[i + 1].lower, kUnitNouns);
      if (!counts) return false;
    }
    // "173 (seratus tujuh puluh tiga)": a number spelled out again in words.
    if (!t.inline_) {
      for (std::size_t k = i; k > 0 && k + 12 > i; --k) {  // spelled-out numbers are short
        const std::string gap = u.gap_before(k);
        if (gap.find(')') != std::string::npos) break;
        if (gap.find('(') != std::string::npos) {
          if (u.tokens[k - 1].type == Type::Number) return false;
          break;
        }
      }
    }
    return true;
  }

  void read_unit(std::size_t k) {
    const Unit& u = units_[k];
    std::vector<std::size_t> at;
    for (std::size_t i = 0; i < u.tokens.size(); ++i)
      if ((u.kind != Unit::Kind::Row || i >= u.label_end) && is_figure(u, i)) at.push_back(i);
    if (u.kind == Unit::Kind::Row) {
      if (!at.empty()) {
        read_row(k, at.front());
        read_row_increase(k, at.front());
      }
      return;
    }
    // Where each token's sentence starts and ends, once per unit.
    std::vector<std::size_t> starts(u.tokens.size()), ends(u.tokens.size());
    for (std::size_t i = 0; i < u.tokens.size(); ++i)
      starts[i] = i > 0 && u.tokens[i - 1].sentence == u.tokens[i].sentence ? starts[i - 1] : i;
    for (std::size_t i = u.tokens.size(); i-- > 0;)
      ends[i] = i + 1 < u.tokens.size() && u.tokens[i + 1].sentence == u.tokens[i].sentence ? ends[i + 1] : i + 1;
    for (std::size_t n = 0; n < at.size(); ++n) {
      const std::size_t i = at[n];
      const std::size_t s = u.tokens[i].sentence;
      // A figure is read within kContext tokens either side, inside its sentence: every
      // look at its context is bounded, so a unit's figures are read in linear time
      // (docs/facts.md, limits). Real sentences are far shorter.
      const std::size_t sentence_start = std::max(starts[i], i > kContext ? i - kContext : 0);
      const std::size_t sentence_end = std::min(ends[i], i + kContext + 1);
      std::size_t left = n > 0 && u.tokens[at[n - 1]].sentence == s ? at[n - 1] + 1 : sentence_start;
      std::size_t right = n + 1 < at.size() && u.tokens[at[n + 1]].sentence == s ? at[n + 1] : sentence_end;
      left = std::max(left, sentence_start);
      right = std::min(right, sentence_end);
      read_prose(k, i, left, right, sentence_start, sentence_end);
    }
  }

  // Where a figure's clause starts: after the last , ; : ( ) between `left` and `i`.
  std::size_t clause_start(const Unit& u, std::size_t left, std::size_t i) const {
    for (std::size_t k = i; k > left; --k) {
      const std::string gap = u.gap_before(k);
      if (k == i && gap.find(':') != std::string::npos && gap.find_first_of(",;()") == std::string::npos)
        continue;  // "Sembuh : 183": the label belongs to the figure
      if (clause_gap(gap)) return k;
      // "73 kasus pada Senin (12/10) dan 29 kasus baru …": a joined clause of its own.
      if (k < i && u.tokens[k].type == Type::Word && is_one_of(u.tokens[k].lower, kJoiners) && k > left) return k + 1;
    }
    return left;
  }
  // Where its clause ends after it: at punctuation or a joining word.
  std::size_t clause_end(const Unit& u, std::size_t i, std::size_t right) const {
    std::size_t k = i + 1;
    // "173 (seratus tujuh puluh tiga) sampel": the number again in words is passed over.
    if (k < right && u.gap_before(k).find('(') != std::string::npos) {
      std::size_t close = k;
      while (close < right && u.gap_before(close + 1).find(')') == std::string::npos) ++close;
      bool words = close < right;
      for (std::size_t j = k; j <= close && j < right; ++j) words = words && !any_phrase_at(u, j, w_.measures);
      if (words && close - k < 8) k = close + 1;
    }
    for (; k < right; ++k) {
      // "41 orang tanpa gejala (OTG) yang … di Kota Semarang": an abbreviation in brackets
      // glosses the words before it; the clause goes on after it.
      if (u.gap_before(k).find('(') != std::string::npos && k + 1 < right && u.tokens[k].type == Type::Word &&
          u.tokens[k].capital && u.gap_before(k + 1).find(')') != std::string::npos &&
          u.gap_before(k + 1).find_first_of(",;.") == std::string::npos && all_capitals(u.text.substr(u.tokens[k].begin, u.tokens[k].end - u.tokens[k].begin))) {
        ++k;
        continue;
      }
      if (clause_gap(u.gap_before(k), false) || u.gap_before(k).find('.') != std::string::npos) return k;
      if (u.tokens[k].type == Type::Word && is_one_of(u.tokens[k].lower, kJoiners)) return k;
      if (any_phrase_at(u, k, w_.connectors)) return k;  // "11.783 total menjadi 782.383": the next figure's words
      if (any_phrase_at(u, k, w_.increaseafter)) return k;  // "988 orang setelah … penambahan dua kasus"
    }
    return right;
  }

  // The measures named in [from, to): the first of each, in order. "positif"
  // and "terkonfirmasi" next to another measure only describe the patients
  // ("kematian pasien positif", "pasien positif … yang sembuh"): the other one counts.
  std::vector<std::string> measures_in(const Unit& u, std::size_t from, std::size_t to, bool drop_confirmed = true) const {
    std::vector<std::string> out;
    for (const Hit& h : hits(u, from, to, w_.measures))
      if (!h.phrase->weak && std::find(out.begin(), out.end(), h.phrase->value) == out.end())
        out.push_back(h.phrase->value);
    if (drop_confirmed && out.size() > 1) out.erase(std::remove(out.begin(), out.end(), std::string("confirmed")), out.end());
    return out;
  }

  // A measure whose words end right before the figure, or with only "sebanyak",
  // "berjumlah", "mencapai"… between ("Sembuh 183", "dirawat di rumah sakit 41",
  // "kasus PDP mencapai 396").
  std::string adjacent_measure(const Unit& u, std::size_t clause_left, std::size_t i) const {
    const std::vector<std::string>& links = w_.set("link");
    std::size_t end = i;
    while (end > clause_left && u.tokens[end - 1].type == Type::Word && is_one_of(u.tokens[end - 1].lower, links)) --end;
    for (const Hit& h : hits(u, clause_left, end, w_.measures))
      if (!h.phrase->weak && h.at + h.phrase->words.size() == end) return h.phrase->value;
    return "";
  }

  // Whether the "yang" clause at `yang` names two different measures joined by a
  // "bothand" word ("yang sembuh dan meninggal", "yang isolasi mandiri maupun dirawat").
  bool relative_joins_several(const Unit& u, std::size_t yang, std::size_t clause_right) const {
    const std::vector<Hit> found = hits(u, yang + 1, clause_right, w_.measures);
    const std::vector<std::string>& joins = w_.set("bothand");
    for (std::size_t a = 0; a < found.size(); ++a) {
      if (found[a].phrase->weak) continue;
      for (std::size_t b = a + 1; b < found.size(); ++b) {
        if (found[b].phrase->weak || found[b].phrase->value == found[a].phrase->value) continue;
        for (std::size_t k = found[a].at + found[a].phrase->words.size(); k < found[b].at; ++k)
          if (u.tokens[k].type == Type::Word && is_one_of(u.tokens[k].lower, joins)) return true;
      }
    }
    return false;
  }

  // The measure of a figure: what follows it ("60 orang sembuh", "258 kasus
  // positif"), unless a "yang" clause after it restricts it ("13 pasien positif
  // yang meninggal"); that clause gives way to the phrase before the figure
  // ("jumlah kasus PDP mencapai 396 orang yang masih dirawat"). Two measures
  // before it and none after it: not certain.
  void find_measure(const Unit& u, std::size_t i, std::size_t left, std::size_t clause_left, std::size_t clause_right,
                    Figure& f) const {
    std::size_t yang = clause_right;
    for (std::size_t k = i + 1; k < clause_right; ++k)
      if (u.tokens[k].type == Type::Word && is_one_of(u.tokens[k].lower, w_.set("relative"))) {
        yang = k;
        break;
      }
    auto after = measures_in(u, i + 1, yang, false);
    // "39 sampel kasus baru positif": samples that are new cases.
    if (after.size() > 1 && after[0] == "specimens") after.erase(after.begin());
    const auto relative = yang < clause_right ? measures_in(u, yang + 1, std::min(clause_right, yang + 5))
                                              : std::vector<std::string>{};
    // Words before the clause belong to the figure before it, if there is one.
    auto before = measures_in(u, clause_left, i);
    // ("Selain kasus baru, hari ini ada 203 pasien yang sembuh": what an opening "selain"
    // sets aside is not what the figure counts.)
    if (before.empty() && left_is_sentence_start_ &&
        !(u.tokens[left].type == Type::Word && is_one_of(u.tokens[left].lower, w_.set("besides"))))
      before = measures_in(u, left, clause_left);
    // The first figure of a sentence counts the sentence's subject: "Adapun kasus aktif yang
    // masih dirawat di rumah sakit, shelter … dan isolasi mandiri … sebanyak 657" (an opening
    // "Dari …," or "Menurut …," is no subject).
    if (left_is_sentence_start_ && clause_left > left && before.size() == 1) {
      const std::vector<std::string>& openers = w_.set("opener");
      std::size_t from = left;
      if (u.tokens[from].type == Type::Word && is_one_of(u.tokens[from].lower, openers)) {
        std::size_t k = from + 1;
        while (k < i && !clause_gap(u.gap_before(k))) ++k;
        from = k;
      }
      for (const Hit& h : hits(u, from, i, w_.measures)) {
        if (h.phrase->weak) continue;
        const bool after_yang = h.at > 0 && is_one_of(u.tokens[h.at - 1].lower, w_.set("relative"));
        if (!after_yang && h.phrase->value != "confirmed") before = {h.phrase->value};
        break;
      }
    }
    // "jumlah total capaian baik dosis pertama, kedua dan ketiga … 502.469 dosis": "baik A, B
    // dan C" (both … and) before it names several things: a sum, of no one kind.
    for (std::size_t k = left; k < i; ++k)
      if (u.tokens[k].type == Type::Word && is_one_of(u.tokens[k].lower, w_.set("both")))
        for (std::size_t c = k + 2; c < i; ++c)
          if (u.tokens[c].type == Type::Word && is_one_of(u.tokens[c].lower, w_.set("bothand"))) {
            f.several_measures = true;
            return;
          }
    if (const std::string adjacent = adjacent_measure(u, clause_left, i); !adjacent.empty()) {
      f.measure = adjacent;
      return;
    }
    // "41 orang tanpa gejala (OTG) yang kini tengah dipantau": a status of 2020 (OTG, ODP,
    // PDP, suspect) named after the figure stays its measure; "dipantau" only describes them.
    if (!after.empty() && is_one_of(after[0], {"otg", "odp", "pdp", "suspect"})) {
      f.measure = after[0];
      return;
    }
    if (!relative.empty()) {
      // "7.066 kasus aktif yang menjalani isolasi mandiri maupun perawatan di rumah
      // sakit": a "yang" clause joining several measures ("dan", "maupun", "serta")
      // restricts to none of them; the figure counts what it names itself, else a sum.
      if (relative_joins_several(u, yang, clause_right)) {
        if (!after.empty() && after[0] != "confirmed") f.measure = after[0];
        else f.several_measures = true;
        return;
      }
      f.measure = before.size() == 1 ? before[0] : relative[0];
      return;
    }
    // "kasus meninggal … bertambah 1 kasus baru": "kasus baru" only says it is new.
    if (!after.empty() && after[0] == "confirmed" && after.size() == 1 && before.size() == 1 && before[0] != "confirmed") {
      f.measure = before[0];
      return;
    }
    if (!after.empty()) {
      f.measure = after[0];
      return;
    }
    if (before.size() == 1) {
      f.measure = before[0];
      return;
    }
    if (before.size() > 1) {
      f.several_measures = true;  // "baik dosis pertama, kedua dan ketiga … 502.469 dosis": a sum of several
      return;
    }
    // Only "kasus": a case count, if a qualifier makes it one.
    for (auto [from, to] : {std::pair{i + 1, std::min(clause_right, i + 3)}, std::pair{clause_left, i}})
      for (const Hit& h : hits(u, from, to, w_.measures))
        if (h.phrase->weak) {
          f.measure = h.phrase->value;
          f.measure_weak = true;
          return;
        }
  }

  // The qualifier: after the figure ("17 kasus baru"), else the nearest before it in
  // its clause, a weak one there ("saat ini") before any from an earlier clause.
  void find_qualifier(const Unit& u, std::size_t i, std::size_t left, std::size_t clause_left,
                      std::size_t clause_right, Figure& f) const {
    const std::size_t beyond_from = left_is_sentence_start_ ? left : clause_left;
    // A headline is one statement: "Data Dua Hari, Kasus Covid-19 Sumbar Bertambah 1.104" says
    // the period of its figure anywhere in it.
    const std::size_t period_from = u.kind == Unit::Kind::Title ? 0 : beyond_from;
    // "dari 9.840 kasus baru sejak 21 Juli hingga 3 Agustus", "akumulasi data sejak 24 hingga
    // 26 Desember 2021": a closed period's count, like a week's.
    auto day = [&](std::size_t d) {
      const Token& t = u.tokens[d];
      return t.type == Type::Date ||
             (t.type == Type::Number && t.unit.empty() && t.value >= 1 && t.value <= 31 && t.end - t.begin <= 2);
    };
    for (std::size_t k = period_from; k + 2 < clause_right; ++k) {
      if (u.tokens[k].type != Type::Word || !is_one_of(u.tokens[k].lower, w_.set("since"))) continue;
      std::size_t d = k + 1;
      while (d < clause_right && d <= k + 3 && !day(d)) ++d;
      if (d + 2 < clause_right + 1 && d + 1 < u.tokens.size() && day(d) &&
          u.tokens[d + 1].type == Type::Word && is_one_of(u.tokens[d + 1].lower, w_.set("rangeto")) && d + 2 < u.tokens.size() &&
          u.tokens[d + 2].type == Type::Date) {
        f.qualifier = "week";
        return;
      }
    }
    // "selama 2021", "sepanjang tahun 2021": a year's count; opening the sentence ("Sepanjang
    // 2021, pasien meninggal bertambah 2.504"), for every figure of it.
    std::size_t opening = i;
    while (opening > 0 && u.tokens[opening - 1].sentence == u.tokens[i].sentence) --opening;
    for (std::size_t k = std::min(opening, period_from); k + 1 < clause_right; ++k) {
      if (k < period_from && k > opening + 1) {
        k = period_from - 1;  // past the opening words, on from the figure's clause
        continue;
      }
      if (u.tokens[k].type != Type::Word || !is_one_of(u.tokens[k].lower, w_.set("periodlead"))) continue;
      std::size_t y = k + 1;
      if (u.tokens[y].type == Type::Word && u.tokens[y].lower == "tahun" && y + 1 < clause_right) ++y;
      const Token& year = u.tokens[y];
      const bool four_digits = year.end - year.begin == 4 && std::isdigit(static_cast<unsigned char>(u.text[year.begin]));
      if (four_digits && ((year.type == Type::Number && year.unit.empty() && year.value >= 1900 && year.value <= 2100) ||
                          year.type == Type::Date)) {
        f.qualifier = "week";
        return;
      }
    }
    // "rata-rata per hari dalam satu pekan terakhir", "dalam dua hari terakhir": not a day's count.
    for (const Hit& h : hits(u, period_from, clause_right, w_.qualifiers))
      if (h.phrase->value == "week" || h.phrase->value == "average") {
        f.qualifier = h.phrase->value;
        return;
      }
    // "angka kematian harian … menjadi 158": a day's figure, whatever verb leads to it.
    for (const Hit& h : hits(u, clause_left, clause_right, w_.qualifiers))
      if (h.phrase->primary) {
        f.qualifier = h.phrase->value;
        return;
      }
    for (auto [from, to, nearest_last] : {std::tuple{i + 1, clause_right, false}, std::tuple{clause_left, i, true},
                                          std::tuple{beyond_from, clause_left, true}}) {
      std::vector<Hit> found = hits(u, from, to, w_.qualifiers);
      // "kasus positif baru per hari ini mencapai 7.751": new and total both said strongly
      // before it in its clause: not certain.
      if (from == clause_left && to == i) {
        // ("menambah jumlah pasien sembuh menjadi 3.754": the nearest, "menjadi", joins a
        // result to its figure and decides.)
        bool said_new = false, said_total = false, new_by_verb = true;
        const Hit* nearest = nullptr;
        for (const Hit& h : found) {
          if (!h.phrase->weak && h.phrase->value == "new") said_new = true, new_by_verb = new_by_verb && h.phrase->verb;
          said_total = said_total || (!h.phrase->weak && h.phrase->value == "total");
          if (!h.phrase->weak) nearest = &h;
        }
        if (said_new && said_total && !(new_by_verb && any_phrase_at(u, nearest->at, w_.connectors))) return;
        // "angka kematian hari itu mencapai 39 orang": the day named, and only a weak
        // word of a total ("mencapai") nearer: that day's count or the total reached, not
        // certain.
        bool weak_day = false, weak_total = false, strong = false;
        for (const Hit& h : found) {
          strong = strong || !h.phrase->weak;
          weak_day = weak_day || (h.phrase->weak && h.phrase->value == "new");
          weak_total = weak_total || (h.phrase->weak && h.phrase->value == "total");
        }
        if (weak_day && weak_total && !strong) return;
      }
      if (nearest_last) std::reverse(found.begin(), found.end());
      for (bool weak : {false, true})
        for (const Hit& h : found)
          if (h.phrase->weak == weak) {
            f.qualifier = h.phrase->value;
            f.qualifier_weak = weak;
            return;
          }
    }
  }

  // The place a figure belongs to.
  void find_scope(std::size_t k, std::size_t i, std::size_t left, std::size_t clause_right, std::size_t sentence_start,
                  Figure& f) const {
    const Unit& u = units_[k];
    const auto& places = places_[k];
    // Right after it: "12 orang di Donggala", "58 pasien … warga Kota Medan", unless the
    // places share it ("tersebar di", "terjadi di").
    std::size_t spread_at = clause_right;
    for (const Hit& h : hits(u, i + 1, clause_right, w_.spread)) spread_at = std::min(spread_at, h.at);
    // The mentions are in order of their first token: look from the figure on.
    const std::size_t first_after = static_cast<std::size_t>(
        std::upper_bound(places.begin(), places.end(), i, [](std::size_t v, const PlaceMention& p) { return v < p.first; }) -
        places.begin());
    // "… tiga kasus baru juga terjadi di Kabupaten Gorontalo": one place after the cue is
    // where it happened, not a spread.
    if (spread_at < clause_right) {
      std::size_t after = 0;
      for (std::size_t m = first_after; m < places.size() && after < 2; ++m) {
        if (u.tokens[places[m].first].sentence != u.tokens[i].sentence) break;
        if (places[m].first > spread_at) ++after;
      }
      if (after == 1) spread_at = clause_right;
    }
    for (std::size_t m = first_after; m < places.size() && places[m].first < spread_at; ++m) {
      const PlaceMention& p = places[m];
      // "… bertambah 120 orang secara nasional": the country or the world needs no "di".
      const bool linked = p.what != PlaceMention::What::Region ||
                          (p.first > 0 && u.tokens[p.first - 1].type == Type::Word &&
                           is_one_of(u.tokens[p.first - 1].lower, kScopeLinks));
      if (!linked) continue;
      // "8 orang dari Kabupaten Jayapura 3 orang, Mimika 3 …": a breakdown, each place with its figure.
      // ("108 di DKI Jakarta, satu kasus di Aceh": after a comma the next figure is another's.)
      if (p.last + 1 < u.tokens.size() && u.tokens[p.last + 1].type == Type::Number &&
          u.gap_before(p.last + 1).find_first_of(",;") == std::string::npos)
        break;
      f.scope = scope_of(p);
      f.scope_stated = true;
      // "di Toli-toli dan Palu": several places.
      if (m + 1 < places.size()) {
        const PlaceMention& q = places[m + 1];
        bool joined = q.first == p.last + 2 && u.tokens[p.last + 1].type == Type::Word &&
                      is_one_of(u.tokens[p.last + 1].lower, w_.set("pair"));
        joined = joined || (q.first == p.last + 1 && u.gap_before(q.first).find(',') != std::string::npos);
        if (joined) f.scope = Scope{Scope::Level::Unknown, "", ""};
      }
      return;
    }
    // Before it in its clause ("Kota Palu 8", "di Sulteng saat ini mencapai 6.011"), then
    // before it in its sentence ("Di Kota Medan … 4.182 kasus, di mana 1.974 orang sembuh").
    for (std::size_t from : {left, sentence_start}) {
      for (std::size_t m = first_after; m-- > 0;) {
        const PlaceMention& p = places[m];
        if (p.first < from) break;
        if (p.last >= i) continue;
        f.scope = scope_of(p);
        f.scope_stated = true;
        return;
      }
    }
    // "data Kementerian Kesehatan mencatat pasien meninggal bertambah 1.579 orang" in a
    // province's bulletin: a national source's figure with no place of its own may be the
    // country's; not certain.
    if (main_.what == MainPlace::What::Region && !hits(u, sentence_start, i, w_.nationalsource).empty()) {
      f.scope = Scope{};
      return;
    }
    // "Malaysia hari ini mencatat 93 pasien meninggal": another country's figure, never the
    // main place's.
    if (!hits(u, sentence_start, clause_right, w_.foreign).empty()) {
      f.scope = Scope{};
      return;
    }
    // A regency's or city's bulletin also quotes its province: a figure "secara keseluruhan"
    // with no place of its own may be either's.
    if (main_.what == MainPlace::What::Region && main_.region && main_.region->level != "province")
      for (std::size_t k = sentence_start; k < i; ++k)
        if (any_phrase_at(u, k, w_.wholearea)) {
          f.scope = Scope{};
          return;
        }
    // "Di tingkat Jawa Tengah, kasus baru hari ini mencapai 3.470. Pasien sembuh bertambah
    // 2.986 orang" in a Banyumas bulletin: the place of an earlier sentence of the paragraph,
    // outside the main place, may still hold; the figure's place is not certain.
    const Scope main = scope_of(main_);
    const std::size_t before = static_cast<std::size_t>(
        std::lower_bound(places.begin(), places.end(), sentence_start,
                         [](const PlaceMention& p, std::size_t v) { return p.first < v; }) -
        places.begin());
    if (before > 0 && !main.code.empty()) {
      const Scope earlier = scope_of(places[before - 1]);
      const bool inside = earlier.code == main.code || earlier.code.rfind(main.code + ".", 0) == 0;
      if (!inside && earlier.level != Scope::Level::Unknown) {
        f.scope = Scope{};
        return;
      }
    }
    f.scope = main;
  }

  // "Senin (30/5/2021)" when 30 May 2021 was a Sunday: a date the source got wrong is no date.
  bool weekday_disproves(const Token& t) const {
    if (!t.inline_ || t.inline_->weekday.empty() || t.inline_->iso.size() != 10) return false;
    const auto day = text::day_number(t.inline_->iso);
    const auto wd = calendar_.weekday_numbers.find(text::lower_ascii(t.inline_->weekday));
    return day && wd != calendar_.weekday_numbers.end() && text::iso_weekday(*day) != wd->second;
  }

  std::string resolve(const std::string& iso) const {
    if (iso.size() == 7 && iso.rfind("--", 0) == 0) return text::with_year(iso, date_.empty() ? data_date_ : date_);
    return iso;
  }

  // A word of contrast ("sedangkan", data/facts-id.tsv `turn`) between two figures of a sentence.
  bool turns_between(const Figure& a, const Figure& b) const {
    if (a.unit != b.unit || b.token <= a.token || b.token - a.token > kContext) return false;
    const Unit& u = units_[a.unit];
    for (std::size_t k = a.token + 1; k < b.token; ++k)
      if (any_phrase_at(u, k, w_.turn)) return true;
    return false;
  }

  // "Sejak kasus perdana ditemukan di Palu pada 28 Maret 2020, …": a date in a clause
  // opened by "sejak" (a few words before it, no comma between) is background.
  bool background(const Unit& u, std::size_t d) const {
    if (cued(u, d, w_.backgroundcue)) return true;
    for (std::size_t back = 1; back <= 8 && back <= d; ++back) {
      const std::size_t k = d - back;
      if (u.tokens[k].type == Type::Word && is_one_of(u.tokens[k].lower, w_.set("since"))) return true;
      if (clause_gap(u.gap_before(k))) break;
    }
    return false;
  }

  bool cued(const Unit& u, std::size_t date_token, const data::PhraseList& cues) const {
    for (const Phrase& p : cues)
      for (std::size_t back = 1; back <= 3 && back <= date_token; ++back)
        if (phrase_at(u, date_token - back, p) && date_token - back + p.words.size() >= date_token - 1) return true;
    return false;
  }

  void find_date(std::size_t k, std::size_t i, std::size_t clause_left, std::size_t clause_right,
                 std::size_t sentence_start, std::size_t sentence_end, Figure& f) {
    const Unit& u = units_[k];
    // "keesokan harinya": the day after the last date named.
    if (!hits(u, sentence_start, i, w_.nextday).empty() && !last_date_.empty()) {
      f.date = text::add_days(last_date_, 1);
      return;
    }
    // "Pada Rabu kemarin": the last Wednesday before the bulletin; before the figure in
    // its sentence, or after it in its clause ("bertambah 96 orang pada Rabu kemarin").
    for (std::size_t k2 = sentence_start; k2 + 1 < clause_right; ++k2) {
      if (k2 == i) continue;
      auto wd = calendar_.weekday_numbers.find(u.tokens[k2].lower);
      if (wd == calendar_.weekday_numbers.end() || !u.tokens[k2].capital ||
          !any_phrase_at(u, k2 + 1, w_.yesterday))
        continue;
      // "Dibanding Rabu kemarin, …": the day compared with, not the figure's.
      if (k2 > 0 && (any_phrase_at(u, k2 - 1, w_.notyesterday) || any_phrase_at(u, k2 - 1, w_.comparecue))) continue;
      if (auto today = text::day_number(date_)) {
        long d = *today - 1;
        while (text::iso_weekday(d) != wd->second) --d;
        f.date = text::iso_of_day(d);
        f.history = false;
        last_date_ = f.date;
      }
      return;
    }
    // A date in its own clause ("29 kasus baru pada Selasa ini", "27 pasien sembuh
    // pada Selasa (13/10)"), else in its sentence: the nearest before it, else the
    // nearest after it; never a date compared with ("dibanding Sabtu (25/4)").
    const Token* chosen = nullptr;
    auto usable = [&](std::size_t d) {
      return u.tokens[d].type == Type::Date && !cued(u, d, w_.comparecue) && !background(u, d) &&
             !weekday_disproves(u.tokens[d]);
    };
    for (std::size_t d = i; d-- > clause_left && !chosen;)
      if (usable(d)) chosen = &u.tokens[d];
    for (std::size_t d = i + 1; d < clause_right && !chosen; ++d)
      if (usable(d)) chosen = &u.tokens[d];
    // "kemarin tercatat 38 kasus baru": the day before the bulletin.
    // The nearest of it and a printed date before the figure wins ("Palu, Selasa
    // (21/9/2021) - … mencatat kemarin ada 38 kasus": the 20th).
    auto yesterday_in = [&](std::size_t from, std::size_t to) {
      const std::string day = text::add_days(date_, -1);
      if (day.empty()) return false;
      for (std::size_t d = to; d-- > from;) {
        if (chosen && d < i && &u.tokens[d] == chosen) return false;
        if (says_yesterday(words_of(k), d, w_, calendar_)) {
          f.date = day;
          last_date_ = day;
          return true;
        }
      }
      return false;
    };
    const bool clause_date = chosen != nullptr;
    const bool clause_date_before = clause_date && chosen < &u.tokens[i];
    if ((!clause_date || clause_date_before) && yesterday_in(clause_left, clause_date ? i : clause_right)) return;
    if (!chosen)
      for (std::size_t d = clause_left; d < clause_right; ++d)
        if (u.tokens[d].type == Type::Word && is_one_of(u.tokens[d].lower, w_.set("today")) && d > 0 &&
            (is_one_of(u.tokens[d - 1].lower, w_.set("day")) ||
             (u.tokens[d - 1].capital && calendar_.weekday_numbers.count(u.tokens[d - 1].lower)))) {
          f.date = today_;  // "hari ini", "Selasa ini" ("minggu ini" is this week): the bulletin's day
          return;
        }
    for (std::size_t d = i; d-- > sentence_start && !chosen;)
      if (usable(d)) chosen = &u.tokens[d];
    if (!clause_date && yesterday_in(sentence_start, i)) return;
    // "Hari ini, jumlah pasien sembuh bertambah 20 orang": said before it in its sentence.
    if (!chosen)
      for (std::size_t d = sentence_start + 1; d < i; ++d)
        if (u.tokens[d].type == Type::Word && is_one_of(u.tokens[d].lower, w_.set("today")) &&
            is_one_of(u.tokens[d - 1].lower, w_.set("day"))) {
          // The day of its paragraph when one was said before ("… Selasa 21 April 2020. … hari ini"),
          // unless that day was said to be yesterday ("Kemarin, Rabu (14/7), … Hari ini …").
          const Token* own = last_full_date_before(k, sentence_start);
          f.date = own && !said_as_yesterday(k, static_cast<std::size_t>(own - u.tokens.data())) ? own->inline_->iso
                                                                                             : today_;
          return;
        }
    if (!chosen)
      for (std::size_t d = i + 1; d < sentence_end; ++d)
        if (usable(d)) {
          chosen = &u.tokens[d];
          break;
        }
    if (chosen && chosen->inline_) {
      const std::string iso = resolve(chosen->inline_->iso);
      if (iso.size() == 10 || (iso.size() == 7 && iso[0] == '-')) {
        f.date = iso;
        last_date_ = iso;
        return;
      }
      // "Pada Januari 2021 lalu, … sempat mencapai 350 kasus", "Sepanjang Juni 2021":
      // a month's figure, or a day's in it; not the bulletin's day.
      if (iso.size() == 7) {
        f.date = iso;
        return;
      }
    }
    // "Adapun pada Selasa, Bali melaporkan tambahan 1.412 kasus": a weekday alone, in its
    // clause or before it in its sentence, is that day: the data date's or the bulletin's
    // if it is theirs, else the one date of the text printed with that weekday; else
    // the figure's date is not certain.
    if (!chosen) {
      const Token* weekday = nullptr;
      auto bare_weekday = [&](std::size_t d) {
        const Token& t = u.tokens[d];
        return t.type == Type::Word && t.capital && calendar_.weekday_numbers.count(t.lower) > 0;
      };
      for (std::size_t d = clause_left; d < clause_right && !weekday; ++d)
        if (d != i && bare_weekday(d)) weekday = &u.tokens[d];
      for (std::size_t d = sentence_start; d < i && !weekday; ++d)
        if (bare_weekday(d)) weekday = &u.tokens[d];
      if (weekday) {
        const int wd = calendar_.weekday_numbers.at(weekday->lower);
        auto weekday_of = [](const std::string& iso) {
          const auto n = text::day_number(iso);
          return n ? text::iso_weekday(*n) : -1;
        };
        if (weekday_of(data_date_) == wd) {
          f.date = data_date_;
          return;
        }
        if (weekday_of(date_) == wd) {
          f.date = date_;
          return;
        }
        // The dates printed with each weekday: one pass over the document, at the first question.
        if (!weekday_dates_known_) {
          weekday_dates_known_ = true;
          for (const Unit& other : units_)
            for (const Token& t : other.tokens)
              if (t.type == Type::Date && t.inline_ && t.inline_->iso.size() == 10)
                if (const int w = weekday_of(t.inline_->iso); w >= 0) {
                  auto& [date, several] = weekday_dates_[w];
                  several = several || (!date.empty() && date != t.inline_->iso);
                  date = t.inline_->iso;
                }
        }
        const auto it = weekday_dates_.find(wd);
        f.date = it == weekday_dates_.end() || it->second.second ? "" : it->second.first;
        return;
      }
    }
    // Its paragraph's own date, said earlier in it ("… pada Selasa 21 April 2020. Total … hari ini, yakni 842").
    const Token* earlier = last_full_date_before(k, sentence_start);
    f.date = earlier ? earlier->inline_->iso : data_date_;
  }

  // A figure's number as printed, before anything is read of it.
  Figure figure_at(std::size_t k, std::size_t i) const {
    const Unit& u = units_[k];
    const Token& t = u.tokens[i];
    Figure f;
    f.unit = k;
    f.token = i;
    f.text = u.text.substr(t.begin, t.end - t.begin);
    f.value = t.value;
    f.sign = t.unit;
    f.ambiguous = t.ambiguous;
    if (t.inline_ && t.inline_->kind == Inline::Kind::Number) f.style = t.inline_->style;
    return f;
  }

  void read_prose(std::size_t k, std::size_t i, std::size_t left, std::size_t right, std::size_t sentence_start,
                  std::size_t sentence_end) {
    const Unit& u = units_[k];
    const Token& t = u.tokens[i];
    Figure f = figure_at(k, i);
    const std::size_t clause_left = clause_start(u, left, i);
    const std::size_t clause_right = clause_end(u, i, right);
    left_is_sentence_start_ = left == sentence_start;

    find_measure(u, i, left, clause_left, clause_right, f);
    // "Sedangkan pada kasus suspek, … penurunan satu kasus dari 563 menjadi 562 orang": the
    // measure its sentence opens with is what a figure counts that names none of its own.
    if (f.measure.empty() || f.measure_weak) {
      std::size_t k = sentence_start;
      while (k < i && u.tokens[k].type == Type::Word &&
             is_one_of(u.tokens[k].lower, w_.set("topic")))
        ++k;
      if (k > sentence_start) {
        std::size_t end = k;
        while (end < i && !clause_gap(u.gap_before(end + 1))) ++end;
        // "Sementara kasus konfirmasi positif yang meninggal …": the "yang" clause says what is counted.
        bool found = false;
        for (const Hit& h : hits(u, k, std::min(end + 1, i), w_.measures)) {
          if (h.phrase->weak) continue;
          const bool after_yang = h.at > 0 && is_one_of(u.tokens[h.at - 1].lower, w_.set("relative"));
          if (found && !after_yang) continue;
          f.measure = h.phrase->value;
          f.measure_weak = false;
          if (found) break;
          found = true;
        }
      }
    }
    // "15 orang meninggal dunia dengan status suspek dan probable": deaths of cases not
    // confirmed, neither the suspect count nor the deaths of the confirmed.
    {
      // (Up to the next figure, a few words on: "dengan status suspek" ends no count.)
      const std::size_t until = std::min(right, i + 10);
      const auto after = measures_in(u, i + 1, until, false);
      const bool deaths = std::find(after.begin(), after.end(), "deaths") != after.end();
      bool unconfirmed = false;
      for (std::size_t d = i + 1; d < until && !unconfirmed; ++d)
        unconfirmed = u.tokens[d].type == Type::Word && is_one_of(u.tokens[d].lower, w_.set("unconfirmed"));
      if (deaths && unconfirmed) f.measure.clear(), f.measure_weak = false, f.not_a_count = true;
    }
    // "angka kematian naik 35 persen dibanding Juli", "meningkat sebesar 12 persen": a
    // percentage right after a verb of change is the change, not the rate.
    if (u.tokens[i].unit == "%" && i > 0) {
      std::size_t v = i - 1;
      if (v > 0 && u.tokens[v].type == Type::Word && u.tokens[v].lower == "sebesar") --v;
      if (u.tokens[v].type == Type::Word && is_one_of(u.tokens[v].lower, w_.set("changeverb")))
        f.measure.clear(), f.measure_weak = false, f.not_a_count = true;
    }
    find_qualifier(u, i, left, clause_left, clause_right, f);
    // "kasus baru kemarin hanya 14 orang, sedangkan pasien sembuh mencapai 97 orang": a
    // weak word of a total ("mencapai") in a sentence about one day may say that day's
    // count; not certain.
    if (f.qualifier == "total" && f.qualifier_weak) {
      bool day = false;
      for (std::size_t d = sentence_start; d < i && !day; ++d) {
        day = says_yesterday(words_of(k), d, w_, calendar_);
        if (const data::Phrase* p = any_phrase_at(u, d, w_.qualifiers); p && p->weak && p->value == "new") day = true;
      }
      if (day) f.qualifier.clear(), f.qualifier_weak = false;
    }
    f.connector_before =
        (!hits(u, left, i, w_.connectors).empty() || (i > left && result_word(u, i - 1))) && left > sentence_start;
    f.of_amount = !hits(u, left, i, w_.amount).empty();
    f.increase_after = !f.connector_before && left > sentence_start && !hits(u, left, i, w_.increaseafter).empty();
    for (const Hit& h : hits(u, left, i, w_.connectors))
      if (h.phrase->words.size() == 1 && is_one_of(h.phrase->words[0], w_.set("addsto"))) f.adds_to_total = true;
    f.same_figure = f.sign == "%" && i == left + 1 && is_one_of(u.tokens[left].lower, w_.set("alternative"));
    f.in_parentheses = clause_left > sentence_start && u.gap_before(clause_left).find('(') != std::string::npos;
    {
      std::size_t first = left;
      while (first < i && u.tokens[first].type == Type::Word && is_one_of(u.tokens[first].lower, kUnitNouns)) ++first;
      bool joined = false;
      for (std::size_t k = first; k <= i && !joined; ++k)
        joined = u.gap_before(k).find_first_of(",;") != std::string::npos ||
                 (k < i && u.tokens[k].type == Type::Word && is_one_of(u.tokens[k].lower, kJoiners));
      f.coordinated = left > sentence_start && joined;
    }
    find_scope(k, i, left, clause_right, sentence_start, f);
    // "38 kasus … yang tersebar di Kota Palu 21 orang, Kabupaten Sigi 9 orang": a figure after
    // a spread cue, with a place of its own, is a part of the figure before the cue.
    {
      std::size_t cue = i;
      for (const Hit& h : hits(u, sentence_start, i, w_.spread)) cue = h.at;
      if (cue < i && f.scope_stated && !f.connector_before)
        for (std::size_t g = figures_.size(); g-- > 0;) {
          const Figure& head = figures_[g];
          if (head.unit != k || u.tokens[head.token].sentence != t.sentence || head.token < sentence_start) break;
          if (head.token < cue && head.spread_of == 0) {
            f.spread_of = g + 1;
            break;
          }
        }
    }
    f.part = !hits(u, left, i, w_.part).empty() || !hits(u, i + 1, clause_right, w_.part).empty();
    // "24 orang di RSUP Dr. Kariadi", "11 Isolasi Mandiri (RSUP …)": the figure of one named hospital;
    // "30 orang berasal dari Kecamatan Luwuk": of one district, village or ward.
    for (const data::PhraseList* places : {&w_.facility, &w_.subarea})
      for (const Hit& h : hits(u, i + 1, right, *places)) {
        const std::size_t name = h.at + h.phrase->words.size();
        if (name < right && u.tokens[name].type == Type::Word && u.tokens[name].capital) f.part = true;
      }
    // "Di RSUP Dr Sardjito sendiri BOR ICU masih 92 persen": a named place of that kind
    // opening the figure's clause with "di" places the figure there too; so does one that
    // opens it as its subject ("RS PKU Muhammadiyah Gamping mencatat BOR 93 persen").
    for (const data::PhraseList* places : {&w_.facility, &w_.subarea})
      for (const Hit& h : hits(u, clause_left, i, *places)) {
        const std::size_t name = h.at + h.phrase->words.size();
        const bool at = h.at > 0 && h.at - 1 >= clause_left && is_one_of(u.tokens[h.at - 1].lower, w_.set("at"));
        if ((at || h.at == clause_left) && name < i && u.tokens[name].type == Type::Word && u.tokens[name].capital)
          f.part = true;
      }
    // "selisih angka sebanyak 233 kasus", "penurunan satu kasus": a difference, not a
    // count ("turun menjadi 591" is the count after it).
    // "… batas kewajaran dari WHO, yaitu 5 persen": an apposition's figure is the noun's before it.
    const bool apposition = clause_left < i && u.tokens[clause_left].type == Type::Word &&
                            is_one_of(u.tokens[clause_left].lower, w_.set("apposition")) && clause_left > left;
    // ("turun dari 89 persen menjadi 64 persen": 89, after "dari", is the value before, no difference.)
    const bool value_before = i > 0 && u.tokens[i - 1].type == Type::Word && is_one_of(u.tokens[i - 1].lower, w_.set("from"));
    for (const Hit& h : hits(u, apposition ? left : clause_left, i, w_.notcount)) {
      if (value_before) break;
      bool result = false;
      for (std::size_t k = h.at + h.phrase->words.size(); k < i; ++k)
        result = result || result_word(u, k);
      if (!result) {
        f.measure.clear();
        f.not_a_count = true;
      }
    }
    // "Sebanyak 1.250 lansia ditargetkan menerima booster", "akan divaksin 500 orang": a plan
    // or a target, wherever its word stands in the clause.
    if (!hits(u, clause_left, clause_right, w_.plan).empty()) {
      f.measure.clear();
      f.not_a_count = true;
    }
    // "membantah kabar yang menyebut 100 warga meninggal", "Pesan berantai menyebut … 500
    // orang", "Benarkah … Bertambah 500 Hari Ini?": a claim reported, denied or asked about,
    // anywhere in its sentence, is no count.
    if (!hits(u, sentence_start, sentence_end, w_.hearsay).empty() || asks(u, sentence_end)) {
      f.measure.clear();
      f.not_a_count = true;
    }
    // "cakupan dosis pertama baru 41 persen dari 198.000 lansia": the whole a share is
    // taken of, not those counted ("12% dari 1.775 spesimen yang diperiksa" names what
    // it counts itself, after it).
    if (i >= 2 && u.tokens[i - 1].type == Type::Word && is_one_of(u.tokens[i - 1].lower, w_.set("from")) &&
        u.tokens[i - 2].type == Type::Number && u.tokens[i - 2].unit == "%" &&
        measures_in(u, i + 1, clause_right, false).empty()) {
      f.measure.clear();
      f.not_a_count = true;
    }
    // "turun menjadi 591 dibandingkan Kamis (2/9) sebanyak 635": the figure compared with is earlier.
    if (!hits(u, clause_left, i, w_.comparecue).empty()) f.history = true;
    // "mencatat sebelas kasus baru, bertambah lima dibanding kemarin": after a figure of its
    // sentence, a figure compared with another day is the change of that figure, no count
    // ("turun menjadi 591 dibandingkan …" is the result, a count).
    {
      std::size_t j = i + 1;
      while (j < clause_right && u.tokens[j].type == Type::Word && is_one_of(u.tokens[j].lower, kUnitNouns)) ++j;
      bool result = false;
      for (std::size_t d = clause_left; d < i; ++d) result = result || result_word(u, d);
      bool figure_before = false;
      for (std::size_t g = figures_.size(); g-- > 0 && !figure_before;) {
        const Figure& before = figures_[g];
        if (before.unit != k || u.tokens[before.token].sentence != t.sentence || before.token < sentence_start) break;
        figure_before = before.token < i && !before.not_a_count;
      }
      if (!result && figure_before && j < clause_right && u.tokens[j].sentence == t.sentence &&
          any_phrase_at(u, j, w_.comparecue)) {
        f.measure.clear();
        f.not_a_count = true;
      }
    }
    // "Dari jumlah itu, …": parts of the figure before, with its qualifier.
    for (const data::Phrase& p : w_.anaphor)
      if (phrase_at(u, sentence_start, p)) f.anaphoric = true;
    {
      std::size_t k = i + 1;
      while (k < right && u.tokens[k].type == Type::Word && is_one_of(u.tokens[k].lower, kUnitNouns)) ++k;
      // "41 di antaranya telah dinyatakan sembuh": of the figure before it in the sentence.
      const auto& among_words = w_.set("among");
      const bool among = k < right && (is_one_of(u.tokens[k].lower, among_words) ||
                                       (is_one_of(u.tokens[k].lower, kScopeLinks) && k + 1 < right &&
                                        is_one_of(u.tokens[k + 1].lower, among_words)));
      if (among) f.of_figure_before = left > sentence_start;
      // "2.410 spesimen …, terdiri dari 1.320 sampel PCR …": a breakdown of the figure before
      // it in the sentence (a part when it counts the same thing; "121 kasus, terdiri dari …
      // 14 meninggal" counts another).
      for (std::size_t t = clause_left; t < i && !f.of_figure_before; ++t)
        if (u.tokens[t].type == Type::Word && is_one_of(u.tokens[t].lower, w_.set("breakdown")))
          f.of_figure_before = left > sentence_start;
      // "… yang mana 13 kasus diantaranya …" with no figure before it: of something unnamed, a part.
      if (among && !f.of_figure_before) f.part = true;
      // "27 pasien sembuh pada Selasa (13/10)": the count of that day.
      for (std::size_t d = i + 1; d < clause_right && d + 1 < u.tokens.size(); ++d)
        if (u.tokens[d].type == Type::Word && is_one_of(u.tokens[d].lower, w_.set("onday")) && d + 1 < u.tokens.size() &&
            u.tokens[d + 1].type == Type::Date)
          f.on_a_day = true;
    }
    // "masih ada 14 pasien terkonfirmasi … dan masih dirawat": still positive, not the total
    // ("masih tercatat 131 kasus baru" is the day's new cases all the same).
    if (f.measure == "confirmed" && !(f.qualifier == "new" && !f.qualifier_weak))
      for (std::size_t k = clause_left; k < i; ++k)
        if (u.tokens[k].type == Type::Word && is_one_of(u.tokens[k].lower, w_.set("still"))) f.measure.clear();
    if (f.part && !f.scope_stated) f.scope = Scope{};
    // Dated before the bulletin: a history word in its clause, or opening its sentence ("Kemarin, …").
    f.history = f.history || !hits(u, clause_left, i, w_.history).empty();
    // "naik dari 90 menjadi 178": 90 is the value before.
    // ("turun dari 89 persen pada awal Agustus menjadi 64 persen": a "menjadi" later in its
    // clause, before any other figure, makes it the value before all the same.)
    if (i > 0 && is_one_of(u.tokens[i - 1].lower, w_.set("from"))) {
      std::size_t k = i + 1;
      while (k < right && u.tokens[k].type == Type::Word && is_one_of(u.tokens[k].lower, kUnitNouns)) ++k;
      if (k < right && result_word(u, k)) f.history = f.value_before = true;
      // (A connector ends the clause: the "menjadi" there is its last word.)
      for (; k <= clause_right && k < right && u.tokens[k].type != Type::Number; ++k)
        if (u.tokens[k].type == Type::Word && result_word(u, k)) {
          f.history = f.value_before = true;
          break;
        }
    }
    for (std::size_t s = sentence_start; s < sentence_start + 3 && s < i; ++s)
      if (any_phrase_at(u, s, w_.history)) f.history = true;
    // "positivity rate Kota Bogor pekan lalu mencapai 18 persen": a history phrase before
    // the figure in its sentence, with no other figure between them and no comparison
    // before it ("dibanding pekan lalu, … naik menjadi 210" compares with it).
    if (!f.history) {
      std::size_t from = sentence_start;
      for (std::size_t k = i; k-- > sentence_start;)
        if (u.tokens[k].type == Type::Number) {
          from = k + 1;
          break;
        }
      for (const Hit& h : hits(u, from, i, w_.history)) {
        bool compared = false, bracketed = false;
        for (std::size_t b = h.at; b-- > from && b + 3 > h.at;) compared = compared || any_phrase_at(u, b, w_.comparecue);
        // ("30 orang (bertambah satu dari kemarin) dan 48 jiwa meninggal": another figure's bracket.)
        for (std::size_t k = h.at + 1; k <= i; ++k) bracketed = bracketed || u.gap_before(k).find(')') != std::string::npos;
        if (!compared && !bracketed) f.history = true;
      }
    }
    // "Pada periode yang sama tahun lalu, kasus baru harian hanya 12": a clause that opens
    // the sentence, holds no figure of its own and dates it before the bulletin dates the
    // figures after it ("dari catatan sebelumnya … 5.305 kasus, kini … 6.257" does not).
    {
      std::size_t opening_end = sentence_start + 1;
      while (opening_end < i && !clause_gap(u.gap_before(opening_end))) ++opening_end;
      bool figure = false;
      for (std::size_t k = sentence_start; k < opening_end && k < u.tokens.size(); ++k)
        figure = figure || u.tokens[k].type == Type::Number;
      if (opening_end < i && opening_end <= clause_left && !figure &&
          !hits(u, sentence_start, opening_end, w_.history).empty())
        f.history = true;
    }
    // "591 orang dibandingkan Kamis (2/9) sebanyak 635 orang": after a comparison with
    // the figure before it in its sentence, the figure compared with.
    if (!figures_.empty() && !f.connector_before) {
      const Figure& prev = figures_.back();
      if (prev.unit == k && u.tokens[prev.token].sentence == t.sentence && !hits(u, prev.token + 1, i, w_.comparecue).empty())
        f.history = true;
    }
    // "turun dari 8.077 kemarin": the day before's figure, compared with.
    if (yesterday_follows(words_of(k), i + 1, w_)) f.history = true;
    find_date(k, i, clause_left, clause_right, sentence_start, sentence_end, f);
    for (const Hit& h : hits(u, clause_left, clause_right, w_.population)) f.population = h.phrase->value;
    // "Sedangkan vaksinasi untuk lansia dari sasaran …, capaiannya sebesar 21.757 dosis": the
    // group its sentence is about, unless the sentence turns to the whole before the figure.
    if (f.population.empty()) {
      std::vector<Hit> earlier = hits(u, sentence_start, clause_left, w_.population);
      if (!earlier.empty()) {
        bool whole = false;
        for (std::size_t t = earlier.back().at; t < i; ++t) whole = whole || is_one_of(u.tokens[t].lower, kWhole);
        if (whole) f.group_unclear = true;
        else f.population = earlier.back().phrase->value;
      }
    }
    if (f.population.empty()) {
      if (const Hit* v = last_variant_before(k, clause_right)) f.population = v->phrase->value;
      // "Kasus Covid 19 Omicron terus bertambah. | … | Data terkini sudah mencapai 1.313 kasus.":
      // a figure whose sentence names nothing it counts before it ("kasus" after it at most)
      // takes the variant of the two paragraphs before.
      else if ((f.measure.empty() || f.measure_weak) && units_[k].kind == Unit::Kind::Text &&
               hits(u, sentence_start, i, w_.measures).empty())
        for (std::size_t back = 1; back <= 2 && back <= k && f.population.empty(); ++back)
          if (units_[k - back].kind == Unit::Kind::Text)
            if (const Hit* v = last_variant_before(k - back, units_[k - back].tokens.size())) f.population = v->phrase->value;
    }
    // "Positivity rate PCR 12,5 persen, antigen 4,1 persen": a rate or a count of tests
    // by one method is that method's, never the rate or count of all tests.
    // Two methods in its clause ("melalui PCR dan TCM"): of both together, or of one? Unclear.
    if (f.population.empty() && is_one_of(f.measure, kTestedMeasures))
      for (const Hit& h : hits(u, clause_left, clause_right, w_.testmethod)) {
        if (f.test_method && f.population != h.phrase->value) f.group_unclear = true;
        f.population = h.phrase->value, f.test_method = true;
      }
    // "melalui PCR dan TCM … 1.480 sampel": "dan" opens the figure's clause, and the method
    // just before it is as much the figure's.
    if (f.test_method && !f.group_unclear) {
      std::size_t j = clause_left;
      while (j > sentence_start && is_one_of(u.tokens[j - 1].lower, kJoiners)) --j;
      if (j < clause_left)
        for (const Hit& h : hits(u, sentence_start, j, w_.testmethod))
          if (h.at + h.phrase->words.size() == j && h.phrase->value != f.population) f.group_unclear = true;
    }
    figures_.push_back(std::move(f));
  }

  // A row of a label/figure table: "Positif: 787" under "Sulawesi Tengah".
  void read_row(std::size_t k, std::size_t i) {
    const Unit& u = units_[k];
    Figure f = figure_at(k, i);
    for (const Hit& h : hits(u, 0, u.label_end, w_.measures))
      if (!h.phrase->weak) {
        f.measure = h.phrase->value;
        break;
      }
    // "Kabupaten Banggai: 135 kasus aktif": what it counts after the figure.
    if (f.measure.empty())
      for (const Hit& h : hits(u, i + 1, u.tokens.size(), w_.measures))
        if (!h.phrase->weak) {
          f.measure = h.phrase->value;
          break;
        }
    for (const Hit& h : hits(u, 0, u.label_end, w_.qualifiers))
      if (!h.phrase->weak) f.qualifier = h.phrase->value;
    // "Total kasus: 28.904": "kasus" alone counts the cases when the label says new or total.
    if (f.measure.empty() && !f.qualifier.empty())
      for (const Hit& h : hits(u, 0, u.label_end, w_.measures))
        if (h.phrase->weak) {
          f.measure = h.phrase->value;
          break;
        }
    // "Sembuh hari ini : 142 orang": a weak word of the label says it too.
    if (f.qualifier.empty())
      for (const Hit& h : hits(u, 0, u.label_end, w_.qualifiers)) f.qualifier = h.phrase->value;
    // A dashboard's "Positif", "Sembuh", "Meninggal" are the totals, unless a row of the
    // table is the day's: then a row that says neither is a total under a total's row
    // ("Kasus baru: 75 / Total: 5.017 / Sembuh: 4.559"), and may be either under the
    // day's ("Kasus baru: 486 / Sembuh: 301"), or with no row saying either above it.
    // (The last row labelled new or total above it in its table: kept as the rows are read.)
    if (k == 0 || units_[k - 1].kind != Unit::Kind::Row || units_[k - 1].block != u.block) row_label_above_.clear();
    const std::string above = row_label_above_;
    if (f.qualifier == "new" || f.qualifier == "total") row_label_above_ = f.qualifier;
    if (f.qualifier.empty() && (above == "total" || (above.empty() && !table_has_new_row(u.block)))) f.qualifier = "total";
    // Its place and date: in the label, else in the short lines right above
    // the table (its caption, "Indonesia", "Kondisi 24 April 2020").
    f.scope = scope_of(main_);
    f.date = data_date_;
    bool placed = false, dated = false;
    for (const PlaceMention& p : places_[k])
      if (p.last < u.label_end) {
        f.scope = scope_of(p);
        f.scope_stated = placed = true;
      }
    for (std::size_t back = 1; back <= 6 && back <= k && !(placed && dated); ++back) {
      const Unit& c = units_[k - back];
      if (c.kind == Unit::Kind::Row) {
        // A row of the same table labelled with a place heads the rows under it
        // ("Kabupaten Banggai: 135 kasus aktif" / "Karantina mandiri: 123 pasien").
        if (c.block == u.block && !placed)
          for (const PlaceMention& p : places_[k - back])
            if (p.last < c.label_end) {
              f.scope = scope_of(p);
              f.scope_stated = placed = true;
              f.part = true;  // a breakdown of that place: its figures are parts of it
              break;
            }
        continue;
      }
      if (c.kind == Unit::Kind::Title || c.tokens.size() > 8) break;
      if (!placed && !places_[k - back].empty()) {
        f.scope = scope_of(places_[k - back].front());
        f.scope_stated = placed = true;
      }
      for (const Token& d : c.tokens)
        if (!dated && d.type == Type::Date && d.inline_) {
          f.date = resolve(d.inline_->iso);
          dated = true;
        }
    }
    figures_.push_back(std::move(f));
  }

  // Whether a row of the table of top-level block `block` is labelled as the day's
  // ("Kasus baru", "Positif hari ini"); once per table.
  bool table_has_new_row(std::size_t block) {
    if (!new_rows_known_) {  // one pass over every row of the document, at the first question
      new_rows_known_ = true;
      for (const Unit& r : units_)
        if (r.kind == Unit::Kind::Row)
          for (const Hit& h : hits(r, 0, r.label_end, w_.qualifiers))
            if (h.phrase->value == "new") new_row_in_block_[r.block] = true;
    }
    auto it = new_row_in_block_.find(block);
    return it != new_row_in_block_.end() && it->second;
  }

  // "Positif: 47.902 (+118)": a dashboard row's total with the day's increase in
  // brackets right after it, a figure of the same measure, place and date, but new.
  // Only after a total: "Dirawat: 111 (-5)" or "Kasus baru: 118 (+5)" are changes
  // of a count at one moment, and a rate's "(+0,5)" is a change of the rate.
  void read_row_increase(std::size_t k, std::size_t i) {
    const Unit& u = units_[k];
    const Figure& row = figures_.back();
    const std::size_t j = i + 1;
    if (row.qualifier != "total" || row.measure.empty() || !row.sign.empty() || j >= u.tokens.size() ||
        u.tokens[j].type != Type::Number || !u.tokens[j].unit.empty())
      return;
    const std::string& s = u.text;
    std::size_t b = u.tokens[j].begin, e = u.tokens[j].end;
    if (b < s.size() && s[b] == '+') ++b;
    else {
      while (b > u.tokens[i].end && s[b - 1] == ' ') --b;
      if (b == u.tokens[i].end || s[b - 1] != '+') return;
      --b;
    }
    while (b > u.tokens[i].end && s[b - 1] == ' ') --b;
    if (b == u.tokens[i].end || s[b - 1] != '(') return;
    --b;
    while (b > u.tokens[i].end && s[b - 1] == ' ') --b;
    if (b != u.tokens[i].end) return;
    while (e < s.size() && s[e] == ' ') ++e;
    if (e >= s.size() || s[e] != ')') return;
    Figure f = figure_at(k, j);
    f.measure = row.measure;
    f.qualifier = "new";
    f.scope = row.scope;
    f.scope_stated = row.scope_stated;
    f.part = row.part;
    f.date = row.date;
    figures_.push_back(std::move(f));
  }

  // ---- across figures -------------------------------------------------------
  void pair_up() {
    for (std::size_t j = 1; j < figures_.size(); ++j) {
      Figure& b = figures_[j];
      Figure& a = figures_[j - 1];
      const bool same_sentence = a.unit == b.unit && units_[a.unit].tokens[a.token].sentence ==
                                                         units_[b.unit].tokens[b.token].sentence;
      // ("1.602 orang meninggal dunia, sehingga kasus aktif tercatat 4.873": two strong
      // measures of their own, no increase and its total.)
      const bool two_measures = !a.measure.empty() && !b.measure.empty() && !a.measure_weak && !b.measure_weak &&
                                a.measure != b.measure;
      if (same_sentence && b.connector_before && a.value_before) {
        // "Kasus baru naik dari 45 menjadi 60": the value the same thing became, of the
        // same kind (not the total an increase makes).
        if (b.measure.empty() || b.measure_weak) b.measure = a.measure, b.measure_weak = a.measure_weak;
        if (!a.qualifier.empty() || b.qualifier_weak) b.qualifier = a.qualifier, b.qualifier_weak = a.qualifier_weak;
        if (!b.scope_stated) b.scope = a.scope;
        continue;
      }
      if (same_sentence && b.connector_before && !two_measures) {
        // "bertambah 77 … sehingga total 9.209", "864, totalnya jadi 23.800".
        if (b.qualifier.empty() || b.qualifier_weak) b.qualifier = "total", b.qualifier_weak = false;
        if (a.qualifier.empty() || a.qualifier_weak) a.qualifier = "new", a.qualifier_weak = false;
        if (b.measure.empty() || (b.measure_weak && !a.measure_weak && !a.measure.empty())) b.measure = a.measure, b.measure_weak = a.measure_weak;
        if (a.measure.empty() || (a.measure_weak && !b.measure_weak && !b.measure.empty())) a.measure = b.measure, a.measure_weak = b.measure_weak;
        if (b.scope_stated && !a.scope_stated) a.scope = b.scope;
        continue;
      }
      if (same_sentence && b.increase_after && b.qualifier == "new" && !b.qualifier_weak && !a.measure.empty()) {
        // "mencapai 988 orang setelah dalam satu hari ada penambahan dua kasus".
        if (b.measure.empty() || b.measure_weak) b.measure = a.measure, b.measure_weak = a.measure_weak;
        if (a.qualifier.empty() || a.qualifier_weak) a.qualifier = "total", a.qualifier_weak = false;
        if (!b.scope_stated) b.scope = a.scope;
        continue;
      }
      if (same_sentence && b.in_parentheses && b.qualifier == "new" && !a.measure.empty()) {
        // "sembuh sebanyak 30 orang (bertambah satu dari kemarin)": the day's increase of the figure before.
        if (b.measure.empty()) b.measure = a.measure, b.measure_weak = a.measure_weak;
        if (a.qualifier.empty() || a.qualifier_weak) a.qualifier = "total", a.qualifier_weak = false;
        b.scope = a.scope;
        continue;
      }
      if (same_sentence && b.same_figure && !a.measure.empty()) {
        b.measure = a.measure;
        b.scope = a.scope;
        continue;
      }
      if (same_sentence && b.of_figure_before) {
        if (b.qualifier.empty()) b.qualifier = a.qualifier, b.qualifier_weak = a.qualifier_weak;
        if (!b.scope_stated) b.scope = a.scope, b.scope_stated = a.scope_stated;
        // "… 13 kasus di antaranya": of the same thing, a part of it ("46 kasus, 41 di
        // antaranya sembuh" counts another thing: the recovered among them).
        if (b.measure.empty() || b.measure == a.measure) b.part = true;
      }
      // "turun menjadi 591 orang dibandingkan Kamis (2/9) sebanyak 635 orang": the figure
      // compared with counts what the one before it counts.
      if (same_sentence && b.history && b.measure.empty() && !a.measure.empty() && !a.history) {
        b.measure = a.measure, b.measure_weak = a.measure_weak;
        if (b.qualifier.empty()) b.qualifier = a.qualifier, b.qualifier_weak = a.qualifier_weak;
        if (!b.scope_stated) b.scope = a.scope;
      }
      // "7.102 kasus, yang sebelumnya berjumlah 7.048 kasus": the same measure.
      if (same_sentence && b.measure_weak && !a.measure.empty() && !a.measure_weak) b.measure = a.measure, b.measure_weak = false;
      // "bertambah 77 kasus, 40 sembuh dan 2 meninggal": a list of the day's figures; not a
      // figure of an amount ("…, sementara jumlah pasien sembuh 43.000 orang").
      // Across "sedangkan"/"sementara" the sentence turns to another thing: a total carries
      // over ("total 6.575 kasus, … sementara 582 meninggal dunia"), a day's increase does not
      // ("bertambah 80 orang, sedangkan pasien sembuh 43.000 orang").
      if (same_sentence && b.coordinated && !a.in_parentheses && b.qualifier.empty() && !a.qualifier.empty() &&
          a.measure != b.measure && units_[b.unit].kind != Unit::Kind::Title && !b.of_amount &&
          !(a.qualifier == "new" && turns_between(a, b)))
        b.qualifier = a.qualifier, b.qualifier_weak = a.qualifier_weak;
      // "Lalu, keesokan harinya, angka harian … 64.718": the measure of the figure before, in its paragraph.
      if (a.unit == b.unit && b.measure.empty() && !b.several_measures && !b.qualifier.empty() && !b.qualifier_weak &&
          !a.measure.empty())
        b.measure = a.measure, b.measure_weak = a.measure_weak;
    }
    // The parts of a figure spread over places count what it counts, on its day.
    for (Figure& b : figures_) {
      if (b.spread_of == 0) continue;
      const Figure& head = figures_[b.spread_of - 1];
      if (head.measure.empty() || head.scope == b.scope) continue;
      if (b.measure.empty() || b.measure_weak) b.measure = head.measure, b.measure_weak = head.measure_weak;
      if (b.measure == head.measure && (b.qualifier.empty() || b.qualifier_weak))
        b.qualifier = head.qualifier, b.qualifier_weak = head.qualifier_weak;
      b.part = true;
    }
    // "Dari jumlah itu, 72 pasien masih dirawat, dua dinyatakan sembuh …": the qualifier of the figure before.
    for (std::size_t j = 1; j < figures_.size(); ++j) {
      Figure& b = figures_[j];
      if (!b.anaphoric) continue;
      for (std::size_t a = j; a-- > 0 && a + 50 > j;) {
        const Figure& f = figures_[a];
        if (f.anaphoric) continue;
        // ("… 132 orang, bertambah 13 orang dari hari sebelumnya. Dari jumlah tersebut, 14 orang
        // meninggal": a sentence before with a total and an increase leaves it open which is meant.)
        bool open = false;
        const std::size_t sentence = units_[f.unit].tokens[f.token].sentence;
        for (std::size_t o = a + 1; o-- > 0 && o + 50 > a;) {
          const Figure& g = figures_[o];
          if (g.unit != f.unit || units_[g.unit].tokens[g.token].sentence != sentence) {
            if (o < a) break;
            continue;
          }
          open = open || (o != a && g.measure == f.measure && g.qualifier != f.qualifier);
        }
        if (b.qualifier.empty() && !f.qualifier.empty() && !open) b.qualifier = f.qualifier, b.qualifier_weak = f.qualifier_weak;
        // The parts of a PDP or ODP count ("46 PDP … empat dirawat, 38 sembuh, empat meninggal") are no case figures.
        if (f.measure == "pdp" || f.measure == "odp" || f.measure == "otg" || f.measure == "suspect") b.measure.clear();
        // … and its place ("untuk seluruh NTT, terdapat 1.379 kasus. Dari jumlah ini, … Sisanya 611 …").
        if (!b.scope_stated && f.scope_stated) b.scope = f.scope, b.scope_stated = true;
        // "… 6.738.451 spesimen. Rinciannya, 6.622.239 spesimen …": of the same thing, a part.
        if (!b.measure.empty() && b.measure == f.measure) b.part = true;
        break;
      }
    }
    // "… 49 orang telah dinyatakan sembuh. Laporan ini menambah jumlah pasien sembuh menjadi 3.754."
    for (std::size_t j = 1; j < figures_.size(); ++j) {
      Figure& b = figures_[j];
      if (!b.adds_to_total || b.measure.empty()) continue;
      for (std::size_t a = j; a-- > 0 && a + 3 > j;) {
        Figure& f = figures_[a];
        if (f.measure == b.measure && f.qualifier.empty()) {
          f.qualifier = "new";
          break;
        }
      }
    }
  }

  // "121 kasus, terdiri dari 92 orang dalam perawatan, 14 meninggal dan 15 sembuh":
  // patients under care ("dirawat", "dalam perawatan": in hospital or at home?) are
  // the active cases when the figures say so: total − recovered − deaths.
  void treated_as_active() {
    // Per place and date, the last total, recovered and deaths figure (one pass).
    struct Totals {
      double total = -1, recovered = -1, deaths = -1;
    };
    std::map<std::tuple<int, std::string, std::string, std::string>, Totals> totals;
    auto key = [](const Figure& g) {
      return std::tuple{static_cast<int>(g.scope.level), g.scope.code, g.scope.name, g.date};
    };
    for (const Figure& g : figures_) {
      if (g.scope.level == Scope::Level::Unknown) continue;
      if (g.kind == "confirmed_total") totals[key(g)].total = g.value;
      if (g.kind == "recovered_total") totals[key(g)].recovered = g.value;
      if (g.kind == "deaths_total") totals[key(g)].deaths = g.value;
    }
    for (Figure& f : figures_) {
      if (f.measure != "treated" || !f.kind.empty() || f.sign == "%") continue;
      auto it = totals.find(key(f));
      if (it == totals.end()) continue;
      const auto [total, recovered, deaths] = it->second;
      if (total >= 0 && recovered >= 0 && deaths >= 0 && total - recovered - deaths == f.value) {
        f.measure = "active";
        for (const data::FactKind& k : w_.kinds)
          if (k.kind == "active") f.kind = k.kind, f.label = k.label;
      }
    }
  }

  // "Sedangkan vaksinasi untuk lansia … capaiannya 21.757 dosis. Sedangkan untuk dosis kedua
  // mencapai 10.909 dosis": a vaccination figure that names no group, after one of a group in
  // its paragraph, is of that group; said of the whole ("secara keseluruhan", "total") it may
  // be either, and is marked so (never shown as all people).
  void carry_groups() {
    for (std::size_t j = 1; j < figures_.size(); ++j) {
      Figure& b = figures_[j];
      if (b.kind.rfind("vaccinated", 0) != 0 || !b.population.empty()) continue;
      const Figure* group = nullptr;
      for (std::size_t a = j; a-- > 0 && figures_[a].unit == b.unit && a + 20 > j;)
        if (figures_[a].kind.rfind("vaccinated", 0) == 0 && !figures_[a].population.empty()) {
          group = &figures_[a];
          break;
        }
      if (!group) continue;
      const Unit& u = units_[b.unit];
      bool of_whole = false;
      for (std::size_t k = b.token; k-- > 0 && u.tokens[k].sentence == u.tokens[b.token].sentence && k + kContext > b.token;)
        of_whole = of_whole || is_one_of(u.tokens[k].lower, kWhole);
      if (of_whole) b.group_unclear = true;
      else b.population = group->population;
    }
  }

  void decide_kind(Figure& f) const {
    if (f.measure.empty()) return;
    if (f.qualifier.empty() && f.on_a_day) f.qualifier = "new";
    // "Positivity rate mingguan … 12,4 persen": a week's rate is not the day's.
    if (f.sign == "%" && f.qualifier == "week") return;
    std::string q = f.sign == "%" ? "%" : "";
    bool timeless = false;
    for (const data::FactKind& k : w_.kinds)
      if (k.measure == f.measure && k.qualifier == "-") timeless = true;
    if (q.empty()) {
      if (timeless) {
        // A count at one moment: "naik 2.009" is a change, not the count.
        if (f.qualifier == "new" && !f.qualifier_weak) return;
        if (f.measure_weak) return;
        q = "-";
      } else {
        if (f.qualifier != "new" && f.qualifier != "total") return;
        q = f.qualifier;
      }
    }
    for (const data::FactKind& k : w_.kinds)
      if (k.measure == f.measure && k.qualifier == q) {
        f.kind = k.kind;
        f.label = k.label;
        break;
      }
  }

  // The headline's group ("Vaksinasi Anak di Sulteng …") for a vaccination figure that
  // names none, until a sentence with such a figure speaks of everyone ("untuk masyarakat
  // umum", "seluruh", "total"): that figure and every one after it may be of either, and
  // are marked so (never shown as the group's, nor as everyone's).
  // "… vaksinasi tahap kedua untuk petugas pelayanan publik ditargetkan … Hingga kini baru
  // 14.306 orang yang sudah disuntik dosis pertama": a vaccination figure that names no
  // group, in a paragraph that named one in an earlier sentence, may be that group's (the
  // headline's own group aside: apply_title_group() gives it that one).
  void groups_named_before() {
    for (Figure& f : figures_) {
      if (f.kind.rfind("vaccinated", 0) != 0 || !f.population.empty() || f.group_unclear) continue;
      const Unit& u = units_[f.unit];
      // Where the unit first names a group other than the headline's (one pass per unit).
      auto known = first_other_group_.find(f.unit);
      if (known == first_other_group_.end()) {
        std::size_t at = u.tokens.size();
        for (const Hit& h : hits(u, 0, u.tokens.size(), w_.population))
          if (h.phrase->value != title_population_) {
            at = h.at;
            break;
          }
        known = first_other_group_.emplace(f.unit, at).first;
      }
      // Named in an earlier sentence than the figure's.
      if (known->second < u.tokens.size() && u.tokens[known->second].sentence < u.tokens[f.token].sentence) f.group_unclear = true;
    }
  }

  void apply_title_group() {
    if (title_population_.empty()) return;
    bool turned = false;
    for (Figure& f : figures_) {
      if (f.kind.rfind("vaccinated", 0) != 0 || !f.population.empty() || f.group_unclear) continue;
      const Unit& u = units_[f.unit];
      const std::size_t sentence = u.tokens[f.token].sentence;
      // Its sentence, within the figure's reading window (kContext, as everywhere).
      const std::size_t from = f.token > kContext ? f.token - kContext : 0, to = std::min(u.tokens.size(), f.token + kContext + 1);
      for (std::size_t t = from; t < to; ++t)
        if (u.tokens[t].sentence == sentence && u.tokens[t].type == Type::Word && is_one_of(u.tokens[t].lower, kWhole))
          turned = true;
      if (turned) f.group_unclear = true;
      else f.population = title_population_;
    }
  }

  const std::vector<Unit>& units_;
  const std::vector<std::vector<PlaceMention>>& places_;
  const MainPlace& main_;
  const data::FactWords& w_;
  const data::Calendar& calendar_;
  // Word sets of data/facts-id.tsv ("words" lines).
  const std::vector<std::string>& kJoiners;     // join a clause to the one before
  const std::vector<std::string>& kWhole;       // turn a sentence from a group to everyone
  const std::vector<std::string>& kScopeLinks;  // before a place that is a figure's place
  const std::vector<std::string>& kUnitNouns;   // between a count and what follows it
  std::string date_, data_date_, today_, title_population_;
  std::unordered_map<std::size_t, bool> new_row_in_block_;  // table_has_new_row()
  bool new_rows_known_ = false;
  std::string row_label_above_;  // read_row(): the last row labelled new or total in the current table
  std::map<int, std::pair<std::string, bool>> weekday_dates_;  // weekday → the date printed with it, several?
  bool weekday_dates_known_ = false;
  std::unordered_map<std::size_t, std::size_t> first_other_group_;  // unit → first group not the headline's
  std::string last_date_;
  std::vector<std::vector<std::string>> words_;  // per unit: lower-case words, "#" numbers, "@" dates

  std::vector<std::vector<const Token*>> last_dates_;  // per unit: the last full date before each token

  // "Kemarin, Rabu (14/7/2021)", "kemarin (14/7)": date `d` of unit `k` said to be yesterday
  // within the three words before it.
  bool said_as_yesterday(std::size_t k, std::size_t d) {
    const Unit& u = units_[k];
    for (std::size_t b = d; b-- > 0 && d - b <= 3 && u.tokens[b].sentence == u.tokens[d].sentence;)
      if (says_yesterday(words_of(k), b, w_, calendar_)) return true;
    return false;
  }

  // The last full date, not compared with nor background, before token `at` of unit `k`.
  const Token* last_full_date_before(std::size_t k, std::size_t at) {
    if (last_dates_.size() != units_.size()) last_dates_.resize(units_.size());
    std::vector<const Token*>& out = last_dates_[k];
    const Unit& u = units_[k];
    if (out.empty()) {
      out.assign(u.tokens.size() + 1, nullptr);
      for (std::size_t d = 0; d < u.tokens.size(); ++d) {
        const bool usable = u.tokens[d].type == Type::Date && u.tokens[d].inline_ && !cued(u, d, w_.comparecue) &&
                            !background(u, d) && u.tokens[d].inline_->iso.size() == 10 &&
                            !weekday_disproves(u.tokens[d]);
        out[d + 1] = usable ? &u.tokens[d] : out[d];
      }
    }
    return out[std::min(at, u.tokens.size())];
  }

  std::vector<std::optional<std::vector<Hit>>> variants_;  // per unit: where a variant of the virus is named

  // The last naming of a variant in unit `k` before token `end`, or nullptr.
  const Hit* last_variant_before(std::size_t k, std::size_t end) {
    if (variants_.size() != units_.size()) variants_.resize(units_.size());
    if (!variants_[k]) variants_[k] = hits(units_[k], 0, units_[k].tokens.size(), w_.variant);
    const auto& list = *variants_[k];
    auto it = std::lower_bound(list.begin(), list.end(), end, [](const Hit& h, std::size_t e) { return h.at < e; });
    return it == list.begin() ? nullptr : &*(it - 1);
  }

  const std::vector<std::string>& words_of(std::size_t k) {
    if (words_.size() != units_.size()) words_.resize(units_.size());
    std::vector<std::string>& out = words_[k];
    if (out.empty())
      for (const Token& t : units_[k].tokens) out.push_back(t.type == Type::Number ? "#" : t.type == Type::Date ? "@" : t.lower);
    return out;
  }
  bool left_is_sentence_start_ = true;  ///< the figure being read is the first of its sentence
  std::vector<Figure> figures_;
};

}  // namespace

std::vector<Figure> read_figures(const std::vector<Unit>& units, const std::vector<std::vector<PlaceMention>>& places,
                                 const MainPlace& main, const Document& doc, const data::LanguageData& data) {
  return Reader(units, places, main, doc, data).read();
}

}  // namespace aksesibel::facts
