#include "text/utf8.hpp"

#include "aksesibel/messages.hpp"

#include <cstdio>

namespace aksesibel::text {

namespace {
std::string hex_byte(unsigned char b) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "0x%02X", b);
  return buf;
}
}  // namespace

std::optional<Utf8Problem> find_invalid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    const unsigned char b = p[i];
    if (b < 0x80) {
      ++i;
      continue;
    }
    std::size_t len;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (b >= 0xC2 && b <= 0xDF) {
      len = 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
      len = 3;
      if (b == 0xE0) lo = 0xA0;          // overlong
      if (b == 0xED) hi = 0x9F;          // UTF-16 surrogates
    } else if (b >= 0xF0 && b <= 0xF4) {
      len = 4;
      if (b == 0xF0) lo = 0x90;          // overlong
      if (b == 0xF4) hi = 0x8F;          // above U+10FFFF
    } else if (b >= 0x80 && b <= 0xBF) {
      return Utf8Problem{i, fill_message(translate("byte {0} is a continuation byte with no lead byte"), {hex_byte(b)})};
    } else {
      return Utf8Problem{i, fill_message(translate("byte {0} never occurs in UTF-8"), {hex_byte(b)})};
    }
    for (std::size_t k = 1; k < len; ++k) {
      if (i + k >= n)
        return Utf8Problem{i, fill_message(translate("the {0}-byte sequence starting with {1} is cut off by the end of the input"),
                                           {std::to_string(len), hex_byte(b)})};
      const unsigned char c = p[i + k];
      const unsigned char klo = k == 1 ? lo : 0x80, khi = k == 1 ? hi : 0xBF;
      if (c < klo || c > khi)
        return Utf8Problem{i, fill_message(translate("the sequence starting with {0} has the invalid byte {1} at position {2}"),
                                           {hex_byte(b), hex_byte(c), std::to_string(k + 1)})};
    }
    i += len;
  }
  return std::nullopt;
}

char32_t next_code_point(std::string_view s, std::size_t& pos) {
  const auto b = static_cast<unsigned char>(s[pos]);
  if (b < 0x80) {
    ++pos;
    return b;
  }
  int len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
  char32_t cp = b & (0x7F >> len);
  for (int k = 1; k < len && pos + k < s.size(); ++k)
    cp = (cp << 6) | (static_cast<unsigned char>(s[pos + k]) & 0x3F);
  pos += len;
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::size_t line_at(std::string_view s, std::size_t offset) {
  std::size_t line = 1;
  for (std::size_t i = 0; i < offset && i < s.size(); ++i) {
    if (s[i] == '\n') ++line;
    else if (s[i] == '\r' && (i + 1 >= s.size() || s[i + 1] != '\n')) ++line;
  }
  return line;
}

std::size_t length_in_code_points(std::string_view s) {
  std::size_t n = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}


std::string collapse_spaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending = false;
  for (char c : s) {
    if (is_ascii_space(c)) {
      pending = !out.empty();
    } else {
      if (pending) out += ' ';
      pending = false;
      out += c;
    }
  }
  return out;
}

std::string escape_html(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string_view trim(std::string_view s) {
  auto starts_nbsp = [](std::string_view v) { return v.size() >= 2 && v[0] == '\xC2' && v[1] == '\xA0'; };
  auto ends_nbsp = [](std::string_view v) { return v.size() >= 2 && v[v.size() - 2] == '\xC2' && v.back() == '\xA0'; };
  for (;;) {
    if (!s.empty() && is_ascii_space(s.front())) s.remove_prefix(1);
    else if (starts_nbsp(s)) s.remove_prefix(2);
    else break;
  }
  for (;;) {
    if (!s.empty() && is_ascii_space(s.back())) s.remove_suffix(1);
    else if (ends_nbsp(s)) s.remove_suffix(2);
    else break;
  }
  return s;
}

bool is_refused_character(char32_t cp) {
  if (cp == '\t' || cp == '\n' || cp == '\r') return false;
  if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F)) return true;
  return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
}

std::string refused_character_name(char32_t cp) {
  char code[16];
  std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(cp));
  const char* name = "";
  switch (cp) {
    case 0x00: name = " (NUL)"; break;
    case 0x08: name = " (BACKSPACE)"; break;
    case 0x0B: name = " (VERTICAL TAB)"; break;
    case 0x0C: name = " (FORM FEED)"; break;
    case 0x1B: name = " (ESCAPE)"; break;
    case 0x7F: name = " (DELETE)"; break;
    default: break;
  }
  const bool control = cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
  return std::string(control ? translate("control character ") : translate("noncharacter ")) + code + name;
}

std::string clip_middle(std::string_view s, std::size_t max) {
  if (s.size() <= max) return std::string(s);
  auto boundary = [&](std::size_t at) {  // back to the first byte of a character
    while (at > 0 && at < s.size() && (static_cast<unsigned char>(s[at]) & 0xC0) == 0x80) --at;
    return at;
  };
  const std::size_t tail = max / 4;
  const std::size_t head_end = boundary(max - tail);
  const std::size_t tail_begin = boundary(s.size() - tail);
  return std::string(s.substr(0, head_end)) + " … " + std::string(s.substr(tail_begin));
}

}  // namespace aksesibel::text
