// Fuzz target: plain language (aksesibel::simplify): sentence splitting,
// word replacement, abbreviations, the Ringkasan, the glossary, the
// readability measures and the report. The input is read by its content.
// Header bytes: [0] split sentences over 5–100 words, [1] bit 0 no
// Ringkasan, bit 1 no glossary.
// Checks: the plain document holds UTF-8 text (fuzz.hpp), the measures are
// finite, the report is valid JSON, every change and sentence map is UTF-8.
#include <aksesibel/plain.hpp>
#include <aksesibel/read.hpp>
#include <aksesibel/render_text.hpp>

#include <nlohmann/json.hpp>

#include "fuzz.hpp"

namespace {

void check_readability(const aksesibel::Readability& r) {
  for (double v : {r.words_per_sentence, r.syllables_per_word, r.long_words, r.uncommon_words, r.reading_ease,
                   r.grade_level})
    fuzz::require(std::isfinite(v), "a readability measure that is not finite");
  fuzz::require(r.long_words >= 0 && r.long_words <= 1 && r.uncommon_words >= 0 && r.uncommon_words <= 1,
                "a share outside 0-1");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 32 * 1024) return 0;
  fuzz::Input in(data, size, 2);
  aksesibel::ReadOptions ro;
  ro.lenient = true;
  aksesibel::PlainOptions po;
  po.split_over = 5 + in.byte(0) % 96;
  po.summary = !in.bit(8);
  po.glossary = !in.bit(9);
  if (in.rest.size() <= 64 && fuzz::valid_utf8(in.rest)) (void)aksesibel::syllables(in.rest);
  fuzz::guarded([&] {
    aksesibel::Document doc = aksesibel::read(in.rest, ro);
    aksesibel::Simplification s = aksesibel::simplify(doc, po);
    fuzz::check_document(s.document);
    check_readability(s.before);
    check_readability(s.after);
    check_readability(aksesibel::measure(doc));
    for (const auto& c : s.changes) {
      fuzz::require_utf8(c.before, "a change's before");
      fuzz::require_utf8(c.after, "a change's after");
    }
    for (const auto& m : s.sentences) fuzz::require_utf8(m.text, "a sentence map's text");
    fuzz::require_utf8(aksesibel::render_text(s.document), "plain text");
    std::vector<aksesibel::PlainReportEntry> entries(1);
    entries[0].input = "fuzz.txt";
    entries[0].result = std::move(s);
    std::string report = aksesibel::render_plain_report(entries);
    fuzz::require(nlohmann::json::accept(report), "a plain-language report that is not JSON");
  });
  return 0;
}
