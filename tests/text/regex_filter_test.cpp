// The RE2 pre-test of the ICU patterns (lib/text/regex_filter.hpp): the
// rewriting of each construct, what gives no filter, and the promise that
// results are ICU's own — on hand-made subjects and on the whole corpus
// with every pattern of the library checked against ICU alone.
#include <gtest/gtest.h>

#include <aksesibel/convert.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "text/regex.hpp"
#include "text/regex_filter.hpp"

namespace fs = std::filesystem;
using aksesibel::text::Regex;
using aksesibel::text::relax_for_re2;

namespace {

std::string relaxed(std::string_view icu, bool ci = false) {
  auto r = relax_for_re2(icu, ci);
  return r ? r->re2 : std::string("<none>");
}

// Every search from every character, find_all and full_match agree with ICU
// alone.
void expect_same_as_icu(const Regex& re, const std::string& subject) {
  const std::size_t before = Regex::filter_mismatches();
  for (std::size_t from = 0; from <= subject.size(); ++from)
    if (from == subject.size() || (static_cast<unsigned char>(subject[from]) & 0xC0) != 0x80)
      (void)re.search(subject, from);
  (void)re.find_all(subject);
  (void)re.full_match(subject);
  EXPECT_EQ(Regex::filter_mismatches(), before) << re.pattern() << " on \"" << subject << "\"";
}

struct VerifyOn {
  VerifyOn() { Regex::set_verify_filter(true); }
  ~VerifyOn() { Regex::set_verify_filter(false); }
};

}  // namespace

TEST(RegexFilter, DropsAssertionsAndKeepsTheRest) {
  // A Unicode class: its ASCII members exactly, and all of non-ASCII.
  EXPECT_EQ(relaxed(R"((?<![\p{L}])\d+(?![.,]\d))"), R"([\x{30}-\x{39}\x{80}-\x{10FFFF}]+)");
  EXPECT_EQ(relaxed(R"(\bfoto\b)"), "foto");
  EXPECT_EQ(relaxed(R"((?<d>\d{1,2})/(?<m>\d{1,2}))"),
            R"((?P<d>[\x{30}-\x{39}\x{80}-\x{10FFFF}]{1,})/(?P<m>[\x{30}-\x{39}\x{80}-\x{10FFFF}]{1,}))");
  EXPECT_EQ(relaxed(R"((?>ab)++c*+)"), "(?:ab)+c*");
  EXPECT_EQ(relaxed(R"(x(?#a comment)y)"), "xy");
  EXPECT_EQ(relaxed(R"(\s\S)"),
            R"([\x{9}-\x{d}\x{20}\x{80}-\x{10FFFF}][\x{0}-\x{8}\x{e}-\x{1f}\x{21}-\x{7f}\x{80}-\x{10FFFF}])");
  EXPECT_EQ(relaxed(R"([\w.-])"), R"([\x{30}-\x{39}\x{41}-\x{5a}\x{5f}\x{61}-\x{7a}\x{80}-\x{10FFFF}.-])");
  // In a negated class, the ASCII members alone: its complement stays a superset.
  EXPECT_EQ(relaxed(R"([^\s<>"])"), R"([^\x{9}-\x{d}\x{20}<>"])");
  EXPECT_EQ(relaxed(R"([^\p{L}\p{N}])"), R"([^\x{41}-\x{5a}\x{61}-\x{7a}\x{30}-\x{39}])");
  EXPECT_EQ(relaxed(R"(a\u2013b)"), R"(a\x{2013}b)");
  // "$" also before a final line terminator, as in ICU.
  EXPECT_EQ(relaxed("end$"), R"(end(?:\r\n|[\n\r\x{85}\x{2028}\x{2029}])?\z)");
  auto g = relax_for_re2(R"((?:\G|(?<!\w))\w+@)", false);
  ASSERT_TRUE(g);
  EXPECT_TRUE(g->uses_g);
  EXPECT_TRUE(relax_for_re2("(?i)abc", false)->folds_case);
}

TEST(RegexFilter, GivesNoFilterForWhatItCannotSpell) {
  for (const char* p : {R"((a)\1)", R"([a-z&&[^x]])", R"([[:alpha:]])", R"((?x) a b)", R"((?m)^a$)", R"(a$b)",
                        R"(\p{NoSuchProperty})", R"(\N{DIGIT ONE})", R"(\R)", R"(\X)", R"(\Z)"})
    EXPECT_EQ(relaxed(p), "<none>") << p;
  // Full case folding ("ß" matches "ss" in ICU, not in RE2).
  EXPECT_EQ(relaxed("(?i)straße"), "<none>");
  EXPECT_TRUE(aksesibel::text::needs_full_case_folding("Jalan Groß"));
  EXPECT_TRUE(aksesibel::text::needs_full_case_folding("ǰ"));
  EXPECT_TRUE(aksesibel::text::needs_full_case_folding("\xC3"));  // ill-formed: no filter
  EXPECT_FALSE(aksesibel::text::needs_full_case_folding("Palu, Sulawesi Tengah — “kasus”"));
}

TEST(RegexFilter, ResultsAreIcusOnHandMadeSubjects) {
  VerifyOn verify;
  const std::vector<std::string> subjects = {
      "", "a", "Kamis (9/6) pukul 10.00 WITA", "14.054 kasus, 82,7 % sembuh.\n", "e-mail: humas@sultengprov.go.id.",
      "www.covid19.go.id/peta\r\n", "ISTIMEWA\u2028", "Jalan Groß STRASSE strasse ǰ J̌", "  \t spasi\u00a0tak\u2003putus ",
      "a.b.c/d/e/f", "ДЕСЯТЬ десять 10", "десять abc", "ǅ ǆ ǲ Ⅳ ⅳ Ⓐ ⓐ K", "tanggal 1/2/2021, 01/02/21"};
  const std::vector<std::pair<std::string, bool>> patterns = {
      {R"((?<![\p{L}\p{N}_])(?<!\d[.,])(?<n>\d{1,3}(?:\.\d{3})+|\d+)(?![\p{L}\p{N}]))", false},
      {R"(\((?<d>\d{1,2})/(?<m>\d{1,2})\))", false},
      {R"((?i)\bpukul\s+\d{1,2}[.:]\d{2}\s*(wita|wib|wit)?\b)", false},
      {R"((?:\G|(?<![\p{L}\p{N}._%+-]))[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,})", false},
      {R"(^\S.{2,200}\s\|$)", false},
      {R"((?i)^(?=(\S+\s+){0,11}\S+$).{0,60}\b(tanpa iklan|istimewa|spasi)\b.{0,60}$)", false},
      {R"(\p{Lu}{2,}(?:-\p{Lu}{2,})*)", true},
      {R"(strasse|STRASSE)", true},
      {R"(\s+$)", false},
      {R"([\d.]+\s*%)", false},
      {R"(\w+)", false},
      {R"((?i)[\p{Lu}\p{Nl}]+\p{Ll}*)", false},
      {R"(\p{Lu}(?i:\p{Lu}\p{So}))", false},
  };
  for (const auto& [p, ci] : patterns) {
    const Regex re(p, ci);
    EXPECT_FALSE(re.filter_pattern().empty()) << "no filter for " << p;
    for (const auto& s : subjects) expect_same_as_icu(re, s);
  }
}

// Every pattern the library uses, on every bulletin of the corpus, through
// the whole pipeline: the pre-test never changes a result.
TEST(RegexFilter, ResultsAreIcusOnTheCorpus) {
  const fs::path corpus = AKSESIBEL_CORPUS_DIR;
  if (!fs::exists(corpus)) GTEST_SKIP() << "no corpus at " << corpus;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(corpus))
    if (e.path().extension() == ".txt") files.push_back(e.path());
  for (const auto& e : fs::directory_iterator(corpus / "html"))
    if (e.path().extension() == ".html") files.push_back(e.path());
  ASSERT_GE(files.size(), 30u);
  VerifyOn verify;
  const std::size_t before = Regex::filter_mismatches();
  aksesibel::ConvertOptions options;
  options.formats = {"json", "plain"};
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    options.read.source_name = f.filename().string();
    options.read.format = f.extension() == ".html" ? aksesibel::InputFormat::Html : aksesibel::InputFormat::Text;
    try {
      (void)aksesibel::convert(ss.str(), options);
    } catch (const std::exception&) {
    }
    EXPECT_EQ(Regex::filter_mismatches(), before) << "after " << f.filename();
  }
}

