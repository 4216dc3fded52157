// The encodings of laid-out pages: BRF, Unicode text, PEF, proof.
#include <gtest/gtest.h>

#include "aksesibel/read.hpp"

#include "aksesibel/braille.hpp"
#include "aksesibel/convert.hpp"
#include "braille/pef_schema.hpp"
#include "support.hpp"

namespace aksesibel {
namespace {

BrailleDocument two_pages() {
  BrailleDocument d;
  d.cells_per_line = 10;
  d.lines_per_page = 3;
  d.table = "/x/id-id-g1.utb";
  BraillePage p1;
  p1.number = 1;
  p1.lines = {{U"\u2801\u2803\u2800\u2809", "ab c"}, {}, {U"\u2800\u283C\u2801", "1"}};
  BraillePage p2;
  p2.number = 2;
  p2.lines = {{U"\u283F\u2820\u2824", "x"}};
  d.pages = {p1, p2};
  return d;
}

TEST(Brf, NorthAmericanBrailleAsciiWithCrLfAndFormFeeds) {
  EXPECT_EQ(render_brf(two_pages()), "AB C\r\n\r\n #A\r\n\f=,-\r\n");
}

TEST(Brf, EverySixDotCellHasItsCharacter) {
  BrailleDocument d;
  BraillePage p;
  BrailleLine all;
  for (char32_t c = 0x2800; c <= 0x283F; ++c) all.cells += c;
  p.lines = {all};
  d.pages = {p};
  EXPECT_EQ(render_brf(d), " A1B'K2L@CIF/MSP\"E3H9O6R^DJG>NTQ,*5<-U8V.%[$+X!&;:4\\0Z7(_?W]#Y)=\r\n");
  d.pages[0].lines[0].cells.assign(1, U'\u2840');
  EXPECT_THROW(render_brf(d), Error) << "8-dot cells have no BRF character";
}

TEST(BrailleText, UnicodeLinesAndFormFeeds) {
  EXPECT_EQ(render_braille_text(two_pages()), "⠁⠃⠀⠉\n\n⠀⠼⠁\n\f⠿⠠⠤\n");
}

TEST(Pef, ValidAgainstTheSchemaWithTheRequiredMetadata) {
  Document doc;
  doc.metadata.title = {Inline::make_text("Judul & <uji>")};
  doc.metadata.date = "2021-07-14";
  BrailleOptions o;
  const std::string pef = render_pef(two_pages(), doc, o);
  EXPECT_EQ(test::pef_schema_errors(pef), "");
  for (const char* s : {"xmlns=\"http://www.daisy.org/ns/2008/pef\"", "version=\"2008-1\"",
                        "<dc:format>application/x-pef+xml</dc:format>", "<dc:identifier>org.aksesibel.",
                        "<dc:title>Judul &amp; &lt;uji&gt;</dc:title>", "<dc:language>id</dc:language>",
                        "<dc:date>2021-07-14</dc:date>", "cols=\"10\"", "rows=\"3\"", "rowgap=\"0\"", "duplex=\"false\"",
                        "<row>⠁⠃⠀⠉</row>"})
    EXPECT_NE(pef.find(s), std::string::npos) << s << "\n" << pef;
  EXPECT_EQ(render_pef(two_pages(), doc, o), pef) << "deterministic, identifier included";
}

// dc:date is the publication date; the data's "as of" date is in the description.
TEST(Pef, ThePublicationDateIsTheDateAndTheDataDateIsDescribed) {
  ReadOptions r;
  r.format = InputFormat::Text;
  const Document doc = read(
      "Kasus Covid-19 Sulawesi Tengah\n\nPALU, 15 Juli 2021 - Data per 13 Juli 2021 mencatat 1.234 kasus baru.\n", r);
  ASSERT_EQ(doc.metadata.date, "2021-07-15");
  ASSERT_EQ(doc.metadata.data_date, "2021-07-13");
  const std::string pef = render_pef(braille_pages(doc, {}), doc, {});
  EXPECT_NE(pef.find("<dc:date>2021-07-15</dc:date>"), std::string::npos) << pef.substr(0, 900);
  EXPECT_NE(pef.find("; data per 2021-07-13;"), std::string::npos) << pef.substr(0, 900);
  EXPECT_EQ(test::pef_schema_errors(pef), "");
}

TEST(Pef, TheSchemaRejectsWhatIsNotPef) {
  EXPECT_NE(test::pef_schema_errors("<pef xmlns=\"http://www.daisy.org/ns/2008/pef\" version=\"2008-1\"/>"), "");
  Document doc;
  std::string pef = render_pef(two_pages(), doc, {});
  const std::size_t at = pef.find("⠁⠃");
  ASSERT_NE(at, std::string::npos);
  const std::string bad = pef.substr(0, at) + "a" + pef.substr(at + 3);
  EXPECT_NE(test::pef_schema_errors(bad), "");
}

TEST(Proof, EveryLineUnderItsPrintAndEscaped) {
  Document doc;
  doc.metadata.title = {Inline::make_text("Judul <b>")};
  BrailleDocument d = two_pages();
  d.pages[0].lines[0].print = "ab <c> & d";
  const std::string html = render_braille_proof(d, doc);
  EXPECT_NE(html.find("<html lang=\"id\">"), std::string::npos);
  EXPECT_NE(html.find("<title>Pemeriksaan braille: Judul &lt;b&gt;</title>"), std::string::npos);
  EXPECT_NE(html.find("<p class=\"print\">ab &lt;c&gt; &amp; d</p><p class=\"cells\">⠁⠃⠀⠉</p>"), std::string::npos);
  EXPECT_NE(html.find("Halaman braille 2"), std::string::npos);
  EXPECT_EQ(html.find("<b>"), std::string::npos);
}

}  // namespace
}  // namespace aksesibel
