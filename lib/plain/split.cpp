#include "plain/split.hpp"

#include <algorithm>
#include <cstdlib>
#include <functional>
#include "model/inlines.hpp"
#include "text/sentences.hpp"
#include "text/words.hpp"


namespace aksesibel::plain {

using namespace model;  // operations on inlines (model/inlines.hpp)

namespace {

struct Context {
  const PlainData& data;
  std::size_t limit, hard_limit;
  std::vector<PlainChange>& changes;
  std::size_t sentence, line;
  void change(std::string rule, const Inlines& before, std::string after) {
    changes.push_back({std::move(rule), plain_text(before), std::move(after), sentence, line});
  }
};

// For each byte of the plain text: whether it lies in a top-level Text
// inline outside brackets, outside the written-out form of an abbreviation
// ("Pusat Data dan Informasi (Pusdatina)") and (unless `in_quotes`) outside
// quotation marks, where a cut is allowed. A speaker's words are never cut
// or rearranged: that would put words of ours between their quotation marks.
std::vector<bool> cuttable(const Inlines& inlines, bool in_quotes = false) {
  std::vector<bool> out;
  int depth = 0;
  for (std::size_t k = 0; k < inlines.size(); ++k) {
    const Inline& i = inlines[k];
    std::size_t len = text_length(i);
    if (i.kind != Inline::Kind::Text) {
      out.insert(out.end(), len, false);
      continue;
    }
    std::size_t start = out.size();
    for (char c : i.text) {
      if (c == '(') ++depth;
      out.push_back(depth == 0);
      if (c == ')' && depth > 0) --depth;
    }
    const Inline* next = k + 1 < inlines.size() ? &inlines[k + 1] : nullptr;
    if (next && next->kind == Inline::Kind::Link && next->children.size() == 1) next = &next->children.front();
    if (next && next->kind == Inline::Kind::Abbreviation && !next->expansion.empty() && !i.text.empty() &&
        i.text.back() == '(') {
      // Protect as many words before the bracket as the full form has.
      std::size_t words = split_words(next->expansion).size(), pos = i.text.size() - 1;
      while (pos > 0 && i.text[pos - 1] == ' ') --pos;
      for (std::size_t w = 0; w < words && pos > 0; ++w) {
        while (pos > 0 && i.text[pos - 1] != ' ') --pos;
        if (w + 1 < words)
          while (pos > 0 && i.text[pos - 1] == ' ') --pos;
      }
      for (std::size_t b = start + pos; b < out.size(); ++b) out[b] = false;
    }
  }
  if (!in_quotes) {  // one pass, as inside_quotes() decides for one byte
    std::string t = plain_text(inlines);
    bool open = false, ascii = false;
    for (std::size_t b = 0; b < t.size() && b < out.size(); ++b) {
      if (open || ascii) out[b] = false;
      if (t.compare(b, 3, "\xE2\x80\x9C") == 0) open = true;
      else if (t.compare(b, 3, "\xE2\x80\x9D") == 0) open = false;
      else if (t[b] == '"') ascii = !ascii;
    }
  }
  return out;
}

// Whether a verb (lower case) has the prefix of a transitive verb ("me-").
bool transitive(const std::string& verb, const PlainData& d) {
  for (const std::string& p : d.transitive_prefixes)
    if (verb.rfind(p, 0) == 0) return true;
  return false;
}

bool verb_like(const std::string& w, const PlainData& d) {
  if (w.empty() || (w[0] >= 'A' && w[0] <= 'Z')) return false;
  std::string l = lower(w);
  while (!l.empty() && !(l.back() >= 'a' && l.back() <= 'z')) l.pop_back();  // "persen," "sembuh."
  if (d.verbs.count(l)) return true;
  if (l.size() < 5 || d.not_verbs.count(l)) return false;
  for (const auto& [prefix, suffix] : d.noun_affixes)  // "perjalanan"
    if (l.size() > prefix.size() + suffix.size() + 1 && l.rfind(prefix, 0) == 0 &&
        l.compare(l.size() - suffix.size(), suffix.size(), suffix) == 0)
      return false;
  for (const std::string& p : d.verb_prefixes)
    if (l.rfind(p, 0) == 0) return true;
  return false;
}

// Whether a part has a verb of its own, not only one of a "yang" clause.
bool has_verb(const Inlines& part, const PlainData& d) {
  auto words = words_in(part);
  for (std::size_t k = 0; k < words.size(); ++k)
    if (verb_like(words[k], d) && (k == 0 || !d.relatives.count(lower(words[k - 1])))) return true;
  return false;
}

bool is_capitalised(std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }

// A name of one to three words, each capitalised ("Palu", "Banggai Laut").
bool short_name(const Inlines& part) {
  const auto words = words_in(part);
  if (words.empty() || words.size() > 3) return false;
  for (const std::string& w : words)
    if (!is_capitalised(w)) return false;
  return true;
}

// Whether the last clause of `left` (after its last comma) holds a verb of
// asking ("meminta", "diimbau"): "agar …" after it is what is asked.
bool asks(const Inlines& left, const PlainData& d) {
  std::string t = plain_text(left);
  while (!t.empty() && (t.back() == ' ' || t.back() == ',')) t.pop_back();  // "… bulan puasa, sehingga"
  std::size_t comma = t.rfind(',');
  auto words = split_words(comma == std::string::npos ? t : t.substr(comma + 1));
  for (const std::string& w : words) {
    std::string l = lower(w);
    while (!l.empty() && !(l.back() >= 'a' && l.back() <= 'z')) l.pop_back();
    if (d.request_verbs.count(l)) return true;
  }
  return false;
}

// Whether the last clause of `left` (after its last comma) is negated ("tidak
// mengizinkan warga untuk …", "tidak ditutup karena …, melainkan …", "tidak boleh
// masuk melalui …"): the negation may hold for what follows, which a cut would
// state as a fact, a purpose or a way.
// A clause opening with a contrast ("…, tetapi karena …", "…, melainkan …") answers the
// one before it, whose negation is looked for too.
bool negated(const Inlines& left, const PlainData& d) {
  std::string t = plain_text(left);
  while (!t.empty() && (t.back() == ' ' || t.back() == ',')) t.pop_back();
  for (std::size_t end = t.size();;) {
    const std::size_t comma = t.rfind(',', end == 0 ? 0 : end - 1);
    const std::string clause = comma == std::string::npos ? t.substr(0, end) : t.substr(comma + 1, end - comma - 1);
    const auto words = split_words(clause);
    for (const std::string& w : words) {
      std::string l = lower(w);
      while (!l.empty() && !(l.back() >= 'a' && l.back() <= 'z')) l.pop_back();
      if (d.negations.count(l)) return true;
    }
    if (comma == std::string::npos || words.empty() || !d.contrasts.count(lower(words.front()))) return false;
    end = comma;
  }
}

// Whether `left` ends with a word that joins it to what follows ("…, tetapi", "… dan"):
// no sentence ends there.
bool ends_with_joining_word(const Inlines& left, const PlainData& d) {
  const auto words = words_in(left);
  if (words.empty()) return false;
  std::string l = lower(words.back());
  while (!l.empty() && !(l.back() >= 'a' && l.back() <= 'z')) l.pop_back();
  if (d.contrasts.count(l) || d.alternatives.count(l) || d.negations.count(l)) return true;
  for (const std::string& j : d.joiners)
    if (j == l) return true;
  return false;
}

// Whether a part holds a count: a number, or a number word ("tiga orang").
bool counted(const Inlines& part, const PlainData& d) {
  for (const Inline& i : part)
    if (i.kind == Inline::Kind::Number) return true;
  for (const std::string& w : words_in(part))
    if (d.number_words.count(lower(w))) return true;
  return false;
}

// Whether a part names something (a word with a capital: a place, a person).
bool named(const Inlines& part) {
  for (const std::string& w : words_in(part))
    if (is_capitalised(w)) return true;
  for (const Inline& i : part)
    if (i.kind == Inline::Kind::Abbreviation) return true;
  return false;
}

// Whether the items of an enumeration are whole units that can stand alone
// as list items: none empty, none opening with a verb ("berjumlah 5 kasus")
// or a colon, and alike: if one holds a count, every one does, and if the
// counted ones name a place, every one does ("12 orang di Donggala", not
// "Buol" apart from its "tiga orang").
bool whole_units(const std::vector<Inlines>& items, const PlainData& d) {
  bool any_count = false, any_name = false;
  for (const Inlines& item : items) {
    auto w = words_in(item);
    if (w.empty()) return false;
    std::string t = plain_text(item);
    std::size_t first = t.find_first_not_of(' ');
    if (first == std::string::npos || t[first] == ':' || t[first] == ';' || t[first] == '-') return false;
    if (verb_like(w.front(), d) || (d.prepositions.count(lower(w.front())) && w.size() == 1)) return false;
    any_count = any_count || counted(item, d);
    any_name = any_name || named(item);
  }
  for (const Inlines& item : items) {
    if (any_count && !counted(item, d)) return false;
    if (any_count && any_name && !named(item)) return false;
  }
  return true;
}

// Whether the last item is no longer than the others allow: "… dan satu
// orang di Tolitoli menurut laporan dinas" carries words that belong to the
// whole sentence, and as a list item they would belong to Tolitoli alone.
bool last_item_fits(const std::vector<Inlines>& items) {
  std::size_t longest = 0;
  for (std::size_t k = 0; k + 1 < items.size(); ++k) longest = std::max(longest, word_count(items[k]));
  return word_count(items.back()) <= longest + 2;
}

// Close a quotation left open in `left` and reopen it in `right`.
void balance_quotes(Inlines& left, Inlines& right) {
  std::string t = plain_text(left);
  if (!inside_quotes(t, t.size())) return;
  bool typographic = t.find("\xE2\x80\x9C") != std::string::npos;
  left.push_back(Inline::make_text(typographic ? "\xE2\x80\x9D" : "\""));
  right.insert(right.begin(), Inline::make_text(typographic ? "\xE2\x80\x9C" : "\""));
  tidy(left);
  tidy(right);
}

std::vector<Piece> split(const Inlines& s, Context& c);

// Record a cut of `s` into two sentences and cut each again while too long.
bool two_sentences(const Inlines& s, Context& c, const char* rule, const Inlines& left, const Inlines& rest,
                   std::vector<Piece>& out) {
  c.change(rule, s, plain_text(left) + " | " + plain_text(rest));
  for (Piece& p : split(left, c)) out.push_back(std::move(p));
  for (Piece& p : split(rest, c)) out.push_back(std::move(p));
  return true;
}

// "… seperti A, B, C dan D." → "… seperti:" and a list of A, B, C, D.
bool enumeration(const Inlines& s, Context& c, std::vector<Piece>& out) {
  std::string t = plain_text(s);
  auto ok = cuttable(s);
  for (const auto& marker : c.data.list_markers) {
    for (std::size_t at : find_phrase(s, marker)) {
      std::size_t start = phrase_end(s, at, marker);
      // Not across the end of a quotation.
      if (t.find("\xE2\x80\x9D", start) != std::string::npos || t.find('"', start) != std::string::npos) continue;
      std::vector<std::size_t> commas;
      for (std::size_t k = start; k < t.size(); ++k)
        if (t[k] == ',' && ok[k]) commas.push_back(k);
      if (commas.empty()) continue;
      std::vector<Inlines> items;
      auto [intro, rest] = cut(s, start);
      std::size_t base = start;
      for (std::size_t comma : commas) {
        auto [item, after] = cut(rest, comma - base);
        items.push_back(item);
        auto [sep, after2] = cut(after, 1);
        rest = after2;
        base = comma + 1;
      }
      // The last item may hold the last two, joined by "dan", "serta" or "atau"
      // (after a comma too: "A, B, dan C"). A choice ("kartu keluarga, kartu pelajar,
      // atau akta kelahiran": one of them) is no list: a list reads as all of them.
      bool choice = false;
      for (const std::string& joiner : c.data.joiners) {
        trim_start(rest);
        if (!find_phrase(rest, {joiner}).empty() && find_phrase(rest, {joiner}).front() == 0) {
          choice = c.data.alternatives.count(joiner) > 0;
          auto [j, r] = cut(rest, joiner.size());
          rest = r;
          break;
        }
        auto hits = find_phrase(rest, {joiner});
        if (hits.empty()) continue;
        choice = c.data.alternatives.count(joiner) > 0;
        std::size_t h = hits.back();
        auto [a, b] = cut(rest, h);
        auto [j, b2] = cut(b, joiner.size());
        if (word_count(a) == 0 || word_count(b2) == 0) continue;
        // "Kalimantan Timur dan Kalimantan Tengah masing-masing lima kasus":
        // a part without its own figure stays with the one that has it.
        if (!counted(a, c.data) && counted(b2, c.data)) break;
        if (!find_phrase(b2, {"masing-masing"}).empty()) break;
        items.push_back(a);
        rest = b2;
        break;
      }
      items.push_back(rest);
      if (items.size() < 3 || choice) continue;
      bool short_items = true;
      for (Inlines& item : items) {
        trim_start(item);
        trim_end(item, ".,;");
        if (word_count(item) == 0 || word_count(item) > 12) short_items = false;
      }
      if (!short_items || !whole_units(items, c.data) || !last_item_fits(items)) continue;
      // "… diantaranya dengan A, B dan C": a preposition only before the first
      // thing belongs to the introduction ("… diantaranya dengan:").
      if (auto first = words_in(items.front()); first.size() > 1 && c.data.prepositions.count(lower(first.front()))) {
        bool shared = true;
        for (std::size_t k = 1; k < items.size(); ++k) {
          auto w = words_in(items[k]);
          shared = shared && !w.empty() && lower(w.front()) == lower(first.front());
        }
        if (!shared) {
          auto [prep, thing] = cut(items.front(), first.front().size());
          trim_end(intro);
          intro.push_back(Inline::make_text(" "));
          for (const Inline& i : prep) intro.push_back(i);
          trim_start(thing);
          items.front() = thing;
        }
      }
      trim_end(intro, ",;:");
      intro.push_back(Inline::make_text(":"));
      tidy(intro);
      c.change("list", s, std::to_string(items.size()) + " items");
      // The introduction may still be long.
      std::vector<Piece> head = word_count(intro) > c.limit ? split(intro, c) : std::vector<Piece>{{intro, {}}};
      head.back().items = items;
      for (Piece& p : head) out.push_back(std::move(p));
      return true;
    }
  }
  return false;
}

// "… berasal dari Surabaya 143 kasus, Gresik 17 kasus, … dan Jombang 1 kasus."
// → "… berasal dari:" and a list, without a word that announces it: a run of
// three or more comma-separated whole units (a count and a name each, of the
// same shape) that runs to the end of the sentence.
bool unmarked_enumeration(const Inlines& s, Context& c, std::vector<Piece>& out) {
  std::string t = plain_text(s);
  if (t.find("\xE2\x80\x9C") != std::string::npos || t.find('"') != std::string::npos) return false;
  auto ok = cuttable(s);
  std::vector<std::size_t> commas;
  for (std::size_t k = 0; k < t.size(); ++k)
    if ((t[k] == ',' || t[k] == ';') && ok[k]) commas.push_back(k);
  if (commas.size() < 2) return false;
  // The segments between the commas; the last may hold two items ("… dan D").
  std::vector<Inlines> items;
  std::vector<std::size_t> starts;
  std::size_t from = 0;
  for (std::size_t k = 0; k <= commas.size(); ++k) {
    std::size_t to = k < commas.size() ? commas[k] : t.size();
    auto piece = cut(cut(s, to).first, from).second;
    starts.push_back(from);
    items.push_back(piece);
    from = to + 1;
  }
  {
    Inlines last = items.back();
    trim_end(last, ".");
    for (const std::string& joiner : c.data.joiners) {
      if (c.data.alternatives.count(joiner)) continue;
      auto hits = find_phrase(last, {joiner});
      if (hits.empty()) continue;
      auto [a, b] = cut(last, hits.back());
      auto b2 = cut(b, joiner.size()).second;
      if (word_count(a) == 0 || word_count(b2) == 0) continue;
      items.back() = a;
      items.push_back(b2);
      starts.push_back(std::string::npos);
      break;
    }
  }
  for (Inlines& item : items) {
    trim_start(item);
    trim_end(item, ".,;");
  }
  // ", dan Situbondo 3 kasus": the joiner is no part of the item.
  for (const std::string& joiner : c.data.joiners)
    if (c.data.alternatives.count(joiner)) continue;
    else if (auto hits = find_phrase(items.back(), {joiner}); !hits.empty() && hits.front() == 0) {
      items.back() = cut(items.back(), joiner.size()).second;
      trim_start(items.back());
    }
  // The run of whole short units at the end.
  std::size_t first = items.size();
  while (first > 1 && word_count(items[first - 1]) <= 8 && whole_units({items[first - 1]}, c.data) &&
         counted(items[first - 1], c.data) && named(items[first - 1]))
    --first;
  if (items.size() - first < 2) return false;
  // The first item ends the segment before the run: its tail of the same
  // shape as the next item (name first, or count first).
  const Inlines& model = items[first];
  auto model_words = words_in(model);
  bool name_first = !model_words.empty() && is_capitalised(model_words.front());
  std::size_t seg = first - 1;
  if (starts[seg] == std::string::npos) return false;
  std::string st = plain_text(items[seg]);
  auto seg_words = words_in(items[seg]);
  // Byte offsets of the words in st.
  std::vector<std::size_t> at;
  for (std::size_t k = 0, pos = 0; k < seg_words.size(); ++k) {
    pos = st.find(seg_words[k], pos);
    at.push_back(pos);
    pos += seg_words[k].size();
  }
  std::size_t count_word = seg_words.size();
  for (std::size_t k = seg_words.size(); k-- > 0;)
    if (seg_words[k].find_first_of("0123456789") != std::string::npos || c.data.number_words.count(lower(seg_words[k]))) {
      count_word = k;
      break;
    }
  if (count_word == seg_words.size()) return false;
  std::size_t begin = count_word;
  if (name_first) {
    while (begin > 0 && (is_capitalised(seg_words[begin - 1]) || seg_words[begin - 1].front() == '(')) --begin;
    if (begin == count_word) return false;
  }
  if (begin == 0) return false;  // no introduction left
  auto [intro_part, first_item] = cut(items[seg], at[begin]);
  // "Samarinda menyumbang 103 kasus, selanjutnya Balikpapan 27 kasus, …": the
  // first item must name its place as the others do, or the list would give
  // the others to the place left in the introduction.
  if (!counted(first_item, c.data) || !named(first_item) || word_count(first_item) > 8) return false;
  // The introduction: everything before the first item.
  std::size_t seg_start = starts[seg];
  // items[seg] was trimmed at its start: find where its text begins.
  while (seg_start < t.size() && t[seg_start] == ' ') ++seg_start;
  Inlines intro = cut(s, seg_start + at[begin]).first;
  trim_end(intro, ",;:");
  if (word_count(intro) < 2) return false;
  intro.push_back(Inline::make_text(":"));
  tidy(intro);
  std::vector<Inlines> list{first_item};
  for (std::size_t k = first; k < items.size(); ++k) list.push_back(items[k]);
  if (!last_item_fits(list) || !whole_units(list, c.data)) return false;
  for (Inlines& item : list) tidy(item);
  c.change("list", s, std::to_string(list.size()) + " items");
  std::vector<Piece> head = word_count(intro) > c.limit ? split(intro, c) : std::vector<Piece>{{intro, {}}};
  head.back().items = list;
  for (Piece& p : head) out.push_back(std::move(p));
  return true;
}

// Whether `words` open with a place and its count: one or more capitalised
// words (none ending in a comma: "Langkat, Karo, …" lists names), then a
// count, at most one verb of recording between ("Sigi mencatat 18 orang",
// "Kab Nabire tiga kasus"). `opening`: an opening word ("Kemudian") may come first.
bool group_head(const std::vector<std::string>& words, const PlainData& d, bool opening = false) {
  std::size_t n = 0;
  if (opening && !words.empty() && d.group_openers.count(lower(words[0]))) n = 1;
  std::size_t start = n;
  bool proper = false;  // a word of the name that is no everyday word ("Sebanyak 64" names nothing)
  while (n < words.size() && (is_capitalised(words[n]) || words[n].front() == '(') && words[n].back() != ',') {
    proper = proper || !d.common_words.count(lower(words[n]));
    ++n;
  }
  if (n == start || n >= words.size() || !proper) return false;
  auto is_count = [&](const std::string& w) {
    return w.find_first_of("0123456789") != std::string::npos || d.number_words.count(lower(w)) > 0;
  };
  if (is_count(words[n])) return true;
  return n + 1 < words.size() && verb_like(words[n], d) && is_count(words[n + 1]);
}

// Whether `left` ends with a verb of saying ("… mengatakan,"): what was
// said follows, and is not cut from the saying.
bool ends_with_speech_verb(const Inlines& left, const PlainData& d) {
  auto words = words_in(left);
  if (words.empty()) return false;
  std::string last = lower(words.back());
  while (!last.empty() && !(last.back() >= 'a' && last.back() <= 'z')) last.pop_back();
  return d.speech_verbs.count(last) > 0;
}

// The text between the comma at `k` and the commas of the text around it
// (not those inside a number: "Rp1,5 miliar"): {segment before, segment after}.
std::pair<Inlines, Inlines> segments_around(const Inlines& s, const std::string& t, const std::vector<bool>& ok, std::size_t k) {
  std::size_t next = k + 1;
  while (next < t.size() && !(t[next] == ',' && ok[next])) ++next;
  std::size_t prev = k;
  while (prev > 0 && !(t[prev - 1] == ',' && ok[prev - 1])) --prev;
  return {cut(cut(s, k).first, prev).second, cut(cut(s, next).first, k + 1).second};
}

// The most balanced cut after a comma of the text that `allowed` accepts,
// both parts at least `min_words` long: the offset after the comma, or 0.
std::size_t balanced_comma(const Inlines& s, std::size_t min_words,
                           const std::function<bool(std::size_t, const Inlines&, const Inlines&)>& allowed) {
  std::string t = plain_text(s);
  auto ok = cuttable(s);
  std::size_t best = 0, best_score = SIZE_MAX;
  for (std::size_t k = 1; k + 1 < t.size(); ++k) {
    if (t[k] != ',' || !ok[k]) continue;
    auto [left, right] = cut(s, k + 1);
    trim_start(right);
    std::size_t lw = word_count(left), rw = word_count(right);
    if (lw < min_words || rw < min_words || !allowed(k, left, right)) continue;
    std::size_t score = lw > rw ? lw - rw : rw - lw;
    if (score < best_score) best = k + 1, best_score = score;
  }
  return best;
}

// "Kabupaten Jayapura 29 orang positif, 22 dirawat dan enam sembuh, Keerom
// 10 orang positif, delapan dirawat …" → one sentence per place: cut at a
// comma after which a new name comes with its own count. A count without a
// name belongs to the place before it, so no cut separates them.
bool place_groups(const Inlines& s, Context& c, std::vector<Piece>& out) {
  // Both parts are groups of their own: a name, then its count.
  std::size_t best = balanced_comma(s, 4, [&](std::size_t, const Inlines& left, const Inlines& right) {
    return group_head(words_in(right), c.data) && group_head(words_in(left), c.data, true);
  });
  if (best == 0) return false;
  auto [left, rest] = cut(s, best);
  trim_start(rest);
  trim_end(left, ",");
  add_full_stop(left);
  return two_sentences(s, c, "split-sentence", left, rest, out);
}

// `strong`: only connecting words that always open a clause ("sehingga",
// "sedangkan" …), tried before enumerations so that a list stops there.
bool connector(const Inlines& s, Context& c, std::vector<Piece>& out, bool strong) {
  std::string t = plain_text(s);
  auto ok = cuttable(s);
  std::size_t total = word_count(s);
  struct Best {
    std::size_t at = 0, end = 0;
    const SplitRule* rule = nullptr;
    std::size_t score = SIZE_MAX;
  } best;
  for (const SplitRule& rule : c.data.splits) {
    if (strong && rule.condition != "clause") continue;
    for (std::size_t at : find_phrase(s, rule.words)) {
      if (at == 0 || !ok[at]) continue;
      std::size_t end = phrase_end(s, at, rule.words);
      auto [left, right] = cut(s, at);
      auto [conn, rest] = cut(right, end - at);
      std::size_t lw = word_count(left), rw = word_count(rest);
      std::size_t min_words = rule.condition == "clause" ? 3 : 4;
      if (lw < min_words || rw < min_words) continue;
      std::string before = t.substr(0, at);
      while (!before.empty() && before.back() == ' ') before.pop_back();
      bool comma = !before.empty() && before.back() == ',';
      if (rule.condition == "comma" && !comma) continue;
      // "Total kasus meninggal karena Covid-19 … berjumlah …": without a comma,
      // a connecting word right after the only verb belongs to that verb ("meninggal
      // karena"); the left part must have a verb before its last word.
      if (!comma && rule.condition == "clause") {
        auto lw_words = words_in(left);
        bool verb_before_last = false;
        for (std::size_t w = 0; w + 1 < lw_words.size(); ++w)
          verb_before_last = verb_before_last || (verb_like(lw_words[w], c.data) && (w == 0 || !c.data.relatives.count(lower(lw_words[w - 1]))));
        if (!verb_before_last) continue;
      }
      // "…, sehingga total kasus 421; Pringsewu …": the new sentence needs a
      // verb of its own, and a subject before it ("Akibatnya, menjadi 53.788"
      // has none), unless its opening brings them ("Ini karena …").
      if (auto opening = split_words(lower(rule.opening)); opening.empty() || !c.data.subjects.count(opening.front())) {
        auto rest_words = words_in(rest);
        if (!has_verb(rest, c.data) || rest_words.empty() || verb_like(rest_words.front(), c.data)) continue;
      }
      // "Ma'ruf Amin mengatakan, untuk …": what was said is not cut from the saying.
      // ("… mengatakan bahwa …" is the "speech" rule's own case: "hal berikut.")
      if (rule.condition != "speech" && ends_with_speech_verb(left, c.data)) continue;
      // "…, untuk pasien sembuh tercatat tujuh": "untuk" opens a purpose only before a verb.
      if (rule.verb_after) {
        auto rest_words = words_in(rest);
        if (rest_words.empty() || !verb_like(rest_words.front(), c.data)) continue;
      }
      if ((rule.condition == "long" || rule.condition == "purpose") && total <= c.hard_limit) continue;
      // "meminta masyarakat agar taat …": what is asked is no purpose.
      // "Bupati berharap …, sehingga …": what follows a verb of asking or
      // hoping is part of the wish, not a stated result.
      if (asks(left, c.data) || negated(left, c.data) || ends_with_joining_word(left, c.data)) continue;
      // "… tentang PPKM Darurat, Pemerintah Kota Palu menutup …": a last-resort cut whose
      // second part runs on past a comma into another clause leaves both parts broken.
      if (rule.condition == "long" && plain_text(rest).find(',') != std::string::npos) continue;
      // "menutup sementara seluruh pusat perbelanjaan": right after a verb the word is an
      // adverb ("temporarily"), no connecting word.
      if (rule.adverb_after_verb) {
        const auto left_words = words_in(left);
        if (!left_words.empty() && verb_like(left_words.back(), c.data)) continue;
      }
      if (rule.condition == "purpose") {
        auto words = words_in(rest);
        if (words.empty() || !verb_like(words.front(), c.data)) continue;
      }
      if (rule.condition == "speech") {
        bool said = false;
        for (const std::string& w : words_in((left))) said = said || c.data.speech_verbs.count(lower(w)) > 0;
        if (!said) continue;
      }
      if (rule.condition == "verbs") {
        auto words = words_in((rest));
        if (words.empty()) continue;
        const std::string& first = words.front();
        // A subject: a name, a pronoun, or (for a "+count" rule) a count ("…
        // sementara 13 provinsi lainnya …"; after "dan" a count is more often
        // the next item of a breakdown: "41 sembuh, satu meninggal dan 12 dirawat").
        bool subject = (first[0] >= 'A' && first[0] <= 'Z') || c.data.subjects.count(lower(first)) ||
                       (rule.count_subject && first[0] >= '0' && first[0] <= '9');
        if (!subject) continue;
        // "… 1 pasien asal Palu dan Sigi meninggal": two names joined by
        // "dan" are one subject or object, not the end of a clause.
        auto left_words = words_in(left);
        if (first[0] >= 'A' && first[0] <= 'Z' && !left_words.empty() && is_capitalised(left_words.back())) continue;
        if (!has_verb(left, c.data) || !has_verb(rest, c.data)) continue;
      }
      // The most balanced cut wins; but the rules for overlong sentences only
      // (long, purpose) are a last resort, tried in the order of the
      // data file, the safest first: a later one is used only when no earlier
      // one can cut ("… lewat vaksinasi khususnya …" is cut at "khususnya",
      // which keeps "lewat vaksinasi" with the noun it belongs to).
      const bool last_resort = rule.condition == "long" || rule.condition == "purpose";
      std::size_t score = lw > rw ? lw - rw : rw - lw;
      if (last_resort) score += 1000 * (1 + static_cast<std::size_t>(&rule - c.data.splits.data()));
      if (score < best.score) best = {at, end, &rule, score};
    }
  }
  if (!best.rule) return false;
  auto [left, right] = cut(s, best.at);
  auto [conn, rest] = cut(right, best.end - best.at);
  trim_start(rest);
  std::string opening = best.rule->opening;
  if (best.rule->condition == "speech" && !inside_quotes(t, best.at)) {
    // "X menyampaikan bahwa Y" → "X menyampaikan hal berikut." and "Y.": a
    // transitive verb of saying (me-) takes "hal berikut" as its object.
    auto words = words_in(left);
    if (!words.empty() && transitive(lower(words.back()), c.data) && c.data.speech_verbs.count(lower(words.back()))) {
      trim_end(left);
      left.push_back(Inline::make_text(" " + c.data.word("said-this")));
      tidy(left);
      opening.clear();
    }
  }
  // Inside a quotation the speaker's words stay: the connecting word opens
  // the new sentence instead of our plain opening.
  if (inside_quotes(t, best.at)) opening = match_case(t.substr(best.at, best.end - best.at), "A");
  if (!opening.empty()) {
    rest.insert(rest.begin(), Inline::make_text(opening + " "));
    tidy(rest);
  }
  capitalise(rest);
  add_full_stop(left);
  balance_quotes(left, rest);
  return two_sentences(s, c, "split-sentence", left, rest, out);
}

// "… berhubungan dengan A serta B yang …" → "… berhubungan dengan:" and a
// list of A and B, when A holds no verb (so "serta" joins two things).
bool coordination(const Inlines& s, Context& c, std::vector<Piece>& out) {
  auto ok = cuttable(s);
  // The outer joiners first ("serta"), then the others; never a choice ("atau").
  std::vector<std::string> joiners;
  for (bool outer : {true, false})
    for (const std::string& joiner : c.data.joiners)
      if (!c.data.alternatives.count(joiner) && c.data.outer_joiners.count(joiner) == (outer ? 1u : 0u))
        joiners.push_back(joiner);
  for (const std::string& joiner : joiners) {
    for (std::size_t at : find_phrase(s, {joiner})) {
      if (!ok[at]) continue;
      auto [left, right] = cut(s, at);
      auto [j, second] = cut(right, joiner.size());
      trim_start(second);
      auto second_words = words_in((second));
      if (second_words.empty() || verb_like(second_words.front(), c.data)) continue;
      // The second thing runs to the end of the sentence: no comma may follow.
      if (plain_text(second).find(',') != std::string::npos) continue;
      // The first thing starts after the last preposition before the joiner.
      auto words = words_in((left));
      std::size_t k = words.size();
      while (k > 0 && !c.data.prepositions.count(lower(words[k - 1])) && !verb_like(words[k - 1], c.data)) --k;
      if (k == 0 || !c.data.prepositions.count(lower(words[k - 1])) || k == words.size() || words.size() - k > 8) continue;
      // With another preposition after the clause's verb, which of them the
      // second thing continues is unclear ("berkoordinasi dengan pasien di
      // rumah serta petugas …" is not "… di: rumah, petugas"), unless both
      // things are short names ("… bagi penyandang disabilitas di Palu dan Sigi").
      bool another = false;
      for (std::size_t w = k - 1; w-- > 0 && !verb_like(words[w], c.data);)
        another = another || c.data.prepositions.count(lower(words[w])) > 0;
      std::string lt = plain_text(left);
      std::size_t pos = 0;
      for (std::size_t w = 0; w < k; ++w) {
        pos = lt.find(std::string(words[w]), pos);
        pos += words[w].size();
      }
      if (!ok[pos]) continue;
      auto [intro, first] = cut(left, pos);
      trim_start(first);
      trim_end(first, ",");
      trim_end(second, ".");
      if (word_count(first) == 0 || word_count(second) == 0 || word_count(second) > c.hard_limit) continue;
      if (another && !(short_name(first) && short_name(second))) continue;
      // An outer joiner inside either thing of a cut at an inner one: the
      // inner one joins within a larger unit ("dengan pasien dan keluarga di
      // rumah serta petugas …"), which a list of two cannot show.
      bool nested = false;
      if (!c.data.outer_joiners.count(joiner))
        for (const std::string& outer : c.data.outer_joiners)
          nested = nested || !find_phrase(first, {outer}).empty() || !find_phrase(second, {outer}).empty();
      if (nested) continue;
      // Two things, not two figures: "… tiga orang di Buol dan satu orang di
      // Tolitoli" would part "Buol" from its count.
      if (counted(first, c.data) || counted(second, c.data) || !whole_units({first, second}, c.data)) continue;
      if (auto iw = words_in(intro); !iw.empty()) {
        bool count_before = false;  // "… tiga orang di": the intro ends in a count
        for (std::size_t w = iw.size() > 4 ? iw.size() - 4 : 0; w < iw.size(); ++w)
          count_before = count_before || c.data.number_words.count(lower(iw[w])) ||
                         iw[w].find_first_of("0123456789") != std::string::npos;
        if (count_before) continue;
      }
      trim_end(intro);
      if (word_count(intro) > c.hard_limit || word_count(intro) < 3) continue;  // a list would not help
      intro.push_back(Inline::make_text(":"));
      tidy(intro);
      c.change("list", s, "2 items");
      std::vector<Piece> head = word_count(intro) > c.limit ? split(intro, c) : std::vector<Piece>{{intro, {}}};
      head.back().items = {first, second};
      for (Piece& p : head) out.push_back(std::move(p));
      return true;
    }
  }
  return false;
}

// "… disabilitas – lengkap dengan juru bahasa isyarat – di …": the aside
// between dashes leaves the sentence and follows it as "Catatan: …".
bool aside(const Inlines& s, Context& c, std::vector<Piece>& out) {
  std::string t = plain_text(s);
  auto ok = cuttable(s);
  std::vector<std::pair<std::size_t, std::size_t>> dashes;  // [begin, end) of " – "
  for (const char* d : {" \xE2\x80\x93 ", " \xE2\x80\x94 ", " - "}) {
    for (std::size_t at = t.find(d); at != std::string::npos; at = t.find(d, at + 1))
      if (ok[at]) dashes.emplace_back(at, at + std::string(d).size());
    if (dashes.size() >= 2) break;
    dashes.clear();
  }
  if (dashes.size() < 2) return false;
  auto [before, rest] = cut(s, dashes[0].first);
  auto [dash1, rest2] = cut(rest, dashes[0].second - dashes[0].first);
  auto [note, rest3] = cut(rest2, dashes[1].first - dashes[0].second);
  auto [dash2, after] = cut(rest3, dashes[1].second - dashes[1].first);
  if (word_count(note) == 0 || word_count(before) < 3) return false;
  Inlines main = before;
  main.push_back(Inline::make_text(" "));
  for (const Inline& i : after) main.push_back(i);
  tidy(main);
  Inlines remark{Inline::make_text(c.data.word("note") + " ")};
  for (const Inline& i : note) remark.push_back(i);
  tidy(remark);
  add_full_stop(remark);
  c.change("aside", s, plain_text(remark));
  for (Piece& p : split(main, c)) out.push_back(std::move(p));
  out.push_back({remark, {}});
  return true;
}

// "X mengungkapkan Y" → "X mengungkapkan hal berikut." and "Y."
bool after_speech(const Inlines& s, Context& c, std::vector<Piece>& out) {
  std::string t = plain_text(s);
  auto ok = cuttable(s);
  for (const std::string& verb : c.data.speech_verbs) {
    if (!transitive(verb, c.data)) continue;  // transitive verbs of saying only
    for (std::size_t at : find_phrase(s, {verb})) {
      std::size_t end = at + verb.size();
      if (!ok[at] || end >= t.size() || (t[end] != ' ' && t[end] != ',') || inside_quotes(t, at)) continue;
      auto [left, rest] = cut(s, end);
      if (t[end] == ',') rest = cut(rest, 1).second;  // "mengatakan, jumlah …"
      trim_start(rest);
      auto rest_words = words_in((rest));
      if (word_count(left) < 3 || rest_words.size() < 5 || c.data.complementizers.count(lower(rest_words.front()))) continue;
      // What was said must be a clause of its own ("jumlah ODP meningkat …"),
      // not the verb's object ("mengungkapkan rasa terima kasih").
      if (!has_verb(rest, c.data) || verb_like(rest_words.front(), c.data)) continue;
      left.push_back(Inline::make_text(" " + c.data.word("said-this")));
      tidy(left);
      capitalise(rest);
      add_full_stop(left);
      balance_quotes(left, rest);
      return two_sentences(s, c, "split-sentence", left, rest, out);
    }
  }
  return false;
}

// Not a sentence at all (a table flattened into a line: no verb): the words
// go into a list, a few at a time, after the text up to a colon.
bool fragment(const Inlines& s, Context& c, std::vector<Piece>& out) {
  if (has_verb(s, c.data)) return false;
  std::string t = plain_text(s);
  auto ok = cuttable(s);
  Inlines intro, rest = s;
  for (std::size_t k = 0; k < t.size(); ++k)
    if (t[k] == ':' && ok[k] && word_count(cut(s, k + 1).first) <= c.limit) {
      auto [a, b] = cut(s, k + 1);
      intro = a, rest = b;
      break;
    }
  // The pieces between commas and semicolons, each a whole unit ("Palu 30
  // orang"); a line with no such marks stays as it is (left-long).
  std::vector<Inlines> items;
  for (;;) {
    std::string rt = plain_text(rest);
    auto rok = cuttable(rest);
    std::size_t at = 0;
    while (at < rt.size() && !((rt[at] == ',' || rt[at] == ';') && rok[at])) ++at;
    auto [item, after] = cut(rest, at);
    trim_start(item);
    trim_end(item, ".,;");
    if (word_count(item) > 0) items.push_back(item);
    if (at >= rt.size()) break;
    rest = cut(after, 1).second;
  }
  for (const Inlines& item : items)
    if (word_count(item) > c.limit) return false;
  if (!whole_units(items, c.data)) return false;
  if (items.size() < 2) return false;
  if (intro.empty()) intro = {Inline::make_text(c.data.word("fragment-intro"))};
  trim_start(intro);
  c.change("fragment", s, std::to_string(items.size()) + " items");
  out.push_back({intro, items});
  return true;
}

// "“Q,” kata X, …" → "“Q.”" and "Itu kata X, …": a quotation and who said it.
bool quotation(const Inlines& s, Context& c, std::vector<Piece>& out) {
  std::string t = plain_text(s);
  auto ok = cuttable(s, true);
  for (const char* close : {",\xE2\x80\x9D", ",\""}) {
    std::size_t at = t.find(close);
    if (at == std::string::npos || !ok[at]) continue;
    std::size_t end = at + std::string(close).size();
    auto [left, rest] = cut(s, end);
    trim_start(rest);
    auto words = words_in(rest);
    if (words.empty() || !c.data.speech_verbs.count(lower(words.front())) || word_count(left) < 3) continue;
    // The comma before the closing mark becomes a full stop.
    Inline& last = left.back();
    if (last.kind != Inline::Kind::Text) continue;
    std::size_t comma = last.text.rfind(',');
    if (comma == std::string::npos) continue;
    last.text[comma] = '.';
    // "ungkap SAG", "ujarnya" → "Itu kata SAG.", "Itu katanya.": the plain
    // verb of saying reads as a sentence after "Itu"; the others do not.
    {
      const std::string verb = words.front();
      const std::string& clitic = c.data.word("third-person");  // "-nya"
      const std::string l = lower(verb);
      const bool with_clitic = !clitic.empty() && l.size() > clitic.size() &&
                               l.compare(l.size() - clitic.size(), clitic.size(), clitic) == 0;
      const std::string said = c.data.word("said") + (with_clitic ? clitic : "");
      if (lower(verb) != said && rest.front().kind == Inline::Kind::Text && rest.front().text.rfind(verb, 0) == 0)
        rest.front().text.replace(0, verb.size(), said);
    }
    rest.insert(rest.begin(), Inline::make_text(c.data.word("that-was") + " "));
    tidy(rest);
    add_full_stop(rest);
    return two_sentences(s, c, "quotation", left, rest, out);
  }
  return false;
}

bool at_comma(const Inlines& s, Context& c, std::vector<Piece>& out) {
  const std::string t = plain_text(s);
  const auto ok = cuttable(s);
  std::size_t best = balanced_comma(s, 5, [&](std::size_t k, const Inlines& left, const Inlines& right) {
    if (t[k + 1] == '"' || t.compare(k + 1, 3, "\xE2\x80\x9D") == 0) return false;  // closes a quotation
    auto [before, after] = segments_around(s, t, ok, k);
    // Not between two figures of an enumeration ("… Palu 30 orang, 12 orang di
    // Donggala, …"): a list is cut into items or not at all.
    // (Items are short: two clauses that each hold an amount are no list.)
    if (counted(before, c.data) && counted(after, c.data) && std::min(word_count(before), word_count(after)) <= 6) return false;
    // Both parts must be sentences: a date ("Pada Senin, 4 Januari 2021.")
    // or a name and role alone is not one; and "X mengatakan, …" keeps what was said.
    if (!has_verb(left, c.data) || !has_verb(right, c.data) || ends_with_speech_verb(left, c.data)) return false;
    // Nor is the next item of a list ("…, Laboratorium PCR RSUD Selong, dan
    // …"): the segments on both sides of the comma hold a verb.
    if (!has_verb(before, c.data) || !has_verb(after, c.data)) return false;
    // And the second needs its own subject: "Meninggal 445 kasus, dirawat …"
    // cut after the comma would leave "Dirawat …" without one.
    auto rw_words = words_in(right);
    if (rw_words.empty() || verb_like(rw_words.front(), c.data) || c.data.subordinators.count(lower(rw_words.front()))) return false;
    // A connecting word after the comma ("…, sehingga menjadi …", "…, untuk
    // pasien sembuh …") had its own rule, which declined the cut: so does this one.
    for (const SplitRule& rule : c.data.splits)
      if (rule.words.size() <= rw_words.size() && lower(rw_words.front()) == rule.words.front()) return false;
    return true;
  });
  if (best == 0) return false;
  auto [left, rest] = cut(s, best);
  trim_start(rest);
  // ", dan cakupan …" → "Cakupan …": the new sentence needs no "dan".
  for (const std::string& joiner : c.data.joiners) {
    if (c.data.alternatives.count(joiner)) continue;
    auto hits = find_phrase(rest, {joiner});
    if (!hits.empty() && hits.front() == 0 && word_count(rest) > 4) {
      auto [j, r] = cut(rest, joiner.size());
      rest = r;
      trim_start(rest);
    }
  }
  capitalise(rest);
  add_full_stop(left);
  balance_quotes(left, rest);
  return two_sentences(s, c, "split-comma", left, rest, out);
}

std::vector<Piece> split(const Inlines& s, Context& c) {
  std::vector<Piece> out;
  std::size_t n = word_count(s);
  if (n <= c.limit) return {{s, {}}};
  if (quotation(s, c, out)) return out;
  // "Jika ditemukan satu kasus positif, kegiatan tatap muka dihentikan dan seluruh warga
  // sekolah menjalani tes PCR": the condition holds for every part; cut, the parts after
  // the first would read as unconditional. Such a sentence stays long (a quotation is
  // still told apart from who said it, above).
  if (const auto w = words_in(s); !w.empty() && c.data.condition_words.count(lower(w.front()))) return {{s, {}}};
  if (connector(s, c, out, true) || enumeration(s, c, out) || unmarked_enumeration(s, c, out) ||
      connector(s, c, out, false) || place_groups(s, c, out))
    return out;
  if (n > c.hard_limit &&
      (aside(s, c, out) || after_speech(s, c, out) || coordination(s, c, out) || at_comma(s, c, out) ||
       fragment(s, c, out)))
    return out;
  return {{s, {}}};
}

}  // namespace

std::vector<Piece> split_sentence(const Inlines& sentence, const PlainData& data, std::size_t limit,
                                  std::size_t hard_limit, std::vector<PlainChange>& changes, std::size_t source_sentence,
                                  std::size_t line) {
  Context c{data, limit, hard_limit, changes, source_sentence, line};
  return split(sentence, c);
}

}  // namespace aksesibel::plain
