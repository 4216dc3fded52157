#include "plain/split.hpp"

#include <cstdlib>

#include "plain/inline_edit.hpp"
#include "plain/sentences.hpp"

namespace aksesibel::plain {

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
// inline outside brackets, and outside the written-out form of an
// abbreviation ("Pusat Data dan Informasi (Pusdatina)"), where a cut is allowed.
std::vector<bool> cuttable(const Inlines& inlines) {
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
  return out;
}

bool verb_like(const std::string& w, const PlainData& d) {
  if (w.empty() || (w[0] >= 'A' && w[0] <= 'Z')) return false;
  std::string l = lower(w);
  if (d.verbs.count(l)) return true;
  if (l.size() < 5) return false;
  for (const std::string& p : d.verb_prefixes)
    if (l.rfind(p, 0) == 0) return true;
  return false;
}

// Whether a part has a verb of its own, not only one of a "yang" clause.
bool has_verb(const Inlines& part, const PlainData& d) {
  auto words = words_in(part);
  for (std::size_t k = 0; k < words.size(); ++k)
    if (verb_like(words[k], d) && (k == 0 || lower(words[k - 1]) != "yang")) return true;
  return false;
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
      // (after a comma too: "A, B, dan C").
      for (const char* joiner : {"dan", "serta", "atau"}) {
        trim_start(rest);
        if (!find_phrase(rest, {joiner}).empty() && find_phrase(rest, {joiner}).front() == 0) {
          auto [j, r] = cut(rest, std::string(joiner).size());
          rest = r;
          break;
        }
        auto hits = find_phrase(rest, {joiner});
        if (hits.empty()) continue;
        std::size_t h = hits.back();
        auto [a, b] = cut(rest, h);
        auto [j, b2] = cut(b, std::string(joiner).size());
        if (word_count(a) == 0 || word_count(b2) == 0) continue;
        // "Kalimantan Timur dan Kalimantan Tengah masing-masing lima kasus":
        // a part without its own figure stays with the one that has it.
        bool a_counted = false, b_counted = false;
        for (const Inline& i : a) a_counted = a_counted || i.kind == Inline::Kind::Number;
        for (const Inline& i : b2) b_counted = b_counted || i.kind == Inline::Kind::Number;
        if (!a_counted && b_counted) break;
        if (!find_phrase(b2, {"masing-masing"}).empty()) break;
        items.push_back(a);
        rest = b2;
        break;
      }
      items.push_back(rest);
      if (items.size() < 3) continue;
      bool short_items = true;
      for (Inlines& item : items) {
        trim_start(item);
        trim_end(item, ".,;");
        if (word_count(item) == 0 || word_count(item) > 12) short_items = false;
      }
      if (!short_items) continue;
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
      if ((rule.condition == "long" || rule.condition == "relative" || rule.condition == "purpose") && total <= c.hard_limit)
        continue;
      if (rule.condition == "purpose") {
        auto words = words_in(rest);
        if (words.empty() || !verb_like(words.front(), c.data)) continue;
      }
      if (rule.condition == "speech") {
        bool said = false;
        for (const std::string& w : words_in((left))) said = said || c.data.speech_verbs.count(lower(w)) > 0;
        if (!said) continue;
      }
      if (rule.condition == "relative") {
        auto words = words_in((rest));
        if (words.empty() || !verb_like(words.front(), c.data)) continue;
        bool counted = false;
        for (const Inline& i : left) counted = counted || (i.kind == Inline::Kind::Number && i.unit.empty());
        if (!counted) continue;
      }
      if (rule.condition == "verbs") {
        auto words = words_in((rest));
        if (words.empty()) continue;
        const std::string& first = words.front();
        bool subject = (first[0] >= 'A' && first[0] <= 'Z') || c.data.subjects.count(lower(first));
        if (!subject) continue;
        if (!has_verb(left, c.data) || !has_verb(rest, c.data)) continue;
      }
      // The most balanced cut wins; but the rules for overlong sentences only
      // (long, relative, purpose) are a last resort, tried in the order of the
      // data file, the safest first: a later one is used only when no earlier
      // one can cut ("… lewat vaksinasi khususnya …" is cut at "khususnya",
      // which keeps "lewat vaksinasi" with the noun it belongs to).
      const bool last_resort = rule.condition == "long" || rule.condition == "relative" || rule.condition == "purpose";
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
    if (!words.empty() && lower(words.back()).rfind("me", 0) == 0 && c.data.speech_verbs.count(lower(words.back()))) {
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
  for (const char* joiner : {"serta", "dan"}) {
    for (std::size_t at : find_phrase(s, {joiner})) {
      if (!ok[at]) continue;
      auto [left, right] = cut(s, at);
      auto [j, second] = cut(right, std::string(joiner).size());
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
    if (verb.rfind("me", 0) != 0) continue;  // transitive verbs of saying only
    for (std::size_t at : find_phrase(s, {verb})) {
      std::size_t end = at + verb.size();
      if (!ok[at] || end >= t.size() || t[end] != ' ' || inside_quotes(t, at)) continue;
      auto [left, rest] = cut(s, end);
      trim_start(rest);
      auto rest_words = words_in((rest));
      if (word_count(left) < 3 || rest_words.size() < 5 || lower(rest_words.front()) == "bahwa") continue;
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
  std::vector<Inlines> items;
  while (word_count(rest) > 0) {
    std::string rt = plain_text(rest);
    auto rok = cuttable(rest);
    // Cut after the tenth word, at a space outside brackets.
    std::size_t words = 0, k = 0, cut_at = rt.size();
    bool in_word = false;
    for (; k < rt.size(); ++k) {
      bool space = rt[k] == ' ';
      if (!space && !in_word) ++words;
      in_word = !space;
      if (space && words >= 10 && rok[k]) {
        cut_at = k;
        break;
      }
    }
    auto [item, after] = cut(rest, cut_at);
    trim_start(item);
    trim_end(item);
    if (word_count(item) > 0) items.push_back(item);
    rest = after;
  }
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
  auto ok = cuttable(s);
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
    rest.insert(rest.begin(), Inline::make_text(c.data.word("that-was") + " "));
    tidy(rest);
    add_full_stop(rest);
    return two_sentences(s, c, "quotation", left, rest, out);
  }
  return false;
}

bool at_comma(const Inlines& s, Context& c, std::vector<Piece>& out) {
  std::string t = plain_text(s);
  auto ok = cuttable(s);
  std::size_t best = 0, best_score = SIZE_MAX;
  for (std::size_t k = 1; k + 1 < t.size(); ++k) {
    if (t[k] != ',' || !ok[k]) continue;
    if (t[k + 1] == '"' || t.compare(k + 1, 3, "\xE2\x80\x9D") == 0) continue;  // closes a quotation
    auto [left, right] = cut(s, k + 1);
    std::size_t lw = word_count(left), rw = word_count(right);
    if (lw < 5 || rw < 5) continue;
    std::size_t score = lw > rw ? lw - rw : rw - lw;
    if (score < best_score) best = k + 1, best_score = score;
  }
  if (best_score == SIZE_MAX) return false;
  auto [left, rest] = cut(s, best);
  trim_start(rest);
  // ", dan cakupan …" → "Cakupan …": the new sentence needs no "dan".
  for (const char* joiner : {"dan", "serta"}) {
    auto hits = find_phrase(rest, {joiner});
    if (!hits.empty() && hits.front() == 0 && word_count(rest) > 4) {
      auto [j, r] = cut(rest, std::string(joiner).size());
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
  if (quotation(s, c, out) || connector(s, c, out, true) || enumeration(s, c, out) || connector(s, c, out, false))
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
