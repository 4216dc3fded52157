#include "text/regex_filter.hpp"

#include <unicode/uchar.h>
#include <unicode/uniset.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <mutex>

namespace aksesibel::text {

namespace {

// Every character outside ASCII, in an RE2 class.
constexpr std::string_view kNonAscii = R"(\x{80}-\x{10FFFF})";
// ICU's \w (uregex: "[\p{Alphabetic}\p{Mark}\p{Decimal_Number}\p{Connector_Punctuation}\u200c\u200d]").
constexpr std::u16string_view kWordSet =
    u"[\\p{Alphabetic}\\p{Mark}\\p{Decimal_Number}\\p{Connector_Punctuation}\\u200c\\u200d]";

// The ASCII members of an ICU set expression as RE2 class items
// ("\x{30}-\x{39}"), or nullopt when ICU does not know the expression.
// Unicode classes are spelt by their ASCII members plus all of non-ASCII
// (or, inside a negated class, their ASCII members alone): a superset that
// RE2 compiles into a few byte ranges instead of thousands.
std::optional<std::string> ascii_items(const std::u16string& set_expression) {
  static std::mutex mutex;
  static std::map<std::u16string, std::optional<std::string>> cache;
  std::lock_guard lock(mutex);
  auto it = cache.find(set_expression);
  if (it != cache.end()) return it->second;
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString pattern(false, set_expression.data(), static_cast<int32_t>(set_expression.size()));
  icu::UnicodeSet set(pattern, status);
  std::optional<std::string> items;
  if (U_SUCCESS(status)) {
    items.emplace();
    char buf[32];
    for (int c = 0; c < 0x80;) {
      if (!set.contains(c)) {
        ++c;
        continue;
      }
      int end = c;
      while (end + 1 < 0x80 && set.contains(end + 1)) ++end;
      std::snprintf(buf, sizeof buf, end == c ? "\\x{%x}" : "\\x{%x}-\\x{%x}", c, end);
      *items += buf;
      c = end + 1;
    }
  }
  cache.emplace(set_expression, items);
  return items;
}

std::u16string to_u16(std::string_view ascii) { return std::u16string(ascii.begin(), ascii.end()); }
// The line terminators ICU's "$" may stand before at the end of input.
constexpr std::string_view kDollar = R"((?:\r\n|[\n\r\x{85}\x{2028}\x{2029}])?\z)";

bool is_hex(char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; }

class Relaxer {
 public:
  explicit Relaxer(std::string_view p) : p_(p) {}

  std::optional<RelaxedPattern> run(bool case_insensitive) {
    out_.folds_case = case_insensitive;
    if (!sequence(false)) return std::nullopt;
    if (i_ != p_.size()) return std::nullopt;  // an unbalanced ")"
    return out_;
  }

 private:
  std::string_view p_;
  std::size_t i_ = 0;
  RelaxedPattern out_;
  std::string& o() { return out_.re2; }

  bool at_end() const { return i_ >= p_.size(); }
  char peek(std::size_t k = 0) const { return i_ + k < p_.size() ? p_[i_ + k] : '\0'; }
  bool starts(std::string_view s) const { return p_.substr(i_, s.size()) == s; }

  // Items up to the end of the pattern or (inside a group) the closing ")".
  bool sequence(bool in_group) {
    while (!at_end()) {
      const char c = peek();
      if (c == ')') return in_group;
      if (!item()) return false;
    }
    return !in_group;
  }

  // One atom with its quantifier, or "|".
  bool item() {
    const char c = peek();
    switch (c) {
      case '|': case '^': case '.':
        o() += c;
        ++i_;
        return quantifier();
      case '$': {
        ++i_;
        // Only at the end of an alternative: what follows "$" would have to
        // match before the terminator the rewriting consumes.
        const char next = peek();
        if (!(at_end() || next == '|' || next == ')')) return false;
        o() += kDollar;
        return true;
      }
      case '(':
        return group();
      case '[':
        if (!char_class()) return false;
        return quantifier();
      case '\\':
        return escape_outside();
      case '*': case '+': case '?': case '{':
        return false;  // a quantifier with nothing before it
      default:
        copy_char();
        return quantifier();
    }
  }

