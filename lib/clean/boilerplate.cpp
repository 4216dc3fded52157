#include "clean/boilerplate.hpp"

#include <unicode/uchar.h>

#include <map>
#include <set>

#include "text/utf8.hpp"
#include "text/words.hpp"

namespace aksesibel::clean {

namespace {

using Kind = data::BoilerplateRule::Kind;

bool has_letter_or_digit(std::string_view s) {
  for (std::size_t i = 0; i < s.size();)
    if (u_isalnum(static_cast<UChar32>(text::next_code_point(s, i)))) return true;
  return false;
}

// Whether `set` holds the patterns of the rules of `rules` that `wanted` picks, in order.
template <typename Wanted>
bool set_of(const text::RegexSet* set, const std::vector<data::BoilerplateRule>& rules, Wanted wanted) {
  if (!set) return false;
  std::size_t k = 0;
  for (const auto& r : rules) {
    if (!wanted(r)) continue;
    if (k >= set->patterns().size() || set->patterns()[k] != &r.pattern) return false;
    ++k;
  }
  return k == set->patterns().size();
}

}  // namespace

Boilerplate::Boilerplate(const data::LanguageData& data) : rules_(data.boilerplate) {
  if (set_of(data.boilerplate_lines.get(), rules_,
             [](const auto& r) { return r.kind != Kind::Inline && r.kind != Kind::Html && r.kind != Kind::Content; }))
    line_set_ = data.boilerplate_lines.get();
  if (set_of(data.boilerplate_inline.get(), rules_, [](const auto& r) { return r.kind == Kind::Inline; }))
    inline_set_ = data.boilerplate_inline.get();
}

FilterResult Boilerplate::filter(const std::vector<std::string>& lines,
                                 const std::vector<std::size_t>& line_numbers) const {
  FilterResult result;
  result.lines.resize(lines.size());
  auto remove = [&](std::size_t i, std::string_view what, const std::string& reason) {
    result.lines[i].keep = false;
    result.removed.push_back({std::string(what), reason, line_numbers.at(i)});
  };
  for (std::size_t i = 0; i < lines.size(); ++i) result.lines[i].text = lines[i];
  std::vector<std::size_t> credits;  // lines removed as credits
  std::map<std::size_t, std::string> credit_reason;

  // The whole-line rules on line i as it now reads: the first that matches
  // removes it (and, for a block, the lines that continue it).
  auto remove_whole_line = [&](std::size_t i, std::string_view line) {
    // Which whole-line rules can match at all (one pass; the rest are not tried).
    const std::vector<bool> maybe = line_set_ ? line_set_->candidates(line) : std::vector<bool>();
    std::size_t k = 0;
    for (const auto& rule : rules_) {
      if (rule.kind == Kind::Html || rule.kind == Kind::Inline || rule.kind == Kind::Content) continue;
      if (line_set_ && !maybe[k++]) continue;
      auto m = rule.pattern.full_match(line);
      if (!m) continue;
      if (rule.kind == Kind::Credit) credits.push_back(i), credit_reason[i] = rule.reason;
      if (rule.kind == Kind::Byline || rule.kind == Kind::Timestamp) {
        const int g = rule.pattern.group_number("name");
        std::string name = g >= 0 ? text::collapse_spaces(m->group(line, g)) : "";
        if (result.byline.empty() && !name.empty()) result.byline = name;
      }
      remove(i, line, rule.reason);
      if (rule.kind == Kind::Block) {
        // Following lines that continue the block (blank lines may separate them).
        std::size_t j = i + 1;
        for (; j < lines.size(); ++j) {
          std::string_view next = text::trim(lines[j]);
          if (next.empty()) continue;
          if (!rule.end->full_match(next)) break;
          remove(j, next, rule.reason);
        }
      }
      return true;
    }
    return false;
  };

  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!result.lines[i].keep) continue;  // taken by a block rule above
    std::string_view line = text::trim(result.lines[i].text);
    if (line.empty()) continue;
    const bool removed = remove_whole_line(i, line);
    if (removed) continue;
    // Inline rules: cut the matching text; drop the line if nothing is left.
    std::string edited(line);
    bool cut = false;
    // Which inline rules can match the line as it now is (asked again after a cut).
    std::vector<bool> may_cut = inline_set_ ? inline_set_->candidates(edited) : std::vector<bool>();
    std::size_t r = 0;
    for (const auto& rule : rules_) {
      if (rule.kind != Kind::Inline) continue;
      if (inline_set_ && !may_cut[r++]) continue;
      bool cut_here = false;
      for (auto m = rule.pattern.search(edited); m; m = rule.pattern.search(edited, m->begin)) {
        result.removed.push_back({edited.substr(m->begin, m->end - m->begin), rule.reason, line_numbers.at(i)});
        edited.erase(m->begin, m->end - m->begin);
        cut = cut_here = true;
        if (m->end == m->begin) break;
      }
      if (cut_here && inline_set_) may_cut = inline_set_->candidates(edited);
    }
    if (cut) {
      // Separators left dangling by the cut ("Rabu, 14 Juli 2021 | dibaca 9 kali").
      std::string_view rest = text::trim(edited);
      for (bool trimmed = true; trimmed;) {
        trimmed = false;
        for (std::string_view sep : {"|", "·", "•"}) {
          if (rest.size() >= sep.size() && rest.substr(rest.size() - sep.size()) == sep) {
            rest = text::trim(rest.substr(0, rest.size() - sep.size()));
            trimmed = true;
          }
          if (rest.size() >= sep.size() && rest.substr(0, sep.size()) == sep) {
            rest = text::trim(rest.substr(sep.size()));
            trimmed = true;
          }
        }
      }
      // What is left may be chrome of its own: "Oleh Redaksi | Kamis, 12 Agustus 2021
      // 14:30 WITA" once "| Dibaca 1.245 kali" is cut.
      if (!has_letter_or_digit(rest)) result.lines[i].keep = false;
      else if (const std::string left(rest); !remove_whole_line(i, left)) result.lines[i].text = left;
    }
  }
  // A photo's caption: the line right after a credit ("Shutterstock", a domain),
  // or right before a "Foto: …" credit, when it is not boilerplate itself.
  auto next_kept = [&](std::size_t i, int step) -> std::optional<std::size_t> {
    for (long j = static_cast<long>(i) + step; j >= 0 && j < static_cast<long>(lines.size()); j += step) {
      if (text::trim(result.lines[j].text).empty() && result.lines[j].keep) continue;
      return static_cast<std::size_t>(j);
    }
    return std::nullopt;
  };
  auto starts_foto = [](std::string_view s) {
    return s.size() >= 4 && (s[0] == 'F' || s[0] == 'f') && (s[1] == 'o' || s[1] == 'O') && (s[2] == 't' || s[2] == 'T') &&
           (s[3] == 'o' || s[3] == 'O');
  };
  // A credit that holds a caption of its own ("Foto: Petugas menyuntikkan vaksin
  // kepada lansia di Puskesmas Biromaru. (Humas Sigi)") has none beside it: the
  // line next to it is the bulletin's, and may hold its figures. A credit is a
  // name or two; six words after its label are a caption.
  auto holds_caption = [](std::string_view credit) {
    const std::size_t label = credit.find_first_of(":/");
    return text::word_count(label == std::string_view::npos ? credit : credit.substr(label + 1)) >= 6;
  };
  for (std::size_t i : credits) {
    if (holds_caption(text::trim(lines[i]))) continue;
    // After a credit ("Shutterstock", a domain) comes its caption; before a "Foto: …" one.
    const bool foto = starts_foto(text::trim(lines[i]));
    for (int step : {1, -1}) {
      if ((step == -1) != foto) continue;
      auto j = next_kept(i, step);
      if (!j || !result.lines[*j].keep) continue;
      const std::string_view caption = text::trim(result.lines[*j].text);
      // A caption is a sentence or two, never a paragraph that opens with a dateline.
      const std::string_view head = caption.substr(0, 48);
      if (caption.size() > 400 || head.find(" - ") != std::string_view::npos ||
          head.find(" \xE2\x80\x93 ") != std::string_view::npos || head.find("--") != std::string_view::npos)
        continue;
      // A photo's caption; or, after an empty credit label ("Editor:"), the name.
      remove(*j, caption, credit_reason[i] == "foto" ? "keterangan-foto" : credit_reason[i]);
    }
  }
  return result;
}

