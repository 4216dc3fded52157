// Fuzz target: recognition of numbers, dates, times and abbreviations in
// running text. The input becomes one paragraph of a fixed, well-formed
// bulletin (a headline and a dateline of my own, no corpus text), so that
// the fuzzer spends its time in the paragraph's words rather than in the
// structure around them; the public entry point is aksesibel::read.
// Checks: every Date has an ISO date of a documented form with a month
// 1–12 and a day 1–31, every Time an HH:MM within the day, every Number a
// finite value and a documented unit (fuzz.hpp), and the reader text of
// the paragraph is UTF-8.
#include <aksesibel/read.hpp>
#include <aksesibel/render_text.hpp>

#include <cctype>

#include "fuzz.hpp"

namespace {

bool digits(std::string_view s) {
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return !s.empty();
}

void check_date(const std::string& iso) {
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
    fuzz::finding("a date of no documented ISO form", iso);
  }
  fuzz::require(month >= 1 && month <= 12 && day >= 1 && day <= 31, "a date outside the calendar", iso);
}

void check_time(const std::string& iso) {
  fuzz::require(iso.size() == 5 && iso[2] == ':' && digits(iso.substr(0, 2)) && digits(iso.substr(3, 2)),
                "a time not written HH:MM", iso);
  int h = std::stoi(iso.substr(0, 2)), m = std::stoi(iso.substr(3, 2));
  fuzz::require(h <= 24 && m <= 59, "a time outside the day", iso);
}

void walk(const aksesibel::Inlines& inlines) {
  for (const auto& i : inlines) {
    if (i.kind == aksesibel::Inline::Kind::Date) check_date(i.iso);
    if (i.kind == aksesibel::Inline::Kind::Time) check_time(i.iso);
    walk(i.children);
  }
}

void walk(const std::vector<aksesibel::Block>& blocks) {
  for (const auto& b : blocks) {
    walk(b.inlines);
    for (const auto& item : b.items) walk(item);
    walk(b.children);
    for (const auto& c : b.header) walk(c);
    for (const auto& r : b.rows)
      for (const auto& c : r) walk(c);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 4 * 1024) return 0;
  std::string text = "Perkembangan Kasus di Kota Contoh\n\nKOTA CONTOH - ";
  text.append(reinterpret_cast<const char*>(data), size);
  text += "\n";
  aksesibel::ReadOptions o;
  o.format = aksesibel::InputFormat::Text;
  o.source_name = "fuzz.txt";
  fuzz::guarded([&] {
    aksesibel::Document d = aksesibel::read(text, o);
    fuzz::check_document(d);
    walk(d.metadata.title);
    walk(d.blocks);
    for (const auto& b : d.blocks) fuzz::require_utf8(aksesibel::reader_plain_text(b.inlines), "reader_plain_text");
    fuzz::require_utf8(aksesibel::render_text(d), "render_text");
  });
  return 0;
}