  // One (possibly multi-byte) character, as it is.
  void copy_char() {
    const unsigned char c = static_cast<unsigned char>(peek());
    std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (c == ']' || c == '}') o() += '\\';  // literal in ICU outside a class
    o().append(p_.substr(i_, n));
    i_ += n;
  }

  bool quantifier() {
    for (;;) {
      const char c = peek();
      if (c == '*' || c == '+' || c == '?') {
        o() += c;
        ++i_;
      } else if (c == '{') {
        const std::size_t close = p_.find('}', i_);
        if (close == std::string_view::npos) return false;
        const std::string_view body = p_.substr(i_ + 1, close - i_ - 1);
        const std::size_t comma = body.find(',');
        const std::string_view lo = body.substr(0, comma);
        if (lo.empty() || lo.size() > 3 || !std::all_of(lo.begin(), lo.end(), ::isdigit)) return false;
        o() += '{';
        o() += lo;
        if (comma == std::string_view::npos) {
          o() += '}';
        } else {
          const std::string_view hi = body.substr(comma + 1);
          if (!std::all_of(hi.begin(), hi.end(), ::isdigit)) return false;
          // An upper bound only makes the automaton larger; without it the
          // pattern matches a superset.
          o() += ",}";
        }
        i_ = close + 1;
      } else {
        return true;
      }
      // Lazy is kept; possessive ("++") becomes greedy (a superset).
      if (peek() == '?') {
        o() += '?';
        ++i_;
      } else if (peek() == '+') {
        ++i_;
      }
      if (peek() == '*' || peek() == '+' || peek() == '?' || peek() == '{') return false;
    }
  }

  // Skips a group's body up to and including its ")" (for look-arounds and
  // comments), minding escapes and classes.
  bool skip_group() {
    int depth = 1;
    bool in_class = false;
    while (!at_end()) {
      const char c = peek();
      if (c == '\\') {
        i_ += 2;
        continue;
      }
      if (in_class) {
        if (c == ']') in_class = false;
      } else if (c == '[') {
        in_class = true;
        if (peek(1) == ']' || (peek(1) == '^' && peek(2) == ']')) return false;
      } else if (c == '(') {
        ++depth;
      } else if (c == ')' && --depth == 0) {
        ++i_;
        return true;
      }
      ++i_;
    }
    return false;
  }

  bool group() {
    ++i_;  // "("
    if (peek() != '?') {
      o() += '(';
      return group_body();
    }
    ++i_;
    if (starts("=") || starts("!") || starts("<=") || starts("<!")) {
      // A look-around asserts something about the text around; without it
      // the pattern matches a superset. A quantifier on it would be odd.
      if (!skip_group()) return false;
      return !(peek() == '*' || peek() == '+' || peek() == '?' || peek() == '{');
    }
    if (starts("#")) return skip_group();
    if (starts(":") || starts(">")) {  // atomic groups become ordinary ones
      ++i_;
      o() += "(?:";
      return group_body();
    }
    if (starts("<")) {  // a named group
      const std::size_t close = p_.find('>', i_);
      if (close == std::string_view::npos) return false;
      o() += "(?P" + std::string(p_.substr(i_, close - i_ + 1));
      i_ = close + 1;
      return group_body();
    }
    // Flags: "(?i)", "(?i:", "(?-i:", "(?s)"… ICU's m, w and x flags change
    // "$", \b or the syntax itself: no filter.
    std::string flags;
    while (!at_end() && (std::isalpha(static_cast<unsigned char>(peek())) || peek() == '-')) {
      const char f = peek();
      if (f != 'i' && f != 's' && f != '-') return false;
      if (f == 'i') out_.folds_case = true;
      flags += f;
      ++i_;
    }
    if (flags.empty()) return false;
    if (peek() == ')') {
      ++i_;
      o() += "(?" + flags + ")";
      return true;
    }
    if (peek() != ':') return false;
    ++i_;
    o() += "(?" + flags + ":";
    return group_body();
  }

  bool group_body() {
    if (!sequence(true)) return false;
    o() += ')';
    ++i_;
    return quantifier();
  }

