// Helpers shared by the fuzz targets (tests/fuzz/README.md).
//
// A target calls the public API with the input and decides what is a
// finding. Expected refusals are aksesibel::Error with any code but
// ErrorCode::Internal; a finding is anything else: a crash or sanitizer
// report (ASan, UBSan), an internal error, another exception, or an output
// that breaks a documented promise (text that is not UTF-8, JSON that does
// not parse, a braille line longer than the line). A finding prints what it
// was and aborts, so that libFuzzer keeps the input as a crash.
#pragma once

#include <aksesibel/convert.hpp>
#include <aksesibel/error.hpp>
#include <aksesibel/read.hpp>

#include <cctype>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <string_view>
#include <typeinfo>

namespace fuzz {

[[noreturn]] inline void finding(std::string_view what, std::string_view detail = {}) {
  std::fprintf(stderr, "fuzz finding: %.*s%s%.*s\n", static_cast<int>(what.size()), what.data(),
               detail.empty() ? "" : ": ", static_cast<int>(detail.size()), detail.data());
  std::fflush(stderr);
  std::abort();
}

inline void require(bool ok, std::string_view what, std::string_view detail = {}) {
  if (!ok) finding(what, detail);
}

/// Run `body`; an aksesibel::Error is an expected refusal unless its code
/// says internal fault; every other exception is a finding.
template <typename F>
bool guarded(F&& body) {
  try {
    body();
    return true;
  } catch (const aksesibel::Error& e) {
    if (e.code() == aksesibel::ErrorCode::Internal) finding("internal error", e.what());
    if (e.message().empty()) finding("an error without a message", aksesibel::to_string(e.code()));
    return false;
  } catch (const std::exception& e) {
    std::string what = std::string("exception ") + typeid(e).name();
    finding(what, e.what());
  }
}

/// Whether `s` is well-formed UTF-8 (no surrogates, no overlong forms, at most U+10FFFF).
inline bool valid_utf8(std::string_view s) {
  std::size_t i = 0;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  while (i < s.size()) {
    unsigned c = p[i];
    if (c < 0x80) { ++i; continue; }
    std::size_t n;
    unsigned cp;
    if (c >= 0xC2 && c <= 0xDF) { n = 1; cp = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) { n = 2; cp = c & 0x0F; }
    else if (c >= 0xF0 && c <= 0xF4) { n = 3; cp = c & 0x07; }
    else return false;
    for (std::size_t k = 1; k <= n; ++k) {
      if (i + k >= s.size()) return false;
      unsigned d = p[i + k];
      if ((d & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (d & 0x3F);
    }
    if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF))
      return false;
    i += n + 1;
  }
  return true;
}

inline void require_utf8(std::string_view s, std::string_view what) {
  if (!valid_utf8(s)) finding("not UTF-8", what);
}

/// The input's first bytes as option switches, the rest as the text: the
/// fuzzer learns to flip them, and a seed from the corpus loses a few bytes.
struct Input {
  std::string_view rest;
  unsigned char header[4] = {0, 0, 0, 0};

