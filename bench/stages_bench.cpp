// The time of each stage of the pipeline over the shared corpus, in bytes of
// input per second, to see where a conversion's time goes (issue 16):
//
//   BM_Stage/prepare        decoding, UTF-8 checks, NFC (text::prepare_input)
//   BM_Stage/read-text      the text reader: lines to blocks, boilerplate lines removed
//   BM_Stage/clean          the boilerplate rules alone over the same lines (part of read-text)
//   BM_Stage/read-html      the HTML reader over corpus/html (bytes: the pages')
//   BM_Stage/clean-html     the boilerplate rules over the blocks of those pages
//   BM_Stage/front-matter   rubric, headline, dateline, characters spelled out
//   BM_Stage/recognise      numbers, dates, times, abbreviations (Recogniser)
//   BM_Stage/dates          the bulletin's own definitions and dates
//   BM_Stage/facts          the fact layer (the figures of the Ringkasan)
//   BM_Stage/read           the whole of read(): about the sum of the stages above but html
//   BM_Stage/simplify       plain language (simplify())
//   BM_Stage/braille-pages  braille translation, layout and the back-translation check
//   BM_Stage/braille-pages-no-verify  the same without the check
//   BM_Render/FORMAT        render() of every format of output_formats() from
//                           a read document: what convert() spends on that format
//                           (braille formats include braille-pages, plain ones simplify)
//
// A stage runs on the documents as read() leaves them just before it; a stage
// that changes its document works on copies made with the timer paused. The
// bytes are always those of the input files, so that stages compare.
// Stages are reached through the library's internal headers (lib/), as the
// tests reach them.
#include <benchmark/benchmark.h>

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "aksesibel/braille.hpp"
#include "aksesibel/convert.hpp"
#include "aksesibel/plain.hpp"
#include "aksesibel/read.hpp"
#include "clean/boilerplate.hpp"
#include "corpus.hpp"
#include "data/data_dir.hpp"
#include "data/language_data.hpp"
#include "facts/facts.hpp"
#include "read/characters.hpp"
#include "read/dates.hpp"
#include "read/definitions.hpp"
#include "read/front_matter.hpp"
#include "read/html_reader.hpp"
#include "read/input.hpp"
#include "read/text_reader.hpp"
#include "recognise/recognise.hpp"
#include "text/utf8.hpp"

namespace aksesibel::bench {

namespace {

const data::LanguageData& language_data() {
  static const std::shared_ptr<const data::LanguageData> data = data::load_language_data(data::data_directory(""));
  return *data;
}

const clean::Boilerplate& boilerplate() {
  static const clean::Boilerplate rules(language_data());
  return rules;
}

ReadOptions read_options(const CorpusFile& f, InputFormat format) {
  ReadOptions o;
  o.format = format;
  o.source_name = f.name;
  return o;
}

// One bulletin at every step of read(), as read() does it (lib/read/read.cpp).
struct Steps {
  std::string name;
  std::string prepared;                 ///< the decoded text
  std::vector<std::string> lines;       ///< its lines, trimmed, as the text reader splits them
  std::vector<std::size_t> numbers;     ///< their 1-based numbers
  Document read_text;                   ///< after the text reader
  Document front_matter;                ///< after front matter and characters (recognition's input)
  Document recognised;                  ///< after recognition (the definitions' and dates' input)
  Document dated;                       ///< after definitions and dates (the facts' input)
  Document read;                        ///< read()'s result
};

const std::vector<Steps>& text_steps() {
  static const std::vector<Steps> steps = [] {
    std::vector<Steps> out;
    const text::Recogniser& recogniser = text::recogniser_for(language_data());
    for (const CorpusFile& f : text_corpus()) {
      Steps s;
      s.name = f.name;
      s.prepared = text::prepare_input(f.bytes, read_options(f, InputFormat::Text)).text;
      for (std::size_t start = 0; start <= s.prepared.size();) {
        std::size_t nl = s.prepared.find('\n', start);
        if (nl == std::string::npos) nl = s.prepared.size();
        s.lines.emplace_back(text::trim(std::string_view(s.prepared).substr(start, nl - start)));
        s.numbers.push_back(s.lines.size());
        start = nl + 1;
      }
      s.read_text = readers::read_text(s.prepared, boilerplate(), f.name);
      s.front_matter = s.read_text;
      readers::find_front_matter(s.front_matter, language_data(), true);
      readers::spell_out_characters(s.front_matter, language_data());
      s.recognised = s.front_matter;
      recogniser.recognise_document(s.recognised);
      s.dated = s.recognised;
      readers::apply_own_definitions(s.dated, language_data());
      readers::find_dates(s.dated, recogniser, language_data());
      s.read = read(f.bytes, read_options(f, InputFormat::Text));
      out.push_back(std::move(s));
    }
    return out;
  }();
  return steps;
}

struct HtmlSteps {
  std::string name;
  std::string prepared;
  Document read_html;  ///< after the HTML reader (the block rules' input)
};

const std::vector<HtmlSteps>& html_steps() {
  static const std::vector<HtmlSteps> steps = [] {
    std::vector<HtmlSteps> out;
    for (const CorpusFile& f : html_corpus()) {
      HtmlSteps s;
      s.name = f.name;
      const ReadOptions o = read_options(f, InputFormat::Html);
      s.prepared = text::prepare_input(f.bytes, o).text;
      s.read_html = readers::read_html(s.prepared, boilerplate(), language_data(), o, f.name);
      out.push_back(std::move(s));
    }
    return out;
  }();
  return steps;
}

void set_bytes(benchmark::State& state, const std::vector<CorpusFile>& files) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * total_bytes(files)));
  state.counters["files"] = static_cast<double>(files.size());
}

