// The data folder of a conversion (the option "data-dir") reaches every
// variant: a language editor who changes an interface word or the Ringkasan's
// heading in a copy of data/ sees the change in the screen-reader page, the
// plain-language page, large print (HTML and PDF) and the braille proof.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "aksesibel/convert.hpp"
#include "aksesibel/options.hpp"
#include "support.hpp"

namespace aksesibel {
namespace {

namespace fs = std::filesystem;

// Replace `from` by `to` in one file of the copied data folder.
void change(const fs::path& file, const std::string& from, const std::string& to) {
  std::string s = test::read_file(file);
  const std::size_t at = s.find(from);
  ASSERT_NE(at, std::string::npos) << from << " not in " << file;
  s.replace(at, from.size(), to);
  test::write_file(file, s);
}

class EditedData : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::copy(data_directory(), dir_.path() / "data", fs::copy_options::recursive);
    change(dir_.path() / "data" / "interface-id.tsv", "skip-link\tLangsung ke isi", "skip-link\tLoncat ke isi");
    change(dir_.path() / "data" / "interface-id.tsv", "page-of\tHalaman {n} dari {m}", "page-of\tLembar {n} dari {m}");
    change(dir_.path() / "data" / "interface-id.tsv", "proof-title\tPemeriksaan braille:", "proof-title\tUji braille:");
    change(dir_.path() / "data" / "facts-id.tsv", "summary-heading\tRingkasan", "summary-heading\tPokok berita");
    set_option(options_, "data-dir", (dir_.path() / "data").string());
  }
  std::string render(const std::string& format) {
    ConvertOptions o = options_;
    o.formats = {format};
    return convert(test::read_file(test::examples_dir() / "buletin-sulteng-2021-07-14.txt"), o).outputs.at(0).content;
  }
  test::TempDir dir_;
  ConvertOptions options_;
};

TEST_F(EditedData, ReachesTheWebPages) {
  // What each page must say in the edited words.
  const std::vector<std::pair<const char*, std::vector<std::string>>> expected = {
      {"html", {">Loncat ke isi</a>", "<h2 id=\"ringkasan\">Pokok berita</h2>"}},
      {"plain-html", {">Loncat ke isi</a>", ">Pokok berita</h2>"}},
      {"large-print", {">Loncat ke isi</a>", "\"Lembar \" counter(page) \" dari \" counter(pages)", ">Pokok berita</h2>"}},
      {"braille-proof", {"<title>Uji braille: "}},
  };
  for (const auto& [format, needles] : expected) {
    const std::string page = render(format);
    for (const std::string& needle : needles) EXPECT_NE(page.find(needle), std::string::npos) << format << ": " << needle;
    EXPECT_EQ(page.find("Langsung ke isi"), std::string::npos) << format;
  }
}

TEST_F(EditedData, ReachesBrailleAndThePdf) {
  // The Ringkasan heading in braille: back-translated text of the proof.
  EXPECT_NE(render("braille-proof").find("Pokok berita"), std::string::npos);
  if (std::system("command -v pdftotext >/dev/null 2>&1") != 0) GTEST_SKIP() << "pdftotext (poppler-utils) is missing";
  const fs::path pdf = dir_.path() / "cetak-besar.pdf";
  test::write_file(pdf, render("large-print-pdf"));
  FILE* f = popen(("pdftotext -enc UTF-8 '" + pdf.string() + "' - 2>/dev/null").c_str(), "r");
  ASSERT_NE(f, nullptr);
  std::string text;
  char buf[4096];
  for (std::size_t n; (n = fread(buf, 1, sizeof buf, f)) > 0;) text.append(buf, n);
  pclose(f);
  EXPECT_NE(text.find("Lembar 1 dari"), std::string::npos);
  EXPECT_NE(text.find("Pokok berita"), std::string::npos);
  EXPECT_EQ(text.find("Halaman 1 dari"), std::string::npos);
}

}  // namespace
}  // namespace aksesibel
