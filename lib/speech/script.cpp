#include "speech/script.hpp"

#include <algorithm>
#include <set>

#include "model/inlines.hpp"
#include "model/sections.hpp"
#include "model/summary.hpp"
#include "render/large_print_text.hpp"
#include "speech/number_words.hpp"
#include "text/utf8.hpp"
#include "text/words.hpp"

namespace aksesibel::speech {

namespace {

// Pauses after an utterance, in milliseconds.
constexpr unsigned kAfterHeading = 700, kAfterParagraph = 450, kAfterItem = 300, kAfterChapter = 1000, kAfterSentence = 150;

bool upper(char c) { return c >= 'A' && c <= 'Z'; }
bool letter(char c) { return upper(c) || (c >= 'a' && c <= 'z'); }
bool digit(char c) { return c >= '0' && c <= '9'; }
bool vowel(char c) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U'; }

// Whether a word in capitals can be said as an Indonesian word ("WITA",
// "ANTARA", "SATGAS"), or is an initialism said letter by letter ("RSUD",
// "PPDI", "ODP", "BNPB"): at least four letters and two vowels, no two
// consonants at its start and never three in a row.
bool pronounceable(std::string_view w) {
  if (w.size() < 4 || std::count_if(w.begin(), w.end(), vowel) < 2) return false;
  if (!vowel(w[0]) && !vowel(w[1])) return false;
  std::size_t run = 0;
  for (char c : w) {
    run = vowel(c) ? 0 : run + 1;
    if (run >= 3) return false;
  }
  return true;
}

std::string squeeze(const std::string& s) { return text::collapse_spaces(text::trim(s)); }

// End an utterance as a sentence, for the voice's intonation.
std::string as_sentence(std::string s) {
  s = squeeze(s);
  while (!s.empty() && (s.back() == ',' || s.back() == ';')) s.pop_back();
  if (!s.empty() && s.back() != '.' && s.back() != '!' && s.back() != '?' && s.back() != ':') s += '.';
  return s;
}

class Speaker {
 public:
  explicit Speaker(const data::LanguageData& d) : d_(d) {}

  /// Text said: signs in words, capitals spelled, digits in words.
  std::string say_text(std::string_view t) const {
    std::string out;
    std::size_t k = 0;
    while (k < t.size()) {
      // No-break spaces (U+00A0, U+202F) are spaces to the voice and between words.
      if (t.compare(k, 2, "\xC2\xA0") == 0 || t.compare(k, 3, "\xE2\x80\xAF") == 0) {
        out += ' ';
        k += t[k] == '\xC2' ? 2 : 3;
        continue;
      }
      if (letter(t[k])) {
        std::size_t end = k;
        while (end < t.size() && letter(t[end])) ++end;
        out += say_word(t.substr(k, end - k));
        k = end;
        continue;
      }
      bool matched = false;
      for (const auto& [sign, said] : d_.speech.signs)
        if (!letter(sign[0]) && t.substr(k, sign.size()) == sign) {
          out += " " + said + " ";
          k += sign.size();
          matched = true;
          break;
        }
      if (!matched) out += t[k++];
    }
    return digits_in_words(out);
  }

  /// A block's inlines said; the numbers they say are added to `numbers`.
  /// `expand`: write abbreviations out at their first use (not in the title, as on the web page).
  std::string say(const Inlines& in, std::vector<SpokenNumber>& numbers, bool expand = true) {
    before_.clear();
    phone_ = false;
    expand_ = expand;
    return squeeze(inlines(render::without_capital_blocks(in), numbers));
  }

  /// A date of the model (ISO) in words.
  std::string say_date(const std::string& iso, const std::string& weekday, const std::string& printed) const {
    const bool full = iso.size() == 10, day_month = iso.size() == 7 && iso.rfind("--", 0) == 0;
    if (full || day_month) {
      std::string d = render::long_date(iso, d_.calendar);
      if (day_month && !weekday.empty()) d = weekday + ", " + d;
      // "Kamis (17/8/2021)", a Tuesday: said with the printed day, as plain language
      // leaves it (a warning tells the day or the date is wrong), not corrected silently.
      if (full && !weekday.empty() && d.find(", ") != std::string::npos &&
          text::lower_ascii(d.substr(0, d.find(", "))) != text::lower_ascii(weekday))
        d = weekday + d.substr(d.find(", "));
      if (d != iso) return digits_in_words(d);
    }
    if (iso.size() == 7 && digit(iso[0]) && iso[4] == '-') {  // "2021-06": Juni 2021
      const std::string month = render::long_date("--" + iso.substr(5, 2) + "-01", d_.calendar);
      if (month.rfind("1 ", 0) == 0) return month.substr(2) + " " + integer_words(std::stoull(iso.substr(0, 4)));
    }
    return say_text(printed);
  }

