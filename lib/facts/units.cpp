#include "facts/units.hpp"

#include "plain_text.hpp"
#include "recognise/recognise.hpp"
#include "text/sentences.hpp"
#include "text/utf8.hpp"
#include "text/words.hpp"

namespace aksesibel::facts {

namespace {

struct Anchor {
  std::size_t begin, end;
  const Inline* inl;
};

// The text of inlines as plain_text() gives it, with the places of numbers and dates.
void flatten(const Inlines& inlines, std::string& out, std::vector<Anchor>& anchors) {
  append_plain_text(inlines, out, false, [&](const Inline& i, std::size_t begin) {
    if (i.kind == Inline::Kind::Number || i.kind == Inline::Kind::Date) anchors.push_back({begin, out.size(), &i});
  });
}

// A number word counts as a figure only next to what it counts ("tujuh pasien",
// "dua dinyatakan sembuh", "bertambah satu"): "salah satu" and "dua hingga tiga
// minggu" are no figures.
// (`first` to `last`: the words of the number, "dua puluh tiga".)
bool counts_something(const std::vector<Token>& t, std::size_t first, std::size_t last, const data::FactWords& w) {
  const std::vector<std::string>& nouns = w.set("unitnoun");
  const std::vector<std::string>& before = w.set("countword");
  const std::size_t i = first;
  if (i > 0 && t[i - 1].type == Token::Type::Word) {
    for (const auto& b : w.set("notcountword"))
      if (t[i - 1].lower == b) return false;
    for (const auto& b : before)
      if (t[i - 1].lower == b) return true;
  }
  for (std::size_t k = last + 1; k < t.size() && k <= last + 2; ++k) {
    if (t[k].type != Token::Type::Word) return false;
    for (const auto& n : nouns)
      if (t[k].lower == n) return true;
    for (const auto& m : w.measures)
      if (!m.weak && m.words.size() == 1 && m.words[0] == t[k].lower) return true;
  }
  return false;
}

// The number written in words from token `i` on: one word ("tujuh") or several read as one
// ("dua puluh tiga", "seratus lima", "lima belas ribu", "dua ratus lima puluh ribu"), by
// the words and scales of the data (numberword, numberscale). Returns one past its last
// word (`i` when none) and its value.
std::size_t number_words(const Unit& u, std::size_t i, const data::FactWords& w, double& value) {
  double total = 0, group = 0, digit = 0;
  std::size_t k = i;
  for (; k < u.tokens.size() && u.tokens[k].type == Token::Type::Word; ++k) {
    if (k > i && u.gap_before(k).find_first_not_of(' ') != std::string::npos) break;  // one number stands together
    const std::string& word = u.tokens[k].lower;
    const data::Phrase* plain = nullptr;
    for (const data::Phrase& p : w.numberwords)
      if (p.words.size() == 1 && p.words[0] == word) plain = &p;
    const data::Phrase* scale = nullptr;
    for (const data::Phrase& p : w.numberscale)
      if (p.words.size() == 1 && p.words[0] == word) scale = &p;
    if (plain) {
      const double v = std::stod(plain->value);
      if (v == 0) {  // "nol": alone
        if (k == i) ++k;
        break;
      }
      if (digit != 0 || (v >= 10 && k > i && group == 0 && total == 0)) break;
      if (v < 10) digit = v;
      else group += v;  // "sepuluh", "sebelas"
      continue;
    }
    if (!scale) break;
    const std::size_t space = scale->value.find(' ');
    const double v = std::stod(scale->value.substr(0, space));
    const std::string kind = scale->value.substr(space + 1);
    if (kind == "teen" && digit > 0) group += digit + v, digit = 0;
    else if (kind == "times" && digit > 0) group += digit * v, digit = 0;
    else if (kind == "times-one" && digit == 0) group += v;
    else if (kind == "group" && group + digit > 0) total += (group + digit) * v, group = digit = 0;
    else if (kind == "group-one" && digit == 0 && group == 0) total += v;
    else break;
  }
  value = total + group + digit;
  return k;
}

bool is_note_word(const std::string& word, const data::FactWords& w) {
  for (const auto& n : w.set("notemark"))
    if (word == n) return true;
  return false;
}

Unit make_unit(std::string text, const std::vector<Anchor>& anchors, const data::FactWords& w,
               const std::vector<std::string>& no_break) {
  Unit u;
  u.text = std::move(text);
  std::size_t a = 0;
  for (text::Word& word : text::words(u.text)) {
    while (a < anchors.size() && anchors[a].end <= word.begin) {
      // An anchor with no word inside it (cannot happen for digits; kept for safety).
      ++a;
    }
    if (a < anchors.size() && word.begin >= anchors[a].begin && word.begin < anchors[a].end) {
      if (!u.tokens.empty() && u.tokens.back().inline_ == anchors[a].inl) continue;  // rest of the same number
      Token t;
      const Inline* inl = anchors[a].inl;
      t.type = inl->kind == Inline::Kind::Number ? Token::Type::Number : Token::Type::Date;
      t.begin = anchors[a].begin;
      t.end = anchors[a].end;
      t.inline_ = inl;
      t.value = inl->value;
      t.unit = inl->unit;
      t.capital = true;
      if (t.type == Token::Type::Number) {
        double v = 0;
        bool ambiguous = false;
        std::string digits = inl->text;
        std::size_t stop = digits.find_first_not_of("0123456789.,");
        if (stop != std::string::npos) digits.resize(stop);
        if (text::Recogniser::parse_number(digits, v, ambiguous)) t.ambiguous = ambiguous;
        // "4.07 persen": a share with a decimal point cannot be read as 407.
        if (t.ambiguous && inl->unit == "%" && inl->value <= 100) t.ambiguous = false;
      }
      u.tokens.push_back(std::move(t));
      continue;
    }
    Token t;
    t.lower = std::move(word.lower);
    t.begin = word.begin;
    t.end = word.end;
    t.capital = word.capital;
    t.hyphen_before = word.hyphen_before;
    u.tokens.push_back(std::move(t));
  }
  // "5.017 (catatan 1) orang" (a note mark, read/characters.cpp): no figure, and the
  // sentence reads on as if it were not there.
  for (std::size_t i = 0; i + 1 < u.tokens.size(); ++i) {
    if (u.tokens[i].type != Token::Type::Word || u.tokens[i + 1].type != Token::Type::Number ||
        !is_note_word(u.tokens[i].lower, w))
      continue;
    std::size_t open = u.tokens[i].begin;
    while (open > 0 && u.text[open - 1] == ' ') --open;
    if (open == 0 || u.text[open - 1] != '(') continue;
    const std::size_t close = u.text.find(')', u.tokens[i + 1].end);
    if (close == std::string::npos) continue;
    bool only_numbers = true;
    std::size_t j = i + 1;
    for (; j < u.tokens.size() && u.tokens[j].begin < close; ++j) only_numbers = only_numbers && u.tokens[j].type == Token::Type::Number;
    if (!only_numbers || u.text.find_first_not_of("0123456789,;- ", u.tokens[i].end) < close) continue;
    std::fill(u.text.begin() + static_cast<std::ptrdiff_t>(open - 1), u.text.begin() + static_cast<std::ptrdiff_t>(close + 1), ' ');
    u.tokens.erase(u.tokens.begin() + static_cast<std::ptrdiff_t>(i), u.tokens.begin() + static_cast<std::ptrdiff_t>(j));
    --i;
  }
  // Numbers written as words, one ("tujuh pasien") or several read as one ("seratus orang",
  // "dua puluh tiga kasus"): a figure when next to what it counts.
  for (std::size_t i = 0; i < u.tokens.size(); ++i) {
    if (u.tokens[i].type != Token::Type::Word) continue;
    double value = 0;
    const std::size_t end = number_words(u, i, w, value);
    if (end == i) continue;
    if (!counts_something(u.tokens, i, end - 1, w)) {
      i = end - 1;
      continue;
    }
    Token& t = u.tokens[i];
    t.type = Token::Type::Number;
    t.value = value;
    if (end > i + 1) {
      t.end = u.tokens[end - 1].end;
      t.lower = text::lower_ascii(u.text.substr(t.begin, t.end - t.begin));
      u.tokens.erase(u.tokens.begin() + static_cast<std::ptrdiff_t>(i + 1), u.tokens.begin() + static_cast<std::ptrdiff_t>(end));
    }
  }
  auto bounds = text::sentences(u.text, no_break);
  std::size_t s = 0;
  for (Token& t : u.tokens) {
    while (s + 1 < bounds.size() && t.begin >= bounds[s].second) ++s;
    t.sentence = s;
  }
  return u;
}

void add_blocks(const std::vector<Block>& blocks, std::size_t top, bool quoted, const data::FactWords& w,
                const std::vector<std::string>& no_break, std::vector<Unit>& out, bool is_top) {
  // A paragraph, heading or caption: one unit.
  auto add_line = [&](const Inlines& inlines, std::size_t line, std::size_t index) {
    std::string t;
    std::vector<Anchor> a;
    flatten(inlines, t, a);
    Unit u = make_unit(std::move(t), a, w, no_break);
    u.line = line;
    u.block = index;
    u.quoted = quoted;
    out.push_back(std::move(u));
  };
  for (std::size_t k = 0; k < blocks.size(); ++k) {
    const Block& b = blocks[k];
    const std::size_t index = is_top ? k : top;
    switch (b.kind) {
      case Block::Kind::Heading:
      case Block::Kind::Paragraph:
        add_line(b.inlines, b.line, index);
        break;
      case Block::Kind::List:
        for (const auto& item : b.items) add_blocks(item, index, quoted, w, no_break, out, false);
        break;
      case Block::Kind::Quote: add_blocks(b.children, index, true, w, no_break, out, false); break;
      case Block::Kind::Table: {
        if (!b.header.empty() || !b.row_headers) break;  // only label/figure tables are read
        if (!b.inlines.empty()) add_line(b.inlines, b.line, index);  // the caption, read as a line of its own
        for (const auto& row : b.rows) {
          if (row.size() != 2) continue;
          std::string t;
          std::vector<Anchor> a;
          flatten(row[0], t, a);
          const std::size_t label_text_end = t.size();
          t += ": ";
          flatten(row[1], t, a);
          Unit u = make_unit(std::move(t), a, w, no_break);
          u.kind = Unit::Kind::Row;
          u.line = b.line;
          u.block = index;
          u.quoted = quoted;
          while (u.label_end < u.tokens.size() && u.tokens[u.label_end].begin < label_text_end) ++u.label_end;
          out.push_back(std::move(u));
        }
        break;
      }
      case Block::Kind::Note: break;  // image descriptions state no figures of their own
    }
  }
}

}  // namespace

std::string Unit::gap_before(std::size_t i) const {
  if (i == 0 || i > tokens.size()) return "";
  const std::size_t from = tokens[i - 1].end, to = i < tokens.size() ? tokens[i].begin : text.size();
  return to > from ? text.substr(from, to - from) : "";
}

std::vector<Unit> document_units(const Document& doc, const data::FactWords& w,
                                 const std::vector<std::string>& no_break) {
  std::vector<Unit> out;
  // A stand-in title repeats the first sentence: it is read there.
  if (!doc.metadata.title_inferred) {
    std::string t;
    std::vector<Anchor> a;
    flatten(doc.metadata.title, t, a);
    Unit u = make_unit(std::move(t), a, w, no_break);
    u.kind = Unit::Kind::Title;
    out.push_back(std::move(u));
  }
  add_blocks(doc.blocks, 0, false, w, no_break, out, true);
  return out;
}

bool phrase_at(const Unit& u, std::size_t i, const data::Phrase& p) {
  if (i + p.words.size() > u.tokens.size()) return false;
  for (std::size_t k = 0; k < p.words.size(); ++k) {
    const Token& t = u.tokens[i + k];
    const std::string& word = p.words[k];
    if (t.type == Token::Type::Number) {
      // A phrase's numeral ("24 jam terakhir") matches the number as printed, its number
      // word ("data dua hari") the number word.
      const bool numeral = !word.empty() && word.find_first_not_of("0123456789") == std::string::npos;
      if (numeral ? u.text.compare(t.begin, t.end - t.begin, word) != 0 : t.lower.empty() || t.lower != word)
        return false;
    } else if (t.type != Token::Type::Word || t.lower != word) {
      return false;
    }
    if (k > 0 && t.sentence != u.tokens[i].sentence) return false;
  }
  return true;
}

namespace {
// Stands for "not asked yet" in Unit::phrase_answers.
const data::Phrase kNotAsked{};
}  // namespace

const data::Phrase* any_phrase_at(const Unit& u, std::size_t i, const data::PhraseList& list) {
  if (list.empty() || i >= u.tokens.size()) return nullptr;
  std::vector<const data::Phrase*>& answers = u.phrase_answers[&list];
  if (answers.empty()) answers.assign(u.tokens.size(), &kNotAsked);
  const data::Phrase*& answer = answers[i];
  if (answer != &kNotAsked) return answer;
  // Only the phrases whose first word is this token's can stand here: a
  // word's lower case, a number's digits as printed (phrase_at()).
  const Token& t = u.tokens[i];
  const std::vector<std::size_t>* starting = nullptr;
  if (t.type == Token::Type::Word) starting = list.starting_with(t.lower);
  else if (t.type == Token::Type::Number) starting = list.starting_with(u.text.substr(t.begin, t.end - t.begin));
  // The longest phrase standing here; of equally long ones, the first in the list.
  const data::Phrase* best = nullptr;
  std::size_t best_at = 0;
  auto consider = [&](const std::vector<std::size_t>& positions) {
    for (std::size_t at : positions) {
      const data::Phrase& p = list[at];
      if (best && (p.words.size() < best->words.size() || (p.words.size() == best->words.size() && at > best_at))) continue;
      if (!phrase_at(u, i, p)) continue;
      best = &p;
      best_at = at;
    }
  };
  if (starting) consider(*starting);
  // A number word ("dua") also starts the phrases that spell it ("data dua hari").
  if (t.type == Token::Type::Number && !t.lower.empty())
    if (const auto* spelled = list.starting_with(t.lower); spelled && spelled != starting) consider(*spelled);
  consider(list.without_words());
  answer = best;
  return best;
}

}  // namespace aksesibel::facts