// A set answers for all its patterns in one pass; a pattern it leaves out
// does not match, and one it cannot rewrite is always a candidate.
TEST(RegexFilter, ASetNamesThePatternsThatMayMatch) {
  VerifyOn verify;  // compiled at once, and a pattern left out is checked not to match
  const std::size_t before = Regex::filter_mismatches();
  const Regex baca(R"((?i)^\(?\s*baca\s+juga\b.*$)"), foto(R"(^foto\s*:.*$)"), backref(R"((\w)\1)"),
      views(R"((?<![\p{L}\p{N}.])[\d.]+\s+(hits|views)(?![\p{L}\p{N}]))");
  const aksesibel::text::RegexSet whole({&baca, &foto, &backref}, aksesibel::text::RegexSet::Mode::Whole);
  EXPECT_EQ(whole.candidates("BACA JUGA: Kasus baru di Palu"), (std::vector<bool>{true, false, true}));
  EXPECT_EQ(whole.candidates("foto: humas"), (std::vector<bool>{false, true, true}));
  EXPECT_EQ(whole.candidates("Kasus sembuh bertambah 12 orang."), (std::vector<bool>{false, false, true}));
  const aksesibel::text::RegexSet anywhere({&views, &foto}, aksesibel::text::RegexSet::Mode::Anywhere);
  EXPECT_EQ(anywhere.candidates("Rabu, 14 Juli 2021 | 1.234 views"), (std::vector<bool>{true, false}));
  EXPECT_EQ(anywhere.candidates("Kasus aktif 1.234 orang"), (std::vector<bool>{false, false}));
  EXPECT_EQ(Regex::filter_mismatches(), before);
}
