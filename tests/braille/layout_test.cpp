// Layout on braille cells: wrapping, breaking long words and numbers, pages.
#include <gtest/gtest.h>

#include "braille/hyphenate.hpp"
#include "braille/layout.hpp"
#include "braille/louis.hpp"
#include "data/data_dir.hpp"
#include "data/language_data.hpp"
#include "support.hpp"
#include "text/utf8.hpp"

namespace aksesibel::braille {
namespace {

const std::string& table() {
  static const std::string t = resolve_table("", "id", "");
  return t;
}

std::u32string u32(const std::string& s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) out += text::next_code_point(s, i);
  return out;
}

// A run of real translated print.
Run run_of(const std::string& print) {
  Translation t = translate(table(), u32(print));
  Run r;
  r.cells = t.cells;
  r.print = print;
  std::vector<std::size_t> offset;  // code point index → byte offset
  for (std::size_t i = 0; i < print.size();) {
    offset.push_back(i);
    text::next_code_point(print, i);
  }
  for (int p : t.input_pos) r.src.push_back(static_cast<long>(offset.at(static_cast<std::size_t>(p))));
  return r;
}

std::u32string cells_of(const std::string& print) { return run_of(print).cells; }

TEST(Wrap, LinesFitAndBreakAtBlankCells) {
  braille::Run r = run_of("Satgas mencatat penambahan kasus baru terkonfirmasi positif pada hari ini di seluruh provinsi.");
  auto lines = wrap(r, 20, 2, 0, false);
  ASSERT_GT(lines.size(), 3u);
  for (const auto& l : lines) {
    EXPECT_LE(l.cells.size(), 20u);
    EXPECT_NE(l.cells.back(), kBlank) << "trailing blanks are trimmed";
  }
  EXPECT_EQ(lines[0].cells.substr(0, 2), std::u32string(2, kBlank)) << "first-line indent";
  EXPECT_NE(lines[1].cells[0], kBlank) << "runover at the margin";
  // Nothing lost: the words of all lines are the words of the run.
  std::u32string joined;
  for (const auto& l : lines) {
    std::u32string c = l.cells;
    c.erase(0, c.find_first_not_of(kBlank));
    joined += (joined.empty() ? U"" : std::u32string(1, kBlank)) + c;
  }
  EXPECT_EQ(joined, r.cells);
  EXPECT_EQ(lines[0].print.rfind("Satgas", 0), 0u);
}

TEST(Wrap, ALongWordBreaksAtASyllableWithTheHyphen) {
  braille::Run r = run_of("pertanggungjawabannya");  // 21 letters, 21 cells
  auto lines = wrap(r, 12, 0, 0, false);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].cells.back(), kHyphen);
  EXPECT_LE(lines[0].cells.size(), 12u);
  // The break falls between syllables: per-tang-gung-ja-wab-an-nya.
  const std::string first = lines[0].print;
  EXPECT_TRUE(first == "pertanggung" || first == "pertang" || first == "per") << first;
  std::u32string rest = lines[0].cells.substr(0, lines[0].cells.size() - 1) + lines[1].cells;
  EXPECT_EQ(rest, r.cells) << "no cell lost or added but the hyphen";
}

// A word of thousands of letters (a hostile web page) is broken over many
// lines, each within the width and ending in the hyphen, with every cell kept
// and at syllable boundaries where the word has them.
TEST(Wrap, AVeryLongWordIsBrokenOverManyLinesWithNothingLost) {
  std::string word;
  while (word.size() < 6000) word += "pertanggungjawabannya";
  braille::Run r = run_of(word);
  auto lines = wrap(r, 40, 2, 0, false);
  ASSERT_GT(lines.size(), 150u);
  std::u32string joined;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    EXPECT_LE(lines[k].cells.size(), 40u);
    std::u32string c = lines[k].cells;
    c.erase(0, c.find_first_not_of(kBlank));
    if (k + 1 < lines.size()) {
      ASSERT_EQ(c.back(), kHyphen) << "line " << k;
      c.pop_back();
      // per-tang-gung-ja-wab-an-nya: no line ends inside "ng", "nn" or "ny".
      const std::string& p = lines[k].print;
      ASSERT_GE(p.size(), 2u);
      const std::string last_two = p.substr(p.size() - 2);
      EXPECT_TRUE(last_two != "pe" && last_two != "ta" && last_two != "gu" && last_two != "wa") << p;
    }
    joined += c;
  }
  EXPECT_EQ(joined, r.cells);
}