bool Boilerplate::is_timestamp(std::string_view line) const {
  line = text::trim(line);
  for (const auto& rule : rules_)
    if (rule.kind == Kind::Timestamp && rule.pattern.full_match(line)) return true;
  return false;
}

bool Boilerplate::holds_content(std::string_view class_id_itemprop) const {
  if (text::trim(class_id_itemprop).empty()) return false;
  for (const auto& rule : rules_)
    if (rule.kind == Kind::Content && rule.pattern.search(class_id_itemprop)) return true;
  return false;
}

std::optional<std::string> Boilerplate::html_element_reason(std::string_view class_and_id) const {
  if (text::trim(class_and_id).empty()) return std::nullopt;
  for (const auto& rule : rules_)
    if (rule.kind == Kind::Html && rule.pattern.search(class_and_id)) return rule.reason;
  return std::nullopt;
}

namespace {

void gather(std::vector<Block>& blocks, std::vector<Block*>& out) {
  for (Block& b : blocks) {
    switch (b.kind) {
      case Block::Kind::Paragraph:
      case Block::Kind::Heading:
      case Block::Kind::Note: out.push_back(&b); break;
      case Block::Kind::List:
        for (auto& item : b.items) gather(item, out);
        break;
      case Block::Kind::Quote: gather(b.children, out); break;
      case Block::Kind::Table: break;
    }
  }
}

void prune(std::vector<Block>& blocks, const std::set<const Block*>& dead) {
  std::vector<Block> out;
  for (Block& b : blocks) {
    if (dead.count(&b)) continue;
    if (b.kind == Block::Kind::List) {
      std::vector<std::vector<Block>> items;
      for (auto& item : b.items) {
        prune(item, dead);
        if (!item.empty()) items.push_back(std::move(item));
      }
      b.items = std::move(items);
      if (b.items.empty()) continue;
    } else if (b.kind == Block::Kind::Quote) {
      prune(b.children, dead);
      if (b.children.empty()) continue;
    }
    out.push_back(std::move(b));
  }
  blocks = std::move(out);
}

}  // namespace

void remove_boilerplate_blocks(Document& doc, const Boilerplate& boilerplate) {
  std::vector<Block*> targets;
  gather(doc.blocks, targets);
  std::vector<std::string> texts;
  std::vector<std::size_t> lines;
  for (const Block* b : targets) {
    texts.push_back(plain_text(b->inlines));
    lines.push_back(b->line);
  }
  FilterResult result = boilerplate.filter(texts, lines);
  std::set<const Block*> dead;
  for (std::size_t i = 0; i < targets.size(); ++i) {
    if (!result.lines[i].keep) dead.insert(targets[i]);
    else if (result.lines[i].text != texts[i])
      targets[i]->inlines = {Inline::make_text(result.lines[i].text)};
  }
  doc.removed.insert(doc.removed.end(), result.removed.begin(), result.removed.end());
  if (doc.metadata.byline.empty()) doc.metadata.byline = result.byline;
  prune(doc.blocks, dead);
}

}  // namespace aksesibel::clean
