// Every real bulletin of ../shared/corpus: the title is found, no
// boilerplate survives, and every number of the body survives in the text
// and JSON outputs with the same value.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <map>
#include <regex>

#include "aksesibel/convert.hpp"
#include "support.hpp"
#include "text/utf8.hpp"

namespace aksesibel {
namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;

// The hand-written expectation of a bulletin (tests/eval/expected/, written
// from the source): its headline, or null when it prints none.
json expectation(const fs::path& file) {
  const fs::path dir = file.parent_path().filename() == "html" ? fs::path(AKSESIBEL_EVAL_DIR) / "html" : fs::path(AKSESIBEL_EVAL_DIR);
  const fs::path path = dir / (file.stem().string() + ".json");
  if (!fs::exists(path)) return nullptr;
  return json::parse(test::read_file(path));
}

// Boilerplate seen in the corpus, written here independently of data/.
const char* kBoilerplate[] = {"Baca Juga",  "Baca juga",       "BACA JUGA",     "dibaca 141 kali", "News Feed",
                              "Komentar",   "Tulis komentar",  "Syarat & Ketentuan", "![]()",     "---|",
                              "Copied!",    "Academic year",   "Tidak ada hasil", "Shutterstock", "Laporan Wartawan",
                              "Teks penuh", "N/A",             "Membagikan",    "Protected"};

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  std::string line;
  while (std::getline(ss, line)) out.push_back(line);
  return out;
}

std::size_t count(const std::string& hay, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t p = hay.find(needle); p != std::string::npos; p = hay.find(needle, p + needle.size())) ++n;
  return n;
}

// The source without what the reader reports it removed: the article body
// as a person would mark it.
std::string body_of(const std::string& source, const Document& doc) {
  std::vector<std::string> lines = lines_of(source);
  for (const Removed& r : doc.removed) {
    if (r.line == 0 || r.line > lines.size()) continue;
    std::string& line = lines[r.line - 1];
    std::size_t p = line.find(r.text);
    if (p != std::string::npos) line.erase(p, r.text.size());
  }
  std::string body;
  for (const auto& l : lines) body += l + "\n";
  return body;
}

// Numbers as an Indonesian reader reads them, written independently of lib/.
double indonesian_value(std::string t) {
  double scale = 1;
  for (auto [word, factor] : std::vector<std::pair<std::string, double>>{
           {" ribu", 1e3}, {" juta", 1e6}, {" miliar", 1e9}, {" triliun", 1e12}})
    if (auto p = t.find(word); p != std::string::npos) t = t.substr(0, p), scale = factor;
  std::string digits;
  const bool grouped = std::regex_match(t, std::regex(R"((Rp\.? ?)?\d{1,3}(\.\d{3})+(,\d+)?.*)"));
  for (char c : t) {
    if (std::isdigit(static_cast<unsigned char>(c))) digits += c;
    else if (c == ',') digits += '.';
    else if (c == '.' && !grouped && !digits.empty()) digits += '.';
  }
  return std::stod(digits) * scale;
}

void leaf_texts(const json& inlines, std::string& out, std::vector<const json*>& numbers) {
  for (const json& i : inlines) {
    if (i.contains("text")) out += i["text"].get<std::string>();
    if (i["type"] == "number") numbers.push_back(&i);
    if (i.contains("children")) leaf_texts(i["children"], out, numbers);
  }
  out += "\n";
}

void block_texts(const json& blocks, std::string& out, std::vector<const json*>& numbers) {
  for (const json& b : blocks) {
    if (b.contains("inlines")) leaf_texts(b["inlines"], out, numbers);
    if (b.contains("caption")) leaf_texts(b["caption"], out, numbers);
    if (b.contains("header"))
      for (const json& c : b["header"]) leaf_texts(c, out, numbers);
    if (b.contains("rows"))
      for (const json& r : b["rows"])
        for (const json& c : r) leaf_texts(c, out, numbers);
    if (b.contains("items")) {
      // An ordered list carries its item numbers as "start": "14." is the 14th item.
      long n = b.contains("start") ? b["start"].get<long>() : 1;
      for (const json& item : b["items"]) {
        if (b.value("ordered", false)) out += std::to_string(n++) + ". ";
        block_texts(item, out, numbers);
      }
    }
    if (b.contains("blocks")) block_texts(b["blocks"], out, numbers);
  }
}

class Corpus : public ::testing::TestWithParam<fs::path> {};