// The boundaries found from the head of a word are those of the whole word.
TEST(Syllables, TheHeadOfAWordHasTheBoundariesOfTheWhole) {
  std::string word;
  std::uint32_t seed = 7;
  const std::string letters = "aiueoknstgrbmpl";
  for (int k = 0; k < 3000; ++k) {
    seed = seed * 1103515245u + 12345u;
    word += letters[(seed >> 16) % letters.size()];
  }
  const std::vector<std::size_t> whole = syllable_breaks(word);
  ASSERT_FALSE(whole.empty()) << "the hyphenation patterns are installed";
  for (std::size_t head : {kSyllableReach + 1, std::size_t{100}, std::size_t{777}, std::size_t{2500}}) {
    const std::vector<std::size_t> got = syllable_breaks_in_head(std::string_view(word).substr(0, head));
    std::vector<std::size_t> want;
    for (std::size_t off : whole)
      if (off <= head - kSyllableReach) want.push_back(off);
    EXPECT_EQ(got, want) << "head of " << head;
  }
}

TEST(Wrap, ANumberIsNeverSplitSilently) {
  braille::Run r = run_of("1.250.000.000.000.000");
  auto lines = wrap(r, 12, 0, 0, false);
  ASSERT_GE(lines.size(), 2u);
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    EXPECT_EQ(lines[i].cells.back(), kHyphen);
    EXPECT_EQ(lines[i + 1].cells.front(), kHyphen) << "rule N8, cara 1: 3-6 again at the start of the next line";
    // Parted between two digits: no line ends or starts with the thousands sign 2.
    EXPECT_NE(lines[i].cells[lines[i].cells.size() - 2], U'\u2802') << i;
    EXPECT_NE(lines[i + 1].cells[1], U'\u2802') << i;
  }
}

// Around a number, a break never leaves an opening sign before a hyphen
// ("(-" reads as a minus), nor adds a hyphen to a print hyphen ("--" is the
// dash), nor parts a separator from its digits.
TEST(Wrap, BreaksNearNumbersReadAsWhatThePrintSays) {
  for (int width = 12; width <= 16; ++width) {
    for (const char* print :
         {"(1.234.567,89)", "(-1.234.567)", "+6281234567890", "PPKM-level4-2021", "12.345.678.901.234.567.890"}) {
      auto lines = wrap(run_of(print), width, 0, 0, false);
      for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        const std::u32string& c = lines[i].cells;
        ASSERT_GE(c.size(), 2u);
        const std::u32string end = c.substr(c.size() - 2);
        EXPECT_NE(end, U"\u2836\u2824") << print << " at " << width << ": '(' then a hyphen (or a minus)";
        EXPECT_NE(end, U"\u2816\u2824") << print << " at " << width << ": '+' then a hyphen";
        EXPECT_NE(end, U"\u2824\u2824") << print << " at " << width << ": reads as a dash";
        EXPECT_NE(end, U"\u2802\u2824") << print << " at " << width << ": reads as ',-'";
        EXPECT_NE(end, U"\u2828\u2824") << print << " at " << width << ": reads as an underscore";
        EXPECT_NE(lines[i + 1].cells.substr(0, 2), U"\u2824\u2802") << print << " at " << width;
      }
    }
  }
}