 private:
  std::string say_word(std::string_view w) const {
    const std::string word(w);
    for (const auto& [sign, said] : d_.speech.signs)
      if (letter(sign[0]) && sign == word) return said;
    const bool capitals = w.size() >= 2 && std::all_of(w.begin(), w.end(), upper);
    if (!capitals || pronounceable(w) ||
        std::binary_search(d_.speech.word_acronyms.begin(), d_.speech.word_acronyms.end(), word))
      return word;
    std::string spelled;
    for (char c : w) spelled += (spelled.empty() ? "" : " ") + d_.speech.letters.at(c);
    return spelled;
  }

  std::string inlines(const Inlines& in, std::vector<SpokenNumber>& numbers) {
    std::string out;
    for (std::size_t k = 0; k < in.size(); ++k) {
      const Inline& i = in[k];
      std::string said;
      switch (i.kind) {
        case Inline::Kind::Text:
          // Between the groups of a telephone number, a pause rather than "-".
          // ("(0751) 812345": after the area code in brackets; "0552\u2011" a non-breaking hyphen.)
          if (phone_ && (i.text == "-" || i.text == "." || i.text == " " || i.text == ") " || i.text == "\u2011") &&
              k + 1 < in.size() && in[k + 1].kind == Inline::Kind::Number) {
            said = " ";
            break;
          }
          phone_ = false;
          said = say_text(i.text);
          break;
        case Inline::Kind::LineBreak: said = ", "; break;
        case Inline::Kind::Emphasis:
        case Inline::Kind::Strong:
        case Inline::Kind::Link: said = inlines(i.children, numbers); break;
        case Inline::Kind::Number: said = number(i, numbers); break;
        case Inline::Kind::Date: said = say_date(i.iso, i.weekday, i.text); break;
        case Inline::Kind::Time: said = time(i); break;
        case Inline::Kind::Abbreviation: said = abbreviation(i, in, k); break;
      }
      if (!out.empty() && !said.empty() && letter(out.back()) && letter(said.front()) && i.kind != Inline::Kind::Text)
        out += ' ';
      out += said;
      if (i.children.empty()) before_ += i.kind == Inline::Kind::LineBreak ? " " : i.text;
    }
    return out;
  }

  std::string number(const Inline& i, std::vector<SpokenNumber>& numbers) {
    const std::string printed = reader_text(i);
    // A telephone number: "0811", and the groups after it ("0811-4500-123").
    // "+62 811-…": a country code opens one too.
    const bool leading_zero = (printed.size() > 1 && printed[0] == '0' && digit(printed[1])) ||
                              (!before_.empty() && before_.back() == '+');
    if ((leading_zero || phone_) && std::all_of(printed.begin(), printed.end(), digit)) {
      phone_ = true;
      const std::string words = digit_words(printed);
      numbers.push_back({printed, i.value, i.unit, words, true});
      return words;
    }
    phone_ = false;
    std::size_t p = 0;
    while (p < printed.size() && !digit(printed[p])) ++p;
    std::size_t q = p;
    while (q < printed.size() && (digit(printed[q]) || ((printed[q] == '.' || printed[q] == ',') && q + 1 < printed.size() &&
                                                        digit(printed[q + 1]))))
      ++q;
    std::string numeral = printed.substr(p, q - p);
    std::string prefix = squeeze(printed.substr(0, p));
    const bool currency = std::any_of(d_.calendar.currency_prefixes.begin(), d_.calendar.currency_prefixes.end(),
                                      [&](const std::string& c) { return prefix.rfind(c, 0) == 0; });
    // "Rp5.000.000,00" is said "lima juta rupiah": the zero sen are not said.
    if (currency) {
      const std::size_t comma = numeral.find(',');
      if (comma != std::string::npos && numeral.find_first_not_of('0', comma + 1) == std::string::npos) numeral.resize(comma);
    }
    std::string words = numeral_words(numeral);
    if (words.empty()) return say_text(printed);
    words = squeeze((currency ? "" : say_text(prefix)) + " " + words + " " + say_text(text::lower_ascii(scale_said(printed.substr(q)))));
    if (currency) words += " " + say_word("Rp");
    numbers.push_back({printed, i.value, i.unit, words, false});
    return words;
  }

