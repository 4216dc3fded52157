// Encodings of laid-out braille pages: BRF, PEF, Unicode braille text and
// the proof page.
#include <libxml/xmlwriter.h>

#include <ctime>
#include <map>
#include <memory>
#include <stdexcept>

#include "aksesibel/braille.hpp"

#include "aksesibel/messages.hpp"
#include "aksesibel/version.hpp"
#include "data/language_data.hpp"
#include "model/summary.hpp"
#include "render/html_writer.hpp"
#include "text/utf8.hpp"
#include "render/renderers.hpp"

namespace aksesibel {

namespace {

// North American Braille ASCII: the character of each 6-dot cell, indexed
// by the cell's dot bits (dot 1 = bit 0 … dot 6 = bit 5).
constexpr std::string_view kBrailleAscii =
    " A1B'K2L@CIF/MSP\"E3H9O6R^DJG>NTQ,*5<-U8V.%[$+X!&;:4\\0Z7(_?W]#Y)=";

char to_brf(char32_t cell) {
  const unsigned dots = static_cast<unsigned>(cell) - 0x2800u;
  if (cell < 0x2800 || dots > 0x3F)
    throw Error(ErrorCode::Internal, aksesibel::translate("an 8-dot or non-braille cell cannot be written in BRF"));
  return kBrailleAscii[dots];
}

std::string utf8(const std::u32string& s) {
  std::string out;
  for (char32_t c : s) text::append_utf8(out, c);
  return out;
}

// A stable identifier: the same braille gives the same identifier.
std::string fnv_hex(const std::string& s) {
  unsigned long long h = 1469598103934665603ULL;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ULL;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%016llx", h);
  return buf;
}

std::string today() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

}  // namespace

std::string render_brf(const BrailleDocument& d) {
  std::string out;
  for (std::size_t p = 0; p < d.pages.size(); ++p) {
    if (p > 0) out += '\f';
    for (const BrailleLine& l : d.pages[p].lines) {
      for (char32_t c : l.cells) out += to_brf(c);
      out += "\r\n";
    }
  }
  return out;
}

std::string render_braille_text(const BrailleDocument& d) {
  std::string out;
  for (std::size_t p = 0; p < d.pages.size(); ++p) {
    if (p > 0) out += '\f';
    for (const BrailleLine& l : d.pages[p].lines) out += utf8(l.cells) + "\n";
  }
  return out;
}

std::string render_pef(const BrailleDocument& d, const Document& doc, const BrailleOptions& options) {
  return render_pef(d, doc, options, render::default_language_data());
}

std::string render_pef(const BrailleDocument& d, const Document& doc, const BrailleOptions& options,
                       const data::LanguageData& words) {
  struct BufferFree {
    void operator()(xmlBuffer* b) const { xmlBufferFree(b); }
  };
  struct WriterFree {
    void operator()(xmlTextWriter* w) const { xmlFreeTextWriter(w); }
  };
  std::unique_ptr<xmlBuffer, BufferFree> buffer_owner(xmlBufferCreate());
  if (!buffer_owner) throw Error(ErrorCode::Internal, aksesibel::translate("libxml2 could not make a buffer for the PEF file"));
  xmlBufferPtr buffer = buffer_owner.get();
  std::unique_ptr<xmlTextWriter, WriterFree> writer_owner(xmlNewTextWriterMemory(buffer, 0));
  if (!writer_owner) throw Error(ErrorCode::Internal, aksesibel::translate("libxml2 could not make a writer for the PEF file"));
  xmlTextWriterPtr w = writer_owner.get();
  auto x = [](const std::string& s) { return reinterpret_cast<const xmlChar*>(s.c_str()); };
  auto element = [&](const char* name, const std::string& value) {
    xmlTextWriterWriteElement(w, BAD_CAST name, x(value));
  };
  xmlTextWriterSetIndent(w, 1);
  xmlTextWriterSetIndentString(w, BAD_CAST "  ");
  xmlTextWriterStartDocument(w, "1.0", "UTF-8", nullptr);
  xmlTextWriterStartElementNS(w, nullptr, BAD_CAST "pef", BAD_CAST "http://www.daisy.org/ns/2008/pef");
  xmlTextWriterWriteAttribute(w, BAD_CAST "version", BAD_CAST "2008-1");
  xmlTextWriterWriteAttribute(w, BAD_CAST "xmlns:dc", BAD_CAST "http://purl.org/dc/elements/1.1/");
  xmlTextWriterStartElement(w, BAD_CAST "head");
  xmlTextWriterStartElement(w, BAD_CAST "meta");
  const std::string braille = render_braille_text(d);
  std::string title = text::collapse_spaces(plain_text(doc.metadata.title));
  if (title.empty()) title = doc.metadata.source_name;
  element("dc:format", "application/x-pef+xml");
  element("dc:identifier", "org.aksesibel." + fnv_hex(title + "\n" + braille));
  element("dc:title", title);
  if (!doc.metadata.byline.empty()) element("dc:creator", doc.metadata.byline);
  if (!doc.metadata.publisher.empty()) element("dc:publisher", doc.metadata.publisher);
  element("dc:language", doc.metadata.language.empty() ? "id" : doc.metadata.language);
  // dc:date is the bulletin's publication date (else the day it is made);
  // the date its figures are "as of" is a fact of the content, said in the
  // description.
  std::string date = options.pef_date;
  if (date.empty()) date = doc.metadata.date.size() == 10 ? doc.metadata.date : today();
  element("dc:date", date);
  const std::string& data_date = doc.metadata.data_date;
  element("dc:description",
          data::interface_text(words, "pef-description",
                               {{"table", d.table.substr(d.table.find_last_of('/') + 1)},
                                {"cells", std::to_string(d.cells_per_line)},
                                {"lines", std::to_string(d.lines_per_page)},
                                {"data-date", data_date.empty() ? std::string()
                                                                : data::interface_text(words, "pef-data-date", {{"date", data_date}})},
                                {"version", version()}}));
  xmlTextWriterEndElement(w);  // meta
  xmlTextWriterEndElement(w);  // head
  xmlTextWriterStartElement(w, BAD_CAST "body");
  xmlTextWriterStartElement(w, BAD_CAST "volume");
  xmlTextWriterWriteAttribute(w, BAD_CAST "cols", x(std::to_string(d.cells_per_line)));
  xmlTextWriterWriteAttribute(w, BAD_CAST "rows", x(std::to_string(d.lines_per_page)));
  xmlTextWriterWriteAttribute(w, BAD_CAST "rowgap", BAD_CAST "0");
  xmlTextWriterWriteAttribute(w, BAD_CAST "duplex", BAD_CAST(d.duplex ? "true" : "false"));
  xmlTextWriterStartElement(w, BAD_CAST "section");
  for (const BraillePage& p : d.pages) {
    xmlTextWriterStartElement(w, BAD_CAST "page");
    for (const BrailleLine& l : p.lines) element("row", utf8(l.cells));
    xmlTextWriterEndElement(w);
  }
  if (xmlTextWriterEndDocument(w) < 0) throw Error(ErrorCode::Internal, aksesibel::translate("libxml2 could not finish the PEF file"));
  writer_owner.reset();  // flushes into the buffer
  return std::string(reinterpret_cast<const char*>(xmlBufferContent(buffer)), static_cast<std::size_t>(xmlBufferLength(buffer)));
}

std::string render_braille_proof(const BrailleDocument& d, const Document& doc) {
  return render_braille_proof(d, doc, render::default_language_data());
}

std::string render_braille_proof(const BrailleDocument& d, const Document& doc, const data::LanguageData& words) {
  auto say = [&](const char* key, const std::map<std::string, std::string>& fields = {}) {
    return data::interface_text(words, key, fields);
  };
  const std::string title = text::collapse_spaces(plain_text(doc.metadata.title));
  // A braille line never wraps: its cells shrink to fit a narrow screen (a
  // braille cell of DejaVu Sans Mono is 0.6 em wide).
  const std::string divisor = std::to_string(d.cells_per_line * 62 / 100 + 3);
  const std::string css =
         "body{font-family:\"DejaVu Sans\",Verdana,sans-serif;line-height:1.5;margin:1rem;color:#111;background:#fff}\n"
         ".page{border:2px solid #444;margin:1.5rem 0;padding:.5rem 1rem;max-width:60rem}\n"
         ".page ol{list-style:none;padding:0;margin:0}\n"
         ".line{margin:0 0 .4rem 0}\n"
         ".print{color:#333;font-size:.95rem;margin:0}\n"
         ".cells{font-family:\"DejaVu Sans Mono\",monospace;font-size:clamp(.5rem,calc((100vw - 4rem) / " + divisor + "),1.6rem);"
         "line-height:1.2;margin:0;white-space:pre}\n"
         ".n{color:#555;font-size:.8rem}\n"
         "@media (prefers-color-scheme: dark){body{background:#111;color:#eee}.print{color:#ddd}.page{border-color:#bbb}.n{color:#bbb}}\n";
  std::string out = render::page_start(words, doc.metadata.language, say("proof-title", {{"title", title}}), css, false) + "<main>\n";
  out += "<h1>" + text::escape_html(say("proof-title", {{"title", title}})) + "</h1>\n";
  out += "<p>" +
         text::escape_html(say("proof-summary", {{"pages", std::to_string(d.pages.size())},
                                                 {"cells", std::to_string(d.cells_per_line)},
                                                 {"lines", std::to_string(d.lines_per_page)},
                                                 {"duplex", d.duplex ? say("proof-duplex") : std::string()}})) +
         "</p>\n";
  for (const BraillePage& p : d.pages) {
    const std::string n = std::to_string(p.number);
    out += "<section class=\"page\" aria-labelledby=\"h" + n + "\">\n<h2 id=\"h" + n + "\">" +
           text::escape_html(say(p.numbered ? "proof-page" : "proof-verso", {{"n", n}})) + "</h2>\n<ol>\n";
    for (std::size_t i = 0; i < p.lines.size(); ++i) {
      const BrailleLine& l = p.lines[i];
      out += "<li class=\"line\"><span class=\"n\">" + text::escape_html(say("proof-line", {{"n", std::to_string(i + 1)}})) +
             "</span>";
      out += "<p class=\"print\">" + text::escape_html(l.print.empty() ? say("proof-blank-line") : l.print) + "</p>";
      out += "<p class=\"cells\">" + (l.cells.empty() ? std::string("&nbsp;") : utf8(l.cells)) + "</p></li>\n";
    }
    out += "</ol>\n</section>\n";
  }
  out += "</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace aksesibel
