// How long aksesibel takes to turn the shared corpus into BRF, against the
// time liblouis' lou_translate alone takes for the same texts with the same
// table; and how long simplify() takes on the same bulletins. The time of
// each stage of the pipeline and of each renderer is in stages_bench.cpp
// (BM_Stage/…, BM_Render/…). Run: build/bin/aksesibel_bench [--benchmark_...];
// the last line prints the ratio. Speed is measured here, never asserted in tests.
#include <benchmark/benchmark.h>
#include <liblouis/liblouis.h>

#include <unistd.h>

#include <iostream>
#include <map>
#include <sstream>
#include <string_view>

#include "aksesibel/convert.hpp"
#include "aksesibel/read.hpp"
#include "corpus.hpp"

namespace {

const std::vector<std::string>& corpus() {
  static const std::vector<std::string> texts = [] {
    std::vector<std::string> out;
    for (const aksesibel::bench::CorpusFile& f : aksesibel::bench::text_corpus()) out.push_back(f.bytes);
    return out;
  }();
  return texts;
}

std::size_t corpus_bytes() {
  std::size_t n = 0;
  for (const auto& t : corpus()) n += t.size();
  return n;
}

void BM_AksesibelToBrf(benchmark::State& state) {
  aksesibel::ConvertOptions options;
  options.formats = {"brf"};
  for (auto _ : state)
    for (const std::string& t : corpus()) benchmark::DoNotOptimize(aksesibel::convert(t, options));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus_bytes()));
  state.counters["files"] = static_cast<double>(corpus().size());  // bench/compare: the time of one bulletin
}

void BM_LouTranslate(benchmark::State& state) {
  const std::string table = AKSESIBEL_TABLE;
  // The same texts, line by line, as UTF-32 (liblouis' widechar here).
  std::vector<std::vector<widechar>> lines;
  for (const std::string& t : corpus()) {
    std::istringstream ss(t);
    std::string line;
    while (std::getline(ss, line)) {
      std::vector<widechar> w;
      for (std::size_t i = 0; i < line.size();) {
        unsigned char c = static_cast<unsigned char>(line[i]);
        int len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        char32_t cp = len == 1 ? c : c & (0x7F >> len);
        for (int k = 1; k < len && i + k < line.size(); ++k) cp = (cp << 6) | (line[i + k] & 0x3F);
        w.push_back(cp);
        i += len;
      }
      if (!w.empty()) lines.push_back(std::move(w));
    }
  }
  std::vector<widechar> out(1 << 16);
  for (auto _ : state)
    for (const auto& l : lines) {
      int inlen = static_cast<int>(l.size()), outlen = static_cast<int>(out.size());
      lou_translateString(table.c_str(), l.data(), &inlen, out.data(), &outlen, nullptr, nullptr, ucBrl);
      benchmark::DoNotOptimize(out.data());
    }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus_bytes()));
}

// The plain-language version (issue 5): read the bulletin, then simplify() it
// (lexicon, sentence cuts, Ringkasan, glossary, measures before and after).
void BM_AksesibelSimplify(benchmark::State& state) {
  std::vector<aksesibel::Document> docs;
  for (const std::string& t : corpus()) docs.push_back(aksesibel::read(t, {}));
  for (auto _ : state)
    for (const aksesibel::Document& d : docs) benchmark::DoNotOptimize(aksesibel::simplify(d));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus_bytes()));
}

// Reading (with the fact layer) of one paragraph that is a single sentence of
// N figure-laden clauses: the worst shape for context look-ups. The time per
// clause must stay flat as N grows (Complexity reports the fit; docs/facts.md).
void BM_ReadFigureDenseSentence(benchmark::State& state) {
  std::string text = "Kasus Covid-19\n\nPalu, Selasa (21/9/2021) - ";
  for (int64_t i = 0; i < state.range(0); ++i)
    text += (i ? ", " : "") + std::string("kasus positif bertambah ") + std::to_string(i) +
            " orang di Kota Palu, sehingga total " + std::to_string(3 * i);
  text += ".\n";
  aksesibel::ReadOptions o;
  o.format = aksesibel::InputFormat::Text;
  o.limits.max_line_length = text.size();  // one line on purpose, longer than a bulletin's
  for (auto _ : state) benchmark::DoNotOptimize(aksesibel::read(text, o));
  state.SetComplexityN(state.range(0));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

BENCHMARK(BM_AksesibelToBrf)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LouTranslate)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AksesibelSimplify)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReadFigureDenseSentence)->RangeMultiplier(4)->Range(250, 4000)->Unit(benchmark::kMillisecond)->Complexity(benchmark::oN);

// Keeps the mean time of each benchmark to print their ratio.
class RatioReporter : public benchmark::ConsoleReporter {
 public:
  using ConsoleReporter::ConsoleReporter;
  void ReportRuns(const std::vector<Run>& runs) override {
    for (const Run& r : runs)
      if (r.run_type == Run::RT_Iteration) times_[r.benchmark_name()] = r.GetAdjustedRealTime();
    ConsoleReporter::ReportRuns(runs);
  }
  std::map<std::string, double> times_;
};

}  // namespace

int main(int argc, char** argv) {
  aksesibel::bench::register_stage_benchmarks();
  // A reporter given to RunSpecifiedBenchmarks() does not follow
  // --benchmark_color: colours only on a terminal, and never when turned off.
  bool color = isatty(STDOUT_FILENO) != 0;
  for (int i = 1; i < argc; ++i)
    if (std::string_view(argv[i]) == "--benchmark_color=false") color = false;
  benchmark::Initialize(&argc, argv);
  RatioReporter reporter(color ? benchmark::ConsoleReporter::OO_Defaults : benchmark::ConsoleReporter::OO_Tabular);
  benchmark::RunSpecifiedBenchmarks(&reporter);
  const auto a = reporter.times_.find("BM_AksesibelToBrf"), l = reporter.times_.find("BM_LouTranslate");
  if (a != reporter.times_.end() && l != reporter.times_.end() && l->second > 0)
    std::cout << "ratio aksesibel/lou_translate: " << a->second / l->second
              << " (whole pipeline to BRF, verification included, against liblouis translation alone; "
              << corpus().size() << " bulletins, " << corpus_bytes() << " bytes)\n";
  benchmark::Shutdown();
  return 0;
}