  // What follows the numeral, as said: "Rp1.500,-" has no sen to say, and a short
  // scale says its word ("Rp 1,5 M" → "miliar", "3 jt" → "juta": the longest word
  // of the calendar's scales with the same multiplier).
  std::string scale_said(std::string tail) const {
    while (!tail.empty() && (tail.front() == ' ' || tail.front() == ',' || tail.front() == '-')) tail.erase(0, 1);
    while (!tail.empty() && (tail.back() == ' ' || tail.back() == ',' || tail.back() == '-')) tail.pop_back();
    double multiplier = 0;
    if (auto m = d_.calendar.money_scales.find(tail); m != d_.calendar.money_scales.end()) multiplier = m->second;
    else if (auto k = d_.calendar.scales.find(text::lower_ascii(tail)); k != d_.calendar.scales.end()) multiplier = k->second;
    if (multiplier == 0) return tail;
    std::string word = tail;
    for (const auto& [name, value] : d_.calendar.scales)
      if (value == multiplier && name.size() > word.size()) word = name;
    return word;
  }

  std::string time(const Inline& i) const {
    if (i.iso.size() != 5 || i.iso[2] != ':') return say_text(i.text);
    const unsigned h = static_cast<unsigned>(std::stoul(i.iso.substr(0, 2))), m = static_cast<unsigned>(std::stoul(i.iso.substr(3, 2)));
    std::string out;
    const std::string b = text::lower_ascii(squeeze(before_));
    const bool has_word = std::any_of(d_.calendar.time_words.begin(), d_.calendar.time_words.end(), [&](const std::string& w) {
      const std::string lw = text::lower_ascii(w);
      return b.size() >= lw.size() && b.compare(b.size() - lw.size(), lw.size(), lw) == 0;
    });
    if (!has_word && !d_.calendar.time_words.empty()) out = d_.calendar.time_words.front() + " ";
    out += integer_words(h);
    if (m > 0) out += m < 10 ? " nol " + integer_words(m) : " " + integer_words(m);
    if (!i.zone.empty()) out += " " + say_text(i.zone);
    return out;
  }

  std::string abbreviation(const Inline& i, const Inlines& siblings, std::size_t index) {
    const std::string spoken = say_text(i.text);
    if (!expand_ || i.expansion.empty() || expanded_.count(i.text)) return spoken;
    expanded_.insert(i.text);
    const std::string after = plain_text(Inlines(siblings.begin() + static_cast<long>(index) + 1, siblings.end()));
    if (model::expansion_around(before_, after, i.expansion)) return spoken;
    return say_text(i.expansion) + " (" + spoken + ")";
  }

  const data::LanguageData& d_;
  std::set<std::string> expanded_;
  std::string before_;  // the printed text so far in the current block
  bool expand_ = true;
  bool phone_ = false;  // the last number was said digit by digit
};

class ScriptWriter {
 public:
  ScriptWriter(const data::LanguageData& d) : d_(d), speaker_(d) {}

  Speaker& speaker() { return speaker_; }

  void chapter(const std::string& title, std::size_t part) { script.chapters.push_back({title, part, {}}); }

  /// What the next utterances read (Utterance::anchor).
  void anchor(std::string a) { anchor_ = std::move(a); }

  void utterance(const std::string& text, unsigned pause, std::size_t line, std::vector<SpokenNumber> numbers = {}) {
    const std::string s = as_sentence(text);
    if (s.empty() || s == ".") return;
    script.chapters.back().utterances.push_back({s, pause, line, anchor_, std::move(numbers)});
  }

  void inlines(const Inlines& in, unsigned pause, std::size_t line, bool expand = true) {
    std::vector<SpokenNumber> numbers;
    const std::string s = speaker_.say(in, numbers, expand);
    utterance(s, pause, line, std::move(numbers));
  }

  /// Blocks whose anchors are `prefix` and their index, counted from `first`.
  void blocks(const std::vector<Block>& bs, const std::string& prefix, std::size_t first) {
    for (std::size_t k = 0; k < bs.size(); ++k)
      block(bs[k], k > 0 && (bs[k - 1].kind == Block::Kind::Paragraph || bs[k - 1].kind == Block::Kind::Heading),
            prefix + std::to_string(first + k));
  }

