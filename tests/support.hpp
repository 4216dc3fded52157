// Helpers shared by the test suites.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <regex>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "aksesibel/read.hpp"

namespace aksesibel::test {

inline std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline void write_file(const std::filesystem::path& p, const std::string& content) {
  std::ofstream out(p, std::ios::binary);
  out << content;
}

inline std::filesystem::path corpus_dir() { return AKSESIBEL_CORPUS_DIR; }
inline std::filesystem::path examples_dir() { return AKSESIBEL_EXAMPLES_DIR; }
inline std::filesystem::path golden_dir() { return AKSESIBEL_GOLDEN_DIR; }

/// The shared corpus's files with one of these extensions, sorted.
inline std::vector<std::filesystem::path> corpus_files(std::initializer_list<const char*> extensions) {
  std::vector<std::filesystem::path> out;
  std::error_code ec;
  for (auto it = std::filesystem::recursive_directory_iterator(corpus_dir(), ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
    for (const char* e : extensions)
      if (it->path().extension() == e) out.push_back(it->path());
  std::sort(out.begin(), out.end());
  return out;
}

/// The shared corpus's bulletins (text and web pages) and the project's examples.
inline std::vector<std::filesystem::path> bulletins() {
  auto files = corpus_files({".txt", ".html"});
  files.push_back(examples_dir() / "buletin-sulteng-2021-07-14.txt");
  files.push_back(examples_dir() / "buletin-sulteng-2021-07-14-web.html");
  files.push_back(examples_dir() / "siaran-pers-dkips-2021-09-20.txt");
  return files;
}

/// A GoogleTest parameter name made of a file's stem ("06_tribunpalu_…").
inline std::string file_param_name(const std::filesystem::path& p) {
  std::string n = p.stem().string();
  for (char& ch : n)
    if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
  return n;
}

#define AKSESIBEL_REQUIRE_CORPUS()                                                                      \
  if (!std::filesystem::is_directory(::aksesibel::test::corpus_dir()))                                 \
  GTEST_SKIP() << "the shared corpus is missing (" << ::aksesibel::test::corpus_dir().string()         \
               << "): these tests read the real bulletins from there"

/// A fresh, empty temporary folder, removed when the object goes.
class TempDir {
 public:
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "aksesibel-test-XXXXXX").string();
    path_ = mkdtemp(tmpl.data());
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

/// Every numeral of a text ("14.054", "95,5", "2021"), found independently of lib/.
inline std::vector<std::string> numerals(const std::string& s) {
  static const std::regex re(R"(\d+(?:[.,]\d+)*)");
  std::vector<std::string> out;
  for (auto it = std::sregex_iterator(s.begin(), s.end(), re); it != std::sregex_iterator(); ++it) out.push_back(it->str());
  return out;
}

/// A numeral with its point and comma exchanged: how every variant writes a
/// number the source wrote the English way ("87.81" -> "87,81").
inline std::string swapped_separators(std::string n) {
  for (char& c : n) c = c == '.' ? ',' : c == ',' ? '.' : c;
  return n;
}

/// read() with the name and format given.
inline Document read_as(const std::string& text, InputFormat format, const std::string& name = "test") {
  ReadOptions o;
  o.format = format;
  o.source_name = name;
  return read(text, o);
}

/// Every inline of a document (title and blocks, recursively), in order.
inline void collect_inlines(const Inlines& in, std::vector<const Inline*>& out) {
  for (const Inline& i : in) {
    out.push_back(&i);
    collect_inlines(i.children, out);
  }
}
inline void collect_inlines(const std::vector<Block>& blocks, std::vector<const Inline*>& out) {
  for (const Block& b : blocks) {
    collect_inlines(b.inlines, out);
    for (const auto& c : b.header) collect_inlines(c, out);
    for (const auto& r : b.rows)
      for (const auto& c : r) collect_inlines(c, out);
    for (const auto& item : b.items) collect_inlines(item, out);
    collect_inlines(b.children, out);
  }
}
inline std::vector<const Inline*> all_inlines(const Document& d) {
  std::vector<const Inline*> out;
  collect_inlines(d.metadata.title, out);
  collect_inlines(d.blocks, out);
  return out;
}

// The text of each top-level block of `d`, a line each (a table's caption only).
inline std::string block_texts(const Document& d) {
  std::string out;
  for (const Block& b : d.blocks) out += plain_text(b.inlines) + "\n";
  return out;
}

}  // namespace aksesibel::test
