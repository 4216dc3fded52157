#include "read/characters.hpp"

#include "aksesibel/messages.hpp"
#include "text/words.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <optional>

#include "text/utf8.hpp"

namespace aksesibel::readers {

namespace {

using Kind = data::CharacterRule::Kind;

bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool is_space(char32_t c) { return c == U' ' || c == U'\t' || c == U'\n' || c == 0xA0; }

/// The last code point of `s`, or 0.
char32_t last_code_point(const std::string& s) {
  if (s.empty()) return 0;
  std::size_t at = s.size() - 1;
  while (at > 0 && (static_cast<unsigned char>(s[at]) & 0xC0) == 0x80) --at;
  return text::next_code_point(s, at);
}

class Speller {
 public:
  Speller(const data::LanguageData& data, Document& doc) : rules_(data.characters), power_(data.calendar.power_word), note_(data.calendar.note_word), calendar_(data.calendar),
        doc_(doc) {}

  // `fresh`: a new block or cell, with no text before it.
  void inlines(Inlines& list, std::size_t line, bool fresh = true) {
    if (fresh) {
      tail_.clear();
      // What follows each text, across inline boundaries ("2·<b>5</b>").
      next_.clear();
      std::vector<const Inline*> leaves;
      collect_leaves(list, leaves);
      char32_t following = 0;
      for (auto it = leaves.rbegin(); it != leaves.rend(); ++it) {
        next_[*it] = following;
        if (!(*it)->text.empty()) {
          std::size_t at = 0;
          following = text::next_code_point((*it)->text, at);
        }
      }
    }
    Inlines out;
    for (Inline& i : list) {
      if (i.kind == Inline::Kind::Text && has_candidate(i.text)) {
        const auto following = next_.find(&i);
        for (Inline& piece : rewrite(i.text, line, following == next_.end() ? 0 : following->second)) {
          remember(piece.text);
          out.push_back(std::move(piece));
        }
        continue;
      }
      if (i.children.empty()) remember(i.kind == Inline::Kind::LineBreak ? std::string(" ") : i.text);
      else inlines(i.children, line, false);
      out.push_back(std::move(i));
    }
    list = std::move(out);
  }

  void blocks(std::vector<Block>& list) {
    for (Block& b : list) {
      inlines(b.inlines, b.line);
      for (auto& item : b.items) blocks(item);
      blocks(b.children);
      for (auto& cell : b.header) inlines(cell, b.line);
      for (auto& row : b.rows)
        for (auto& cell : row) inlines(cell, b.line);
    }
  }

