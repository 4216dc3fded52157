// The promises of docs/security.md for reading: every limit of ReadLimits
// refuses with a located error past it, no page is cut silently, and a
// character reference reaches no further than the same raw character.
#include <gtest/gtest.h>

#include <functional>

#include "aksesibel/braille.hpp"
#include "aksesibel/convert.hpp"
#include "aksesibel/options.hpp"
#include "support.hpp"

namespace aksesibel {
namespace {

using test::read_as;

// Reading `input` fails with `code`, a message holding `part` and `option`
// (the limit's name, so that a user knows what to raise) and `line`.
void expect_refused(const std::string& input, InputFormat format, const ReadOptions& base, ErrorCode code,
                    const std::string& part, std::size_t line) {
  ReadOptions o = base;
  o.format = format;
  o.source_name = "hostile";
  try {
    read(input, o);
    ADD_FAILURE() << "no error; expected " << part;
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), code) << e.message();
    EXPECT_NE(e.message().find(part), std::string::npos) << e.message();
    EXPECT_EQ(e.where().file, "hostile");
    EXPECT_EQ(e.where().line, line) << e.message();
  }
}

std::size_t paragraphs_with(const Document& d, const std::string& word) {
  std::size_t n = 0;
  for (const Inline* i : test::all_inlines(d))
    if (i->text.find(word) != std::string::npos) ++n;
  return n;
}

TEST(Limits, FourHundredUnclosedFontTagsKeepEveryParagraph) {
  // libxml2 alone stops at 256 levels and drops the rest without a word.
  std::string html = "<html><body><h1>Buletin</h1>\n";
  for (int i = 0; i < 400; ++i) html += "<font><p>Paragraf nomor " + std::to_string(i + 1) + " tercatat.\n";
  const std::string text = render(read_as(html, InputFormat::Html), "text", {});
  for (int i = 1; i <= 400; ++i)
    EXPECT_NE(text.find("nomor " + std::to_string(i) + " tercatat"), std::string::npos) << i;
}

TEST(Limits, NestingDeeperThanTheLimitIsRefusedWithItsLine) {
  std::string html = "<html><body><h1>Buletin</h1>\n";
  for (int i = 0; i < 30; ++i) html += "<div>\n";
  html += "<p>Isi.</p>";
  ReadOptions o;
  o.limits.max_depth = 20;
  // <html> is 1, <body> 2, the <div> of line 2 is 3: the <div> of line 20 is 21 deep.
  expect_refused(html, InputFormat::Html, o, ErrorCode::InputTooLarge, "max-depth", 20);
  o.limits.max_depth = 40;
  EXPECT_NO_THROW(read(html, o));
}

TEST(Limits, AnElementWithTooManyAttributesIsRefusedBeforeParsing) {
  std::string html = "<html><body><h1>Buletin</h1>\n<p>Isi.</p>\n<p";
  for (int i = 0; i < 40000; ++i) html += " a" + std::to_string(i) + "=\"x>\"";
  html += ">Teks.</p>";
  expect_refused(html, InputFormat::Html, {}, ErrorCode::InputTooLarge, "max-attributes", 3);
  // A quoted ">" or an attribute without a value counts like any other.
  std::string few = "<html><body><h1>Buletin</h1><p title=\"a > b\" hidden-not x y z>Isi 12 orang.</p>";
  ReadOptions o;
  o.limits.max_attributes = 5;  // title, hidden-not, x, y, z
  EXPECT_NO_THROW(read(few, o));
  o.limits.max_attributes = 4;
  expect_refused(few, InputFormat::Html, o, ErrorCode::InputTooLarge, "max-attributes", 1);
  // A script's text is no markup: "i<n" followed by many words opens no tag.
  std::string script = "<html><head><script>for (i = 0; i<n";
  for (int k = 0; k < 400; ++k) script += " x" + std::to_string(k);
  script += "; i++) {}</SCRIPT></head><body><h1>Judul buletin</h1><p>Isi 12 orang.</p>";
  EXPECT_NO_THROW(read(script, {}));
}