  /// `introduced`: a paragraph or heading was said just before it (a table
  /// without a caption is then not announced: that text is its caption).
  void block(const Block& b, bool introduced, const std::string& at) {
    anchor(at);
    switch (b.kind) {
      case Block::Kind::Heading: {
        std::vector<SpokenNumber> numbers;
        const std::string s = speaker_.say(b.inlines, numbers);
        utterance(data::interface_text(d_, "speech-heading", {{"text", s}}), kAfterHeading, b.line, std::move(numbers));
        break;
      }
      case Block::Kind::Paragraph: {
        // Sentence by sentence, so that a talking EPUB highlights each as it
        // is said (the page cuts its paragraphs by the same rule).
        const std::vector<Inlines> sentences = model::sentences(b.inlines, d_.no_break_after);
        if (sentences.size() < 2) {
          inlines(b.inlines, kAfterParagraph, b.line);
          break;
        }
        for (std::size_t k = 0; k < sentences.size(); ++k) {
          anchor(at + "-s" + std::to_string(k));
          inlines(sentences[k], k + 1 < sentences.size() ? kAfterSentence : kAfterParagraph, b.line);
        }
        break;
      }
      case Block::Kind::Note: inlines(b.inlines, kAfterParagraph, b.line); break;
      case Block::Kind::Quote: blocks(b.children, at + "-", 0); break;
      case Block::Kind::List: list(b, at); break;
      case Block::Kind::Table: table(b, introduced, at); break;
    }
  }

  Script script;

 private:
  void list(const Block& b, const std::string& at) {
    int n = b.start;
    for (std::size_t j = 0; j < b.items.size(); ++j) {
      const auto& item = b.items[j];
      const std::string item_at = at + "-" + std::to_string(j);
      anchor(item_at);
      std::vector<SpokenNumber> numbers;
      if (item.size() == 1 && item[0].kind == Block::Kind::Paragraph) {
        std::string s = speaker_.say(item[0].inlines, numbers);
        if (b.ordered) s = data::interface_text(d_, "speech-list-item", {{"n", integer_words(static_cast<unsigned>(std::max(n, 0)))}, {"text", s}});
        utterance(s, kAfterItem, item[0].line ? item[0].line : b.line, std::move(numbers));
      } else {
        // "Nomor satu: Kota Palu." then the item's other blocks (a table of its figures).
        std::size_t k = 0;
        if (b.ordered) {
          std::string first;
          if (!item.empty() && item[0].kind == Block::Kind::Paragraph) first = speaker_.say(item[k++].inlines, numbers);
          utterance(data::interface_text(d_, "speech-list-item", {{"n", integer_words(static_cast<unsigned>(std::max(n, 0)))}, {"text", first}}),
                    kAfterItem, b.line, std::move(numbers));
        }
        for (; k < item.size(); ++k) block(item[k], k > 0, item_at + "-" + std::to_string(k));
      }
      ++n;
    }
  }

  void table(const Block& t, bool introduced, const std::string& at) {
    ++tables_;
    std::vector<SpokenNumber> numbers;
    std::string caption = speaker_.say(t.inlines, numbers);
    const bool announced = !caption.empty() || !introduced;
    if (caption.empty()) caption = data::interface_text(d_, "table-numbered", {{"n", integer_words(static_cast<unsigned>(tables_))}});
    if (announced) utterance(data::interface_text(d_, "speech-table", {{"caption", caption}}), kAfterItem, t.line, std::move(numbers));
    std::vector<std::string> headers;
    std::vector<std::vector<SpokenNumber>> header_numbers(t.header.size());
    for (std::size_t c = 0; c < t.header.size(); ++c) headers.push_back(speaker_.say(t.header[c], header_numbers[c], false));
    for (std::size_t j = 0; j < t.rows.size(); ++j) {
      const auto& row = t.rows[j];
      anchor(at + "-r" + std::to_string(j));
      // "RSUD Undata. Tempat tidur: 124; Terisi: 87." or, with no column headers, "Kasus baru: 75."
      std::vector<SpokenNumber> row_numbers;
      std::string label, values;
      bool headed = false;
      for (std::size_t c = 0; c < row.size(); ++c) {
        std::vector<SpokenNumber> cell_numbers;
        const std::string cell = speaker_.say(row[c], cell_numbers);
        if (cell.empty()) continue;
        if (c == 0 && t.row_headers) {
          label = cell;
        } else {
          values += values.empty() ? "" : "; ";
          if (c < headers.size() && !headers[c].empty()) {
            values += headers[c] + ": ";
            headed = true;
            row_numbers.insert(row_numbers.end(), header_numbers[c].begin(), header_numbers[c].end());
          }
          values += cell;
        }
        row_numbers.insert(row_numbers.end(), cell_numbers.begin(), cell_numbers.end());
      }
      const std::string s = label.empty() ? values : values.empty() ? label : label + (headed ? ". " : ": ") + values;
      utterance(s, kAfterItem, t.line, std::move(row_numbers));
    }
    anchor("");
    if (announced) utterance(data::interface_text(d_, "speech-table-end"), kAfterParagraph, t.line);
    else if (!script.chapters.back().utterances.empty())
      script.chapters.back().utterances.back().pause_ms = kAfterParagraph;
  }

