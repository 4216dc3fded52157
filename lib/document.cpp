#include "aksesibel/document.hpp"

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

static void append_plain(const Inlines& inlines, std::string& out) {
  for (const Inline& i : inlines) {
    switch (i.kind) {
      case Inline::Kind::Emphasis:
      case Inline::Kind::Strong:
      case Inline::Kind::Link: append_plain(i.children, out); break;
      case Inline::Kind::LineBreak: out += '\n'; break;
      default: out += i.text; break;
    }
  }
}

bool has_number(const Inlines& inlines) {
  for (const Inline& i : inlines)
    if (i.kind == Inline::Kind::Number || has_number(i.children)) return true;
  return false;
}

std::string plain_text(const Inlines& inlines) {
  std::string out;
  append_plain(inlines, out);
  return out;
}

}  // namespace aksesibel
