// The --report file (docs/plain-language.md, "The report").
#include <nlohmann/json.hpp>

#include "aksesibel/plain.hpp"

namespace aksesibel {

namespace {

nlohmann::ordered_json measures(const Readability& r) {
  return {{"sentences", r.sentences},
          {"words", r.words},
          {"syllables", r.syllables},
          {"words_per_sentence", r.words_per_sentence},
          {"longest_sentence", r.longest_sentence},
          {"syllables_per_word", r.syllables_per_word},
          {"long_words", r.long_words},
          {"uncommon_words", r.uncommon_words},
          {"reading_ease", r.reading_ease},
          {"grade_level", r.grade_level}};
}

}  // namespace

std::string render_plain_report(const std::vector<PlainReportEntry>& entries) {
  nlohmann::ordered_json inputs = nlohmann::ordered_json::array();
  for (const PlainReportEntry& e : entries) {
    if (!e.error.empty()) {
      inputs.push_back({{"input", e.input}, {"error", e.error}});
      continue;
    }
    nlohmann::ordered_json sentences = nlohmann::ordered_json::array();
    for (const SentenceMap& s : e.result.sentences)
      sentences.push_back({{"sentence", s.sentence}, {"text", s.text}, {"outputs", s.outputs}});
    nlohmann::ordered_json changes = nlohmann::ordered_json::array();
    for (const PlainChange& c : e.result.changes) {
      nlohmann::ordered_json j = {{"rule", c.rule}, {"before", c.before}, {"after", c.after}};
      j["sentence"] = c.sentence ? nlohmann::ordered_json(c.sentence) : nlohmann::ordered_json(nullptr);
      j["line"] = c.line ? nlohmann::ordered_json(c.line) : nlohmann::ordered_json(nullptr);
      changes.push_back(std::move(j));
    }
    nlohmann::ordered_json warnings = nlohmann::ordered_json::array();
    for (const Warning& w : e.warnings) {
      nlohmann::ordered_json j = {{"message", w.message}};
      j["line"] = w.where.line ? nlohmann::ordered_json(w.where.line) : nlohmann::ordered_json(nullptr);
      j["important"] = w.important;
      warnings.push_back(std::move(j));
    }
    inputs.push_back({{"input", e.input},
                      {"warnings", std::move(warnings)},
                      {"before", measures(e.result.before)},
                      {"after", measures(e.result.after)},
                      {"sentences", std::move(sentences)},
                      {"changes", std::move(changes)}});
  }
  nlohmann::ordered_json report = {{"aksesibel_report", 1}, {"inputs", std::move(inputs)}};
  return report.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace aksesibel