  const data::LanguageData& d_;
  Speaker speaker_;
  int tables_ = 0;
  std::string anchor_;
};

}  // namespace

std::size_t Script::characters() const {
  std::size_t n = 0;
  for (const Chapter& c : chapters)
    for (const Utterance& u : c.utterances) n += text::length_in_code_points(u.text);
  return n;
}

Script spoken_script(const Document& doc, bool summary, const data::LanguageData& words) {
  const Metadata& m = doc.metadata;
  ScriptWriter w(words);
  w.script.language = m.language.empty() ? "id" : m.language;
  std::string title = text::collapse_spaces(reader_plain_text(m.title));
  if (title.empty()) title = data::interface_text(words, "untitled");
  w.chapter(title, 0);
  w.anchor("judul");
  if (m.title.empty()) w.utterance(w.speaker().say_text(title), kAfterHeading, 0);
  else w.inlines(m.title, kAfterHeading, 0, false);
  const std::string& line = !m.dateline.empty() ? m.dateline : m.publisher;
  std::string when = w.speaker().say_text(line);
  // The date, unless the dateline says it already ("Palu, 20 September 2021"): then
  // in words there ("Palu, Selasa (17/8/2021)" is "Palu, Selasa, tujuh belas Agustus …",
  // not the numbers between slashes).
  const std::size_t date_at = m.date_text.empty() ? std::string::npos : line.find(m.date_text);
  if (!m.date.empty() && date_at != std::string::npos) {
    std::string said = w.speaker().say_date(m.date, "", m.date_text);
    // Its day only where the dateline prints one ("Jakarta, 29 Juni 2020" has none).
    const std::size_t comma = said.find(", ");
    if (comma != std::string::npos &&
        text::lower_ascii(m.date_text).find(text::lower_ascii(said.substr(0, comma))) == std::string::npos)
      said.erase(0, comma + 2);
    when = w.speaker().say_text(line.substr(0, date_at)) + said + w.speaker().say_text(line.substr(date_at + m.date_text.size()));
  }
  else if (!m.date.empty() && std::none_of(line.begin(), line.end(), digit))
    when += (when.empty() ? "" : ", ") + w.speaker().say_date(m.date, "", m.date_text);
  w.anchor("tanggal");
  w.utterance(when, kAfterChapter, 0);

  if (summary) {
    const std::vector<Block> blocks = render::summary_blocks(doc, words);
    if (!blocks.empty()) {
      w.chapter(reader_plain_text(blocks.front().inlines), 0);
      w.anchor("ringkasan");
      w.utterance(reader_plain_text(blocks.front().inlines), kAfterHeading, 0);
      w.blocks({blocks.begin() + 1, blocks.end()}, "r", 0);
    }
  }
  std::size_t part = 0;
  for (const model::Section& s : model::sections(doc.blocks)) {
    if (!s.lead) ++part;
    if (s.begin == s.end) continue;
    // A heading in capitals ("SIARAN PERS") is named in ordinary case, as large print writes it.
    const std::string name = s.lead ? data::interface_text(words, "speech-body")
                                    : render::normal_case_words(text::collapse_spaces(reader_plain_text(doc.blocks[s.begin].inlines)));
    w.chapter(name.empty() ? data::interface_text(words, "speech-body") : name, part);
    w.blocks({doc.blocks.begin() + static_cast<long>(s.begin), doc.blocks.begin() + static_cast<long>(s.end)}, "b", s.begin);
  }
  w.anchor("");
  if (!m.publisher.empty())
    w.utterance(data::interface_text(words, "message-source", {{"source", w.speaker().say_text(m.publisher)}}), kAfterParagraph, 0);
  w.utterance(data::interface_text(words, "speech-end"), 0, 0);
  // Pauses: a chapter ends with a longer one.
  for (Chapter& c : w.script.chapters)
    if (!c.utterances.empty()) c.utterances.back().pause_ms = std::max(c.utterances.back().pause_ms, kAfterChapter);
  w.script.chapters.back().utterances.back().pause_ms = 0;
  std::erase_if(w.script.chapters, [](const Chapter& c) { return c.utterances.empty(); });
  return w.script;
}

}  // namespace aksesibel::speech
