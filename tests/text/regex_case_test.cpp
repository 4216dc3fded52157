// Case-insensitive patterns without ICU's case closure of caseless classes
// (lib/text/regex_case.hpp): which classes are wrapped, which are left, and
// the promise that matching does not change.
#include <gtest/gtest.h>

#include <unicode/regex.h>

#include <memory>
#include <string>
#include <vector>

#include "text/regex_case.hpp"

using aksesibel::text::without_case_closure;

TEST(RegexCase, WrapsClassesThatAreTheirOwnClosure) {
  EXPECT_EQ(without_case_closure(R"((?i)\p{L}+)"), R"((?i)(?-i:\p{L})+)");
  EXPECT_EQ(without_case_closure(R"((?i)[\p{L}.'’-]{2,50}$)"), R"((?i)(?-i:[\p{L}.'’-]){2,50}$)");
  EXPECT_EQ(without_case_closure(R"((?i)(?<![\p{L}\p{N}])x)"), R"((?i)(?<!(?-i:[\p{L}\p{N}]))x)");
  EXPECT_EQ(without_case_closure(R"((?i)[^\p{L}\d\s]|[0-9]+)"), R"((?i)(?-i:[^\p{L}\d\s])|(?-i:[0-9])+)");
  EXPECT_EQ(without_case_closure(R"((?i)[\\\]\-/]x)"), R"((?i)(?-i:[\\\]\-/])x)");
}

TEST(RegexCase, LeavesClassesThatCaseChanges) {
  // Under (?i) these match letters of the other case too: they stay.
  for (const char* p : {R"((?i)\p{Lu}x)", R"((?i)[\p{Lu}\p{Ll}]x)", R"((?i)[a-z]x)", R"((?i)[abc.]x)",
                        R"((?i)[\p{L}A-Z]x)", R"((?i)[0-z]x)", R"((?i)[é]x)"})
    EXPECT_EQ(without_case_closure(p), p) << p;
}

TEST(RegexCase, LeavesWhatItDoesNotFollow) {
  for (const char* p : {R"((?i)\Q[\p{L}]\E)", R"((?i)[[\p{L}]&&[\p{N}]])", R"((?i)(?#c)[\p{L}])", R"((?ix)[ \p{L}])",
                        R"((?i)[\p{L})", R"((?i)[]\p{L}])", R"((?i)[\u00E9\p{L}])", R"(x\)"})
    EXPECT_EQ(without_case_closure(p), p) << p;
  // Escapes outside a class are copied whole, a bracket escaped included.
  EXPECT_EQ(without_case_closure(R"((?i)\[x\]\p{N})"), R"((?i)\[x\](?-i:\p{N}))");
}

namespace {
std::unique_ptr<icu::RegexPattern> compile(const std::string& p) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError pe{};
  std::unique_ptr<icu::RegexPattern> r(icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(p), 0, pe, status));
  EXPECT_TRUE(U_SUCCESS(status)) << p;
  return r;
}

std::vector<std::string> matches(const icu::RegexPattern& re, const std::string& subject) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString s = icu::UnicodeString::fromUTF8(subject);
  std::unique_ptr<icu::RegexMatcher> m(re.matcher(s, status));
  std::vector<std::string> out;
  while (m->find(status)) {
    std::string one;
    m->group(status).toUTF8String(one);
    out.push_back(one);
  }
  return out;
}
}  // namespace

TEST(RegexCase, MatchesWhatTheClosedPatternMatches) {
  // Patterns in the shape of the data files' (bylines, credits, counters),
  // on subjects in both cases and with letters outside ASCII.
  const std::vector<std::string> patterns = {
      R"((?i)(penulis|editor)\s*:\s*[\p{L} .'’-]{2,50}$)",
      R"((?i)(?<![\p{L}\p{N}])dibaca\s+[\d.]+\s+kali(?![\p{L}\p{N}]))",
      R"((?i)^([\p{L}\d.-]+\s+[-–]\s+)?\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4})",
      R"((?i)^(home|beranda)(\s*[›»>/|]\s*\p{L}[\p{L} ]{0,30})?$)",
      R"((?i)[^\p{L}\p{N}\s]+)",
      R"((?i)\p{Lu}[\p{L}.'’-]*)",
  };
  const std::vector<std::string> subjects = {
      "Penulis: Ni Luh Ayu Ṣāliḥ", "EDITOR : RÉMI O’NEIL-ÇAKIR", "Dibaca 1.234 kali", "DIBACA 12 KALI!",
      "Palu - 17 Agustus 2021 09.00", "PALU – 7 SEPTEMBER 2021", "Beranda › Berita Daerah", "HOME / ÉCONOMIE",
      "kasus: 1.234 (+12)! ßtraße ǅemal", "Ǆ ǆ ǅ Σίσυφος ΣΊΣΥΦΟΣ İstanbul ıi",
  };
  for (const auto& p : patterns) {
    const std::string fast = without_case_closure(p);
    EXPECT_NE(fast, p) << "nothing to test: " << p;
    auto closed = compile(p), open = compile(fast);
    for (const auto& s : subjects) EXPECT_EQ(matches(*closed, s), matches(*open, s)) << p << " on " << s;
  }
}