  // \uhhhh, \x{h…}, \xhh, \Uhhhhhhhh → RE2's \x{…}
  bool hex_escape(char kind) {
    std::size_t digits = 0;
    std::size_t start = i_;
    if (kind == 'x' && peek() == '{') {
      const std::size_t close = p_.find('}', i_);
      if (close == std::string_view::npos) return false;
      start = i_ + 1;
      digits = close - start;
      i_ = close + 1;
    } else {
      digits = kind == 'x' ? 2 : kind == 'u' ? 4 : 8;
      i_ += digits;
    }
    if (digits == 0 || digits > 8 || start + digits > p_.size()) return false;
    const std::string_view hex = p_.substr(start, digits);
    if (!std::all_of(hex.begin(), hex.end(), is_hex)) return false;
    o() += "\\x{" + std::string(hex) + "}";
    return true;
  }

  // The ICU set expression of a class escape (\d, \s, \w, \p{…} and
  // their negations) whose letter was just read, or nullopt.
  std::optional<std::u16string> class_escape(char kind) {
    switch (kind) {
      case 'd': return u"[\\p{Nd}]";
      case 'D': return u"[\\P{Nd}]";
      case 's': return u"[\\p{White_Space}]";
      case 'S': return u"[\\P{White_Space}]";
      case 'w': return std::u16string(kWordSet);
      case 'W': return u"[^" + std::u16string(kWordSet.substr(1));
      case 'p': case 'P': {
        std::string name;
        if (peek() == '{') {
          const std::size_t close = p_.find('}', i_);
          if (close == std::string_view::npos) return std::nullopt;
          name = std::string(p_.substr(i_ + 1, close - i_ - 1));
          i_ = close + 1;
        } else {
          if (!std::isalpha(static_cast<unsigned char>(peek()))) return std::nullopt;
          name = std::string(1, peek());
          ++i_;
        }
        if (name.empty() || name.find_first_of("[]\\{}") != std::string::npos) return std::nullopt;
        for (char ch : name)
          if (static_cast<unsigned char>(ch) >= 0x80) return std::nullopt;
        return u"[\\" + std::u16string(1, kind) + u"{" + to_u16(name) + u"}]";
      }
      default: return std::nullopt;
    }
  }

  // The items of a class escape inside a bracketed class: in a negated
  // class the ASCII members only (so that the negation stays a superset).
  bool class_escape_items(char kind, bool negated) {
    const auto expression = class_escape(kind);
    if (!expression) return false;
    const auto items = ascii_items(*expression);
    if (!items) return false;
    o() += *items;
    if (!negated) o() += kNonAscii;
    return true;
  }

  bool escape_outside() {
    ++i_;  // "\"
    if (at_end()) return false;
    const char c = peek();
    ++i_;
    switch (c) {
      case 'b': case 'B':
        return true;  // a word boundary is an assertion: dropped
      case 'G':
        out_.uses_g = true;
        return true;
      case 'A':
        o() += "\\A";
        return true;
      case 'z':
        o() += "\\z";
        return true;
      case 'd': case 'D': case 's': case 'S': case 'w': case 'W': case 'p': case 'P':
        o() += '[';
        if (!class_escape_items(c, false)) return false;
        o() += ']';
        break;
      case 'e':
        o() += "\\x{1b}";
        break;
      case 'Q': {
        const std::size_t end = p_.find("\\E", i_);
        const std::size_t stop = end == std::string_view::npos ? p_.size() : end;
        o() += "\\Q" + std::string(p_.substr(i_, stop - i_)) + "\\E";
        i_ = end == std::string_view::npos ? p_.size() : end + 2;
        break;
      }
      default:
        if (!same_escape(c)) return false;  // \1, \k, \N, \h, \R, \X, \Z…
    }
    return quantifier();
  }

  // An escape that is the same inside and outside a class, whose letter `c`
  // was just read: a code point (\x, \u, \U), a control character, an
  // escaped non-ASCII character or punctuation. False for anything else.
  bool same_escape(char c) {
    switch (c) {
      case 'x': case 'u': case 'U':
        return hex_escape(c);
      case 't': case 'n': case 'r': case 'f': case 'a': case 'v':
        break;
      default:
        if (static_cast<unsigned char>(c) >= 0x80) {  // an escaped non-ASCII character is itself
          --i_;
          copy_char();
          return true;
        }
        if (std::isalnum(static_cast<unsigned char>(c))) return false;
    }
    o() += '\\';
    o() += c;
    return true;
  }

