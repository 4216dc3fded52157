#include "aksesibel/document.hpp"
#include "plain_text.hpp"

namespace aksesibel {

Inline Inline::make_text(std::string text) {
  Inline i;
  i.kind = Kind::Text;
  i.text = std::move(text);
  return i;
}

Inline Inline::make_container(Kind kind, std::vector<Inline> children) {
  Inline i;
  i.kind = kind;
  i.children = std::move(children);
  return i;
}

Inline Inline::make_link(std::string href, std::vector<Inline> children) {
  Inline i = make_container(Kind::Link, std::move(children));
  i.href = std::move(href);
  return i;
}

Inline Inline::make_line_break() {
  Inline i;
  i.kind = Kind::LineBreak;
  return i;
}

std::string reader_text(const Inline& i) {
  if (i.kind != Inline::Kind::Number || i.style != NumberStyle::English) return i.text;
  // Swap the separators between digits: "1,234.5" -> "1.234,5".
  std::string out = i.text;
  auto digit = [&](std::size_t k) { return k < out.size() && out[k] >= '0' && out[k] <= '9'; };
  for (std::size_t k = 1; k + 1 < out.size(); ++k)
    if ((out[k] == '.' || out[k] == ',') && digit(k - 1) && digit(k + 1)) out[k] = out[k] == '.' ? ',' : '.';
  return out;
}

void append_plain_text(const Inlines& inlines, std::string& out, bool reader,
                       const std::function<void(const Inline&, std::size_t)>& leaf) {
  for (const Inline& i : inlines) {
    const std::size_t begin = out.size();
    switch (i.kind) {
      case Inline::Kind::Emphasis:
      case Inline::Kind::Strong:
      case Inline::Kind::Link: append_plain_text(i.children, out, reader, leaf); continue;
      case Inline::Kind::LineBreak: out += '\n'; break;
      default: out += reader ? reader_text(i) : i.text; break;
    }
    if (leaf) leaf(i, begin);
  }
}

std::string reader_plain_text(const Inlines& inlines) {
  std::string out;
  append_plain_text(inlines, out, true);
  return out;
}

bool has_number(const Inlines& inlines) {
  for (const Inline& i : inlines)
    if (i.kind == Inline::Kind::Number || has_number(i.children)) return true;
  return false;
}

std::string plain_text(const Inlines& inlines) {
  std::string out;
  append_plain_text(inlines, out, false);
  return out;
}

}  // namespace aksesibel
