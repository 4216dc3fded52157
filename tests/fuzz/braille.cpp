// Fuzz target: braille — translation (liblouis, the Indonesian table),
// layout into pages, the back-translation check of numbers and dates, and
// every braille output: BRF, PEF, Unicode braille text and the proof page.
// The input is read as text or HTML by its content (InputFormat::Auto).
// Header bytes: [0] cells per line 12–100, [1] lines per page 4–100,
// [2] bit 0 block paragraphs, bit 1 page numbers on top, bit 2 interpoint,
// bit 3 no Ringkasan.
// Checks: no page has more lines than lines_per_page, no line more cells
// than cells_per_line, every cell a braille pattern; the PEF is well-formed
// XML; the text outputs are UTF-8; the BRF is printable ASCII, CR LF and
// form feeds.
#include <aksesibel/braille.hpp>
#include <aksesibel/read.hpp>

#include <libxml/parser.h>

#include "fuzz.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 16 * 1024) return 0;
  fuzz::Input in(data, size, 3);
  aksesibel::ReadOptions ro;
  ro.lenient = true;
  aksesibel::BrailleOptions bo;
  bo.cells_per_line = 12 + in.byte(0) % 89;
  bo.lines_per_page = 4 + in.byte(1) % 97;
  bo.paragraph_style = in.bit(16) ? aksesibel::BrailleOptions::ParagraphStyle::Block
                                  : aksesibel::BrailleOptions::ParagraphStyle::Indent;
  bo.page_numbers = in.bit(17) ? aksesibel::BrailleOptions::PageNumbers::Top
                               : aksesibel::BrailleOptions::PageNumbers::Bottom;
  bo.duplex = in.bit(18);
  bo.summary = !in.bit(19);
  bo.pef_date = "2021-07-14";
  fuzz::guarded([&] {
    aksesibel::Document doc = aksesibel::read(in.rest, ro);
    aksesibel::BrailleDocument pages = aksesibel::braille_pages(doc, bo);
    fuzz::require(pages.cells_per_line == bo.cells_per_line && pages.lines_per_page == bo.lines_per_page,
                  "pages laid out with other dimensions than asked");
    for (const auto& page : pages.pages) {
      fuzz::require(page.lines.size() <= static_cast<std::size_t>(bo.lines_per_page), "a page with too many lines");
      for (const auto& line : page.lines) {
        fuzz::require(line.cells.size() <= static_cast<std::size_t>(bo.cells_per_line), "a line with too many cells",
                      line.print);
        for (char32_t c : line.cells)
          fuzz::require(c >= 0x2800 && c <= 0x28FF, "a cell that is not a braille pattern", line.print);
        fuzz::require_utf8(line.print, "a braille line's print text");
      }
    }
    for (const auto& w : pages.warnings) fuzz::require_utf8(w.message, "braille warning");

    std::string brf = aksesibel::render_brf(pages);
    for (unsigned char c : brf)
      fuzz::require((c >= 0x20 && c < 0x7F) || c == '\r' || c == '\n' || c == '\f', "a BRF byte outside Braille ASCII");

    std::string pef = aksesibel::render_pef(pages, doc, bo);
    fuzz::require_utf8(pef, "PEF");
    xmlDocPtr x = xmlReadMemory(pef.data(), static_cast<int>(pef.size()), "fuzz.pef", nullptr,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    fuzz::require(x != nullptr, "a PEF that is not well-formed XML");
    xmlFreeDoc(x);

    fuzz::require_utf8(aksesibel::render_braille_text(pages), "braille text");
    fuzz::require_utf8(aksesibel::render_braille_proof(pages, doc), "braille proof");
  });
  return 0;
}