TEST_P(Corpus, TitleBoilerplateAndNumbers) {
  const fs::path file = GetParam();
  if (!fs::exists(file)) GTEST_SKIP() << "the shared corpus is missing (" << test::corpus_dir().string() << ")";
  const std::string source = test::read_file(file);
  ConvertOptions options;
  options.read.source_name = file.filename().string();
  options.formats = {"text", "json"};
  Conversion c = convert(source, options);
  const Document& doc = c.document;
  const std::string& text = c.outputs[0].content;
  const json j = json::parse(c.outputs[1].content);

  // Title.
  const std::string title = title_text(doc);
  ASSERT_FALSE(text::trim(title).empty());
  EXPECT_EQ(j["metadata"]["title"].get<std::string>(), title);
  const json expected = expectation(file);
  ASSERT_FALSE(expected.is_null()) << "write the expectation of " << file.filename() << " under tests/eval/expected/";
  if (expected["title"].is_string()) {
    EXPECT_FALSE(doc.metadata.title_inferred);
    EXPECT_EQ(text::collapse_spaces(title), text::collapse_spaces(expected["title"].get<std::string>()));
  } else {
    EXPECT_TRUE(doc.metadata.title_inferred) << title;
    std::string t = title;
    if (t.size() > 4 && t.substr(t.size() - 4) == " …") t.resize(t.size() - 4);
    EXPECT_NE(text::collapse_spaces(source).find(t), std::string::npos) << "inferred title not from the text: " << t;
  }

  // No boilerplate line survives.
  for (const char* b : kBoilerplate) EXPECT_EQ(text.find(b), std::string::npos) << "'" << b << "' survived";
  for (const std::string& line : lines_of(text)) {
    EXPECT_FALSE(line.size() > 2 && line.substr(line.size() - 2) == " |") << line;
  }

  if (file.extension() != ".txt") return;  // the page's numbers are checked below
  // Every number of the body survives, as often as it occurs, in the text…
  const std::string body = body_of(source, doc);
  std::map<std::string, std::size_t> wanted;
  for (const std::string& n : test::numerals(body)) ++wanted[n];
  ASSERT_FALSE(wanted.empty());
  // A number written the English way is written the Indonesian way ("2,000" -> "2.000").
  auto written = [](const std::string& in, const std::string& n) {
    const std::string other = test::swapped_separators(n);
    return count(in, n) + (other != n ? count(in, other) : 0);
  };
  for (const auto& [n, times] : wanted) EXPECT_GE(written(text, n), times) << "number " << n << " lost in text output";
  // …and in the JSON, where each recognised number has the value its spelling says.
  std::string json_text = j["metadata"]["title"].get<std::string>() + "\n";
  if (j["metadata"]["dateline"].is_string()) json_text += j["metadata"]["dateline"].get<std::string>() + "\n";
  std::vector<const json*> numbers;
  block_texts(j["blocks"], json_text, numbers);
  for (const auto& [n, times] : wanted) EXPECT_GE(count(json_text, n), times) << "number " << n << " lost in JSON";
  for (const json* n : numbers) {
    // The JSON keeps the spelling as printed and says in which style it was read.
    const std::string printed = (*n)["text"].get<std::string>();
    const bool english = (*n)["style"] == "english";
    EXPECT_DOUBLE_EQ((*n)["value"].get<double>(), indonesian_value(english ? test::swapped_separators(printed) : printed))
        << printed;
  }
}

std::vector<fs::path> corpus_or_placeholder() {
  auto files = test::corpus_files({".txt", ".html"});
  if (files.empty()) files.push_back(test::corpus_dir() / "missing");
  return files;
}

INSTANTIATE_TEST_SUITE_P(SharedCorpus, Corpus, ::testing::ValuesIn(corpus_or_placeholder()),
                         [](const auto& info) { return test::file_param_name(info.param); });

// The Ministry's home page holds the figures of the day in a statistics box
// (see corpus/html/*.source): they are the content.
TEST(CorpusHtml, StatisticsBoxOfTheHomePage) {
  AKSESIBEL_REQUIRE_CORPUS();
  const fs::path page = test::corpus_dir() / "html" / "kemkes-go-id-homepage-2020-04-25.html";
  ConvertOptions options;
  options.formats = {"text"};
  Conversion c = convert(test::read_file(page), options);
  for (const char* figure : {"8.211", "1.002", "689", "197.951", "18.301", "24 April 2020"})
    EXPECT_NE(c.outputs[0].content.find(figure), std::string::npos) << figure;
  std::vector<double> values;
  for (const Inline* i : test::all_inlines(c.document))
    if (i->kind == Inline::Kind::Number) values.push_back(i->value);
  for (double v : {8211.0, 1002.0, 689.0, 197951.0, 18301.0})
    EXPECT_NE(std::find(values.begin(), values.end(), v), values.end()) << v;
  for (const char* menu : {"PETA SITUS", "Pilihan Bahasa", "KONTAK KAMI", "Tutup Banner"})
    EXPECT_EQ(c.outputs[0].content.find(menu), std::string::npos) << menu;
}

}  // namespace
}  // namespace aksesibel
