// Renderer: large print as an HTML page (screen and print). The rules and
// their sources: docs/large-print.md.
#include "aksesibel/large_print.hpp"

#include "aksesibel/messages.hpp"

#include "aksesibel/error.hpp"
#include "render/html_writer.hpp"
#include "model/summary.hpp"
#include "render/large_print_text.hpp"
#include "text/utf8.hpp"
#include "render/renderers.hpp"

namespace aksesibel {

namespace {

// "Halaman " counter(page) " dari " counter(pages): the page-of words of
// data/interface-id.tsv around the CSS page counters.
std::string page_counter_css(const data::LanguageData& language) {
  const std::string words = data::interface_text(language, "page-of", {{"n", "\x01"}, {"m", "\x02"}});
  std::string css;
  std::string literal;
  auto flush = [&] {
    if (literal.empty()) return;
    std::string quoted = "\"";
    for (char c : literal) quoted += c == '"' || c == '\\' ? std::string("\\") + c : std::string(1, c);
    css += (css.empty() ? "" : " ") + quoted + "\"";
    literal.clear();
  };
  for (char c : words) {
    if (c == '\x01' || c == '\x02') {
      flush();
      css += std::string(css.empty() ? "" : " ") + (c == '\x01' ? "counter(page)" : "counter(pages)");
    } else {
      literal += c;
    }
  }
  flush();
  return css;
}

void check(const LargePrintOptions& o) {
  if (o.font_size != 18 && o.font_size != 24 && o.font_size != 32)
    throw Error(ErrorCode::InvalidOption, translate("the option font-size must be 18, 24 or 32 (points)"));
}

std::string style(const LargePrintOptions& o, const data::LanguageData& words) {
  const std::string pt = std::to_string(o.font_size) + "pt";
  const std::string paper = o.paper == LargePrintOptions::Paper::Letter ? "letter" : "A4";
  return
      // Black on white (21:1); links dark blue (10.3:1), dark scheme #b8d6ff on black (14.1:1), and underlined (not emphasis: WCAG 1.4.1).
      ":root{color-scheme:light dark}\n"
      "*{box-sizing:border-box}\n"
      ".grafik{margin:1em 0}.grafik svg{display:block;width:100%;height:auto}\n"
      "body{margin:0 auto;padding:1rem;max-width:36em;font-family:\"DejaVu Sans\",Verdana,Arial,sans-serif;font-size:" + pt +
      ";line-height:1.75;color:#000;background:#fff;text-align:left;hyphens:none;-webkit-hyphens:none;"
      "font-style:normal;overflow-wrap:break-word}\n"
      "em,i,cite,dfn{font-style:normal;font-weight:bold}\n"
      "abbr{text-decoration:none}\n"
      "p,ul,ol,blockquote{margin:0 0 1.75em 0}\n"
      ".utuh{white-space:nowrap}\n"
      "li{margin-bottom:.5em}\n"
      "h1{font-size:1.6em;line-height:1.3;font-weight:bold;margin:0 0 .8em 0}\n"
      "h2{font-size:1.3em;line-height:1.3;font-weight:bold;margin:1.2em 0 .6em 0}\n"
      "h3,h4,h5,h6{font-size:1.15em;font-weight:bold;margin:1em 0 .5em 0}\n"
      "a{color:#003c8f;text-decoration:underline}\n"
      "a:focus-visible,[tabindex]:focus-visible{outline:4px solid currentColor;outline-offset:3px}\n"
      ".lompat{position:absolute;left:-999rem;top:0;padding:.5rem 1rem;background:#fff;color:#003c8f}\n"
      ".lompat:focus{left:1rem}\n"
      "header p{margin:0 0 .5em 0}\n"
      ".tabel{overflow-x:auto;margin:0 0 1.6em 0}\n"
      "table{border-collapse:collapse;margin:0 0 1.75em 0}\n"
      "caption{text-align:left;font-weight:bold;padding:0 0 .3em 0}\n"
      "th,td{border:2px solid #000;padding:.3em .6em;vertical-align:top;text-align:left}\n"
      "td.angka{text-align:right;font-variant-numeric:tabular-nums}\n"
      "blockquote{padding-left:1em;border-left:6px solid #000}\n"
      "@media (prefers-color-scheme:dark){body{color:#fff;background:#000}a,.lompat{color:#b8d6ff}.lompat{background:#000}"
      "th,td{border-color:#fff}blockquote{border-color:#fff}}\n"
      "@page{size:" + paper + ";margin:25mm 25mm 30mm 25mm;"
      "@bottom-left{content:" + page_counter_css(words) + ";font-family:\"DejaVu Sans\",sans-serif;font-size:" + pt + "}}\n"
      "@media print{.lompat{display:none}body{max-width:none;padding:0;color:#000;background:#fff;overflow-wrap:normal}"
      "a{color:#000;text-decoration:none}h1,h2,h3,h4,h5,h6{break-after:avoid}tr,li{break-inside:avoid}}\n";
}

}  // namespace

std::string render_large_print_html(const Document& doc, const LargePrintOptions& options) {
  return render_large_print_html(doc, options, render::default_language_data());
}

std::string render_large_print_html(const Document& doc, const LargePrintOptions& options, const data::LanguageData& words) {
  check(options);
  const Metadata& m = doc.metadata;
  render::HtmlWriter w(render::HtmlStyle{true, 65}, words);
  const std::string title = render::normal_case_words(text::collapse_spaces(reader_plain_text(m.title)));
  std::string out =
      render::page_start(words, m.language,
                         data::interface_text(words, "large-print-title",
                                              {{"title", title.empty() ? data::interface_text(words, "untitled") : title}}),
                         style(options, words), true) +
      "<header>\n";
  std::string line = render::escape(render::normal_case_words(!m.dateline.empty() ? m.dateline : m.publisher));
  if (!m.date.empty())
    line += std::string(line.empty() ? "" : " · ") + "<time datetime=\"" + render::escape(render::html_datetime(m.date)) + "\">" +
            render::escape(m.date_text.empty() ? m.date : m.date_text) + "</time>";
  if (line.empty()) line = render::escape(data::interface_text(words, "untitled"));
  out += "<p>" + line + "</p>\n</header>\n<main id=\"isi\">\n";
  out += "<h1>" + w.inlines(m.title, false) + "</h1>\n";
  if (options.summary) out += w.blocks(render::summary_blocks(doc, words), 2);
  out += w.blocks(doc.blocks, 2);
  out += "</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace aksesibel