  Input(const std::uint8_t* data, std::size_t size, std::size_t header_bytes) {
    std::size_t n = header_bytes < size ? header_bytes : size;
    for (std::size_t i = 0; i < n && i < 4; ++i) header[i] = data[i];
    rest = std::string_view(reinterpret_cast<const char*>(data) + n, size - n);
  }
  bool bit(int i) const { return (header[i / 8] >> (i % 8)) & 1; }
  int byte(int i) const { return header[i]; }
};

/// An ISO date of a documented form (Inline::iso of a Date).
inline bool digits(std::string_view s) {
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return !s.empty();
}

inline void check_date(const std::string& iso) {
  // "2021-09-20", "--06-09" (year unknown), "2021-06"
  int month = 0, day = 0;
  if (iso.size() == 10 && iso[4] == '-' && iso[7] == '-' && digits(iso.substr(0, 4)) && digits(iso.substr(5, 2)) &&
      digits(iso.substr(8, 2))) {
    month = std::stoi(iso.substr(5, 2));
    day = std::stoi(iso.substr(8, 2));
  } else if (iso.size() == 7 && iso[0] == '-' && iso[1] == '-' && iso[4] == '-' && digits(iso.substr(2, 2)) &&
             digits(iso.substr(5, 2))) {
    month = std::stoi(iso.substr(2, 2));
    day = std::stoi(iso.substr(5, 2));
  } else if (iso.size() == 7 && iso[4] == '-' && digits(iso.substr(0, 4)) && digits(iso.substr(5, 2))) {
    month = std::stoi(iso.substr(5, 2));
    day = 1;
  } else {
    finding("a date of no documented ISO form", iso);
  }
  require(month >= 1 && month <= 12 && day >= 1 && day <= 31, "a date outside the calendar", iso);
}

inline void check_time(const std::string& iso) {
  require(iso.size() == 5 && iso[2] == ':' && digits(iso.substr(0, 2)) && digits(iso.substr(3, 2)),
                "a time not written HH:MM", iso);
  int h = std::stoi(iso.substr(0, 2)), m = std::stoi(iso.substr(3, 2));
  require(h <= 24 && m <= 59, "a time outside the day", iso);
}

/// Every text the document holds is UTF-8, every number finite, every
/// heading level 1–6, every number's unit one of the documented ones, every
/// date and time of a documented form.
void check_inlines(const aksesibel::Inlines& inlines, int depth = 0);
void check_blocks(const std::vector<aksesibel::Block>& blocks, int depth = 0);

inline void check_inline(const aksesibel::Inline& i, int depth) {
  using K = aksesibel::Inline::Kind;
  require_utf8(i.text, "inline text");
  require_utf8(i.expansion, "abbreviation expansion");
  require_utf8(i.href, "link target");
  if (i.kind == K::Number) {
    require(std::isfinite(i.value), "a number that is not finite", i.text);
    require(i.unit.empty() || i.unit == "%" || i.unit == "IDR", "a number with an undocumented unit", i.unit);
  }
  if (i.kind == K::Date) check_date(i.iso);
  if (i.kind == K::Time) check_time(i.iso);
  if (i.kind == K::Time)
    require(i.zone.empty() || i.zone == "WIB" || i.zone == "WITA" || i.zone == "WIT", "an undocumented time zone", i.zone);
  require_utf8(aksesibel::reader_text(i), "reader_text");
  check_inlines(i.children, depth + 1);
}

inline void check_inlines(const aksesibel::Inlines& inlines, int depth) {
  require(depth < 1000, "inlines nested a thousand deep");
  for (const auto& i : inlines) check_inline(i, depth);
}

inline void check_blocks(const std::vector<aksesibel::Block>& blocks, int depth) {
  using K = aksesibel::Block::Kind;
  require(depth < 1000, "blocks nested a thousand deep");
  for (const auto& b : blocks) {
    if (b.kind == K::Heading) require(b.level >= 1 && b.level <= 6, "a heading level outside 1-6");
    check_inlines(b.inlines, 0);
    for (const auto& item : b.items) check_blocks(item, depth + 1);
    check_blocks(b.children, depth + 1);
    for (const auto& c : b.header) check_inlines(c, 0);
    for (const auto& r : b.rows)
      for (const auto& c : r) check_inlines(c, 0);
  }
}

inline void check_document(const aksesibel::Document& d) {
  check_inlines(d.metadata.title, 0);
  require_utf8(aksesibel::title_text(d), "title");
  for (const std::string* s : {&d.metadata.section, &d.metadata.byline, &d.metadata.dateline, &d.metadata.place,
                               &d.metadata.publisher, &d.metadata.date, &d.metadata.date_text, &d.metadata.data_date,
                               &d.metadata.main_place})
    require_utf8(*s, "metadata");
  if (!d.metadata.date.empty()) check_date(d.metadata.date);
  if (!d.metadata.data_date.empty()) check_date(d.metadata.data_date);
  check_blocks(d.blocks, 0);
  for (const auto& r : d.removed) require_utf8(r.text, "removed boilerplate");
  for (const auto& w : d.warnings) {
    require_utf8(w.message, "warning");
    require(!w.message.empty(), "an empty warning");
  }
  for (const auto& f : d.facts) {
    require(std::isfinite(f.value), "a fact whose value is not finite", f.text);
    require(f.begin <= f.end, "a fact that ends before it begins", f.text);
    require_utf8(f.text, "fact text");
    require_utf8(f.label, "fact label");
    require_utf8(f.scope.name, "fact scope");
    if (!f.date.empty()) check_date(f.date);
  }
}

// The two reader targets: the input read as `format`, the header byte's
// bit 0 lenient and bit 1 windows-1252, the document checked.
inline int read_as(const std::uint8_t* data, std::size_t size, aksesibel::InputFormat format, const char* name) {
  if (size > 64 * 1024) return 0;
  Input in(data, size, 1);
  aksesibel::ReadOptions o;
  o.format = format;
  o.source_name = name;
  o.lenient = in.bit(0);
  if (in.bit(1)) o.encoding = "windows-1252";
  guarded([&] { check_document(aksesibel::read(in.rest, o)); });
  return 0;
}

}  // namespace fuzz