 private:
  // The text with its characters written out; a number with a fraction
  // ("2½ juta") becomes a Number inline of its own.
  // `following`: the first character after `in` in the block, or 0.
  Inlines rewrite(const std::string& in, std::size_t line, char32_t following) {
    Inlines pieces;
    std::string out;
    for (std::size_t i = 0; i < in.size();) {
      const std::size_t start = i;
      const char32_t c = text::next_code_point(in, i);
      auto rule = rules_.find(c);
      if (rule == rules_.end()) {
        out.append(in, start, i - start);
        continue;
      }
      // The text before, across inline boundaries ("<b>10</b>³").
      std::string before_text = tail_;
      for (const Inline& p : pieces) before_text += p.text;
      before_text += out;
      const char32_t before = last_code_point(before_text);
      switch (rule->second.kind) {
        case Kind::Superscript: {
          std::string run = rule->second.written;
          std::size_t end = i;
          for (std::size_t j = i; j < in.size();) {
            auto next = rules_.find(text::next_code_point(in, j));
            if (next == rules_.end() || next->second.kind != Kind::Superscript) break;
            run += next->second.written;
            end = j;
          }
          i = end;
          // After 10 a power ("10³", "1,5 x 10⁶"); after another number or ")" a
          // note mark ("5.017¹"); after a word a unit ("m²") or a note mark, on the line.
          const bool after_figure = is_digit(before) || before == U')' || before == U'%';
          const std::string written = is_power_base(before_text) ? " " + power_ + " " + run
                                      : after_figure             ? " (" + note_ + " " + run + ")"
                                                                 : run;
          out += written;
          separate_from_next(in, i, out);
          report(Kind::Superscript, in.substr(start, i - start), written, line);
          break;
        }
        case Kind::Subscript:
          out += rule->second.written;
          report(Kind::Subscript, in.substr(start, i - start), rule->second.written, line);
          break;
        case Kind::Fraction: {
          // "2½" is the number 2,5 when the fraction has a short decimal form; else "2 sepertiga".
          if (!rule->second.after_digit.empty()) {
            if (auto number = with_fraction(out, in, i, rule->second.after_digit)) {
              if (!out.empty()) pieces.push_back(Inline::make_text(std::move(out)));
              out.clear();
              report(Kind::Fraction, text_of(c), number->text, line);
              pieces.push_back(std::move(*number));
              separate_from_next(in, i, out);
              break;
            }
          }
          if (before != 0 && !is_space(before)) out += ' ';
          out += rule->second.written;
          separate_from_next(in, i, out);
          report(Kind::Fraction, in.substr(start, i - start), rule->second.written, line);
          break;
        }
        case Kind::DigitGroup: {
          // "3<U+2009>214 sampel", "612<U+00A0>004 orang": between a group of one to three
          // digits and one of exactly three, a thousands separator, dropped so that the
          // number reads whole in either style (3214); anywhere else a space.
          std::size_t digits_before = 0;
          for (auto it = before_text.rbegin(); it != before_text.rend() && *it >= '0' && *it <= '9'; ++it) ++digits_before;
          const bool grouped_before = digits_before > 0 && before_text.size() > digits_before &&
                                      (before_text[before_text.size() - digits_before - 1] == '.' ||
                                       before_text[before_text.size() - digits_before - 1] == ',');
          std::size_t after = i;
          while (after < in.size() && in[after] >= '0' && in[after] <= '9') ++after;
          const bool three_after = after - i == 3 && (after == in.size() || !is_digit(peek(in, after)));
          if (digits_before >= 1 && digits_before <= 3 && !grouped_before && three_after) {
            report(Kind::DigitGroup, before_text.substr(before_text.size() - digits_before) + in.substr(start, after - start),
                   before_text.substr(before_text.size() - digits_before) + in.substr(i, after - i), line);
            break;
          }
          out.append(in, start, i - start);
          break;
        }
        case Kind::Invisible:
          // "23.<U+200B>518", "sem<U+00AD>buh": a zero-width space, word joiner or soft hyphen
          // shows nothing and means nothing; kept, it cuts a number in two.
          break;
        case Kind::Decorative: {
          const char32_t after = i < in.size() ? peek(in, i) : following;
          if (is_digit(before) && is_digit(after)) {
            // "2·5": a decimal point or a multiplication; kept as printed, for the reader to judge.
            out.append(in, start, i - start);
            report(Kind::Decorative, in.substr(start, i - start), "", line, true);
            break;
          }
          if (before == 0 || is_space(before)) {
            if (is_space(after)) text::next_code_point(in, i);  // "a · b" keeps one space
          } else if (!is_space(after)) {
            out += ' ';  // "Palu·Donggala", "<b>Palu</b>·<b>Sigi</b>": the words stay apart
          }
          report(Kind::Decorative, in.substr(start, i - start), "", line);
          break;
        }
      }
    }
    if (!out.empty() || pieces.empty()) pieces.push_back(Inline::make_text(std::move(out)));
    return pieces;
  }

  // The text ends with the number 10 on its own ("10", "x 10", not "110" or "2,10").
  static bool is_power_base(const std::string& before) {
    if (before.size() < 2 || before.compare(before.size() - 2, 2, "10") != 0) return false;
    if (before.size() == 2) return true;
    const char p = before[before.size() - 3];
    return !std::isdigit(static_cast<unsigned char>(p)) && p != '.' && p != ',';
  }

  static void collect_leaves(const Inlines& list, std::vector<const Inline*>& leaves) {
    for (const Inline& i : list) {
      if (i.children.empty()) leaves.push_back(&i);
      else collect_leaves(i.children, leaves);
    }
  }

  void remember(const std::string& s) {
    tail_ += s;
    if (tail_.size() > 16) tail_.erase(0, tail_.size() - 16);
    while (!tail_.empty() && (static_cast<unsigned char>(tail_[0]) & 0xC0) == 0x80) tail_.erase(0, 1);
  }

  static std::string text_of(char32_t c) {
    std::string s;
    text::append_utf8(s, c);
    return s;
  }

