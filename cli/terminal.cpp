#include "terminal.hpp"

#include <cstdio>

namespace aksesibel::cli {

namespace {

bool shown_as_code(char32_t c) {
  return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) ||  // C0, DEL, C1
         c == 0x061C || c == 0x200E || c == 0x200F ||           // bidi marks
         (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);  // bidi embeddings, overrides, isolates
}

}  // namespace

std::string for_terminal(std::string_view s) {
  // A message quoting a megabyte of input shows its beginning and its end
  // (where it says what to do).
  constexpr std::size_t kLongest = 4000;
  if (s.size() > kLongest) {
    std::size_t head = kLongest * 3 / 4, tail = s.size() - kLongest / 4;
    while (head > 0 && (static_cast<unsigned char>(s[head]) & 0xC0) == 0x80) --head;
    while (tail < s.size() && (static_cast<unsigned char>(s[tail]) & 0xC0) == 0x80) ++tail;
    return for_terminal(s.substr(0, head)) + " … " + for_terminal(s.substr(tail));
  }
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    const std::size_t len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
    bool valid = len > 0 && i + len <= s.size();
    char32_t c = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
    for (std::size_t k = 1; valid && k < len; ++k) {
      const auto n = static_cast<unsigned char>(s[i + k]);
      valid = (n & 0xC0) == 0x80;
      c = (c << 6) | (n & 0x3F);
    }
    char buf[16];
    if (!valid) {
      std::snprintf(buf, sizeof buf, "\\x%02X", b);
      out += buf;
      ++i;
      continue;
    }
    if (shown_as_code(c)) {
      std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
      out += buf;
    } else {
      out.append(s, i, len);
    }
    i += len;
  }
  return out;
}

}  // namespace aksesibel::cli
