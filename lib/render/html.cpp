// Renderer: screen-reader-friendly HTML.
#include "aksesibel/html.hpp"

#include "render/html_writer.hpp"
#include "model/summary.hpp"
#include "text/utf8.hpp"
#include "render/renderers.hpp"

namespace aksesibel {

namespace {

// Contrast: body #111 on #fff (18.9:1), muted #333 (12.6:1), links #003c8f
// (10.3:1); dark scheme #f2f2f2 on #121212 (16.7:1), links #a8ccff (11.4:1).
constexpr const char* kStyle = R"CSS(:root{color-scheme:light dark}
*{box-sizing:border-box}
body{margin:0 auto;padding:1rem;max-width:46rem;font-family:"DejaVu Sans",Verdana,Arial,sans-serif;font-size:1.125rem;line-height:1.6;color:#111;background:#fff;overflow-wrap:break-word}
a{color:#003c8f;text-decoration:underline}
a:focus-visible,[tabindex]:focus-visible{outline:3px solid currentColor;outline-offset:2px}
.lompat{position:absolute;left:-999rem;top:0;padding:.5rem 1rem;background:#fff;color:#003c8f}
.lompat:focus{left:1rem}
header{border-bottom:2px solid #333;margin-bottom:1rem}
header p{margin:.25rem 0;color:#333}
h1{font-size:1.75rem;line-height:1.3}
h2{font-size:1.4rem;line-height:1.3}
h3,h4,h5,h6{font-size:1.2rem}
.ringkasan{border:2px solid #333;padding:0 1rem;margin:1rem 0}
.tabel{overflow-x:auto;margin:1rem 0}
table{border-collapse:collapse;margin:1rem 0}
caption{text-align:left;font-weight:bold;padding:.25rem 0}
th,td{border:1px solid #555;padding:.25rem .5rem;vertical-align:top}
th{text-align:left}
td.angka{text-align:right;font-variant-numeric:tabular-nums}
blockquote{margin:1rem 0;padding-left:1rem;border-left:4px solid #555}
.grafik{margin:1rem 0}
.grafik svg{display:block;width:100%;max-width:40rem;height:auto}
.grafik figcaption{font-size:1rem}
@media (prefers-color-scheme:dark){body{color:#f2f2f2;background:#121212}a,.lompat{color:#a8ccff}.lompat{background:#121212}header p{color:#e0e0e0}header,.ringkasan{border-color:#bbb}th,td{border-color:#aaa}}
@media print{.lompat{display:none}body{max-width:none;font-size:12pt;color:#000;background:#fff}a{color:#000}a[href]::after{content:" (" attr(href) ")"}.tabel{overflow:visible}}
)CSS";

std::string date_line(const Document& doc) {
  const Metadata& m = doc.metadata;
  std::string parts;
  auto add = [&](const std::string& s) {
    if (s.empty()) return;
    parts += (parts.empty() ? "" : " · ") + s;
  };
  add(render::escape(!m.dateline.empty() ? m.dateline : m.publisher));
  if (!m.date.empty())
    add("<time datetime=\"" + render::escape(render::html_datetime(m.date)) + "\">" + render::escape(m.date_text.empty() ? m.date : m.date_text) + "</time>");
  return parts;
}

}  // namespace

std::string render_html(const Document& doc, const HtmlOptions& options) {
  return render_html(doc, options, render::default_language_data());
}

std::string render_html(const Document& doc, const HtmlOptions& options, const data::LanguageData& words) {
  const Metadata& m = doc.metadata;
  render::HtmlWriter w(render::HtmlStyle{}, words);
  const std::string title = text::collapse_spaces(reader_plain_text(m.title));
  std::string out =
      render::page_start(words, m.language, title.empty() ? data::interface_text(words, "untitled") : title, kStyle, true) +
      "<header>\n";
  // The site's rubric and the byline are page chrome (docs/boilerplate.md): not shown.
  const std::string when = date_line(doc);
  if (!when.empty()) out += "<p>" + when + "</p>\n";
  if (when.empty()) out += "<p>" + render::escape(data::interface_text(words, "untitled")) + "</p>\n";
  out += "</header>\n<main id=\"isi\">\n";
  out += "<h1>" + w.inlines(m.title, false) + "</h1>\n";

  if (options.summary) {
    const std::vector<Block> summary = render::summary_blocks(doc, words);
    if (!summary.empty()) {
      const std::string heading = reader_plain_text(summary.front().inlines);
      out += "<section class=\"ringkasan\" aria-labelledby=\"ringkasan\">\n<h2 id=\"ringkasan\">" +
             render::escape(heading) + "</h2>\n";
      out += w.blocks({summary.begin() + 1, summary.end()}, 2);
      out += "</section>\n";
    }
  }
  out += w.blocks(doc.blocks, 2);
  out += "</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace aksesibel
