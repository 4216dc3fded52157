// aksesibel — command-line interface. Parses options, reads files, writes
// files, prints messages; every transformation is the library's.
#include <sys/stat.h>

#include <cerrno>
#include <exception>
#include <filesystem>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>

#include "aksesibel/braille.hpp"
#include "aksesibel/convert.hpp"
#include "in_order.hpp"
#include "inputs.hpp"
#include "job_wire.hpp"
#include "messages.hpp"
#include "options.hpp"
#include "output_files.hpp"
#include "progress.hpp"
#include "terminal.hpp"
#include "worker_processes.hpp"

namespace fs = std::filesystem;
using namespace aksesibel;

namespace {

// "aksesibel: FILE: message", with the location when the message lacks it.
void print_error(const std::string& input, const Error& e) {
  const SourceLocation& w = e.where();
  std::string file = w.file.empty() || w.file == "-" ? input : w.file;
  std::string where;
  // Unless the message names the line itself ("line 3" or, in Indonesian, "baris 3").
  const std::string line = std::to_string(w.line);
  std::string named = cli::fill(cli::tr("line {0}: "), {line});
  named.resize(named.size() - 2);
  if (w.line > 0 && e.message().find("line " + line) == std::string::npos && e.message().find(named) == std::string::npos)
    where = named + ": ";
  std::cerr << cli::for_terminal("aksesibel: " + file + ": " + where + cli::with_flags(e.message())) << "\n";
}

void warn(const std::string& input, const Warning& w) {
  std::string where = w.where.line > 0 ? cli::fill(cli::tr("line {0}: "), {std::to_string(w.where.line)}) : "";
  std::cerr << cli::for_terminal("aksesibel: " + input + ": " + cli::tr("warning: ") + where + cli::with_flags(w.message)) << "\n";
}

using cli::Job;

int convert(const cli::Invocation& inv) {
  const bool to_stdout = inv.output_dir == "-";
  std::vector<cli::Source> sources = cli::expand_inputs(inv.inputs);
  if (to_stdout && sources.size() != 1) {
    std::cerr << "aksesibel: " << cli::tr("-o - writes to standard output: the input folder must hold exactly one file") << "\n";
    return 2;
  }
  if (!to_stdout) {
    std::error_code ec;
    fs::create_directories(inv.output_dir, ec);
    if (ec || !fs::is_directory(inv.output_dir)) {
      std::cerr << "aksesibel: " << inv.output_dir << ": " << cli::tr("cannot create the output folder") << ": "
                << (ec ? ec.message() : std::string(cli::tr("a file of that name exists"))) << "\n";
      return 1;
    }
  }
  int status = 0;
  std::vector<PlainReportEntry> report;
  std::map<fs::path, std::string> written_by;  // output path → input that wrote it
  // Every input of the run: no output may replace one before it is read.
  std::map<fs::path, std::string> inputs;
  for (const cli::Source& s : sources)
    if (s.path != "-" && s.error.empty()) {
      std::error_code ec;
      const fs::path key = fs::weakly_canonical(s.path, ec);
      if (!ec) inputs.emplace(key, s.path);
    }
  auto name_of = [](const cli::Source& source) { return source.path == "-" ? std::string("<stdin>") : source.path; };
  // The output folder's real path, found once: an output file that does not
  // exist yet is that folder's path and its name, which is what
  // weakly_canonical() would find after a dozen system calls per file.
  std::error_code output_dir_ec;
  const fs::path output_dir_real = to_stdout ? fs::path() : fs::canonical(inv.output_dir, output_dir_ec);
  auto real_path_of_output = [&](const fs::path& out, std::error_code& ec) {
    struct stat st;
    if (!output_dir_ec && out.parent_path() == fs::path(inv.output_dir) && ::lstat(out.c_str(), &st) != 0 && errno == ENOENT) {
      ec.clear();
      return output_dir_real / out.filename();
    }
    return fs::weakly_canonical(out, ec);
  };

  // --jobs: inputs are read and converted on worker threads; everything
  // else happens here, on the main thread, in the order of the inputs, as
  // with --jobs 1 (cli/in_order.hpp):
  // - begin: the checks that no output replaces an input or another output
  //   (they depend on the inputs before this one), and reading standard
  //   input, a pipe or a device (a worker reading it could take another
  //   input's turn, or wait for it);
  // - commit: printing warnings and errors, the report's entry, and writing
  //   the files. The workers only make results in memory. Writing stays on
  //   one thread so that standard output (-o -) and every message keep
  //   their order, the files of a batch appear in the order of the inputs
  //   (a batch stopped half-way leaves the first inputs' outputs, as
  //   before), and write_all_or_nothing keeps its guarantees as they were:
  //   each input's files whole or not at all, the earlier versions restored
  //   on a failure, a killed run's temporary files removed once per folder
  //   (its bookkeeping and the umask it reads are not made for threads).
  //   Writing is quick next to converting; the workers go on meanwhile.
  auto begin = [&](std::size_t i) {
    const cli::Source& source = sources[i];
    Job job;
    if (!source.error.empty()) return job;
    try {
      if (!to_stdout)
        for (const std::string& f : inv.convert.formats) {
          fs::path out = fs::path(inv.output_dir) / (source.stem + "." + output_format(f).extension);
          std::error_code ec;
          if (source.path != "-" && fs::exists(out, ec) && fs::equivalent(out, source.path, ec))
            throw Error(ErrorCode::Io, cli::fill(cli::tr("its output {0} would overwrite the input itself; write to another folder with -o"),
                                                 {out.string()}));
          if (auto in = inputs.find(real_path_of_output(out, ec)); !ec && in != inputs.end())
            throw Error(ErrorCode::Io,
                        cli::fill(cli::tr("its output {0} would overwrite {1}, an input of this run; write to another folder with -o"),
                                  {out.string(), in->second}));
          auto [it, fresh] = written_by.emplace(out, name_of(source));
          if (!fresh)
            throw Error(ErrorCode::Io, cli::fill(cli::tr("its output {0} would overwrite the output of {1}; convert the two "
                                                         "separately or rename one of them"),
                                                 {out.string(), it->second}));
        }
      std::error_code ec;
      if (source.path == "-" || !fs::is_regular_file(source.path, ec)) {
        job.bytes = cli::read_source(source, inv.convert.read.max_input_size);
        job.bytes_read = true;
      }
    } catch (...) {
      job.failure = std::current_exception();
    }
    return job;
  };
  auto convert_here = [&](std::size_t i, Job& job) {
    const cli::Source& source = sources[i];
    try {
      ConvertOptions options = inv.convert;
      options.read.source_name = source.path;
      if (!job.bytes_read) job.bytes = cli::read_source(source, options.read.max_input_size);
      Conversion result = aksesibel::convert(job.bytes, options);
      job.bytes = std::string();
      // Only what commit needs: the document model is let go here.
      job.warnings = std::move(result.document.warnings);
      job.outputs = std::move(result.outputs);
      job.plain = std::move(result.plain);
    } catch (...) {
      job.failure = std::current_exception();
      job.bytes = std::string();
    }
  };
  // With several jobs the inputs are converted in worker processes
  // (cli/worker_processes.hpp): they share no lock, where threads wait for
  // liblouis' one by one. Forked here, before any thread exists. With
  // --report the work stays on threads: the plain-language version each
  // input's entry needs does not travel between processes. Should no process
  // start, or every worker end, the work goes on in threads too.
  std::optional<cli::WorkerProcesses> processes;
  const std::size_t workers = std::min<std::size_t>(inv.jobs, sources.size());
  if (workers > 1 && inv.report.empty())
    processes.emplace(static_cast<unsigned>(workers), [&](std::string_view request) {
      std::size_t i = 0;
      Job job;
      cli::decode_request(request, i, job);
      convert_here(i, job);
      return cli::encode_answer(job);
    });
  auto work = [&](std::size_t i, Job& job) {
    const cli::Source& source = sources[i];
    if (!source.error.empty() || job.failure) return;
    if (!processes || !processes->any_alive()) return convert_here(i, job);
    std::optional<std::string> answer = processes->call(cli::encode_request(i, job));
    job.bytes = std::string();
    if (!answer) {
      job.failure = std::make_exception_ptr(std::runtime_error(
          cli::tr("the worker process converting it ended without an answer (a crash of aksesibel; please report this)")));
      return;
    }
    try {
      cli::decode_answer(*answer, job);
    } catch (...) {
      job.failure = std::current_exception();
    }
  };
  // Progress on a terminal (cli/progress.hpp), cleared before every message.
  cli::Progress progress(sources.size(),
                         inv.progress.value_or(!inv.quiet && sources.size() > 1 && cli::stderr_is_terminal()));
  auto commit = [&](std::size_t i, Job& job) {
    const cli::Source& source = sources[i];
    const std::string name = name_of(source);
    struct Advance {  // however commit is left
      cli::Progress& progress;
      std::size_t done;
      const std::string& name;
      ~Advance() { progress.done(done, name); }
    } advance{progress, i + 1, name};
    if (!source.error.empty()) {
      progress.clear();
      std::cerr << cli::for_terminal("aksesibel: " + name + ": " + source.error) << "\n";
      report.push_back({name, {}, source.error, {}});
      status = 1;
      return;
    }
    try {
      if (job.failure) std::rethrow_exception(job.failure);
      // -q hides warnings, except those that change what a reader gets (an ambiguous number).
      for (const Warning& w : job.warnings)
        if (!inv.quiet || w.important) {
          progress.clear();
          warn(name, w);
        }
      if (!inv.report.empty() && job.plain) report.push_back({name, std::move(*job.plain), "", job.warnings});
      if (to_stdout) {
        std::cout << job.outputs.front().content << std::flush;
        if (!std::cout)
          throw Error(ErrorCode::Io, cli::tr("cannot write to standard output (a full disk, or a pipe closed early); nothing "
                                             "complete was written"));
        return;
      }
      std::vector<cli::OutputFile> files;
      for (Output& o : job.outputs)
        files.push_back({fs::path(inv.output_dir) / (source.stem + "." + o.extension), std::move(o.content)});
      job.outputs.clear();
      cli::write_all_or_nothing(files);
    } catch (const Error& e) {
      progress.clear();
      print_error(name, e);
      report.push_back({name, {}, cli::with_flags(e.message()), {}});
      status = 1;
    } catch (const std::exception& e) {
      progress.clear();
      std::cerr << cli::for_terminal("aksesibel: " + name + ": " + cli::fill(cli::tr("internal error: {0} (please report this)"), {e.what()}))
                << "\n";
      report.push_back({name, {}, std::string("internal error: ") + e.what(), {}});
      status = 1;
    }
  };
  cli::run_in_order<Job>(sources.size(), inv.jobs, begin, work, commit);
  progress.clear();
  if (!inv.report.empty()) {
    try {
      for (const cli::Source& source : sources)
        if (source.path != "-" && fs::exists(inv.report) && fs::equivalent(inv.report, source.path))
          throw Error(ErrorCode::Io, cli::fill(cli::tr("the report {0} would overwrite an input; choose another --report file"),
                                               {inv.report}));
      std::error_code ec;
      const fs::path report_path = fs::weakly_canonical(inv.report, ec);
      for (const auto& [out, by] : written_by)
        if (std::error_code oc; !ec && fs::weakly_canonical(out, oc) == report_path && !oc)
          throw Error(ErrorCode::Io,
                      cli::fill(cli::tr("the report {0} would replace the output {1} of {2}; choose another --report file"),
                                {inv.report, out.string(), by}));
      cli::write_all_or_nothing({{inv.report, render_plain_report(report)}});
    } catch (const Error& e) {
      std::cerr << cli::for_terminal("aksesibel: " + inv.report + ": " + e.message()) << "\n";
      status = 1;
    }
  }
  return status;
}

// `aksesibel regions FILE`: name, official name, first and last day, days; one a line.
int regions(const cli::Invocation& inv) {
  try {
    const std::vector<cli::Source> sources = cli::expand_inputs(inv.inputs);
    if (sources.size() != 1) throw Error(ErrorCode::Io, cli::tr("regions takes one file, not a folder"));
    if (!sources[0].error.empty()) throw Error(ErrorCode::Io, sources[0].error);
    ReadOptions o;
    o.source_name = sources[0].path;
    const std::string bytes = cli::read_source(sources[0], o.max_input_size);
    std::string out;
    for (const StatisticsRegion& r : statistics_regions(bytes, o))
      // A name holding a tab, a line break or a control character is written with U+XXXX codes:
      // one region a line, five fields a line.
      out += cli::for_terminal(r.name.empty() ? "-" : r.name) + "\t" + cli::for_terminal(r.official.empty() ? "-" : r.official) +
             "\t" + r.first_date + "\t" + r.last_date + "\t" + std::to_string(r.days) + "\n";
    std::cout << out << std::flush;
    if (!std::cout) throw Error(ErrorCode::Io, cli::tr("cannot write to standard output"));
    return 0;
  } catch (const Error& e) {
    std::cerr << cli::for_terminal("aksesibel: " + inv.inputs[0] + ": " + cli::with_flags(e.message())) << "\n";
    return 1;
  }
}

// The exit status after printing to standard output: 1 when the text did not
// get there (a full disk, a closed pipe), with a message.
int written() {
  std::cout.flush();
  if (std::cout) return 0;
  std::cerr << "aksesibel: " << cli::tr("cannot write to standard output (a full disk, or a pipe closed early)") << "\n";
  return 1;
}

// `aksesibel embossers`: name, cells × lines, sides, embosser, paper; one a line, tab-separated.
int embossers() {
  try {
    std::string out;
    const bool english = cli::language() == "en";
    for (const EmbosserPreset& p : embosser_presets()) {
      out += p.name + "\t" +
             cli::fill(cli::tr("{0} cells x {1} lines"), {std::to_string(p.cells_per_line), std::to_string(p.lines_per_page)}) +
             "\t" + cli::tr(p.duplex ? N_("interpoint") : N_("one-sided")) + "\t";
      out += english ? p.embosser : p.embosser_indonesian;
      out += '\t';
      out += english ? p.paper : p.paper_indonesian;
      out += '\n';
    }
    std::cout << out;
  } catch (const Error& e) {
    std::cerr << cli::for_terminal("aksesibel: " + e.where().file + ": " +
                                   cli::fill(cli::tr("line {0}: "), {std::to_string(e.where().line)}) + e.message())
              << "\n";
    return 1;
  }
  return written();
}

}  // namespace