TEST(Limits, SpansThatMultiplyATableAreRefused) {
  std::string html = "<html><body><h1>Buletin</h1><p>Isi.</p>\n<table>";
  for (int r = 0; r < 100; ++r) {
    html += "<tr>";
    for (int c = 0; c < 10; ++c) html += "<td colspan=50 rowspan=50>1</td>";
    html += "</tr>";
  }
  html += "</table>";
  expect_refused(html, InputFormat::Html, {}, ErrorCode::InputTooLarge, "max-table-cells", 2);
  // Spans beyond HTML's, or beyond what an int holds, are read as 50, not as overflow.
  Document d = read_as("<html><body><h1>J</h1><table><tr><th>A</th><th>B</th></tr>"
                       "<tr><td colspan=99999999999999999999>7</td></tr></table>",
                       InputFormat::Html);
  ASSERT_EQ(d.blocks.size(), 1u);
  EXPECT_EQ(d.blocks[0].rows.at(0).size(), 50u);
}

TEST(Limits, LongLinesWordsAndNumbersAreRefusedWithTheirLine) {
  const std::string head = "Buletin Covid-19\n\nPalu - Kasus bertambah 12 orang.\n";
  ReadOptions o;
  expect_refused(head + std::string(100001, 'x') + "\n", InputFormat::Text, o, ErrorCode::InputTooLarge,
                 "max-word-length", 4);
  o.limits.max_line_length = 50;
  expect_refused(head + "Kata " + std::string(60, 'a') + "\n", InputFormat::Text, o, ErrorCode::InputTooLarge,
                 "max-line-length", 4);
  o = {};
  expect_refused(head + "Jumlah " + std::string(25, '9') + " orang.\n", InputFormat::Text, o,
                 ErrorCode::InputTooLarge, "max-number-length", 4);
  // Separators do not hide digits: 25 digits in groups of three.
  expect_refused(head + "Jumlah 1.234.567.890.123.456.789.012.345 orang.\n", InputFormat::Text, o,
                 ErrorCode::InputTooLarge, "max-number-length", 4);
  // 24 digits, and dates and versions that are no one number, pass.
  EXPECT_NO_THROW(read(head + "Jumlah " + std::string(24, '9') + " orang, 25/6/2020, 1.2.3.\n", o));
}

TEST(Limits, APageIsCheckedOnItsContentNotItsScripts) {
  const std::string script = "<script>var x='" + std::string(5000, 'q') + "';</script>";
  Document d = read_as("<html><head>" + script + "</head><body><h1>J</h1><p>Isi 12 orang.</p></body></html>",
                       InputFormat::Html);
  EXPECT_EQ(paragraphs_with(d, "Isi"), 1u);
  expect_refused("<html><body><h1>J</h1>\n<p>Isi " + std::string(2000, 'w') + ".</p>", InputFormat::Html, {},
                 ErrorCode::InputTooLarge, "max-word-length", 2);
}

std::size_t block_depth(const std::vector<Block>& blocks) {
  std::size_t deepest = 0;
  for (const Block& b : blocks) {
    deepest = std::max(deepest, b.kind == Block::Kind::Quote ? 1 + block_depth(b.children) : 0);
    for (const auto& item : b.items) deepest = std::max(deepest, 1 + block_depth(item));
  }
  return deepest;
}

TEST(Limits, ListsAndQuotesNestNoDeeperThanTheLimitAndLoseNothing) {
  for (const std::string open : {"<blockquote><p>Kutipan nomor ", "<ul><li>Butir nomor "}) {
    std::string html = "<html><body><h1>Judul buletin</h1>\n<p>Palu mencatat 12 kasus.</p>\n";
    for (int i = 1; i <= 50; ++i) html += open + std::to_string(i) + " dicatat.\n";
    const Document d = read_as(html, InputFormat::Html);
    EXPECT_EQ(block_depth(d.blocks), 8u) << open;
    const std::string text = render(d, "text", {});
    for (int i = 1; i <= 50; ++i) EXPECT_NE(text.find("nomor " + std::to_string(i) + " dicatat"), std::string::npos) << i;
    ASSERT_FALSE(d.warnings.empty());  // the 9th level, "nomor 9", is on line 11
    EXPECT_NE(d.warnings.back().message.find("nest more than 8 deep from line 11"), std::string::npos)
        << d.warnings.back().message;
  }
}

