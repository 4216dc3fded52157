// Fuzz target: recognition of numbers, dates, times and abbreviations in
// running text. The input becomes one paragraph of a fixed, well-formed
// bulletin (a headline and a dateline of my own, no corpus text), so that
// the fuzzer spends its time in the paragraph's words rather than in the
// structure around them; the public entry point is aksesibel::read.
// Checks (fuzz.hpp, as in every target): every Date has an ISO date of a
// documented form with a month 1–12 and a day 1–31, every Time an HH:MM
// within the day, every Number a finite value and a documented unit; here
// also the reader text of each paragraph and the text rendering are UTF-8,
// and every pattern gives ICU's own result (pattern_check.hpp).
#include <aksesibel/read.hpp>
#include <aksesibel/render_text.hpp>

#include "fuzz.hpp"
#include "pattern_check.hpp"

namespace {

void walk(const aksesibel::Inlines& inlines) {
  for (const auto& i : inlines) {
    if (i.kind == aksesibel::Inline::Kind::Date) fuzz::check_date(i.iso);
    if (i.kind == aksesibel::Inline::Kind::Time) fuzz::check_time(i.iso);
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
  fuzz::require_same_matches();
  return 0;
}
