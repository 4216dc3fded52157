// Renderer: the bulletin as one message for a chat (format "message",
// docs/message.md). What it says comes from the same code as every other
// variant — the Ringkasan from the facts (model/summary.hpp), the sentences
// from the plain-language version — so that its facts (kind, place, date)
// are theirs. Only WhatsApp's own mark is used (*bold*); no tables, no
// emoji or symbols a screen reader reads out badly.
#include "render/message.hpp"

#include <algorithm>
#include <set>
#include <string_view>

#include "model/summary.hpp"
#include "text/utf8.hpp"

namespace aksesibel {

namespace {

using render::long_date;
using render::summary_items;

// Characters WhatsApp reads as marks (*bold*, _italic_, ~struck~, ```code```)
// become what they stand for in a sentence, and pictographs, emoji
// modifiers and joiners go: a screen reader spells them out ("bintang",
// "garis bawah") or names the picture.
std::string chat_safe(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  for (std::size_t pos = 0; pos < in.size();) {
    const char32_t c = text::next_code_point(in, pos);
    if (c == U'*' || c == U'_' || c == U'~' || c == U'`') {
      if (!out.empty() && out.back() != ' ') out += ' ';
      continue;
    }
    const bool pictograph = (c >= 0x2600 && c <= 0x27BF) || (c >= 0x1F000 && c <= 0x1FAFF) || c == 0xFE0F ||
                            c == 0x200D || (c >= 0x1F3FB && c <= 0x1F3FF) || (c >= 0x2B00 && c <= 0x2BFF);
    if (pictograph) continue;
    text::append_utf8(out, c == U'\n' || c == U'\t' || c == U'\r' ? U' ' : c);
  }
  // Spaces as a sentence has them.
  std::string tidy;
  for (char c : out)
    if (!(c == ' ' && (tidy.empty() || tidy.back() == ' '))) tidy += c;
  while (!tidy.empty() && tidy.back() == ' ') tidy.pop_back();
  return tidy;
}

std::size_t characters(const std::string& s) { return text::length_in_code_points(s); }

// The Ringkasan's lines end alike, " (data Rabu, 14 Juli 2021)." in
// Indonesian: when every line ends with the same parenthesis, it is said once
// after the heading and dropped from the lines, which a message has no room
// to repeat. Returns the parenthesis ("(data Rabu, 14 Juli 2021)") or "".
std::string shared_ending(std::vector<std::string>& lines) {
  if (lines.size() < 2) return "";
  const std::string& first = lines.front();
  if (first.size() < 4 || first.compare(first.size() - 2, 2, ").") != 0) return "";
  const std::size_t open = first.rfind(" (");
  if (open == std::string::npos) return "";
  const std::string ending = first.substr(open);
  for (const std::string& l : lines)
    if (l.size() <= ending.size() || l.compare(l.size() - ending.size(), ending.size(), ending) != 0) return "";
  for (std::string& l : lines) l = l.substr(0, l.size() - ending.size()) + ".";
  return ending.substr(1, ending.size() - 2);  // "(…)"
}

}  // namespace

std::string render_message(const Document& doc, const Simplification& plain, const MessageOptions& options,
                           const data::LanguageData& words) {
  const Metadata& m = doc.metadata;
  // What always stays: the headline, the date, the source, where to get the rest.
  // A headline inferred from the first sentence is not printed: the body holds it.
  std::string title = m.title_inferred ? "" : chat_safe(reader_plain_text(m.title));
  if (title.empty()) title = data::interface_text(words, "untitled");
  std::string head = "*" + title + "*\n";
  if (!m.date.empty())
    head += data::interface_text(words, "message-date", {{"date", long_date(m.date, words.calendar)}}) + "\n";
  std::string foot;
  const std::string source = chat_safe(!m.publisher.empty() ? m.publisher : m.dateline);
  if (!source.empty()) foot += data::interface_text(words, "message-source", {{"source", source}}) + "\n";
  foot += chat_safe(options.where.empty() ? data::interface_text(words, "message-where") : options.where) + "\n";

  // The Ringkasan, line by line, while it fits; then the first sentences of
  // the plain-language body (a bulletin says what matters first).
  std::vector<std::string> lines;
  for (const Inlines& item : summary_items(doc, words)) lines.push_back(chat_safe(reader_plain_text(item)));
  const std::string when = shared_ending(lines);
  // Not the explanations of hard words the plain version adds ("Vaksin
  // artinya …"): a message has room for what the bulletin says, not a glossary.
  std::set<std::string> explanations;
  for (const PlainChange& c : plain.changes)
    if (c.rule == "explain-word") explanations.insert(chat_safe(c.after));
  std::vector<std::string> sentences;
  for (const Block& b : plain.document.blocks) {
    if (sentences.size() == 3) break;
    if (b.kind != Block::Kind::Paragraph) continue;
    std::string s = chat_safe(reader_plain_text(b.inlines));
    if (!s.empty() && !explanations.count(s)) sentences.push_back(std::move(s));
  }

  std::size_t used = characters(head) + 1 + characters(foot);  // + the blank line before the foot
  std::string summary;
  std::size_t kept = 0;
  if (!lines.empty()) {
    const std::string heading = "*" + data::interface_text(words, "message-summary") + "*" + (when.empty() ? "" : " " + when) + "\n";
    const std::string more = data::interface_text(words, "message-more") + "\n";
    std::size_t cost = characters(heading) + 1;
    for (const std::string& l : lines) {
      const std::size_t line_cost = characters(l) + 3;  // "- " and the line end
      const bool last = kept + 1 == lines.size();
      if (used + cost + line_cost + (last ? 0 : characters(more)) > options.max_characters) break;
      summary += "- " + l + "\n";
      cost += line_cost;
      ++kept;
    }
    if (kept > 0) {
      if (kept < lines.size()) summary += more;
      summary = "\n" + heading + summary;
      used += characters(summary);
    } else {
      summary.clear();
    }
  }
  std::string body;
  for (const std::string& s : sentences) {
    const std::size_t cost = characters(s) + (body.empty() ? 2 : 1);  // a blank line before, or a space between
    if (used + cost > options.max_characters) break;
    body += (body.empty() ? "" : " ") + s;
    used += cost;
  }
  std::string out = head + summary;
  if (!body.empty()) out += "\n" + body + "\n";
  out += "\n" + foot;
  return out;
}

}  // namespace aksesibel
