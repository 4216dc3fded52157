// Recognition specified as data: every case of tests/text/specs/*.txt
// (format in tests/text/specs/README.md) is read as one bulletin and its
// recognised inlines, body text and warnings compared with the case.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "aksesibel/read.hpp"
#include "spec_file.hpp"

namespace aksesibel {
namespace {

namespace fs = std::filesystem;

struct Case {
  fs::path file;
  std::size_t line = 0;
  std::string title;
  std::vector<std::string> input, expected, text, warnings, important, no_warnings;
};

std::vector<Case> parse(const fs::path& file) {
  std::vector<Case> cases;
  for (const test::SpecCase& c : test::read_spec_file(file, {"<", ">", "=", "!", "!!", "!-"}))
    cases.push_back({c.file, c.line, c.title, c["<"], c[">"], c["="], c["!"], c["!!"], c["!-"]});
  return cases;
}

std::string shortest(double v) {
  std::ostringstream out;
  out.precision(15);
  out << v;
  return out.str();
}

void describe(const Inlines& inlines, std::vector<std::string>& out) {
  for (const Inline& i : inlines) {
    describe(i.children, out);
    switch (i.kind) {
      case Inline::Kind::Number: {
        std::string line = "number \"" + i.text + "\" " + shortest(i.value);
        if (!i.unit.empty()) line += " " + i.unit;
        if (i.style == NumberStyle::English) line += " english";
        if (i.style == NumberStyle::Indonesian) line += " indonesian";
        if (i.ambiguous) line += " ambiguous";
        out.push_back(line);
        break;
      }
      case Inline::Kind::Date: out.push_back("date \"" + i.text + "\" " + i.iso); break;
      case Inline::Kind::Time: out.push_back("time \"" + i.text + "\" " + i.iso + (i.zone.empty() ? "" : " " + i.zone)); break;
      case Inline::Kind::Abbreviation:
        out.push_back("abbreviation \"" + i.text + "\" " + (i.expansion.empty() ? "?" : i.expansion));
        break;
      default: break;
    }
  }
}

TEST(RecognitionSpecs, EveryCaseHolds) {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(fs::path(AKSESIBEL_RECOGNITION_SPECS_DIR)))
    if (e.path().extension() == ".txt") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  ASSERT_FALSE(files.empty());
  std::size_t total = 0;
  for (const fs::path& file : files)
    for (const Case& c : parse(file)) {
      ++total;
      SCOPED_TRACE(file.filename().string() + ":" + std::to_string(c.line) + ": " + c.title);
      std::string bulletin = "Uji pengenalan\n";
      for (const std::string& p : c.input) bulletin += "\n" + p + "\n";
      ReadOptions o;
      o.format = InputFormat::Text;
      o.source_name = "spec.txt";
      const Document d = read(bulletin, o);
      std::vector<std::string> got, text;
      for (const Block& b : d.blocks) {
        describe(b.inlines, got);
        text.push_back(reader_plain_text(b.inlines));
      }
      if (!c.expected.empty() || c.text.empty()) {
        std::string all;
        for (const std::string& g : got) all += "> " + g + "\n";
        EXPECT_EQ(got, c.expected) << "recognised:\n" << all;
      }
      if (!c.text.empty()) {
        EXPECT_EQ(text, c.text);
      }
      auto has = [&](const std::string& part, bool important_only) {
        return std::any_of(d.warnings.begin(), d.warnings.end(), [&](const Warning& w) {
          return w.message.find(part) != std::string::npos && (!important_only || w.important);
        });
      };
      for (const std::string& w : c.warnings) EXPECT_TRUE(has(w, false)) << "no warning with: " << w;
      for (const std::string& w : c.important) EXPECT_TRUE(has(w, true)) << "no important warning with: " << w;
      for (const std::string& w : c.no_warnings) EXPECT_FALSE(has(w, false)) << "a warning with: " << w;
    }
  EXPECT_GT(total, 20u) << "cases run";
}

}  // namespace
}  // namespace aksesibel
