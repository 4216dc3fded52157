#include "serve_page.hpp"

#include <sstream>

#include "aksesibel/braille.hpp"
#include "aksesibel/messages.hpp"
#include "messages.hpp"
#include "aksesibel/archive.hpp"
#include "base64.hpp"

namespace aksesibel::cli {

namespace {

// Readable at 400 % zoom and 320 px wide: one column, relative sizes,
// visible focus, nothing wider than the screen.
constexpr const char* kStyle =
    "body{font-family:system-ui,sans-serif;font-size:1.125rem;line-height:1.5;margin:0 auto;max-width:44em;"
    "padding:1em;color:#111;background:#fff}"
    "a{color:#0b4f8a}a:focus,button:focus,input:focus,select:focus,textarea:focus,summary:focus{outline:3px solid "
    "#b35900;outline-offset:2px}"
    "fieldset{border:1px solid #555;margin:1em 0;padding:.5em 1em}legend{font-weight:bold}"
    "label{display:block;margin-top:.75em}textarea,input[type=text],input[type=number],input[type=date],select{"
    "box-sizing:border-box;width:100%;font:inherit;padding:.3em}"
    ".pilihan label{display:flex;gap:.5em;align-items:flex-start;margin-top:.4em}"
    ".pilihan input{margin-top:.35em}button{font:inherit;padding:.5em 1.5em;margin-top:1em}"
    "iframe{width:100%;height:24em;border:1px solid #555}"
    ".peringatan{border-left:4px solid #b35900;padding-left:.75em}.galat{border-left:4px solid #a00;padding-left:.75em}"
    "@media (prefers-color-scheme:dark){body{background:#111;color:#eee}a{color:#9cf}fieldset{border-color:#aaa}}";

std::string head(const std::string& title) {
  return "<!DOCTYPE html>\n<html lang=\"" + std::string(language() == "en" ? "en" : "id") +
         "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<title>" +
         html_escape(title) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n";
}

struct Choice {
  const char* format;
  bool checked;
};

// What a file of a format is for, in the page's words.
const char* purpose(const std::string& format) {
  if (format == "html") return N_("web page for screen readers");
  if (format == "plain") return N_("plain language, text");
  if (format == "plain-html") return N_("plain language, web page");
  if (format == "large-print") return N_("large print, web page");
  if (format == "large-print-pdf") return N_("large print, PDF for printing");
  if (format == "brf") return N_("braille for the embosser (BRF)");
  if (format == "pef") return N_("braille, PEF");
  if (format == "braille-text") return N_("braille in Unicode, for reading on screen");
  if (format == "braille-proof") return N_("braille proof for a sighted volunteer");
  if (format == "text") return N_("cleaned text");
  if (format == "json") return N_("JSON for programs");
  if (format == "message") return N_("message to forward on WhatsApp");
  if (format == "epub") return N_("e-book (EPUB) for reading apps and braille displays");
  if (format == "audio") return N_("talking bulletin (Opus audio)");
  if (format == "audio-mp3") return N_("talking bulletin (MP3 audio)");
  if (format == "audio-script") return N_("the talking bulletin's script, JSON");
  return "";
}

std::string mime(const std::string& format) {
  if (format == "large-print-pdf") return "application/pdf";
  if (format == "epub") return "application/epub+zip";
  if (format == "audio") return "audio/ogg";
  if (format == "audio-mp3") return "audio/mpeg";
  if (format == "html" || format == "plain-html" || format == "large-print" || format == "braille-proof") return "text/html";
  if (format == "json" || format == "audio-script") return "application/json";
  if (format == "pef") return "application/x-pef+xml";
  if (format == "brf") return "application/octet-stream";
  return "text/plain";
}

std::string stem(const std::string& name) {
  const std::size_t dot = name.rfind('.');
  return dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
}

}  // namespace

std::string html_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string form_page() {
  std::ostringstream o;
  o << head(tr("aksesibel: accessible bulletins"))
    << "<header><p><a href=\"#isi\">" << html_escape(tr("Skip to the form")) << "</a></p></header>\n"
    << "<main id=\"isi\">\n<h1>" << html_escape(tr("Make a Covid-19 bulletin accessible")) << "</h1>\n"
    << "<p>" << html_escape(tr("Paste a bulletin or choose its file, pick the versions you need, and press Convert. "
                               "Nothing you send is kept."))
    << "</p>\n"
    << "<form method=\"post\" action=\"/ubah\" enctype=\"multipart/form-data\">\n"
    << "<fieldset><legend>" << html_escape(tr("The bulletin")) << "</legend>\n"
    << "<label for=\"teks\">" << html_escape(tr("Paste the text of the bulletin")) << "</label>\n"
    << "<textarea id=\"teks\" name=\"teks\" rows=\"10\"></textarea>\n"
    << "<label for=\"berkas\">" << html_escape(tr("or choose one or more files (text, web page, CSV or JSON statistics)"))
    << "</label>\n"
    << "<input type=\"file\" id=\"berkas\" name=\"berkas\" multiple accept=\".txt,.html,.htm,.csv,.json\">\n"
    << "</fieldset>\n"
    << "<fieldset class=\"pilihan\"><legend>" << html_escape(tr("Versions")) << "</legend>\n";
  const Choice choices[] = {{"html", true},         {"plain", true},        {"plain-html", false}, {"large-print", false},
                            {"large-print-pdf", true}, {"brf", true},       {"pef", false},        {"braille-text", false},
                            {"braille-proof", true}, {"message", false},    {"epub", false},       {"audio", false},      {"text", false},       {"json", false}};
  for (const Choice& c : choices)
    o << "<label><input type=\"checkbox\" name=\"to\" value=\"" << c.format << "\"" << (c.checked ? " checked" : "") << "> "
      << html_escape(tr(purpose(c.format))) << "</label>\n";
  o << "</fieldset>\n<fieldset><legend>" << html_escape(tr("Braille page")) << "</legend>\n"
    << "<label for=\"embosser\">" << html_escape(tr("Embosser and paper")) << "</label>\n<select id=\"embosser\" name=\"embosser\">\n"
    << "<option value=\"\">" << html_escape(tr("the default page (40 cells, 25 lines, one side)")) << "</option>\n";
  try {
    const bool english = language() == "en";
    for (const EmbosserPreset& p : embosser_presets())
      o << "<option value=\"" << html_escape(p.name) << "\">" << html_escape(english ? p.embosser : p.embosser_indonesian) << ", "
        << html_escape(english ? p.paper : p.paper_indonesian) << " ("
        << html_escape(fill(tr("{0} cells x {1} lines"), {std::to_string(p.cells_per_line), std::to_string(p.lines_per_page)}))
        << ", " << html_escape(tr(p.duplex ? "interpoint" : "one-sided")) << ")</option>\n";
  } catch (const Error&) {
    // No presets: the default page and the numbers below still work.
  }
  o << "</select>\n"
    << "<label for=\"cells\">" << html_escape(tr("Cells per line (empty: as the embosser above)")) << "</label>\n"
    << "<input type=\"number\" id=\"cells\" name=\"cells-per-line\" min=\"12\" max=\"100\">\n"
    << "<label for=\"lines\">" << html_escape(tr("Lines per page (empty: as the embosser above)")) << "</label>\n"
    << "<input type=\"number\" id=\"lines\" name=\"lines-per-page\" min=\"4\" max=\"100\">\n"
    << "<label for=\"duplex\">" << html_escape(tr("Sides of the paper")) << "</label>\n<select id=\"duplex\" name=\"duplex\">\n"
    << "<option value=\"\">" << html_escape(tr("as the embosser above")) << "</option>\n"
    << "<option value=\"false\">" << html_escape(tr("one side")) << "</option>\n"
    << "<option value=\"true\">" << html_escape(tr("interpoint (both sides of the paper)")) << "</option>\n</select>\n"
    << "</fieldset>\n<fieldset><legend>" << html_escape(tr("Statistics files only")) << "</legend>\n"
    << "<label for=\"wilayah\">" << html_escape(tr("Region (province, regency or city; empty: the file's only region)"))
    << "</label>\n<input type=\"text\" id=\"wilayah\" name=\"region\">\n"
    << "<label for=\"tanggal\">" << html_escape(tr("Day (empty: the latest in the file)")) << "</label>\n"
    << "<input type=\"date\" id=\"tanggal\" name=\"date\">\n</fieldset>\n"
    << "<fieldset><legend>" << html_escape(tr("Message for WhatsApp")) << "</legend>\n"
    << "<label for=\"di-mana\">" << html_escape(tr("Where the braille and large-print versions can be had (empty: from whoever sent the message)"))
    << "</label>\n<input type=\"text\" id=\"di-mana\" name=\"message-where\" maxlength=\"300\">\n</fieldset>\n"
    << "<button type=\"submit\">" << html_escape(tr("Convert")) << "</button>\n</form>\n</main>\n</body>\n</html>\n";
  return o.str();
}

std::string result_page_top(bool with_progress) {
  std::string o = head(tr("aksesibel: the results")) + "<main id=\"isi\">\n<h1>" + html_escape(tr("The results")) + "</h1>\n";
  // A log: each line is read out by a screen reader as it arrives.
  if (with_progress)
    o += "<h2 id=\"kemajuan\">" + html_escape(tr("Progress")) + "</h2>\n<div role=\"log\" aria-labelledby=\"kemajuan\"><ol>\n";
  return o;
}

std::string progress_started(std::size_t number, std::size_t total, const std::string& name) {
  return "<li>" + html_escape(fill(tr("{0} of {1}: converting {2}…"), {std::to_string(number), std::to_string(total), name}));
}

std::string progress_finished(const WebResult& result) {
  std::string line(" ");
  line += html_escape(result.error ? tr("not converted.") : tr("done."));
  return line + "</li>\n";
}

std::string progress_end() { return "</ol></div>\n"; }

std::string progress_failed(const std::string& message) {
  return "<p class=\"galat\" role=\"alert\">" + html_escape(message) + "</p>\n<p><a href=\"/\">" +
         html_escape(tr("Back to the form")) + "</a></p>\n</main>\n</body>\n</html>\n";
}

std::string result_page(const std::vector<WebResult>& results) { return result_page_top(false) + result_page_rest(results); }

std::string result_page_rest(const std::vector<WebResult>& results) {
  std::ostringstream o;
  std::size_t failed = 0;
  for (const WebResult& r : results) failed += r.error.has_value();
  o << "<p role=\"status\">"
    << html_escape(fill(tr("{0} of {1} inputs converted."), {std::to_string(results.size() - failed), std::to_string(results.size())}))
    << "</p>\n";
  std::vector<ArchiveEntry> all;
  for (const WebResult& r : results)
    for (const Output& out : r.outputs) all.push_back({stem(r.name) + "." + out.extension, out.content});
  if (all.size() > 1)
    o << "<p><a download=\"aksesibel.zip\" href=\"data:application/zip;base64," << base64(zip_archive(all)) << "\">"
      << html_escape(fill(tr("Download all {0} files (ZIP)"), {std::to_string(all.size())})) << "</a></p>\n";
  for (const WebResult& r : results) {
    o << "<section>\n<h2>" << html_escape(r.name) << "</h2>\n";
    if (r.error) {
      o << "<p class=\"galat\" role=\"alert\">" << html_escape(tr("Not converted:")) << " " << html_escape(r.error->message())
        << "</p>\n</section>\n";
      continue;
    }
    if (!r.warnings.empty()) {
      o << "<h3>" << html_escape(tr("Check before you publish")) << "</h3>\n<ul class=\"peringatan\">\n";
      for (const Warning& w : r.warnings)
        o << "<li>" << (w.where.line ? html_escape(fill(tr("line {0}: "), {std::to_string(w.where.line)})) : "")
          << html_escape(w.message) << "</li>\n";
      o << "</ul>\n";
    }
    o << "<h3>" << html_escape(tr("Files")) << "</h3>\n<ul>\n";
    for (const Output& out : r.outputs) {
      const std::string file = stem(r.name) + "." + out.extension;
      o << "<li><a download=\"" << html_escape(file) << "\" href=\"data:" << mime(out.format) << ";base64,"
        << base64(out.content) << "\">" << html_escape(file) << "</a>: " << html_escape(tr(purpose(out.format))) << "</li>\n";
    }
    o << "</ul>\n";
    for (const Output& out : r.outputs) {
      if (out.format != "html" && out.format != "plain-html" && out.format != "braille-proof") continue;
      // A frame without script or same-origin rights; the page's policy forbids script anyway.
      o << "<h3>" << html_escape(fill(tr("Preview: {0}"), {tr(purpose(out.format))})) << "</h3>\n"
        << "<iframe sandbox title=\"" << html_escape(fill(tr("Preview of {0}: {1}"), {r.name, tr(purpose(out.format))}))
        << "\" srcdoc=\"" << html_escape(out.content) << "\"></iframe>\n";
    }
    o << "</section>\n";
  }
  o << "<p><a href=\"/\">" << html_escape(tr("Convert another bulletin")) << "</a></p>\n</main>\n</body>\n</html>\n";
  return o.str();
}

std::string refusal_page(const std::string& message) {
  return head(tr("aksesibel: not converted")) + "<main id=\"isi\">\n<h1>" + html_escape(tr("Not converted")) +
         "</h1>\n<p class=\"galat\" role=\"alert\">" + html_escape(message) + "</p>\n<p><a href=\"/\">" +
         html_escape(tr("Back to the form")) + "</a></p>\n</main>\n</body>\n</html>\n";
}

}  // namespace aksesibel::cli
