// Renderer: an accessible EPUB 3 (format "epub"), docs/epub.md.
//
// The content documents are the screen-reader page's markup (HtmlWriter) in
// XML syntax, cut into one document per section; the package document
// carries EPUB Accessibility 1.1's metadata; the ZIP is aksesibel/archive.hpp.
#include "aksesibel/epub.hpp"

#include <algorithm>
#include <cstdint>
#include <ctime>
#include <optional>

#include "aksesibel/archive.hpp"
#include "model/sections.hpp"
#include "model/summary.hpp"
#include "render/html_writer.hpp"
#include "render/renderers.hpp"
#include <cstdio>
#include "text/utf8.hpp"

namespace aksesibel {

namespace {

// No colours and no font: the reading system's themes (dark, sepia, large
// type) and the reader's own choices apply. Only what the structure needs
// to be seen: table borders, the Ringkasan's box, numbers aligned.
constexpr const char* kStyle = R"CSS(table{border-collapse:collapse;margin:1em 0}
caption{text-align:left;font-weight:bold;padding:.25em 0}
th,td{border:1px solid;padding:.25em .5em;vertical-align:top}
th{text-align:left}
td.angka{text-align:right}
.ringkasan{border:2px solid;padding:0 1em;margin:1em 0}
blockquote{margin:1em 0;padding-left:1em;border-left:4px solid}
.grafik svg{display:block;width:100%;max-width:40em;height:auto}
.-epub-media-overlay-active{outline:2px solid;outline-offset:2px}
)CSS";

constexpr const char* kContainer = R"XML(<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles>
<rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
</rootfiles>
</container>
)XML";

std::string escape(std::string_view s) { return render::escape(s); }

// One content document: a file of the spine and its entry in the table of contents.
struct ContentDocument {
  std::string file;   // "section-1.xhtml"
  std::string title;  // for the table of contents
  std::string body;   // the markup inside <body>
  const TalkingPart* talk = nullptr;  // its speech, in a talking book (with clips)
};

// A SMIL clock value: "0:01:02.345".
std::string clock(unsigned ms) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%u:%02u:%02u.%03u", ms / 3600000, ms / 60000 % 60, ms / 1000 % 60, ms % 1000);
  return buf;
}

// The media overlay of one content document: each element the script reads,
// with where its audio says it.
std::string smil(const ContentDocument& d, const std::string& audio) {
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    "<smil xmlns=\"http://www.w3.org/ns/SMIL\" xmlns:epub=\"http://www.idpf.org/2007/ops\" version=\"3.0\">\n"
                    "<body>\n";
  std::size_t n = 0;
  for (const TalkingPart::Clip& c : d.talk->clips)
    out += "<par id=\"par" + std::to_string(++n) + "\"><text src=\"" + d.file + "#" + escape(c.anchor) +
           "\"/><audio src=\"" + audio + "\" clipBegin=\"" + clock(c.begin_ms) + "\" clipEnd=\"" + clock(c.end_ms) + "\"/></par>\n";
  return out + "</body>\n</smil>\n";
}


std::string xhtml(const std::string& language, const std::string& title, const std::string& body,
                  const std::string& body_type) {
  const std::string lang = escape(language);
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
         "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" lang=\"" +
         lang + "\" xml:lang=\"" + lang + "\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>" + escape(title) +
         "</title>\n<link rel=\"stylesheet\" type=\"text/css\" href=\"style.css\"/>\n</head>\n<body" +
         (body_type.empty() ? "" : " epub:type=\"" + body_type + "\"") + ">\n" + body + "</body>\n</html>\n";
}

std::string date_line(const Document& doc) {
  const Metadata& m = doc.metadata;
  std::string parts = escape(!m.dateline.empty() ? m.dateline : m.publisher);
  if (!m.date.empty())
    parts += (parts.empty() ? "" : " · ") + ("<time datetime=\"" + escape(render::html_datetime(m.date)) + "\">" +
                                            escape(m.date_text.empty() ? m.date : m.date_text) + "</time>");
  return parts;
}