// Emphasis inside emphasis is one emphasis: 990 nested <b> had made large
// print take 100 s and most formats memory that grew with the square of the depth.
TEST(Limits, NestedEmphasisIsOneLevel) {
  std::string html = "<html><body><h1>Judul buletin</h1><p>Awal ";
  for (int i = 0; i < 300; ++i) html += "<b><i><a href=\"https://a.id/\">";
  html += "Kasus 123 orang";
  for (int i = 0; i < 300; ++i) html += "</a></i></b>";
  html += "</p>";
  const Document d = read_as(html, InputFormat::Html);
  std::size_t deepest = 0;
  std::function<void(const Inlines&, std::size_t)> walk = [&](const Inlines& in, std::size_t depth) {
    for (const Inline& i : in) {
      deepest = std::max(deepest, depth);
      walk(i.children, depth + 1);
    }
  };
  for (const Block& b : d.blocks) walk(b.inlines, 1);
  EXPECT_LE(deepest, 4u);  // strong, emphasis, link, the text
  EXPECT_NE(render(d, "text", {}).find("Kasus 123 orang"), std::string::npos);
}

// Elements that are not phrasing content keep their figures apart, as a
// browser shows them: "12" and "34" are two figures, not 1234.
TEST(Limits, FiguresInNeighbouringBlockElementsStayApart) {
  for (const char* inner : {"<details><summary>12</summary>34 orang</details>", "<figure>12</figure><figure>34</figure> orang",
                            "<header>12</header><header>34</header> orang", "<ruby>12<rt>34</rt></ruby> orang"}) {
    const Document d = read_as(std::string("<html><body><h1>Update 3 Maret 2021</h1><p>Positif hari ini ") + inner + "</p>",
                               InputFormat::Html);
    const std::string text = render(d, "text", {});
    EXPECT_NE(text.find("12 34"), std::string::npos) << inner << "\n" << text;
    EXPECT_EQ(text.find("1234"), std::string::npos) << inner << "\n" << text;
  }
}

// Text where only rows, items or terms belong is shown by a browser, so it
// is read; what is left out (a form control, <noscript>) is listed.
TEST(Limits, NoTextOfAPageGoesWithoutAWord) {
  auto read_snippet = [](const std::string& snippet) {
    return read_as("<html><body><h1>Update 3 Maret 2021</h1><p>Kasus hari ini.</p>" + snippet, InputFormat::Html);
  };
  for (const char* snippet : {"<table><tr><td>Palu</td><td>12</td></tr>Total 99<tr><td>Sigi</td><td>3</td></tr></table>",
                              "<table><tr><td>Palu</td><td>12</td></tr><p>Total 99</p></table>",
                              "<ul><li>Palu 12</li>Total 99<li>Sigi 3</li></ul>", "<dl><dt>Palu</dt><dd>12</dd>Total 99</dl>",
                              "<p>Isi <math><mn>99</mn></math> orang</p>"}) {
    const std::string text = render(read_snippet(snippet), "text", {});
    EXPECT_NE(text.find("99"), std::string::npos) << snippet << "\n" << text;
  }
  for (const char* snippet : {"<noscript><p>Positif 151 orang</p></noscript>", "<button>151</button>",
                              "<select><option>151</option></select>", "<object>151 orang</object>"}) {
    const Document d = read_snippet(snippet);
    bool listed = false;
    for (const Removed& r : d.removed) listed |= r.text.find("151") != std::string::npos;
    EXPECT_TRUE(listed) << snippet;
  }
}

// "<![CDATA[ … ]]>" in HTML is a comment to a browser; libxml2 left it in the text.
TEST(Limits, ABogusCommentIsNoText) {
  const std::string text = render(read_as("<html><body><h1>Update 3 Maret 2021</h1><p>Kasus hari ini.</p>"
                                          "<p>Kasus 5 <![CDATA[ 12 orang ]]> orang</p>",
                                          InputFormat::Html),
                                  "text", {});
  EXPECT_NE(text.find("Kasus 5 orang"), std::string::npos) << text;
  EXPECT_EQ(text.find("CDATA"), std::string::npos) << text;
}