// A web or e-mail address breaks only after "/", "." or "-", and the line
// ends with the continuation sign (dot 5), not a hyphen that reads as part
// of the address.
TEST(Wrap, AnAddressBreaksAfterASlashOrAPointWithTheContinuationSign) {
  braille::Run r = run_of("https://dinkes.sultengprov.go.id/data-covid");
  auto lines = wrap(r, 20, 0, 0, false);
  ASSERT_GE(lines.size(), 3u);
  std::u32string joined;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::u32string& c = lines[i].cells;
    ASSERT_LE(c.size(), 20u);
    if (i + 1 < lines.size()) {
      EXPECT_EQ(c.back(), kContinuation) << i;
      const char before = lines[i].print.back();
      EXPECT_TRUE(before == '/' || before == '.' || before == '-') << lines[i].print;
      joined += c.substr(0, c.size() - 1);
    } else {
      joined += c;
    }
  }
  EXPECT_EQ(joined, r.cells) << "no cell lost or added but the continuation signs";
  // An e-mail address too.
  auto mail = wrap(run_of("pusdatina.covid19@sultengprov.go.id"), 16, 0, 0, false);
  ASSERT_GE(mail.size(), 2u);
  EXPECT_EQ(mail[0].cells.back(), kContinuation);
  const char before = mail[0].print.back();
  EXPECT_TRUE(before == '.' || before == '/' || before == '-') << mail[0].print;
}

// A number inside a longer word ("(14.054/hari)") is not parted: the word
// breaks before it.
TEST(Wrap, ANumberInsideAWordIsKeptWhole) {
  braille::Run r = run_of("xyzxyzxyz(14.054/hari)");
  for (int width : {12, 13, 14, 15, 16}) {
    auto lines = wrap(r, width, 0, 0, false);
    ASSERT_GE(lines.size(), 2u);
    bool whole = false;
    for (const BrailleLine& l : lines) whole |= l.cells.find(cells_of("14.054")) != std::u32string::npos;
    EXPECT_TRUE(whole) << "width " << width << ": " << lines[0].print << " / " << lines[1].print;
  }
}

// A word with a short number in it that does not fit the rest of a line goes
// to the next line whole rather than being parted the N8 way.
TEST(Wrap, AShortNumberMovesToTheNextLineRatherThanBeingParted) {
  for (int width = 12; width <= 20; ++width) {
    auto lines = wrap(run_of("sebanyak 2.779/1.000.000 penduduk dan (14.054/hari) kasus"), width, 0, 0, false);
    for (std::size_t i = 0; i + 1 < lines.size(); ++i)
      EXPECT_FALSE(lines[i].cells.back() == kHyphen && lines[i + 1].cells.front() == kHyphen)
          << width << ": " << lines[i].print << " / " << lines[i + 1].print;
  }
}

TEST(Wrap, CentredLines) {
  auto lines = wrap(run_of("Judul"), 20, 0, 0, true);
  ASSERT_EQ(lines.size(), 1u);
  const std::size_t pad = lines[0].cells.find_first_not_of(kBlank);
  EXPECT_EQ(pad, (20 - (lines[0].cells.size() - pad)) / 2);
}

Unit unit(const std::string& s, bool heading = false) {
  Unit u;
  u.run = run_of(s);
  u.keep_with_next = heading;
  u.blank_before = heading;
  return u;
}

std::u32string number(int n) { return cells_of(std::to_string(n)); }

TEST(Paginate, PageNumbersOnTheLastLineRightAligned) {
  BrailleOptions o;
  o.cells_per_line = 20;
  o.lines_per_page = 5;
  std::vector<Unit> units;
  for (int i = 0; i < 9; ++i) units.push_back(unit("baris " + std::to_string(i)));
  auto pages = paginate(units, o, number);
  ASSERT_EQ(pages.size(), 3u);
  for (std::size_t p = 0; p < pages.size(); ++p) {
    ASSERT_EQ(pages[p].lines.size(), 5u);
    const auto& last = pages[p].lines.back().cells;
    EXPECT_EQ(last.size(), 20u);
    EXPECT_EQ(last.substr(last.find_first_not_of(kBlank)), number(static_cast<int>(p) + 1));
    EXPECT_EQ(pages[p].number, static_cast<int>(p) + 1);
  }
}

TEST(Paginate, AHeadingIsNeverTheLastTextLineOfAPage) {
  BrailleOptions o;
  o.cells_per_line = 20;
  o.lines_per_page = 5;  // four text lines
  std::vector<Unit> units = {unit("satu"), unit("dua"), unit("Judul kecil", true), unit("isi")};
  auto pages = paginate(units, o, number);
  ASSERT_EQ(pages.size(), 2u);
  EXPECT_EQ(pages[1].lines[0].print, "Judul kecil") << "moved to the next page with its text";
  EXPECT_EQ(pages[1].lines[1].print, "isi");
}