  // A whole number at the end of `out` followed by a fraction with a decimal
  // part (`decimal`, ",5"): a Number inline "2,5", with the scale word or
  // percent that follows at `in[at]` ("2½ juta" is 2 500 000). Its value is
  // decided here, before the document's number style is (docs/recognition.md):
  // it is written the Indonesian way and counts as no evidence of a style.
  std::optional<Inline> with_fraction(std::string& out, const std::string& in, std::size_t& at,
                                      const std::string& decimal) const {
    std::size_t begin = out.size();
    while (begin > 0 && std::isdigit(static_cast<unsigned char>(out[begin - 1]))) --begin;
    if (begin == out.size() || out.size() - begin > 15) return std::nullopt;
    // Part of a longer numeral ("1.000½", "2,3½") or of a word ("Covid-19½"): not a whole number.
    if (begin > 0) {
      const char p = out[begin - 1];
      if (p == '.' || p == ',' || p == '-' || std::isalpha(static_cast<unsigned char>(p))) return std::nullopt;
    }
    Inline n;
    n.kind = Inline::Kind::Number;
    n.style = NumberStyle::Plain;
    n.text = out.substr(begin) + decimal;
    n.value = std::stod(out.substr(begin) + "." + decimal.substr(1));
    out.resize(begin);
    // What follows: "%" / " persen" or a scale word (" juta").
    std::size_t j = at;
    while (j < in.size() && in[j] == ' ') ++j;
    std::size_t word_end = j;
    while (word_end < in.size() && std::isalpha(static_cast<unsigned char>(in[word_end]))) ++word_end;
    const std::string word = text::lower_ascii(in.substr(j, word_end - j));
    const bool word_ends = word_end == in.size() || !std::isalnum(static_cast<unsigned char>(in[word_end]));
    if (j < in.size() && in[j] == '%') {
      n.text += in.substr(at, j + 1 - at);
      n.unit = "%";
      at = j + 1;
    } else if (!word.empty() && word_ends && j > at) {
      if (auto scale = calendar_.scales.find(word); scale != calendar_.scales.end()) {
        n.text += in.substr(at, word_end - at);
        n.value *= scale->second;
        at = word_end;
      } else if (std::find(calendar_.percent_words.begin(), calendar_.percent_words.end(), word) !=
                 calendar_.percent_words.end()) {
        n.text += in.substr(at, word_end - at);
        n.unit = "%";
        at = word_end;
      }
    }
    return n;
  }


  bool has_candidate(const std::string& s) const {
    for (unsigned char c : s)
      if (c >= 0x80) return true;
    return false;
  }

  static char32_t peek(const std::string& s, std::size_t at) { return text::next_code_point(s, at); }

  static void separate_from_next(const std::string& in, std::size_t at, std::string& out) {
    if (at >= in.size()) return;
    const char32_t after = peek(in, at);
    if (after < 0x80 ? std::isalnum(static_cast<int>(after)) != 0 : !is_space(after)) out += ' ';
  }

  void report(Kind kind, const std::string& printed, const std::string& written, std::size_t line,
              bool between_digits = false) {
    const auto index = static_cast<std::size_t>(kind);
    if (reported_[index] && !between_digits) return;
    reported_[index] = true;
    const SourceLocation where{doc_.metadata.source_name, line, std::nullopt};
    switch (kind) {
      case Kind::Superscript:
        doc_.warnings.push_back({fill_message(translate("the superscript '{0}' is written '{1}' on the line (braille and "
                                                        "speech have no raised figures)"),
                                              {printed, text::trim(written)}),
                                 where});
        break;
      case Kind::Subscript:
        doc_.warnings.push_back({fill_message(translate("the subscript '{0}' is written '{1}' on the line"), {printed, written}),
                                 where});
        break;
      case Kind::Fraction:
        doc_.warnings.push_back({fill_message(translate("the fraction '{0}' is written '{1}'"), {printed, written}), where});
        break;
      case Kind::Decorative:
        if (between_digits)
          doc_.warnings.push_back({fill_message(translate("the sign '{0}' between two digits is kept as printed (braille "
                                                          "names it); check in the source whether it is a decimal point or "
                                                          "a multiplication"),
                                                {printed}),
                                   where, true});
        else
          doc_.warnings.push_back({fill_message(translate("the decorative separator '{0}' is dropped"), {printed}), where});
        break;
      case Kind::Invisible: break;
      case Kind::DigitGroup:
        doc_.warnings.push_back({fill_message(translate("the space inside '{0}' is read as a thousands separator: "
                                                        "every variant writes {1}; check the figure against the source"),
                                              {printed, written}),
                                 where});
        break;
    }
  }

  const std::map<char32_t, data::CharacterRule>& rules_;
  const std::string& power_;
  const std::string& note_;
  std::string tail_;  ///< the last characters of the text before the one being rewritten
  std::map<const Inline*, char32_t> next_;  ///< per leaf of the block: the first character after it
  const data::Calendar& calendar_;
  Document& doc_;
  std::array<bool, 6> reported_{};
};

}  // namespace

void spell_out_characters(Document& doc, const data::LanguageData& data) {
  Speller speller(data, doc);
  speller.inlines(doc.metadata.title, 0);
  speller.blocks(doc.blocks);
}

}  // namespace aksesibel::readers
