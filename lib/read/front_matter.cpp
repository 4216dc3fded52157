#include "read/front_matter.hpp"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "model/inlines.hpp"
#include "read/blocks.hpp"
#include "text/regex.hpp"
#include "text/sentences.hpp"
#include "text/utf8.hpp"
#include "text/words.hpp"

namespace aksesibel::readers {

namespace {

using Mode = data::DatelineRule::Mode;

constexpr std::size_t kLeadingBlocks = 6;      // where a headline may stand
constexpr std::size_t kDatelineParagraphs = 8; // where a dateline may stand
constexpr std::size_t kTitleMaxWords = 25;
constexpr std::size_t kRubricMaxWords = 6;
constexpr std::size_t kCaptionMaxWords = 60;
constexpr std::size_t kNameLineMaxWords = 5;
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

// Whether `name` is a region of the gazetteer, in any case, with or without
// "Kabupaten"/"Kota" ("PALU", "Sigi", "Sulteng").
bool names_region(const data::LanguageData& data, std::string_view name) {
  std::string joined;
  for (const std::string& w : text::phrase_words(name)) joined += (joined.empty() ? "" : " ") + w;
  return !joined.empty() && data.region_names.count(joined) > 0;
}

// "PALU, MSO – …" fits both "outlet, city" and "city, outlet": when the part
// read as the outlet is a region of the gazetteer and the part read as the
// place is not, the rule has them the wrong way round, and a later one decides.
bool outlet_is_the_place(const data::LanguageData& data, const data::DatelineRule& rule, const text::Match& m,
                         std::string_view s) {
  const int place = rule.pattern.group_number("place"), publisher = rule.pattern.group_number("publisher");
  if (place < 0 || publisher < 0) return false;
  return names_region(data, m.group(s, static_cast<std::size_t>(publisher))) &&
         !names_region(data, m.group(s, static_cast<std::size_t>(place)));
}

std::optional<DatelineHit> match_dateline(const data::LanguageData& data, std::string_view s, bool whole_only) {
  for (const auto& rule : data.datelines) {
    if (whole_only != (rule.mode == Mode::Whole)) continue;
    auto m = rule.mode == Mode::Whole ? rule.pattern.full_match(s) : rule.pattern.search(s);
    if (m && m->begin == 0 && !outlet_is_the_place(data, rule, *m, s)) return DatelineHit{&rule, *m};
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

// The numbers of a line that may be figures: of two digits or more, and no
// date ("(7/7/2020)", "14 Juli 2021"), year, time or name ("COVID-19"); none
// when the line is only that number (a page's "12"). Numbers are not
// recognised yet here.
std::vector<std::string> figures_in(std::string_view line) {
  static const text::Regex not_figure(
      R"(\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}\s+\p{L}+\s+\d{4}|\d{1,2}[.:]\d{2}(?!\d)|(?<![\d.,])(?:19|20)\d{2}(?![\d.,]))");
  static const text::Regex figure(R"((?<![\p{L}\d.,-])\d[\d.,]*\d)");
  std::string rest(text::trim(line));
  for (auto m = not_figure.search(rest); m; m = not_figure.search(rest, m->begin)) {
    rest.replace(m->begin, m->end - m->begin, " ");
    if (m->end == m->begin) break;
  }
  std::vector<std::string> out;
  for (const text::Match& m : figure.find_all(rest))
    if (!(m.begin == 0 && m.end == rest.size())) out.push_back(rest.substr(m.begin, m.end - m.begin));
  return out;
}

// The text of a block and of the blocks inside it (list items, quotes), and its table's cells.
void append_text(const Block& b, std::string& out) {
  out += plain_text(b.inlines);
  out += '\n';
  for (const auto& item : b.items)
    for (const Block& c : item) append_text(c, out);
  for (const Block& c : b.children) append_text(c, out);
  for (const auto& row : b.rows)
    for (const auto& cell : row) out += plain_text(cell) + '\n';
}


// The first sentence, shortened to its first clause when long; a list marker
// before it ("A.", "1)") is not part of it.
Inlines inferred_title(std::string paragraph, const std::vector<std::string>& no_break_after) {
  static const text::Regex marker(R"(^(?:[A-Za-z]|\d{1,2})[.)]\s+)");
  if (auto m = marker.search(paragraph); m && m->begin == 0) paragraph.erase(0, m->end);
  // Nor a date that opens it ("Rabu, 22 April 2020 Menkes …"): a time stamp is no title.
  static const text::Regex date(R"(^(?:\p{L}+,?\s+)?\d{1,2}\s+\p{L}+\s+\d{4}\s+(?=\p{Lu}))");
  if (auto m = date.search(paragraph); m && m->begin == 0) paragraph.erase(0, m->end);
  auto bounds = text::sentences(paragraph, no_break_after);
  std::string first = bounds.empty() ? paragraph : paragraph.substr(bounds[0].first, bounds[0].second - bounds[0].first);
  first = std::string(text::trim(first));
  if (text::word_count(first) > kInferredTitleMaxWords) {
    std::size_t comma = first.find(", ");
    if (comma != std::string::npos && text::word_count(first.substr(0, comma)) >= 4) first = first.substr(0, comma);
  }
  if (text::word_count(first) > kInferredTitleMaxWords) {
    std::size_t words = 0, i = 0;
    for (; i < first.size(); ++i)
      if (first[i] == ' ' && ++words == kInferredTitleMaxWords) break;
    first = first.substr(0, i) + " …";
  }
  while (!first.empty() && (first.back() == '.' || first.back() == ',')) first.pop_back();
  return {Inline::make_text(first)};
}


bool not_headline(const data::LanguageData& data, std::string_view t) {
  t = text::trim(t);
  for (const auto& rule : data.not_headlines)
    if (rule.kind != "caption-credit" && rule.pattern.full_match(t)) return true;
  return false;
}

// A paragraph's text for comparing copies: spaces collapsed, trailing " /" and
// stops dropped, and a site's name after " - " ("… Kasus Positif - KABARKOTA.COM").
std::string comparable(std::string_view s) {
  static const text::Regex site(R"(\s+[-|–]\s+[\p{L}\d-]+\.(?i:co\.id|com|id|co|net|tv|news)$)");
  std::string t = text::collapse_spaces(s);
  if (auto m = site.search(t)) t.erase(m->begin);
  while (!t.empty() && (t.back() == '/' || t.back() == '.' || t.back() == ' ')) t.pop_back();
  return t;
}

// "Djoko Tetuko Abdul Latief": a line of two to five capitalised words and nothing else.
bool name_line(std::string_view t) {
  t = text::trim(t);
  const std::size_t n = text::word_count(t);
  if (n < 2 || n > kNameLineMaxWords) return false;
  bool start = true;
  for (std::size_t i = 0; i < t.size();) {
    const char32_t cp = text::next_code_point(t, i);
    if (cp == ' ') {
      start = true;
      continue;
    }
    const bool upper = cp >= 'A' && cp <= 'Z';
    const bool letter = upper || (cp >= 'a' && cp <= 'z') || cp == '.' || cp == '\'' || cp >= 0x80;
    if (!letter || (start && !upper)) return false;
    start = false;
  }
  return true;
}

// Whether the text blocks from `from` on are a signature: the signer's office
// ending with a comma ("Kepala Dinas Kesehatan Provinsi Sulawesi Tengah,"), or
// a name ("Rina Lamadjido").
bool signature_follows(const std::vector<Block>& blocks, std::size_t from) {
  for (std::size_t k = from; k < blocks.size(); ++k) {
    if (!is_text_block(blocks[k])) return false;
    const std::string t(text::trim(plain_text(blocks[k].inlines)));
    if (t.empty()) continue;
    return t.back() == ',' || name_line(t);
  }
  return false;
}

}  // namespace

// A site's menu flattened into a list above the headline ("Login", "Nasional",
// "Olahraga", …): five or more items of at most three words, without a figure or
// a sentence's end. Only above the headline: a list of places in the body stays.
bool is_menu(const Block& b) {
  if (b.kind != Block::Kind::List || b.items.size() < 5) return false;
  for (const auto& item : b.items) {
    if (item.size() != 1 || !is_text_block(item[0])) return false;
    const std::string t = plain_text(item[0].inlines);
    if (text::word_count(t) > 3 || t.find_first_of("0123456789") != std::string::npos || ends_with_terminal(t)) return false;
  }
  return true;
}

void find_front_matter(Document& doc, const data::LanguageData& data, bool find_title) {
  Metadata& meta = doc.metadata;
  auto& blocks = doc.blocks;
  auto remove_block = [&](std::size_t i, const std::string& reason) {
    doc.removed.push_back({plain_text(blocks[i].inlines), reason, blocks[i].line});
    blocks.erase(blocks.begin() + static_cast<long>(i));
  };

  // 1. Rubric, headline and stand-alone datelines among the leading blocks.
  // The last block is never taken: what remains must be a body. A letterhead,
  // a document's kind and a greeting are passed over.
  auto headline_like = [&](const std::string& t, std::size_t i) {
    if (match_dateline(data, t, false) || match_dateline(data, t, true) || text::word_count(t) > kTitleMaxWords ||
        not_headline(data, t))
      return false;
    if (!ends_with_terminal(t)) return true;
    // A headline printed with a full stop and then again: "… di Atas Seribu."
    return i + 1 < blocks.size() && comparable(plain_text(blocks[i + 1].inlines)) == comparable(t);
  };
  std::size_t title_at = std::string::npos, title_line = 0;
  if (find_title && meta.title.empty()) {
    for (std::size_t i = 0; i + 1 < blocks.size() && i < kLeadingBlocks;) {
      const Block& b = blocks[i];
      if (is_menu(b)) {
        std::string items;
        for (const auto& item : b.items) items += (items.empty() ? "" : " · ") + plain_text(item[0].inlines);
        doc.removed.push_back({items, "navigasi", b.line});
        blocks.erase(blocks.begin() + static_cast<long>(i));
        continue;
      }
      if (!is_text_block(b)) break;
      const std::string t = plain_text(b.inlines);
      if (auto hit = match_dateline(data, t, true)) {
        take_dateline(meta, *hit, t);
        blocks.erase(blocks.begin() + static_cast<long>(i));
        continue;
      }
      if (not_headline(data, t)) {
        ++i;
        continue;
      }
      if (!headline_like(t, i)) break;
      // A rubric is a short line over a longer headline ("Virus Corona" over the title).
      const Block& next = blocks[i + 1];
      const std::string next_text = plain_text(next.inlines);
      if (text::word_count(t) <= kRubricMaxWords && meta.section.empty() && i + 2 < blocks.size() && is_text_block(next) &&
          headline_like(next_text, i + 1) && text::word_count(next_text) > text::word_count(t)) {
        meta.section = t;
        remove_block(i, "rubrik");
        continue;
      }
      // One word alone above the body ("Lapsus", "Nasional") is the site's label of the
      // article, not its headline: the page has none.
      if (text::word_count(t) == 1) {
        if (meta.section.empty()) {
          meta.section = t;
          remove_block(i, "rubrik");
        } else {
          ++i;  // a second one stays in the body, never the headline
        }
        continue;
      }
      meta.title = b.inlines;
      title_at = i;
      title_line = b.line;
      blocks.erase(blocks.begin() + static_cast<long>(i));
      break;
    }
  }

  // 1b. Copies: a paragraph printed again (the headline repeated, a lead
  // printed as summary, caption and body) is read once.
  {
    std::unordered_set<std::string> seen;
    if (!meta.title.empty()) seen.insert(comparable(plain_text(meta.title)));
    // A caption printed twice, once with its credit removed: the other copy is the caption too.
    for (const Removed& r : doc.removed)
      if (r.reason == "foto" || r.reason == "keterangan-foto") {
        std::string t = r.text;
        for (const auto& rule : data.not_headlines) {
          if (rule.kind != "caption-credit") continue;
          if (auto m = rule.pattern.full_match(t)) {
            t.erase(m->groups[static_cast<std::size_t>(rule.pattern.group_number("credit"))].first);
            break;
          }
        }
        seen.insert(comparable(t));
      }
    // Of two copies in the text, the later one stays: a deck printed above the
    // body repeats a sentence of the body, and the body's copy stands next to
    // what continues it ("… terbanyak keempat." / "Di bawah DKI Jakarta …").
    std::unordered_map<std::string, std::size_t> last;
    for (std::size_t i = 0; i < blocks.size(); ++i)
      if (is_text_block(blocks[i]))
        if (std::string t = comparable(plain_text(blocks[i].inlines)); !t.empty()) last[t] = i;
    // But the same words under two different labels are two facts, not one
    // printed twice: "Positif 5 orang, sembuh 3 orang." under "Kota Palu" and
    // again under "Kabupaten Donggala" (the later copy alone had stood,
    // under Donggala, and Palu had lost its figures). A label is a heading,
    // or a short line that ends no sentence; a paragraph of under four words
    // ("1.", "Positif 5 orang.") is never taken for a copy.
    std::vector<std::string> label_before(blocks.size());  // before the loop below moves blocks away
    for (std::size_t i = 1; i < blocks.size(); ++i) {
      const Block& p = blocks[i - 1];
      const std::string t = plain_text(p.inlines);
      if (p.kind == Block::Kind::Heading || (is_text_block(p) && text::word_count(t) <= 6 && !ends_with_terminal(t)))
        label_before[i] = comparable(t);
    }
    auto a_copy = [&](std::size_t i, const std::string& t) {
      if (seen.count(t)) return true;
      const std::size_t other = last[t];
      if (other == i || text::word_count(t) < 4) return false;
      const std::string& mine = label_before[i];
      const std::string& theirs = label_before[other];
      return mine.empty() || theirs.empty() || mine == theirs;
    };
    // One pass into the blocks kept (erasing in place would be quadratic on a page of copies).
    std::vector<Block> kept;
    kept.reserve(blocks.size());
    std::size_t before_title = 0;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
      if (is_text_block(blocks[i])) {
        std::string t = comparable(plain_text(blocks[i].inlines));
        if (!t.empty() && a_copy(i, t)) {
          doc.removed.push_back({plain_text(blocks[i].inlines), "duplikat", blocks[i].line});
          if (title_at != std::string::npos && i < title_at) ++before_title;
          continue;
        }
      }
      kept.push_back(std::move(blocks[i]));
    }
    blocks = std::move(kept);
    if (title_at != std::string::npos) title_at -= before_title;
  }

  // 1c. The author's name alone on the line under the headline.
  if (title_at != std::string::npos && title_at < blocks.size() && blocks.size() > 1 &&
      blocks[title_at].kind == Block::Kind::Paragraph && name_line(plain_text(blocks[title_at].inlines))) {
    if (meta.byline.empty()) meta.byline = text::collapse_spaces(plain_text(blocks[title_at].inlines));
    remove_block(title_at, "kredit");
  }

  // 2. The dateline: stand-alone ones, and one that opens a paragraph.
  std::size_t seen = 0, lead = std::string::npos;
  for (std::size_t i = 0; i < blocks.size() && seen < kDatelineParagraphs;) {
    Block& b = blocks[i];
    // A list or a table under the headline is the body: a place and date after it
    // close the text ("Palu, 16 Agustus 2021" above a signature), they are no dateline.
    if ((b.kind == Block::Kind::List || b.kind == Block::Kind::Table) && title_at != std::string::npos && i >= title_at)
      break;
    if (!is_text_block(b)) {
      ++i;
      continue;
    }
    ++seen;
    const std::string t = plain_text(b.inlines);
    if (auto hit = match_dateline(data, t, true); hit && blocks.size() > 1) {
      // "Palu, 17 Agustus 2021" over "Kepala Dinas Kesehatan …," and a name: the
      // place and date of a signature close the text; none opens it.
      if (signature_follows(blocks, i + 1)) break;
      take_dateline(meta, *hit, t);
      blocks.erase(blocks.begin() + static_cast<long>(i));
      if (i < blocks.size()) lead = i;
      continue;
    }
    if (auto hit = match_dateline(data, t, false)) {
      take_dateline(meta, *hit, t);
      if (hit->rule->mode == Mode::Strip) {
        model::drop_prefix(b.inlines, hit->match.end);
        lead = i;
      }
      break;
    }
    ++i;
  }

  // 2b. Between the headline and the lead that opens with the dateline, a line
  // that follows page chrome (a byline, a time stamp, a credit, a widget) is a
  // photo's caption; the line right under the headline is its summary and stays.
  // A line with a figure, or one that leads into what follows (':'), is the
  // bulletin's own: a caption left in the text is a nuisance, a figure lost a harm.
  // A photo has a caption and a credit or two: more text blocks than that before
  // the "lead" are the text itself, and that "lead" was no lead.
  std::size_t between = 0;
  for (std::size_t i = 0; lead != std::string::npos && i < lead && i < blocks.size(); ++i)
    between += is_text_block(blocks[i]) && blocks[i].line > title_line ? 1 : 0;
  if (title_line > 0 && lead != std::string::npos && between <= 3) {
    for (std::size_t i = 0; i < lead && i < blocks.size();) {
      const Block& b = blocks[i];
      const bool after_chrome = std::any_of(doc.removed.begin(), doc.removed.end(), [&](const Removed& r) {
        return r.line > title_line && r.line < b.line && r.reason != "duplikat";
      });
      const std::string said = plain_text(b.inlines);
      // A figure said again further on (a teaser repeating the lead) is not lost with it.
      bool has_figure = false;
      if (const std::vector<std::string> figures = figures_in(said); !figures.empty()) {
        std::string later;
        for (std::size_t j = i + 1; j < blocks.size(); ++j) append_text(blocks[j], later);
        for (const std::string& f : figures) has_figure = has_figure || later.find(f) == std::string::npos;
      }
      const std::string_view end = text::trim(said);
      if (is_text_block(b) && b.line > title_line && after_chrome && !has_figure &&
          !(end.size() > 0 && end.back() == ':') && text::word_count(said) <= kCaptionMaxWords) {
        std::string t = plain_text(b.inlines);
        while (!t.empty() && (t.back() == ',' || t.back() == ' ')) t.pop_back();
        remove_block(i, name_line(t) || text::word_count(t) == 1 ? "kredit" : "keterangan-foto");
        --lead;
        continue;
      }
      ++i;
    }
  }

  // 3. No headline: the first sentence of the first paragraph stands in (never
  // a letterhead, a document's kind or a greeting).
  // A heading that opens the text, before any paragraph, is the headline itself
  // (a blog's post title in an <h2> under a <title> that names only the site).
  if (meta.title.empty()) {
    for (std::size_t i = 0; i + 1 < blocks.size(); ++i) {
      const Block& b = blocks[i];
      if (!is_text_block(b)) break;
      const std::string t = plain_text(b.inlines);
      if (not_headline(data, t)) continue;
      if (b.kind == Block::Kind::Heading && text::word_count(t) >= 2 && text::word_count(t) <= kTitleMaxWords &&
          !match_dateline(data, t, false)) {
        meta.title = b.inlines;
        blocks.erase(blocks.begin() + static_cast<long>(i));
      }
      break;
    }
  }
  if (meta.title.empty()) {
    for (const Block& b : blocks)
      if (is_text_block(b) && !not_headline(data, plain_text(b.inlines))) {
        meta.title = inferred_title(plain_text(b.inlines), data.no_break_after);
        meta.title_inferred = true;
        break;
      }
  }
}

}  // namespace aksesibel::readers
