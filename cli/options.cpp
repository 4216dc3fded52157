#include "options.hpp"

#include <boost/program_options.hpp>

#include "aksesibel/options.hpp"
#include "messages.hpp"

#include <algorithm>
#include <cctype>
#include <sstream>
#include <thread>

namespace po = boost::program_options;

namespace aksesibel::cli {

namespace {

// The one option whose default differs on the command line: the library
// refuses table paths unless told (a service must not pass a client's path
// to liblouis); a person at the terminal names their own files.
constexpr const char* kCommandLineOn = "table-paths";


// A placeholder of the help in the language of messages ("DIR" → "FOLDER"),
// as the manual page of that language writes it; the word itself when it
// has no translation.
std::string placeholder_word(const std::string& word) {
  // TRANSLATORS: placeholders of `aksesibel convert --help` ("--data-dir DIR"); capitals, one word.
  static const char* const kWords[] = {N_("DIR"),      N_("NAME"),  N_("REGION"), N_("COLUMNS"), N_("ENCODING"),
                                       N_("SIZE"),     N_("TABLE"), N_("WHERE"),  N_("EMBOSSER"), N_("FORMATS"),
                                       N_("FILE.json"), N_("INPUT"), N_("OUTDIR"), N_("options"),
                                       N_("FILE"),     N_("ADDRESS:PORT")};
  for (const char* w : kWords)
    if (word == w) return tr(w);
  return word;
}

// What the help shows after a flag: the choices or range ("indent|block",
// "12..100"), else the key's last word in capitals ("--data-dir DIR").
std::string placeholder(const OptionInfo& o) {
  std::string v = o.values;
  if (v.find(' ') == std::string::npos) {
    for (std::size_t at = v.find("\u2013"); at != std::string::npos; at = v.find("\u2013")) v.replace(at, 3, "..");
    return v;
  }
  std::string word = o.key.substr(o.key.rfind('-') == std::string::npos ? 0 : o.key.rfind('-') + 1);
  for (char& c : word) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return placeholder_word(word);
}

constexpr unsigned kMostJobs = 1024;

// One thread per processor core, at least one (hardware_concurrency() is 0
// when the count is not known).
unsigned default_jobs() { return std::max(1u, std::min(kMostJobs, std::thread::hardware_concurrency())); }

// --jobs N: a whole number from 1 to kMostJobs, digits only.
unsigned parse_jobs(const std::string& value) {
  unsigned long n = 0;
  bool ok = !value.empty() && value.size() <= 5;
  for (char c : value) {
    if (c < '0' || c > '9') ok = false;
    else n = n * 10 + static_cast<unsigned long>(c - '0');
  }
  if (!ok || n < 1 || n > kMostJobs)
    throw UsageError{fill(tr("--jobs: '{0}' is not allowed; it takes a whole number from 1 to {1} (the inputs converted at once)"),
                          {value, std::to_string(kMostJobs)})};
  return static_cast<unsigned>(n);
}

// The options of convert: the library's one option table (option_keys()),
// plus what only the command line has (the output folder, the report file,
// the number of jobs, quiet, help). Booleans are switches: `--duplex`, `--text-headline=false`.
po::options_description convert_options() {
  po::options_description d(tr("Options of convert"));
  d.add_options()
      ("output,o", po::value<std::string>()->default_value(".")->value_name(placeholder_word("DIR")), tr("folder for the output files, or - for standard output"));
  for (const OptionInfo& o : option_keys()) {
    if (o.key == "report") continue;  // the command line names the file the report goes to
    const std::string name = o.key + (o.short_name ? std::string(",") + o.short_name : std::string());
    std::string help = tr(o.description.c_str());
    if (o.boolean) {
      if (o.default_value == "true" || o.key == kCommandLineOn)
        help += " " + fill(tr("(on by default; --{0}=false turns it off)"), {o.key});
      d.add_options()(name.c_str(), po::value<std::string>()->value_name("[=true|false]"), help.c_str());
      continue;
    }
    if (!o.default_value.empty()) help += " " + fill(tr("(default: {0})"), {o.default_value});
    if (o.key == "to")
      d.add_options()(name.c_str(), po::value<std::vector<std::string>>()->composing()->value_name(placeholder_word("FORMATS")), help.c_str());
    else
      d.add_options()(name.c_str(), po::value<std::string>()->value_name(placeholder(o)), help.c_str());
  }
  d.add_options()
      ("report", po::value<std::string>()->value_name(placeholder_word("FILE.json")), tr("write a JSON report to this file: readability before and after, every plain-language change, one entry per input"))
      ("jobs,j", po::value<std::string>()->value_name("N"), tr("convert up to N inputs at once, in N worker processes (default: one per processor core; 1: one input after the other); the files and messages are the same, in the same order, whatever N is"))
      ("quiet,q", tr("do not print warnings, except those that change what a reader gets (an ambiguous number)"))
      ("progress", po::value<std::string>()->value_name("[=true|false]"), tr("show the batch's progress on standard error: inputs done of all, the last one, time left (default: on when standard error is a terminal, the batch has several inputs and --quiet is not given)"))
      ("lang", po::value<std::string>()->value_name("id|en"), tr("the language of messages (default: from LANGUAGE, LC_ALL, LC_MESSAGES, LANG)"))
      ("help,h", tr("show this help"));
  return d;
}

// A boolean option is a switch, with an optional "=true|false" in the same
// word: `--duplex INPUT` never takes INPUT as its value.
std::pair<std::string, std::string> boolean_switch(const std::string& token) {
  if (token.rfind("--", 0) != 0) return {};
  const std::string body = token.substr(2);
  const std::size_t eq = body.find('=');
  const std::string name = body.substr(0, eq);
  for (const OptionInfo& o : option_keys())
    if (o.boolean && o.key == name && o.key != "report")
      return {name, eq == std::string::npos ? "true" : body.substr(eq + 1)};
  if (name == "progress") return {name, eq == std::string::npos ? "true" : body.substr(eq + 1)};
  return {};
}

std::vector<std::string> split_formats(const std::vector<std::string>& values) {
  std::vector<std::string> out;
  for (const std::string& v : values) {
    std::stringstream ss(v);
    std::string item;
    while (std::getline(ss, item, ','))
      if (!item.empty()) out.push_back(item);
  }
  return out;
}

}  // namespace

std::string with_flags(std::string message) {
  // Longest keys first, so that "no-summary" is not read as "no-…".
  std::vector<std::string> keys;
  for (const OptionInfo& o : option_keys()) keys.push_back(o.key);
  std::sort(keys.begin(), keys.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  // English, and the Indonesian catalogue's "opsi X" (po/id.po).
  for (const char* lead : {"set the option ", "the option ", "option ", "opsi "}) {
    for (const std::string& key : keys) {
      const std::string phrase = lead + key;
      for (std::size_t at = message.find(phrase); at != std::string::npos; at = message.find(phrase, at)) {
        const std::size_t end = at + phrase.size();
        if (end < message.size() && (std::isalnum(static_cast<unsigned char>(message[end])) || message[end] == '-')) {
          at = end;
          continue;
        }
        std::string flag = (std::string(lead) == "set the option " ? "use --" : "--") + key;
        std::size_t replaced = phrase.size();
        if (end < message.size() && message[end] == '=') {  // "option encoding=UTF-16LE" → "--encoding UTF-16LE"
          flag += ' ';
          ++replaced;
        }
        message.replace(at, replaced, flag);
        at += flag.size();
      }
    }
  }
  return message;
}

namespace {

// "aksesibel convert INPUT... [--to FORMATS] [-o OUTDIR | -o -] [options]", in the language of messages.
std::string convert_usage() {
  return "aksesibel convert " + placeholder_word("INPUT") + "... [--to " + placeholder_word("FORMATS") + "] [-o " +
         placeholder_word("OUTDIR") + " | -o -] [" + placeholder_word("options") + "]";
}

// `text` and spaces up to `width` bytes, and at least one space (a column of the help).
std::string padded(std::string text, std::size_t width) {
  text.append(text.size() < width ? width - text.size() : 1, ' ');
  return text;
}

}  // namespace

std::string main_help() {
  std::ostringstream out;
  out << "aksesibel " << version() << " — " << tr("accessible variants of Indonesian Covid-19 bulletins") << "\n"
      << "(varian aksesibel buletin Covid-19: braille, bahasa sederhana, cetak besar, HTML ramah pembaca layar)\n\n"
      << tr("Usage:") << "\n"
      << "  " << convert_usage() << "\n"
      << "  aksesibel formats        " << tr("list the output formats") << "\n"
      << "  aksesibel embossers      " << tr("list the embosser presets of --embosser") << "\n"
      << "  " << padded("aksesibel regions " + placeholder_word("FILE"), 25) << tr("list the regions and days of a statistics file (CSV, JSON)") << "\n"
      << "  aksesibel serve [--listen " << placeholder_word("ADDRESS:PORT") << "] [--max-request-size "
      << placeholder_word("SIZE") << "] [--workers N]\n"
      << "                           " << tr("a web page that converts, at http://127.0.0.1:8080/") << "\n"
      << "  aksesibel --version\n"
      << "  aksesibel --help | aksesibel convert --help\n"
      << "  --lang id|en             " << tr("the language of messages (default: from LANGUAGE, LC_ALL, LC_MESSAGES, LANG)")
      << "\n\n"
      << tr("Examples:") << "\n"
      << "  aksesibel convert buletin.txt --to text,json -o keluaran/\n"
      << "  aksesibel convert halaman.html --to text -o -\n"
      << "  aksesibel convert arsip/ --to json -o keluaran/\n\n"
      << tr("Exit status: 0 all inputs converted, 1 an input failed, 2 usage error.") << "\n";
  return out.str();
}

std::string convert_help() {
  std::ostringstream out;
  out << tr("Usage:") << " " << convert_usage() << "\n\n"
      << tr("INPUT is a file, a folder (every regular .txt, .html and .htm file in it, sorted by name,\n"
            "except files named like aksesibel's outputs, e.g. *.text.txt)\n"
            "or - for standard input. Each input is written to OUTDIR/<name>.<extension>,\n"
            "e.g. buletin.txt --to text → OUTDIR/buletin.text.txt. Files are written whole\n"
            "or not at all.")
      << "\n\n"
      << tr("Formats:") << "\n";
  for (const FormatInfo& f : output_formats()) {
    std::string name = f.name;
    name.resize(std::max<std::size_t>(name.size(), 14), ' ');
    out << "  " << name << " ." << f.extension << "  " << tr(f.description.c_str()) << "\n";
  }
  out << "\n" << convert_options() << "\n"
      << tr("Examples:") << "\n"
      << "  aksesibel convert buletin.txt --to text,json -o keluaran/\n"
      << "  aksesibel convert lama.txt --encoding windows-1252 --to text -o -\n"
      << "  cat buletin.html | aksesibel convert - --from html --to json -o -\n"
      << "  aksesibel convert arsip/ --to text -o keluaran/\n"
      << "  aksesibel convert buletin.txt --to brf,pef,braille-proof --lines-per-page 28 -o emboss/\n"
      << "  aksesibel convert buletin.txt --to brf --embosser index-everest-a4 -o emboss/\n";
  return out.str();
}

Invocation parse_command_line(int argc, char** argv) {
  Invocation inv;
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) throw UsageError{tr("no command given; try 'aksesibel convert --help'")};
  const std::string command = args[0];
  if (command == "--help" || command == "-h" || command == "help") {
    inv.action = Invocation::Action::Help;
    return inv;
  }
  if (command == "--version" || command == "-V" || command == "version") {
    inv.action = Invocation::Action::Version;
    return inv;
  }
  if (command == "formats") {
    inv.action = Invocation::Action::Formats;
    return inv;
  }
  if (command == "embossers") {
    if (args.size() != 1) throw UsageError{tr("embossers takes nothing after it: aksesibel embossers")};
    inv.action = Invocation::Action::Embossers;
    return inv;
  }
  if (command == "serve") {
    inv.action = Invocation::Action::Serve;
    inv.serve.workers = std::max(2u, std::min(16u, std::thread::hardware_concurrency()));
    for (std::size_t k = 1; k < args.size(); ++k) {
      const std::string& a = args[k];
      const bool has_value = k + 1 < args.size();
      if (a == "--listen" && has_value) {
        const std::string v = args[++k];
        const std::size_t colon = v.rfind(':');
        std::string host = colon == std::string::npos ? v : v.substr(0, colon);
        if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
        const std::string port = colon == std::string::npos ? "" : v.substr(colon + 1);
        const bool digits = !port.empty() && port.size() <= 5 && port.find_first_not_of("0123456789") == std::string::npos;
        if (host.empty() || !digits || std::stoi(port) > 65535)
          throw UsageError{fill(tr("--listen takes ADDRESS:PORT (127.0.0.1:8080, 0.0.0.0:8080), not '{0}'"), {v})};
        inv.serve.host = host;
        inv.serve.port = std::stoi(port);
      } else if (a == "--max-request-size" && has_value) {
        ConvertOptions sized;
        try {
          set_option(sized, "max-input-size", args[++k]);
        } catch (const Error& e) {
          throw UsageError{with_flags(e.message())};
        }
        inv.serve.max_request_size = sized.read.max_input_size;
      } else if (a == "--workers" && has_value) {
        inv.serve.workers = parse_jobs(args[++k]);
      } else {
        throw UsageError{fill(tr("serve takes --listen ADDRESS:PORT, --max-request-size SIZE and --workers N, not '{0}'"), {a})};
      }
    }
    return inv;
  }
  if (command == "regions") {
    if (args.size() != 2 || args[1].empty() || args[1][0] == '-')
      throw UsageError{tr("regions takes one statistics file: aksesibel regions FILE")};
    inv.action = Invocation::Action::Regions;
    inv.inputs = {args[1]};
    return inv;
  }
  if (command != "convert")
    throw UsageError{fill(tr("unknown command '{0}'; the commands are convert, formats, embossers, regions and serve"), {command})};

  po::options_description visible = convert_options();
  po::options_description all;
  all.add(visible).add_options()("input", po::value<std::vector<std::string>>(), "input files");
  po::positional_options_description positional;
  positional.add("input", -1);
  po::variables_map vm;
  try {
    std::vector<std::string> rest(args.begin() + 1, args.end());
    po::store(po::command_line_parser(rest)
                  .options(all)
                  .positional(positional)
                  .extra_parser(boolean_switch)
                  .style(po::command_line_style::default_style & ~po::command_line_style::allow_guessing)
                  .run(),
              vm);
    po::notify(vm);
  } catch (const po::error& e) {
    throw UsageError{std::string(e.what()) + "; " + tr("see 'aksesibel convert --help'")};
  }
  if (vm.count("help")) {
    inv.action = Invocation::Action::ConvertHelp;
    return inv;
  }
  inv.action = Invocation::Action::Convert;
  if (!vm.count("input")) throw UsageError{tr("convert needs at least one INPUT (a file, a folder or -)")};
  inv.inputs = vm["input"].as<std::vector<std::string>>();
  inv.output_dir = vm["output"].as<std::string>();
  if (inv.output_dir.empty()) throw UsageError{tr("-o needs a folder, or - for standard output")};
  inv.quiet = vm.count("quiet") > 0;
  if (vm.count("progress")) {
    const std::string v = vm["progress"].as<std::string>();
    if (v != "true" && v != "false") throw UsageError{fill(tr("--progress takes true or false, not '{0}'"), {v})};
    inv.progress = v == "true";
  }
  inv.jobs = vm.count("jobs") ? parse_jobs(vm["jobs"].as<std::string>()) : default_jobs();
  // A person at the terminal names their own table files.
  set_option(inv.convert, kCommandLineOn, "true");
  // Every option of the table, in its order, through the library's one validation.
  for (const OptionInfo& o : option_keys()) {
    if (!vm.count(o.key)) continue;
    std::string value;
    if (o.key == "to") {
      for (const std::string& part : vm["to"].as<std::vector<std::string>>()) value += (value.empty() ? "" : ",") + part;
      if (split_formats({value}).empty()) throw UsageError{tr("--to needs at least one format; see 'aksesibel formats'")};
    } else if (o.key == "report") {
      continue;
    } else {
      value = vm[o.key].as<std::string>();
    }
    try {
      set_option(inv.convert, o.key, value);
    } catch (const Error& e) {
      throw UsageError{with_flags(e.message())};
    }
  }
  if (vm.count("report")) {
    inv.report = vm["report"].as<std::string>();
    if (inv.report.empty() || inv.report == "-") throw UsageError{tr("--report needs a file name (the report is JSON)")};
    inv.convert.report = true;
  }
  if (inv.output_dir == "-") {
    if (inv.convert.formats.size() != 1)
      throw UsageError{tr("-o - writes to standard output: give exactly one format with --to")};
    if (inv.inputs.size() != 1)
      throw UsageError{tr("-o - writes to standard output: give exactly one input")};
  }
  return inv;
}

}  // namespace aksesibel::cli
