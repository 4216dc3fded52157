// The inputs of aksesibel_bench: the shared corpus's bulletins (*.txt) and
// web pages (html/*.html), read once, in name order.
#pragma once

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace aksesibel::bench {

struct CorpusFile {
  std::string name;   ///< the file's name, as a source name
  std::string bytes;  ///< its content
};

/// Every regular file of `dir` whose name ends in `extension`, in name order.
inline std::vector<CorpusFile> load_files(const std::filesystem::path& dir, const std::string& extension) {
  std::vector<std::filesystem::path> paths;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec))
    if (e.is_regular_file() && e.path().extension() == extension) paths.push_back(e.path());
  std::sort(paths.begin(), paths.end());
  std::vector<CorpusFile> out;
  for (const auto& p : paths) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    out.push_back({p.filename().string(), ss.str()});
  }
  if (out.empty()) std::cerr << "aksesibel_bench: no " << extension << " files in " << dir.string() << "\n";
  return out;
}

/// The bulletins of the corpus (*.txt).
inline const std::vector<CorpusFile>& text_corpus() {
  static const std::vector<CorpusFile> files = load_files(AKSESIBEL_CORPUS_DIR, ".txt");
  return files;
}

/// The web pages of the corpus (html/*.html).
inline const std::vector<CorpusFile>& html_corpus() {
  static const std::vector<CorpusFile> files =
      load_files(std::filesystem::path(AKSESIBEL_CORPUS_DIR) / "html", ".html");
  return files;
}

inline std::size_t total_bytes(const std::vector<CorpusFile>& files) {
  std::size_t n = 0;
  for (const CorpusFile& f : files) n += f.bytes.size();
  return n;
}

/// Registers the benchmarks of stages_bench.cpp (one per pipeline stage and
/// one per output format, the formats taken from output_formats()).
void register_stage_benchmarks();

}  // namespace aksesibel::bench
