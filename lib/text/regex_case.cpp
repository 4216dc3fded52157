#include "text/regex_case.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <optional>

namespace aksesibel::text {

namespace {

// General categories whose sets are their own case closure for every
// character a bulletin can hold (ICU's closure of \p{L} adds only U+0345,
// a Greek combining mark; docs/performance.md).
bool caseless_property(std::string_view name) {
  for (std::string_view p : {"L", "N", "Nd", "P", "S", "Z", "Zs"})
    if (name == p) return true;
  return false;
}

// The length of a property escape \p{…} or \P{…} at `at` if its category is
// caseless, else nullopt.
std::optional<std::size_t> caseless_property_at(std::string_view s, std::size_t at) {
  if (at + 3 >= s.size() || s[at] != '\\' || (s[at + 1] != 'p' && s[at + 1] != 'P') || s[at + 2] != '{')
    return std::nullopt;
  const std::size_t close = s.find('}', at + 3);
  if (close == std::string_view::npos || !caseless_property(s.substr(at + 3, close - at - 3))) return std::nullopt;
  return close + 1 - at;
}

bool ascii_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Where the class opening at `open` ends (one past its ']'), and whether it
// is its own case closure. nullopt: a class this scanner does not follow
// (nested classes, set operations, unknown escapes): the caller leaves the
// whole pattern alone.
struct Class {
  std::size_t end = 0;
  bool caseless = true;
};

std::optional<Class> scan_class(std::string_view s, std::size_t open) {
  Class c;
  std::size_t i = open + 1;
  if (i < s.size() && s[i] == '^') ++i;
  const std::size_t first = i;
  char32_t previous = 0;  // the last literal, for a range; 0 after anything else
  while (i < s.size()) {
    const char ch = s[i];
    if (ch == ']') {
      if (i == first) return std::nullopt;  // a ']' first: not followed
      c.end = i + 1;
      return c;
    }
    if (ch == '[' || ch == '&') return std::nullopt;
    if (ch == '\\') {
      if (i + 1 >= s.size()) return std::nullopt;
      if (auto n = caseless_property_at(s, i)) {
        i += *n;
      } else if (s[i + 1] == 'p' || s[i + 1] == 'P') {
        const std::size_t close = s.find('}', i);
        if (close == std::string_view::npos) return std::nullopt;
        c.caseless = false;
        i = close + 1;
      } else if (s[i + 1] == 'd' || s[i + 1] == 's') {
        i += 2;
      } else if (!ascii_alnum(s[i + 1]) && static_cast<unsigned char>(s[i + 1]) < 0x80) {
        previous = static_cast<unsigned char>(s[i + 1]);
        i += 2;
        continue;
      } else {
        return std::nullopt;  // \u…, \x{…}, \N{…}, \w and the like: not followed
      }
      previous = 0;
      continue;
    }
    if (ch == '-' && previous != 0 && i + 1 < s.size() && s[i + 1] != ']') {
      // A range: caseless only between two ASCII digits.
      const char to = s[i + 1];
      if (!(previous >= '0' && previous <= '9' && to >= '0' && to <= '9')) c.caseless = false;
      i += 2;
      previous = 0;
      continue;
    }
    UChar32 cp;
    int32_t at = static_cast<int32_t>(i);
    U8_NEXT(s.data(), at, static_cast<int32_t>(s.size()), cp);
    if (cp < 0) return std::nullopt;
    if (u_hasBinaryProperty(cp, UCHAR_CASE_SENSITIVE)) c.caseless = false;
    previous = static_cast<char32_t>(cp);
    i = static_cast<std::size_t>(at);
  }
  return std::nullopt;  // no closing ']'
}

// Whether a flag group, (?x) or (?ix-s:…), turns on free spacing.
bool free_spacing(std::string_view s) {
  for (std::size_t at = s.find("(?"); at != std::string_view::npos; at = s.find("(?", at + 2)) {
    for (std::size_t i = at + 2; i < s.size(); ++i) {
      const char c = s[i];
      if (c == 'x') return true;
      if (c == '-') break;  // flags after '-' are turned off
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) break;
    }
  }
  return false;
}

}  // namespace

std::string without_case_closure(std::string_view s) {
  if (free_spacing(s)) return std::string(s);  // spaces and comments in classes: not followed
  std::string out;
  out.reserve(s.size() + 32);
  std::size_t i = 0;
  while (i < s.size()) {
    const char ch = s[i];
    if (ch == '\\') {
      if (i + 1 >= s.size()) return std::string(s);
      if (s[i + 1] == 'Q') return std::string(s);  // quoted text: not followed
      if (auto n = caseless_property_at(s, i)) {
        out += "(?-i:";
        out.append(s.substr(i, *n));
        out += ')';
        i += *n;
        continue;
      }
      out.append(s.substr(i, 2));
      i += 2;
      continue;
    }
    if (ch == '[') {
      const auto c = scan_class(s, i);
      if (!c) return std::string(s);
      if (c->caseless) out += "(?-i:";
      out.append(s.substr(i, c->end - i));
      if (c->caseless) out += ')';
      i = c->end;
      continue;
    }
    if (ch == '(' && s.substr(i, 3) == "(?#") return std::string(s);  // a comment: not followed
    out += ch;
    ++i;
  }
  return out;
}

}  // namespace aksesibel::text