TEST(Limits, AnUnclosedEmbedNoLongerSwallowsItsContainer) {
  Document d = read_as("<html><body><article><h1>J</h1><p>Awal 1 orang.</p><embed src=\"v.swf\">"
                       "<p>Sesudahnya 2 orang sembuh.</p><p>Lalu 3 orang.</p><source><p>Akhir 4 orang.</p></article>",
                       InputFormat::Html);
  EXPECT_EQ(paragraphs_with(d, "Sesudahnya"), 1u);
  EXPECT_EQ(paragraphs_with(d, "Lalu"), 1u);
  EXPECT_EQ(paragraphs_with(d, "Akhir"), 1u);
}

// Plain language keeps a sentence past plain-max-sentence-words whole, every
// word kept, and says so with the line.
TEST(Limits, ASentenceTooLongToSplitIsKeptWholeWithAWarning) {
  std::string sentence = "Satgas mencatat";
  for (int i = 0; i < 60; ++i) sentence += " kasus baru di desa nomor " + std::to_string(i + 1) + " dan";
  sentence += " tidak ada yang lain.";
  ConvertOptions o;
  set_option(o, "plain-max-sentence-words", "50");
  o.simplify = true;
  o.read.source_name = "panjang.txt";
  const Conversion c = convert("Buletin Covid\n\nPalu - Kasus baru 3 orang.\n\n" + sentence + "\n", o);
  bool warned = false;
  for (const Warning& w : c.document.warnings)
    if (w.message.find("is kept whole in plain language") != std::string::npos) {
      warned = true;
      EXPECT_EQ(w.where.line, 5u);
    }
  EXPECT_TRUE(warned);
  for (int i = 0; i < 60; ++i)
    EXPECT_NE(c.outputs[0].content.find("nomor " + std::to_string(i + 1) + " dan"), std::string::npos) << i;
}

TEST(Characters, ReferencesReachNoFurtherThanRawCharacters) {
  const std::string page = "<html><body><h1>J</h1>\n<p>Isi 12 orang.</p>\n<p>Satu";
  for (const char* ref : {"&#x7f;", "&#127;", "&#x90;", "&#x9d;", "&#x81;", "&#xFDD0;", "&#x1FFFF;"})
    expect_refused(page + ref + "dua.</p>", InputFormat::Html, {}, ErrorCode::ControlCharacter,
                   "written as a character reference", 3);
  // In an attribute that reaches the outputs too (an image's text).
  expect_refused(page + "</p>\n\n<img alt=\"grafik&#x9d;\" src=\"g.png\">", InputFormat::Html, {},
                 ErrorCode::ControlCharacter, "U+009D", 5);
  // The characters XML cannot hold (U+FFFE, U+FFFF, most C0 controls)
  // libxml2 itself leaves out: they reach no output either.
  for (const char* ref : {"&#xFFFE;", "&#xFFFF;", "&#x1;", "&#0;"})
    EXPECT_EQ(paragraphs_with(read_as(page + ref + "dua.</p>", InputFormat::Html), "Satudua"), 1u) << ref;
  // &#150; is the dash pages meant (HTML5's Windows-1252 table).
  Document d = read_as(page + "&#150;dua.</p>", InputFormat::Html);
  EXPECT_EQ(paragraphs_with(d, "Satu\u2013dua"), 1u);
  // Lenient drops them with one warning that counts them.
  ReadOptions o;
  o.lenient = true;
  o.format = InputFormat::Html;
  Document l = read(page + "&#x7f;dua&#x90;.</p>", o);
  EXPECT_EQ(paragraphs_with(l, "Satudua"), 1u);
  ASSERT_FALSE(l.warnings.empty());
  EXPECT_NE(l.warnings.back().message.find("2 control characters or noncharacters written as character references"),
            std::string::npos)
      << l.warnings.back().message;
}

TEST(Characters, NoncharactersAreRefusedRawAndNeverReachAPef) {
  const std::string text = "Buletin\n\nKasus 12 orang\xEF\xBF\xBE hari ini \xEF\xBF\xBF.\n";
  expect_refused(text, InputFormat::Text, {}, ErrorCode::ControlCharacter, "noncharacter U+FFFE", 3);
  ConvertOptions o;
  o.read.lenient = true;
  o.read.format = InputFormat::Text;
  o.formats = {"pef"};
  const auto out = convert(text, o);
  ASSERT_EQ(out.outputs.size(), 1u);
  EXPECT_EQ(out.outputs[0].content.find("\xEF\xBF"), std::string::npos);
}

}  // namespace
}  // namespace aksesibel
