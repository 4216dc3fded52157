// UTF-8 validation and small helpers over UTF-8 text.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace aksesibel::text {

struct Utf8Problem {
  std::size_t offset;  ///< offset of the first byte of the bad sequence
  std::string detail;  ///< what is wrong with it, for a message
};

/// The first ill-formed sequence (RFC 3629: overlong forms, surrogates and
/// code points above U+10FFFF are ill-formed too), or nothing.
std::optional<Utf8Problem> find_invalid_utf8(std::string_view bytes);

/// Decode the code point at `pos` of valid UTF-8 and advance `pos`.
char32_t next_code_point(std::string_view utf8, std::size_t& pos);

/// Append the UTF-8 encoding of `cp`.
void append_utf8(std::string& out, char32_t cp);

/// 1-based number of the line holding byte `offset` (LF, CR LF and CR end lines).
std::size_t line_at(std::string_view bytes, std::size_t offset);

/// A character no input may carry, raw or as an HTML character reference:
/// C0 controls but tab, line feed and carriage return; DEL; C1 controls; the
/// noncharacters U+FDD0–U+FDEF and U+xFFFE/U+xFFFF (not allowed in XML, so
/// never in a PEF or a web page either). docs/security.md.
bool is_refused_character(char32_t cp);

/// How a message names a refused character: "control character U+0007",
/// "control character U+007F (DELETE)", "noncharacter U+FFFE".
std::string refused_character_name(char32_t cp);

/// `s` when it has at most `max` bytes; else its beginning and its end
/// (a quarter of `max`), cut at character boundaries, joined by " … ": a
/// message that quotes a megabyte of input keeps what it says to do.
std::string clip_middle(std::string_view s, std::size_t max);

/// Number of code points.
std::size_t length_in_code_points(std::string_view utf8);

/// ASCII white space: space, tab, line feed, carriage return, form feed, vertical tab.
inline bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

/// Collapse runs of ASCII white space to one space and trim both ends.
std::string collapse_spaces(std::string_view s);

/// Text escaped for HTML and XML content and attribute values (& < > " ').
std::string escape_html(std::string_view s);

/// Trim ASCII white space (and U+00A0) at both ends.
std::string_view trim(std::string_view s);

}  // namespace aksesibel::text