// A stage that changes its document: `before` picks the stage's input, copied
// with the timer paused; `stage` runs on the copy.
void on_copies(benchmark::State& state, Document Steps::*before, const std::function<void(Document&, const Steps&)>& stage) {
  const std::vector<Steps>& steps = text_steps();
  std::vector<Document> docs;
  for (auto _ : state) {
    state.PauseTiming();
    docs.clear();
    for (const Steps& s : steps) docs.push_back(s.*before);
    state.ResumeTiming();
    for (std::size_t i = 0; i < steps.size(); ++i) stage(docs[i], steps[i]);
    benchmark::DoNotOptimize(docs.data());
  }
  set_bytes(state, text_corpus());
}

void prepare(benchmark::State& state) {
  for (auto _ : state)
    for (const CorpusFile& f : text_corpus())
      benchmark::DoNotOptimize(text::prepare_input(f.bytes, read_options(f, InputFormat::Text)));
  set_bytes(state, text_corpus());
}

void read_text(benchmark::State& state) {
  const std::vector<Steps>& steps = text_steps();
  for (auto _ : state)
    for (const Steps& s : steps) benchmark::DoNotOptimize(readers::read_text(s.prepared, boilerplate(), s.name));
  set_bytes(state, text_corpus());
}

void clean_lines(benchmark::State& state) {
  const std::vector<Steps>& steps = text_steps();
  for (auto _ : state)
    for (const Steps& s : steps) benchmark::DoNotOptimize(boilerplate().filter(s.lines, s.numbers));
  set_bytes(state, text_corpus());
}

void read_html(benchmark::State& state) {
  const std::vector<HtmlSteps>& steps = html_steps();
  std::vector<ReadOptions> options;
  for (const CorpusFile& f : html_corpus()) options.push_back(read_options(f, InputFormat::Html));
  for (auto _ : state)
    for (std::size_t i = 0; i < steps.size(); ++i)
      benchmark::DoNotOptimize(readers::read_html(steps[i].prepared, boilerplate(), language_data(), options[i], steps[i].name));
  set_bytes(state, html_corpus());
}

void clean_html(benchmark::State& state) {
  const std::vector<HtmlSteps>& steps = html_steps();
  std::vector<Document> docs;
  for (auto _ : state) {
    state.PauseTiming();
    docs.clear();
    for (const HtmlSteps& s : steps) docs.push_back(s.read_html);
    state.ResumeTiming();
    for (Document& d : docs) clean::remove_boilerplate_blocks(d, boilerplate());
    benchmark::DoNotOptimize(docs.data());
  }
  set_bytes(state, html_corpus());
}