int main(int argc, char** argv) {
  // --lang id|en, anywhere on the line, is read first: every message after
  // it, usage errors too, is in that language.
  std::vector<char*> args{argv[0]};
  std::optional<std::string> lang;
  for (int k = 1; k < argc; ++k) {
    const std::string a = argv[k];
    if (a == "--lang") {
      lang = k + 1 < argc ? argv[++k] : "";
      continue;
    }
    if (a.rfind("--lang=", 0) == 0) {
      lang = a.substr(7);
      continue;
    }
    args.push_back(argv[k]);
  }
  if (lang && *lang != "id" && *lang != "en") {
    std::cerr << cli::for_terminal("aksesibel: --lang takes id or en, not '" + *lang + "' (--lang menerima id atau en)") << "\n";
    return 2;
  }
  if (!cli::choose_language(lang.value_or("")) && lang)
    std::cerr << "aksesibel: warning: no Indonesian message catalogue was found (aksesibel.mo); messages stay in English. "
                 "Reinstall aksesibel, or set AKSESIBEL_LOCALE_DIR to its locale folder\n";
  cli::Invocation inv;
  try {
    inv = cli::parse_command_line(static_cast<int>(args.size()), args.data());
  } catch (const cli::UsageError& e) {
    std::cerr << cli::for_terminal("aksesibel: " + e.message) << "\n";
    return 2;
  }
  switch (inv.action) {
    case cli::Invocation::Action::Help: std::cout << cli::main_help(); return written();
    case cli::Invocation::Action::ConvertHelp: std::cout << cli::convert_help(); return written();
    case cli::Invocation::Action::Version: std::cout << "aksesibel " << version() << "\n"; return written();
    case cli::Invocation::Action::Formats:
      for (const FormatInfo& f : output_formats())
        std::cout << f.name << "\t." << f.extension << "\t" << cli::tr(f.description.c_str()) << "\n";
      return written();
    case cli::Invocation::Action::Embossers: return embossers();
    case cli::Invocation::Action::Regions: return regions(inv);
    case cli::Invocation::Action::Serve:
      // The web page speaks Indonesian unless told otherwise.
      if (!lang) cli::choose_language("id");
      return cli::serve(inv.serve);
    case cli::Invocation::Action::Convert: return convert(inv);
  }
  return 0;
}