bool full_iso_date(const std::string& d) {
  return d.size() == 10 && d[4] == '-' && d[7] == '-' &&
         std::all_of(d.begin(), d.end(), [](char c) { return (c >= '0' && c <= '9') || c == '-'; });
}

// Seconds since 1970 at 00:00 UTC of an ISO date "YYYY-MM-DD".
std::int64_t utc_midnight(const std::string& iso) {
  std::tm tm{};
  tm.tm_year = std::stoi(iso.substr(0, 4)) - 1900;
  tm.tm_mon = std::stoi(iso.substr(5, 2)) - 1;
  tm.tm_mday = std::stoi(iso.substr(8, 2));
  return static_cast<std::int64_t>(timegm(&tm));
}

std::string utc_timestamp(std::int64_t seconds) {
  const std::time_t t = static_cast<std::time_t>(seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

// A name-based identifier: the same bulletin gives the same one. Two 64-bit
// FNV-1a hashes of the content written as a UUID of version 8 (RFC 9562).
std::string identifier(const std::vector<ContentDocument>& sections) {
  std::uint64_t a = 14695981039346656037ull, b = 1099511628211ull * 31;
  for (const ContentDocument& s : sections)
    for (unsigned char c : s.body) {
      a = (a ^ c) * 1099511628211ull;
      b = (b ^ c) * 1099511628211ull + 0x9e3779b97f4a7c15ull;
    }
  char buf[40];
  std::snprintf(buf, sizeof buf, "%08x-%04x-8%03x-%04x-%012llx", static_cast<unsigned>(a >> 32),
                static_cast<unsigned>((a >> 16) & 0xffff), static_cast<unsigned>(a & 0xfff),
                static_cast<unsigned>(0x8000 | ((b >> 48) & 0x3fff)), static_cast<unsigned long long>(b & 0xffffffffffffull));
  return std::string("urn:uuid:") + buf;
}

std::string package_document(const Document& doc, const std::string& title, const std::vector<ContentDocument>& sections,
                             const std::string& modified, const data::LanguageData& words) {
  const Metadata& m = doc.metadata;
  bool charts = false;
  for (const ContentDocument& s : sections) charts = charts || s.body.find("<svg ") != std::string::npos;
  std::string meta;
  auto property = [&](const char* name, const std::string& value) {
    meta += std::string("<meta property=\"") + name + "\">" + escape(value) + "</meta>\n";
  };
  bool talking = false;
  unsigned total_ms = 0;
  for (const ContentDocument& s : sections)
    if (s.talk && !s.talk->clips.empty()) talking = true, total_ms += s.talk->duration_ms;
  meta += "<dc:identifier id=\"pub-id\">" + identifier(sections) + "</dc:identifier>\n";
  meta += "<dc:title>" + escape(title) + "</dc:title>\n";
  meta += "<dc:language>" + escape(m.language.empty() ? "id" : m.language) + "</dc:language>\n";
  if (full_iso_date(m.date)) meta += "<dc:date>" + m.date + "</dc:date>\n";
  if (!m.publisher.empty()) meta += "<dc:publisher>" + escape(m.publisher) + "</dc:publisher>\n";
  property("dcterms:modified", modified);
  // EPUB Accessibility 1.1: how the content can be perceived and what helps.
  property("schema:accessMode", "textual");
  if (charts) property("schema:accessMode", "visual");
  if (talking) property("schema:accessMode", "auditory");
  property("schema:accessModeSufficient", "textual");
  property("schema:accessibilityFeature", "structuralNavigation");
  property("schema:accessibilityFeature", "tableOfContents");
  property("schema:accessibilityFeature", "readingOrder");
  property("schema:accessibilityFeature", "displayTransformability");
  if (charts) property("schema:accessibilityFeature", "longDescription");  // each chart's table
  if (talking) property("schema:accessibilityFeature", "synchronizedAudioText");
  property("schema:accessibilityHazard", "none");
  property("schema:accessibilitySummary",
           data::interface_text(words, charts ? "epub-accessibility-charts" : "epub-accessibility"));
  property("dcterms:conformsTo", "EPUB Accessibility 1.1 - WCAG 2.1 Level AA");
  if (talking) {  // EPUB Media Overlays: each overlay's length, the whole, and the class of what is being said
    property("media:duration", clock(total_ms));
    for (std::size_t k = 0; k < sections.size(); ++k)
      if (sections[k].talk && !sections[k].talk->clips.empty())
        meta += "<meta property=\"media:duration\" refines=\"#mo" + std::to_string(k + 1) + "\">" +
                clock(sections[k].talk->duration_ms) + "</meta>\n";
    property("media:active-class", "-epub-media-overlay-active");
  }

  std::string manifest =
      "<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n"
      "<item id=\"style\" href=\"style.css\" media-type=\"text/css\"/>\n";
  // The navigation document is in the spine, out of the reading order: the
  // landmarks point into it, and a reading system without its own table of
  // contents can still show it.
  std::string spine = "<itemref idref=\"nav\" linear=\"no\"/>\n";
  for (std::size_t k = 0; k < sections.size(); ++k) {
    const std::string id = "s" + std::to_string(k + 1);
    const bool svg = sections[k].body.find("<svg ") != std::string::npos;
    const bool overlay = sections[k].talk && !sections[k].talk->clips.empty();
    const std::string n = std::to_string(k + 1);
    manifest += "<item id=\"" + id + "\" href=\"" + sections[k].file + "\" media-type=\"application/xhtml+xml\"" +
                (svg ? " properties=\"svg\"" : "") + (overlay ? " media-overlay=\"mo" + n + "\"" : "") + "/>\n";
    if (overlay)
      manifest += "<item id=\"mo" + n + "\" href=\"section-" + n + ".smil\" media-type=\"application/smil+xml\"/>\n"
                  "<item id=\"audio" + n + "\" href=\"audio/section-" + n + ".mp3\" media-type=\"audio/mpeg\"/>\n";
    spine += "<itemref idref=\"" + id + "\"/>\n";
  }
  const std::string lang = escape(m.language.empty() ? "id" : m.language);
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"pub-id\" xml:lang=\"" +
         lang + "\">\n<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n" + meta + "</metadata>\n<manifest>\n" +
         manifest + "</manifest>\n<spine>\n" + spine + "</spine>\n</package>\n";
}

std::string navigation_document(const std::string& language, const std::vector<ContentDocument>& sections, bool summary,
                                const std::string& summary_title, const data::LanguageData& words) {
  const std::string toc = data::interface_text(words, "epub-contents");
  std::string body = "<nav epub:type=\"toc\" role=\"doc-toc\" id=\"daftar-isi\" aria-labelledby=\"daftar-isi-judul\">\n"
                     "<h1 id=\"daftar-isi-judul\">" + escape(toc) + "</h1>\n<ol>\n";
  for (std::size_t k = 0; k < sections.size(); ++k) {
    body += "<li><a href=\"" + sections[k].file + "\">" + escape(sections[k].title) + "</a>";
    if (k == 0 && summary)
      body += "\n<ol><li><a href=\"" + sections[0].file + "#ringkasan\">" + escape(summary_title) + "</a></li></ol>\n";
    body += "</li>\n";
  }
  body += "</ol>\n</nav>\n";
  body += "<nav epub:type=\"landmarks\" hidden=\"hidden\" aria-labelledby=\"penanda-judul\">\n<h2 id=\"penanda-judul\">" +
          escape(data::interface_text(words, "epub-landmarks")) + "</h2>\n<ol>\n"
          "<li><a epub:type=\"toc\" href=\"nav.xhtml#daftar-isi\">" + escape(toc) + "</a></li>\n"
          "<li><a epub:type=\"bodymatter\" href=\"" + sections[0].file + "\">" +
          escape(data::interface_text(words, "epub-body")) + "</a></li>\n</ol>\n</nav>\n";
  return xhtml(language, toc, body, "");
}

}  // namespace

std::string render_epub(const Document& doc, const HtmlOptions& options) {
  return render_epub(doc, options, render::default_language_data());
}

std::string render_epub(const Document& doc, const HtmlOptions& options, const data::LanguageData& words,
                        const AudioOptions* talking) {
  const Metadata& m = doc.metadata;
  render::HtmlStyle style;
  style.xhtml = true;
  style.anchors = talking != nullptr;  // ids for the media overlays
  render::HtmlWriter w(style, words);  // one writer: abbreviations written out once, tables numbered on
  std::string title = text::collapse_spaces(reader_plain_text(m.title));
  if (title.empty()) title = data::interface_text(words, "untitled");
  const std::string language = m.language.empty() ? "id" : m.language;

  // The first document: the date line, the title, the Ringkasan, and the
  // blocks before the first section heading.
  std::vector<ContentDocument> sections;
  std::string first;
  const std::string when = date_line(doc);
  first += std::string("<header><p") + (talking ? " id=\"tanggal\"" : "") + ">" +
           (when.empty() ? escape(data::interface_text(words, "untitled")) : when) + "</p></header>\n";
  first += std::string("<h1") + (talking ? " id=\"judul\"" : "") + ">" + w.inlines(m.title, false) + "</h1>\n";
  std::string summary_title;
  if (options.summary) {
    const std::vector<Block> summary = render::summary_blocks(doc, words);
    if (!summary.empty()) {
      summary_title = reader_plain_text(summary.front().inlines);
      first += "<section class=\"ringkasan\" aria-labelledby=\"ringkasan\">\n<h2 id=\"ringkasan\">" + escape(summary_title) +
               "</h2>\n" + w.blocks({summary.begin() + 1, summary.end()}, 2, "r") + "</section>\n";
    }
  }
  const auto range = [&](const model::Section& s) {
    return std::vector<Block>(doc.blocks.begin() + static_cast<long>(s.begin), doc.blocks.begin() + static_cast<long>(s.end));
  };
  const std::vector<model::Section> parts = model::sections(doc.blocks);
  first += w.blocks(range(parts.front()), 2, "b", parts.front().begin);
  sections.push_back({"section-1.xhtml", title, first});
  // Then one document per section, each starting with its heading.
  for (std::size_t k = 1; k < parts.size(); ++k) {
    const std::string n = std::to_string(sections.size() + 1);
    std::string name = text::collapse_spaces(reader_plain_text(doc.blocks[parts[k].begin].inlines));
    if (name.empty()) name = data::interface_text(words, "epub-section", {{"n", n}});
    sections.push_back({"section-" + n + ".xhtml", name, w.blocks(range(parts[k]), 2, "b", parts[k].begin)});
  }
  // A talking book: the talking bulletin, one MP3 per content document
  // (EPUB 3.2's core audio type; Opus is not one), and its media overlays.
  std::vector<TalkingPart> talk;
  if (talking) {
    talk = talking_parts(doc, *talking, words, sections.size());
    for (std::size_t k = 0; k < sections.size(); ++k) sections[k].talk = &talk[k];
  }

  // Dated by the bulletin when it has a full date (the same input gives the
  // same bytes), else by the time of the conversion.
  const std::int64_t when_made =
      full_iso_date(m.date) ? utc_midnight(m.date) : static_cast<std::int64_t>(std::time(nullptr));
  std::vector<ArchiveEntry> files;
  files.push_back({"mimetype", "application/epub+zip", false});  // first and stored (OCF)
  files.push_back({"META-INF/container.xml", kContainer});
  files.push_back({"EPUB/package.opf", package_document(doc, title, sections, utc_timestamp(when_made), words)});
  files.push_back({"EPUB/nav.xhtml", navigation_document(language, sections, !summary_title.empty(), summary_title, words)});
  files.push_back({"EPUB/style.css", kStyle});
  for (std::size_t k = 0; k < sections.size(); ++k) {
    const ContentDocument& s = sections[k];
    files.push_back({"EPUB/" + s.file, xhtml(language, s.title, s.body, "bodymatter")});
    if (s.talk && !s.talk->clips.empty()) {
      const std::string audio = "audio/section-" + std::to_string(k + 1) + ".mp3";
      files.push_back({"EPUB/section-" + std::to_string(k + 1) + ".smil", smil(s, audio)});
      files.push_back({"EPUB/" + audio, s.talk->mp3, false});  // MP3 does not deflate
    }
  }
  return zip_archive(files, when_made);
}

}  // namespace aksesibel
