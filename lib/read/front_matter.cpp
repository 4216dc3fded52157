#include "read/front_matter.hpp"

#include "read/blocks.hpp"
#include "text/sentences.hpp"
#include "text/utf8.hpp"

namespace aksesibel::readers {

namespace {

using Mode = data::DatelineRule::Mode;

constexpr std::size_t kLeadingBlocks = 6;      // where a headline may stand
constexpr std::size_t kDatelineParagraphs = 8; // where a dateline may stand
constexpr std::size_t kTitleMaxWords = 25;
constexpr std::size_t kRubricMaxWords = 3;
constexpr std::size_t kInferredTitleMaxWords = 15;

bool ends_with_terminal(std::string_view s) {
  s = text::trim(s);
  for (std::string_view end : {".", "!", "?", "\"", "”"})
    if (s.size() >= end.size() && s.substr(s.size() - end.size()) == end) return true;
  return false;
}

struct DatelineHit {
  const data::DatelineRule* rule;
  text::Match match;
};

std::optional<DatelineHit> match_dateline(const data::LanguageData& data, std::string_view s, bool whole_only) {
  for (const auto& rule : data.datelines) {
    if (whole_only != (rule.mode == Mode::Whole)) continue;
    auto m = rule.mode == Mode::Whole ? rule.pattern.full_match(s) : rule.pattern.search(s);
    if (m && m->begin == 0) return DatelineHit{&rule, *m};
  }
  return std::nullopt;
}

// Fill what the metadata does not have yet. A dateline kept in the sentence
// ("Palu, 11 April 2021 bertempat …") is not printed again as a dateline.
void take_dateline(Metadata& meta, const DatelineHit& hit, std::string_view s) {
  auto group = [&](const char* name) {
    const int g = hit.rule->pattern.group_number(name);
    return g >= 0 ? text::collapse_spaces(hit.match.group(s, g)) : std::string();
  };
  auto fill = [](std::string& field, std::string value) {
    if (field.empty()) field = std::move(value);
  };
  fill(meta.place, group("place"));
  fill(meta.publisher, group("publisher"));
  fill(meta.date_text, group("date"));
  if (hit.rule->mode == Mode::Keep) return;
  std::string printed(text::trim(s.substr(0, hit.match.end)));
  // The dash that separates a dateline from the text is not part of it.
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    for (std::string_view dash : {"-", "–", "—", " "})
      if (printed.size() >= dash.size() && printed.substr(printed.size() - dash.size()) == dash) {
        printed.erase(printed.size() - dash.size());
        trimmed = true;
      }
  }
  if (hit.rule->mode == Mode::Whole && !printed.empty() && printed.front() == '-') printed = group("place");
  meta.dateline = meta.dateline.empty() ? printed : meta.dateline + "; " + printed;
}

bool is_text_block(const Block& b) { return b.kind == Block::Kind::Paragraph || b.kind == Block::Kind::Heading; }

// The first sentence, shortened to its first clause when long.
Inlines inferred_title(const std::string& paragraph) {
  auto bounds = text::sentences(paragraph);
  std::string first = bounds.empty() ? paragraph : paragraph.substr(bounds[0].first, bounds[0].second - bounds[0].first);
  first = std::string(text::trim(first));
  if (word_count(first) > kInferredTitleMaxWords) {
    std::size_t comma = first.find(", ");
    if (comma != std::string::npos && word_count(first.substr(0, comma)) >= 4) first = first.substr(0, comma);
  }
  if (word_count(first) > kInferredTitleMaxWords) {
    std::size_t words = 0, i = 0;
    for (; i < first.size(); ++i)
      if (first[i] == ' ' && ++words == kInferredTitleMaxWords) break;
    first = first.substr(0, i) + " …";
  }
  while (!first.empty() && (first.back() == '.' || first.back() == ',')) first.pop_back();
  return {Inline::make_text(first)};
}

}  // namespace

void find_front_matter(Document& doc, const data::LanguageData& data, bool find_title) {
  Metadata& meta = doc.metadata;
  auto& blocks = doc.blocks;

  // 1. Rubric, headline and stand-alone datelines among the leading blocks.
  // The last block is never taken: what remains must be a body.
  auto headline_like = [&](const std::string& t) {
    return !match_dateline(data, t, false) && !ends_with_terminal(t) && word_count(t) <= kTitleMaxWords;
  };
  if (find_title && meta.title.empty()) {
    for (std::size_t i = 0; i + 1 < blocks.size() && i < kLeadingBlocks;) {
      const Block& b = blocks[i];
      if (!is_text_block(b)) break;
      const std::string t = plain_text(b.inlines);
      if (auto hit = match_dateline(data, t, true)) {
        take_dateline(meta, *hit, t);
        blocks.erase(blocks.begin() + static_cast<long>(i));
        continue;
      }
      if (!headline_like(t)) break;
      // A rubric is a short line over a longer headline ("Virus Corona" over the title).
      const Block& next = blocks[i + 1];
      const std::string next_text = plain_text(next.inlines);
      if (word_count(t) <= kRubricMaxWords && meta.section.empty() && i + 2 < blocks.size() && is_text_block(next) &&
          headline_like(next_text) && word_count(next_text) > kRubricMaxWords) {
        meta.section = t;
        blocks.erase(blocks.begin() + static_cast<long>(i));
        continue;
      }
      meta.title = b.inlines;
      blocks.erase(blocks.begin() + static_cast<long>(i));
      break;
    }
  }

  // 2. The dateline: stand-alone ones, and one that opens a paragraph.
  std::size_t seen = 0;
  for (std::size_t i = 0; i < blocks.size() && seen < kDatelineParagraphs;) {
    Block& b = blocks[i];
    if (!is_text_block(b)) {
      ++i;
      continue;
    }
    ++seen;
    const std::string t = plain_text(b.inlines);
    if (auto hit = match_dateline(data, t, true); hit && blocks.size() > 1) {
      take_dateline(meta, *hit, t);
      blocks.erase(blocks.begin() + static_cast<long>(i));
      continue;
    }
    if (auto hit = match_dateline(data, t, false)) {
      take_dateline(meta, *hit, t);
      if (hit->rule->mode == Mode::Strip) drop_prefix(b.inlines, hit->match.end);
      break;
    }
    ++i;
  }

  // 3. No headline: the first sentence of the first paragraph stands in.
  if (meta.title.empty()) {
    for (const Block& b : blocks)
      if (is_text_block(b)) {
        meta.title = inferred_title(plain_text(b.inlines));
        meta.title_inferred = true;
        break;
      }
  }
}

namespace {
const Inline* first_full_date(const Inlines& inlines) {
  for (const Inline& i : inlines) {
    if (i.kind == Inline::Kind::Date && i.iso.size() == 10) return &i;
    if (const Inline* d = first_full_date(i.children)) return d;
  }
  return nullptr;
}

const Inline* first_full_date(const std::vector<Block>& blocks) {
  for (const Block& b : blocks) {
    if (const Inline* d = first_full_date(b.inlines)) return d;
    for (const auto& item : b.items)
      if (const Inline* d = first_full_date(item)) return d;
    if (const Inline* d = first_full_date(b.children)) return d;
  }
  return nullptr;
}
}  // namespace

void find_document_date(Document& doc) {
  Metadata& meta = doc.metadata;
  if (!meta.date.empty()) return;
  const Inline* d = first_full_date(meta.title);
  if (!d) d = first_full_date(doc.blocks);
  if (d) {
    meta.date = d->iso;
    if (meta.date_text.empty()) meta.date_text = d->text;
  }
}

}  // namespace aksesibel::readers
