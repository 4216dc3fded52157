// Runs of text for the large-print PDF: what Pango lays out.
#include "render/pdf/renderer.hpp"

#include "aksesibel/messages.hpp"

#include "aksesibel/error.hpp"
#include "render/large_print_text.hpp"
#include "text/utf8.hpp"

namespace aksesibel::pdf {

void append_inlines(Run& run, const Inlines& in, bool strong) {
  for (const Inline& i : in) {
    switch (i.kind) {
      case Inline::Kind::Emphasis:  // no italics in large print: emphasis in bold
      case Inline::Kind::Strong: append_inlines(run, i.children, true); break;
      // A link is its text, as in the other renderers, and clickable where it
      // is drawn when its target is a web or mail address (the PDF is tagged:
      // Cairo 1.16 writes a broken link annotation in an untagged PDF).
      case Inline::Kind::Link: {
        const std::size_t begin = run.text.size();
        append_inlines(run, i.children, strong);
        const bool followable = i.href.rfind("https://", 0) == 0 || i.href.rfind("http://", 0) == 0 ||
                                i.href.rfind("mailto:", 0) == 0;
        if (followable && run.text.size() > begin) run.links.push_back({begin, run.text.size(), i.href});
        break;
      }
      case Inline::Kind::LineBreak: run.text += '\n'; break;
      case Inline::Kind::Number: run.add(reader_text(i), strong); break;
      default: run.add(i.text, strong); break;
    }
  }
}

Run run_of(const Inlines& in, bool strong) {
  Run r;
  append_inlines(r, render::without_capital_blocks(in), strong);
  return r;
}

Run run_of(const std::string& s, bool strong) {
  Run r;
  r.add(render::normal_case_words(s), strong);
  return r;
}

std::string trimmed(const std::string& s) { return std::string(text::trim(s)); }

// Pango and Cairo warn on standard error about bad UTF-8; the library never prints.
const std::string& checked_utf8(const std::string& s) {
  if (!g_utf8_validate(s.data(), static_cast<gssize>(s.size()), nullptr))
    throw Error(ErrorCode::InvalidUtf8, translate("large-print PDF: a text of the document is not valid UTF-8"));
  return s;
}

}  // namespace aksesibel::pdf