void front_matter(benchmark::State& state) {
  on_copies(state, &Steps::read_text, [](Document& d, const Steps&) {
    readers::find_front_matter(d, language_data(), true);
    readers::spell_out_characters(d, language_data());
  });
}

void recognise(benchmark::State& state) {
  const text::Recogniser& recogniser = text::recogniser_for(language_data());
  on_copies(state, &Steps::front_matter, [&](Document& d, const Steps&) { recogniser.recognise_document(d); });
}

void dates(benchmark::State& state) {
  const text::Recogniser& recogniser = text::recogniser_for(language_data());
  on_copies(state, &Steps::recognised, [&](Document& d, const Steps&) {
    readers::apply_own_definitions(d, language_data());
    readers::find_dates(d, recogniser, language_data());
  });
}

void find_facts(benchmark::State& state) {
  on_copies(state, &Steps::dated, [](Document& d, const Steps& s) { facts::find_facts(d, language_data(), s.prepared); });
}

void read_whole(benchmark::State& state) {
  for (auto _ : state)
    for (const CorpusFile& f : text_corpus()) benchmark::DoNotOptimize(read(f.bytes, read_options(f, InputFormat::Text)));
  set_bytes(state, text_corpus());
}

void simplify_docs(benchmark::State& state) {
  const std::vector<Steps>& steps = text_steps();
  for (auto _ : state)
    for (const Steps& s : steps) benchmark::DoNotOptimize(simplify(s.read));
  set_bytes(state, text_corpus());
}

void braille(benchmark::State& state, bool verify) {
  const std::vector<Steps>& steps = text_steps();
  BrailleOptions o;
  o.verify = verify;
  for (auto _ : state)
    for (const Steps& s : steps) benchmark::DoNotOptimize(braille_pages(s.read, o));
  set_bytes(state, text_corpus());
}

void render_format(benchmark::State& state, const std::string& format) {
  // The talking bulletin takes seconds of speech synthesis and encoding per
  // bulletin (docs/audio.md): measured on the first bulletin only.
  const std::vector<Steps>& steps = text_steps();
  const bool speech = format == "audio" || format == "audio-mp3";
  const std::size_t count = speech ? std::min<std::size_t>(1, steps.size()) : steps.size();
  const ConvertOptions options;
  std::size_t out = 0;
  for (auto _ : state)
    for (std::size_t k = 0; k < count; ++k) {
      std::string r = render(steps[k].read, format, options);
      out += r.size();
      benchmark::DoNotOptimize(r.data());
    }
  std::size_t in = 0;
  for (std::size_t k = 0; k < count; ++k) in += steps[k].prepared.size();
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * in));
  // Output bytes per input byte.
  state.counters["out/in"] = static_cast<double>(out) / static_cast<double>(state.iterations() * in);
}

}  // namespace

void register_stage_benchmarks() {
  const std::vector<std::pair<std::string, void (*)(benchmark::State&)>> stages = {
      {"prepare", prepare},       {"read-text", read_text},    {"clean", clean_lines},
      {"read-html", read_html},   {"clean-html", clean_html},  {"front-matter", front_matter},
      {"recognise", recognise},   {"dates", dates},            {"facts", find_facts},
      {"read", read_whole},       {"simplify", simplify_docs},
  };
  for (const auto& [name, fn] : stages) benchmark::RegisterBenchmark(("BM_Stage/" + name).c_str(), fn)->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("BM_Stage/braille-pages", [](benchmark::State& s) { braille(s, true); })
      ->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("BM_Stage/braille-pages-no-verify", [](benchmark::State& s) { braille(s, false); })
      ->Unit(benchmark::kMillisecond);
  for (const FormatInfo& f : output_formats())
    benchmark::RegisterBenchmark(("BM_Render/" + f.name).c_str(),
                                 [name = f.name](benchmark::State& s) { render_format(s, name); })
        ->Unit(benchmark::kMillisecond);
}

}  // namespace aksesibel::bench