  // A bracketed class. ICU's nested classes and set operations ([a-z&&[^x]],
  // [[:alpha:]]) give no filter.
  bool char_class() {
    ++i_;  // "["
    o() += '[';
    const bool negated = peek() == '^';
    if (negated) {
      o() += '^';
      ++i_;
    }
    if (peek() == ']') return false;
    while (!at_end()) {
      const char c = peek();
      if (c == ']') {
        o() += ']';
        ++i_;
        return true;
      }
      if (c == '[' || starts("&&") || starts("--")) return false;
      if (c == '\\') {
        ++i_;
        if (at_end()) return false;
        const char e = peek();
        ++i_;
        switch (e) {
          case 'd': case 'D': case 's': case 'S': case 'w': case 'W': case 'p': case 'P':
            if (!class_escape_items(e, negated)) return false;
            break;
          default:
            if (!same_escape(e)) return false;  // \b, \N… inside a class: not handled
        }
        continue;
      }
      if (c == '-' || c == '^') {
        o() += c;
        ++i_;
        continue;
      }
      copy_char();
    }
    return false;
  }
};

// Characters whose full case folding differs from their simple one, and the
// first bytes of their UTF-8 forms (so that a scan decodes only those).
struct FullFolding {
  icu::UnicodeSet set;
  bool lead[256] = {};
};

const FullFolding& full_folding() {
  static const FullFolding data = [] {
    FullFolding d;
    UErrorCode status = U_ZERO_ERROR;
    // Casefolded ∪ casemapped: "ǰ" (U+01F0) folds to two characters but is
    // not Changes_When_Casefolded (its NFD folds to itself).
    icu::UnicodeSet candidates(u"[[:Changes_When_Casefolded:][:Changes_When_Casemapped:]]", status);
    if (U_FAILURE(status)) {
      // Without ICU's properties, every non-ASCII character counts.
      for (int b = 0xC2; b < 0x100; ++b) d.lead[b] = true;
      return d;
    }
    for (int32_t r = 0; r < candidates.getRangeCount(); ++r)
      for (UChar32 cp = candidates.getRangeStart(r); cp <= candidates.getRangeEnd(r); ++cp) {
        UChar src[2];
        int32_t n = 0;
        U16_APPEND_UNSAFE(src, n, cp);
        UChar folded[8];
        UErrorCode st = U_ZERO_ERROR;
        const int32_t len = u_strFoldCase(folded, 8, src, n, U_FOLD_CASE_DEFAULT, &st);
        UChar simple[2];
        int32_t m = 0;
        U16_APPEND_UNSAFE(simple, m, u_foldCase(cp, U_FOLD_CASE_DEFAULT));
        if (U_FAILURE(st) || len != m || u_strncmp(folded, simple, m) != 0) {
          d.set.add(cp);
          uint8_t utf8[4];
          int32_t k = 0;
          U8_APPEND_UNSAFE(utf8, k, cp);
          d.lead[utf8[0]] = true;
        }
      }
    d.set.freeze();
    return d;
  }();
  return data;
}

}  // namespace

std::optional<RelaxedPattern> relax_for_re2(std::string_view icu_pattern, bool case_insensitive) {
  auto relaxed = Relaxer(icu_pattern).run(case_insensitive);
  if (relaxed && relaxed->folds_case && needs_full_case_folding(icu_pattern)) return std::nullopt;
  return relaxed;
}

bool needs_full_case_folding(std::string_view s) {
  const FullFolding& ff = full_folding();
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    if (!ff.lead[p[i]]) {
      ++i;
      continue;
    }
    UChar32 cp;
    U8_NEXT(p, i, n, cp);
    if (cp < 0 || ff.set.contains(cp)) return true;  // an ill-formed sequence: no filter either
  }
  return false;
}

}  // namespace aksesibel::text