TEST(Paginate, InterpointNumbersRectoPagesOnly) {
  BrailleOptions o;
  o.cells_per_line = 20;
  o.lines_per_page = 4;
  o.duplex = true;
  std::vector<Unit> units;
  for (int i = 0; i < 12; ++i) units.push_back(unit("baris"));
  auto pages = paginate(units, o, number);
  ASSERT_EQ(pages.size(), 4u);
  EXPECT_TRUE(pages[0].numbered);
  EXPECT_FALSE(pages[1].numbered);
  EXPECT_TRUE(pages[2].numbered);
  // A verso page has no number line: its text uses every line.
  EXPECT_EQ(pages[0].lines.size(), 4u);
  EXPECT_EQ(pages[0].lines[2].print, "baris");
  EXPECT_EQ(pages[0].lines[3].print, "1");
  ASSERT_EQ(pages[1].lines.size(), 4u);
  for (const BrailleLine& l : pages[1].lines) EXPECT_EQ(l.print, "baris");
  EXPECT_EQ(pages[3].lines.size(), 2u) << "3 + 4 + 3 + 2 lines of text; a verso page has no number line";
}

TEST(Paginate, InterpointVersoPagesUseTheTopLineToo) {
  BrailleOptions o;
  o.cells_per_line = 20;
  o.lines_per_page = 4;
  o.duplex = true;
  o.page_numbers = BrailleOptions::PageNumbers::Top;
  std::vector<Unit> units;
  for (int i = 0; i < 7; ++i) units.push_back(unit("baris"));
  auto pages = paginate(units, o, number);
  ASSERT_EQ(pages.size(), 2u);
  EXPECT_EQ(pages[0].lines[0].print, "1");
  ASSERT_EQ(pages[1].lines.size(), 4u);
  EXPECT_EQ(pages[1].lines[0].print, "baris") << "no empty number line on a verso page";
}

TEST(Paginate, APageBreakAfterAUnit) {
  BrailleOptions o;
  o.cells_per_line = 20;
  o.lines_per_page = 10;
  Unit first = unit("Tanda khusus");
  first.page_break_after = true;
  auto pages = paginate({first, unit("isi")}, o, number);
  ASSERT_EQ(pages.size(), 2u);
  EXPECT_EQ(pages[0].lines[0].print, "Tanda khusus");
  EXPECT_EQ(pages[1].lines[0].print, "isi");
  // In interpoint the text starts on the next recto page: the verso stays blank.
  o.duplex = true;
  pages = paginate({first, unit("isi")}, o, number);
  ASSERT_EQ(pages.size(), 3u);
  EXPECT_TRUE(pages[1].lines.empty());
  EXPECT_EQ(pages[2].lines[0].print, "isi");
  EXPECT_TRUE(pages[2].numbered);
}

// A table in columns that goes on to a new page starts it with its header row again.
TEST(Paginate, AColumnHeaderRowIsRepeatedOnTheNextPage) {
  BrailleOptions o;
  o.cells_per_line = 20;
  o.lines_per_page = 5;  // four text lines
  Unit table;
  for (const char* p : {"Kota | Kasus", "Palu | 5", "Poso | 6", "Sigi | 7", "Buol | 8", "Parigi | 9"}) {
    BrailleLine l;
    l.cells = U"\u2801";
    l.print = p;
    table.formed.push_back(l);
  }
  table.repeat_lines = 1;
  auto pages = paginate({unit("teks"), unit("teks"), table}, o, number);
  ASSERT_EQ(pages.size(), 3u);
  // Page 1: two lines of text; the header and one row would fit, so the table starts there.
  EXPECT_EQ(pages[0].lines[2].print, "Kota | Kasus");
  EXPECT_EQ(pages[0].lines[3].print, "Palu | 5");
  EXPECT_EQ(pages[1].lines[0].print, "Kota | Kasus");
  EXPECT_EQ(pages[1].lines[1].print, "Poso | 6");
  EXPECT_EQ(pages[1].lines[3].print, "Buol | 8");
  EXPECT_EQ(pages[2].lines[0].print, "Kota | Kasus");
  EXPECT_EQ(pages[2].lines[1].print, "Parigi | 9");
  // A caption stays with the header row and the first row.
  Unit caption = unit("Kasus per kabupaten", true);
  auto captioned = paginate({unit("teks"), unit("teks"), caption, table}, o, number);
  EXPECT_EQ(captioned[1].lines[0].print, "Kasus per kabupaten");
  EXPECT_EQ(captioned[1].lines[1].print, "Kota | Kasus");
  EXPECT_EQ(captioned[1].lines[2].print, "Palu | 5");
  // A header alone at the foot of a page is moved on with its first row.
  auto moved = paginate({unit("teks"), unit("teks"), unit("teks"), table}, o, number);
  EXPECT_EQ(moved[0].lines[2].print, "teks");
  EXPECT_TRUE(moved[0].lines[3].cells.empty());
  EXPECT_EQ(moved[1].lines[0].print, "Kota | Kasus");
  EXPECT_EQ(moved[1].lines[1].print, "Palu | 5");
}

