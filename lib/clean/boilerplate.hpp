// Removing boilerplate (links to other articles, view counters, comment
// widgets, credits, …) by the rules of data/boilerplate-id.txt. Every removal
// is recorded so that a report can say what was dropped and why.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "aksesibel/document.hpp"
#include "data/language_data.hpp"

namespace aksesibel::clean {

/// What to do with one line of a sequence.
struct LineVerdict {
  bool keep = true;
  std::string text;  ///< the line, with inline boilerplate cut out
};

struct FilterResult {
  std::vector<LineVerdict> lines;  ///< one per input line
  std::vector<Removed> removed;
  std::string byline;              ///< from the first byline rule that matched a name
};

class Boilerplate {
 public:
  explicit Boilerplate(const data::LanguageData& data);

  /// Judge a sequence of lines (text lines, or the texts of HTML blocks).
  /// `line_numbers[i]` is recorded with what is removed from line i.
  FilterResult filter(const std::vector<std::string>& lines, const std::vector<std::size_t>& line_numbers) const;

  /// Whether a line is only the page's time stamp ("Sabtu, 25 April 2020").
  bool is_timestamp(std::string_view line) const;

  /// The reason to drop an HTML element with these class and id attributes, if any.
  std::optional<std::string> html_element_reason(std::string_view class_and_id) const;
  /// Whether an HTML element's class, id and itemprop (space-separated) mark it
  /// as holding the article ("entry-content", "post-body", "articleBody"): a
  /// `content` rule of data/boilerplate-id.txt.
  bool holds_content(std::string_view class_id_itemprop) const;

 private:
  const std::vector<data::BoilerplateRule>& rules_;
  /// The data's pattern sets, when they are those of rules_ (else null:
  /// every rule is tried).
  const text::RegexSet* line_set_ = nullptr;
  const text::RegexSet* inline_set_ = nullptr;
};

/// Apply the line rules to the text of every paragraph, heading and note of
/// `doc` (in lists and quotes too), in document order; remove what they
/// match, record it in doc.removed, and take the byline.
void remove_boilerplate_blocks(Document& doc, const Boilerplate& boilerplate);

}  // namespace aksesibel::clean
