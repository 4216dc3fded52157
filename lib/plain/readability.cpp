#include "plain/readability.hpp"

#include "data/data_dir.hpp"
#include "text/sentences.hpp"
#include "text/words.hpp"

namespace aksesibel {

namespace {

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

std::size_t syllables_of_part(std::string_view part) {
  std::size_t letters = 0, upper = 0, digits = 0;
  for (char c : part) {
    if (c >= 'A' && c <= 'Z') ++upper, ++letters;
    else if (c >= 'a' && c <= 'z') ++letters;
    else if (c >= '0' && c <= '9') ++digits;
  }
  if (digits > 0 && letters == 0) return digits;  // a numeral: one per digit
  if (letters >= 2 && upper == letters) return letters + digits;  // an abbreviation, spelled out
  std::string w = plain::lower(part);
  std::size_t n = 0;
  for (std::size_t i = 0; i < w.size(); ++i) {
    if (!is_vowel(w[i])) continue;
    ++n;
    // ai, au, ei, oi at the end of a word are one nucleus (pandai, pulau, survei).
    if (i + 2 == w.size() && (w[i] == 'a' || w[i] == 'e' || w[i] == 'o') &&
        (w[i + 1] == 'i' || (w[i] == 'a' && w[i + 1] == 'u')))
      break;
  }
  return n + digits + (n == 0 && letters > 0 ? 1 : 0);
}

}  // namespace

std::size_t syllables(std::string_view word) {
  std::size_t n = 0, start = 0;
  for (;;) {
    std::size_t dash = word.find('-', start);
    n += syllables_of_part(word.substr(start, dash == std::string_view::npos ? dash : dash - start));
    if (dash == std::string_view::npos) break;
    start = dash + 1;
  }
  return n;
}

namespace plain {

namespace {

// The text as it has to be understood: an abbreviation of
// data/abbreviations-id.tsv is one word, as written, with the syllables of
// its full form ("Kab." reads as "Kabupaten"; docs/plain-language.md). The
// full form's words are joined with hyphens, which syllables() adds up.
std::string reading_text(const Inlines& inlines) {
  std::string out;
  for (const Inline& i : inlines) {
    if (i.kind == Inline::Kind::Abbreviation && !i.expansion.empty()) {
      std::string joined;
      for (const std::string& w : split_words(i.expansion)) {
        std::string letters;
        for (char c : w)
          if (c != ',' && c != '.' && c != '(' && c != ')' && c != '/') letters += c;
        if (letters.empty()) continue;
        if (!joined.empty()) joined += '-';
        joined += letters;
      }
      out += joined;
    }
    else if (i.kind == Inline::Kind::Emphasis || i.kind == Inline::Kind::Strong || i.kind == Inline::Kind::Link)
      out += reading_text(i.children);
    else out += plain_text(Inlines{i});
  }
  return out;
}

void add_inline_sentences(const Inlines& inlines, const PlainData& data, std::vector<std::string>& out) {
  std::string t = reading_text(inlines);
  for (auto [b, e] : text::sentences(t, data.no_break_after)) out.push_back(t.substr(b, e - b));
}

}  // namespace

std::string row_text(const Block::Row& row, bool reading) {
  std::string s;
  for (const auto& cell : row) {
    std::string c = reading ? reading_text(cell) : plain_text(cell);
    if (c.empty()) continue;
    if (!s.empty()) s += ' ';
    s += c;
  }
  return s;
}

std::vector<std::string> block_sentences(const Block& block, const PlainData& data) {
  std::vector<std::string> out;
  switch (block.kind) {
    case Block::Kind::Heading:
    case Block::Kind::Paragraph:
    case Block::Kind::Note:
      add_inline_sentences(block.inlines, data, out);
      break;
    case Block::Kind::Quote:
      for (const Block& c : block.children)
        for (std::string& s : block_sentences(c, data)) out.push_back(std::move(s));
      break;
    case Block::Kind::List:
      for (const auto& item : block.items)
        for (const Block& c : item)
          for (std::string& s : block_sentences(c, data)) out.push_back(std::move(s));
      break;
    case Block::Kind::Table:
      if (!block.inlines.empty()) add_inline_sentences(block.inlines, data, out);
      for (const auto& row : block.rows)
        if (std::string r = row_text(row, true); !r.empty()) out.push_back(std::move(r));
      break;
  }
  return out;
}

Readability measure_sentences(const std::vector<std::string>& sentences, const PlainData& data) {
  Readability r;
  std::size_t judged = 0, uncommon = 0;
  for (const std::string& s : sentences) {
    auto words = text::printed_words(s);
    if (words.empty()) continue;
    ++r.sentences;
    r.words += words.size();
    if (words.size() > r.longest_sentence) r.longest_sentence = words.size();
    for (std::size_t k = 0; k < words.size(); ++k) {
      std::string_view w = words[k];
      std::size_t n = syllables(w);
      r.syllables += n;
      if (n >= 4) r.long_words += 1;
      if (text::is_numeral(w)) continue;
      // Names (a capital inside a sentence) are not judged; abbreviations are.
      bool capital = w[0] >= 'A' && w[0] <= 'Z';
      bool all_caps = true;
      for (char c : w)
        if (c >= 'a' && c <= 'z') all_caps = false;
      if (k > 0 && capital && !all_caps) continue;
      ++judged;
      std::string l = lower(w);
      auto known = [&](const std::string& x) { return data.common_words.count(x) > 0; };
      bool ok = known(l);
      for (const std::string& suffix : data.clitics) {
        std::string_view sv(suffix);
        if (!ok && l.size() > sv.size() + 2 && l.compare(l.size() - sv.size(), sv.size(), sv) == 0)
          ok = known(l.substr(0, l.size() - sv.size()));
      }
      if (!ok) {
        if (auto dash = l.find('-'); dash != std::string::npos) ok = known(l.substr(0, dash)) && known(l.substr(dash + 1));
      }
      if (!ok) ++uncommon;
    }
  }
  if (r.sentences == 0 || r.words == 0) return r;
  double asl = static_cast<double>(r.words) / static_cast<double>(r.sentences);
  double asw = static_cast<double>(r.syllables) / static_cast<double>(r.words);
  r.words_per_sentence = asl;
  r.syllables_per_word = asw;
  r.long_words /= static_cast<double>(r.words);
  r.uncommon_words = judged ? static_cast<double>(uncommon) / static_cast<double>(judged) : 0;
  r.reading_ease = 206.835 - 1.015 * asl - 84.6 * (0.6 * asw);
  r.grade_level = 0.39 * asl + 11.8 * (0.6 * asw) - 15.59;
  return r;
}

}  // namespace plain

Readability measure(const Document& doc, const std::string& data_dir) {
  auto data = plain::load_plain_data(data::data_directory(data_dir));
  std::vector<std::string> sentences;
  for (const Block& b : doc.blocks)
    for (std::string& s : plain::block_sentences(b, *data)) sentences.push_back(std::move(s));
  return plain::measure_sentences(sentences, *data);
}

}  // namespace aksesibel