TEST(Paginate, NumbersAtTheTop) {
  BrailleOptions o;
  o.cells_per_line = 20;
  o.lines_per_page = 4;
  o.page_numbers = BrailleOptions::PageNumbers::Top;
  auto pages = paginate({unit("satu"), unit("dua")}, o, number);
  ASSERT_EQ(pages.size(), 1u);
  EXPECT_EQ(pages[0].lines[0].cells.substr(pages[0].lines[0].cells.find_first_not_of(kBlank)), number(1));
  EXPECT_EQ(pages[0].lines[1].print, "satu");
}

TEST(Verify, ALostNumberIsAnError) {
  auto data = data::load_language_data(data::data_directory(""));
  const text::Recogniser& rec = text::recogniser_for(*data);
  braille::Run good = run_of("Positif 14.054 orang, Rabu (14/7/2021) pukul 15.00 Wita, 95,5 persen.");
  EXPECT_NO_THROW(verify({good}, table(), rec, "t"));
  braille::Run bad = good;
  bad.cells = cells_of("Positif 14.055 orang, Rabu (14/7/2021) pukul 15.00 Wita, 95,5 persen.");
  try {
    verify({bad}, table(), rec, "t");
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::BrailleFidelity);
    EXPECT_NE(e.message().find("'14.054'"), std::string::npos) << e.message();
    EXPECT_NE(e.message().find("option no-verify"), std::string::npos);
  }
}

// Only the words near a digit are read back: a month name next to its day,
// and a number far along a long run, are still checked.
TEST(Verify, AChangedMonthOrAFarNumberIsAnError) {
  auto data = data::load_language_data(data::data_directory(""));
  const text::Recogniser& rec = text::recogniser_for(*data);
  const std::string print =
      "Data per Rabu, 14 Juli 2021: tambahan kasus positif di seluruh kabupaten dan kota yang ada di provinsi ini "
      "tercatat sebanyak 38 orang.";
  braille::Run good = run_of(print);
  EXPECT_NO_THROW(verify({good}, table(), rec, "t"));
  braille::Run month = good;
  month.cells = cells_of("Data per Rabu, 14 Juni 2021: tambahan kasus positif di seluruh kabupaten dan kota yang ada di "
                         "provinsi ini tercatat sebanyak 38 orang.");
  ASSERT_EQ(month.cells.size(), good.cells.size());
  EXPECT_THROW(verify({month}, table(), rec, "t"), Error);
  braille::Run far = good;
  far.cells = cells_of("Data per Rabu, 14 Juli 2021: tambahan kasus positif di seluruh kabupaten dan kota yang ada di "
                       "provinsi ini tercatat sebanyak 39 orang.");
  try {
    verify({far}, table(), rec, "t");
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::BrailleFidelity);
    EXPECT_NE(e.message().find("'38'"), std::string::npos) << e.message();
  }
  // Words far from any digit are not read back, so a change there is not
  // this check's to find (verify_numbers() reads every cell for numbers).
  braille::Run word = good;
  word.cells = cells_of("Data per Rabu, 14 Juli 2021: tambahan kasus positif di seluruh kabupaten dan kota yang adu di "
                        "provinsi ini tercatat sebanyak 38 orang.");
  EXPECT_NO_THROW(verify({word}, table(), rec, "t"));
}

}  // namespace
}  // namespace aksesibel::braille
