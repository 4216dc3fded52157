#include "text/regex_filter.hpp"

#include <unicode/uchar.h>
#include <unicode/uniset.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>

namespace aksesibel::text {

namespace {

// ICU's \s is \p{White_Space}: TAB..CR, SPACE, NEL and \p{Z}.
constexpr std::string_view kSpaceItems = R"(\t-\r\x{20}\x{85}\p{Z})";
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
        if (comma == std::string_view::npos) {
          o() += "{" + std::string(lo) + "}";
        } else {
          const std::string_view hi = body.substr(comma + 1);
          if (!std::all_of(hi.begin(), hi.end(), ::isdigit)) return false;
          // An upper bound only makes the automaton larger; without it the
          // pattern matches a superset.
          o() += "{" + std::string(lo) + ",}";
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

  bool property() {
    // \p{…} / \P{…} / \pL: RE2 knows general categories and scripts; any
    // other property makes RE2 refuse the pattern, which gives no filter.
    const char kind = p_[i_ - 1];
    if (peek() == '{') {
      const std::size_t close = p_.find('}', i_);
      if (close == std::string_view::npos) return false;
      o() += std::string("\\") + kind + std::string(p_.substr(i_, close - i_ + 1));
      i_ = close + 1;
    } else {
      if (!std::isalpha(static_cast<unsigned char>(peek()))) return false;
      o() += std::string("\\") + kind + peek();
      ++i_;
    }
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
      case 'd':
        o() += "\\p{Nd}";
        break;
      case 'D':
        o() += "\\P{Nd}";
        break;
      case 's':
        o() += "[" + std::string(kSpaceItems) + "]";
        break;
      case 'S':
      case 'w':  // a word character is never white space
        o() += "[^" + std::string(kSpaceItems) + "]";
        break;
      case 'W':
        o() += "(?s:.)";
        break;
      case 'p': case 'P':
        if (!property()) return false;
        break;
      case 'x': case 'u': case 'U':
        if (!hex_escape(c)) return false;
        break;
      case 't': case 'n': case 'r': case 'f': case 'a': case 'v':
        o() += '\\';
        o() += c;
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
        if (static_cast<unsigned char>(c) >= 0x80) {  // an escaped non-ASCII character is itself
          --i_;
          copy_char();
          break;
        }
        if (std::isalnum(static_cast<unsigned char>(c))) return false;  // \1, \k, \N, \h, \R, \X, \Z…
        o() += '\\';
        o() += c;
    }
    return quantifier();
  }

  // A bracketed class. ICU's nested classes and set operations ([a-z&&[^x]],
  // [[:alpha:]]) give no filter.
  bool char_class() {
    ++i_;  // "["
    o() += '[';
    if (peek() == '^') {
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
          case 'd': o() += "\\p{Nd}"; break;
          case 's': o() += kSpaceItems; break;
          case 'p': case 'P':
            if (!property()) return false;
            break;
          case 'x': case 'u': case 'U':
            if (!hex_escape(e)) return false;
            break;
          case 't': case 'n': case 'r': case 'f': case 'a': case 'v':
            o() += '\\';
            o() += e;
            break;
          default:
            if (static_cast<unsigned char>(e) >= 0x80) {
              --i_;
              copy_char();
              break;
            }
            // \D, \S, \w, \W, \b… inside a class: no exact spelling here.
            if (std::isalnum(static_cast<unsigned char>(e))) return false;
            o() += '\\';
            o() += e;
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
