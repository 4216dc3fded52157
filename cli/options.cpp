#include "options.hpp"

#include <boost/program_options.hpp>

#include <cctype>
#include <sstream>

namespace po = boost::program_options;

namespace aksesibel::cli {

namespace {

po::options_description convert_options() {
  po::options_description d("Options of convert");
  d.add_options()
      ("to,t", po::value<std::vector<std::string>>()->composing(), "output formats, comma separated (default: text)")
      ("output,o", po::value<std::string>()->default_value("."), "folder for the output files, or - for standard output")
      ("from,f", po::value<std::string>()->default_value("auto"), "input format: text, html or auto (by extension, then content)")
      ("encoding,e", po::value<std::string>(), "encoding of the input if not UTF-8, e.g. windows-1252 (ICU names)")
      ("lenient", "drop control characters with a warning instead of failing")
      ("max-input-size", po::value<std::string>()->default_value("20MiB"), "refuse inputs larger than this (e.g. 20MiB, 512KiB)")
      ("data-dir", po::value<std::string>(), "folder of aksesibel's language data (default: installed data, or $AKSESIBEL_DATA_DIR)")
      ("table", po::value<std::string>(), "braille: liblouis table (default by language: id-id-g1.utb; e.g. en-ueb-g1.ctb)")
      ("cells-per-line", po::value<int>()->default_value(40), "braille: cells per line")
      ("lines-per-page", po::value<int>()->default_value(25), "braille: lines per page (Indonesian A4: up to 28)")
      ("paragraph-style", po::value<std::string>()->default_value("indent"), "braille: indent (first line two cells in) or block (blank line between paragraphs)")
      ("page-numbers", po::value<std::string>()->default_value("bottom"), "braille: page numbers at the bottom or top, right-aligned")
      ("duplex", "braille: interpoint, page numbers on recto pages only")
      ("no-verify", "braille: do not back-translate to check numbers and dates (not recommended)")
      ("font-size", po::value<int>()->default_value(18), "large print: body size in points, 18, 24 or 32")
      ("paper", po::value<std::string>()->default_value("a4"), "large print: a4 or letter")
      ("no-summary", "html, large print and braille: no \"Ringkasan\" of key figures")
      ("plain", "simplify first (bahasa sederhana): every format is made from the plain-language version")
      ("report", po::value<std::string>(), "write a JSON report to this file: readability before and after, every plain-language change, one entry per input")
      ("quiet,q", "do not print warnings, except those that change what a reader gets (an ambiguous number)")
      ("help,h", "show this help");
  return d;
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

std::size_t parse_size(const std::string& text) {
  std::size_t i = 0;
  while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
  if (i == 0) throw UsageError{"--max-input-size '" + text + "' is not a size; write e.g. 20MiB, 512KiB or 1048576"};
  if (i > 12) throw UsageError{"--max-input-size '" + text + "' is too large"};
  unsigned long long n = std::stoull(text.substr(0, i));
  std::string unit = text.substr(i);
  for (char& c : unit) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  unsigned long long mult = 1;
  if (unit.empty() || unit == "b") mult = 1;
  else if (unit == "k" || unit == "kb" || unit == "kib") mult = 1024ULL;
  else if (unit == "m" || unit == "mb" || unit == "mib") mult = 1024ULL * 1024;
  else if (unit == "g" || unit == "gb" || unit == "gib") mult = 1024ULL * 1024 * 1024;
  else throw UsageError{"--max-input-size '" + text + "' has an unknown unit; use KiB, MiB or GiB"};
  if (n == 0) throw UsageError{"--max-input-size must be more than 0"};
  if (n > (1ULL << 40) / mult) throw UsageError{"--max-input-size '" + text + "' is too large (at most 1 TiB)"};
  return static_cast<std::size_t>(n * mult);
}

std::string main_help() {
  std::ostringstream out;
  out << "aksesibel " << version() << " — accessible variants of Indonesian Covid-19 bulletins\n"
      << "(varian aksesibel buletin Covid-19: braille, bahasa sederhana, cetak besar, HTML ramah pembaca layar)\n\n"
      << "Usage:\n"
      << "  aksesibel convert INPUT... [--to FORMATS] [-o OUTDIR | -o -] [options]\n"
      << "  aksesibel formats        list the output formats\n"
      << "  aksesibel --version\n"
      << "  aksesibel --help | aksesibel convert --help\n\n"
      << "Examples:\n"
      << "  aksesibel convert buletin.txt --to text,json -o keluaran/\n"
      << "  aksesibel convert halaman.html --to text -o -\n"
      << "  aksesibel convert arsip/ --to json -o keluaran/\n\n"
      << "Exit status: 0 all inputs converted, 1 an input failed, 2 usage error.\n";
  return out.str();
}

std::string convert_help() {
  std::ostringstream out;
  out << "Usage: aksesibel convert INPUT... [--to FORMATS] [-o OUTDIR | -o -] [options]\n\n"
      << "INPUT is a file, a folder (every .txt, .html and .htm file in it, sorted by name)\n"
      << "or - for standard input. Each input is written to OUTDIR/<name>.<extension>,\n"
      << "e.g. buletin.txt --to text → OUTDIR/buletin.text.txt. Files are written whole\n"
      << "or not at all.\n\n"
      << "Formats:\n";
  for (const FormatInfo& f : output_formats()) {
    std::string name = f.name;
    name.resize(std::max<std::size_t>(name.size(), 14), ' ');
    out << "  " << name << " ." << f.extension << "  " << f.description << "\n";
  }
  out << "\n" << convert_options() << "\n"
      << "Examples:\n"
      << "  aksesibel convert buletin.txt --to text,json -o keluaran/\n"
      << "  aksesibel convert lama.txt --encoding windows-1252 --to text -o -\n"
      << "  cat buletin.html | aksesibel convert - --from html --to json -o -\n"
      << "  aksesibel convert arsip/ --to text -o keluaran/\n"
      << "  aksesibel convert buletin.txt --to brf,pef,braille-proof --lines-per-page 28 -o emboss/\n";
  return out.str();
}

Invocation parse_command_line(int argc, char** argv) {
  Invocation inv;
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) throw UsageError{"no command given; try 'aksesibel convert --help'"};
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
  if (command != "convert") throw UsageError{"unknown command '" + command + "'; the commands are convert and formats"};

  po::options_description visible = convert_options();
  po::options_description all;
  all.add(visible).add_options()("input", po::value<std::vector<std::string>>(), "input files");
  po::positional_options_description positional;
  positional.add("input", -1);
  po::variables_map vm;
  try {
    std::vector<std::string> rest(args.begin() + 1, args.end());
    po::store(po::command_line_parser(rest).options(all).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    throw UsageError{std::string(e.what()) + "; see 'aksesibel convert --help'"};
  }
  if (vm.count("help")) {
    inv.action = Invocation::Action::ConvertHelp;
    return inv;
  }
  inv.action = Invocation::Action::Convert;
  if (!vm.count("input")) throw UsageError{"convert needs at least one INPUT (a file, a folder or -)"};
  inv.inputs = vm["input"].as<std::vector<std::string>>();
  if (vm.count("to")) inv.convert.formats = split_formats(vm["to"].as<std::vector<std::string>>());
  if (inv.convert.formats.empty()) throw UsageError{"--to needs at least one format; see 'aksesibel formats'"};
  for (const std::string& f : inv.convert.formats) {
    try {
      output_format(f);
    } catch (const Error& e) {
      throw UsageError{e.message()};
    }
  }
  inv.output_dir = vm["output"].as<std::string>();
  try {
    inv.convert.read.format = input_format_from_name(vm["from"].as<std::string>());
  } catch (const Error& e) {
    throw UsageError{"--from: " + e.message()};
  }
  if (vm.count("encoding")) inv.convert.read.encoding = vm["encoding"].as<std::string>();
  inv.convert.read.lenient = vm.count("lenient") > 0;
  inv.convert.read.max_input_size = parse_size(vm["max-input-size"].as<std::string>());
  if (vm.count("data-dir")) inv.convert.read.data_dir = vm["data-dir"].as<std::string>();
  inv.quiet = vm.count("quiet") > 0;
  BrailleOptions& b = inv.convert.braille;
  if (vm.count("table")) b.table = vm["table"].as<std::string>();
  b.cells_per_line = vm["cells-per-line"].as<int>();
  b.lines_per_page = vm["lines-per-page"].as<int>();
  if (b.cells_per_line < 12 || b.cells_per_line > 100) throw UsageError{"--cells-per-line must be from 12 to 100"};
  if (b.lines_per_page < 4 || b.lines_per_page > 100) throw UsageError{"--lines-per-page must be from 4 to 100"};
  const std::string style = vm["paragraph-style"].as<std::string>();
  if (style == "indent") b.paragraph_style = BrailleOptions::ParagraphStyle::Indent;
  else if (style == "block") b.paragraph_style = BrailleOptions::ParagraphStyle::Block;
  else throw UsageError{"--paragraph-style is indent or block, not '" + style + "'"};
  const std::string numbers = vm["page-numbers"].as<std::string>();
  if (numbers == "bottom") b.page_numbers = BrailleOptions::PageNumbers::Bottom;
  else if (numbers == "top") b.page_numbers = BrailleOptions::PageNumbers::Top;
  else throw UsageError{"--page-numbers is bottom or top, not '" + numbers + "'"};
  b.duplex = vm.count("duplex") > 0;
  b.verify = vm.count("no-verify") == 0;
  LargePrintOptions& lp = inv.convert.large_print;
  lp.font_size = vm["font-size"].as<int>();
  if (lp.font_size != 18 && lp.font_size != 24 && lp.font_size != 32)
    throw UsageError{"--font-size is 18, 24 or 32 (points), not " + std::to_string(lp.font_size)};
  const std::string paper = vm["paper"].as<std::string>();
  if (paper == "a4" || paper == "A4") lp.paper = LargePrintOptions::Paper::A4;
  else if (paper == "letter") lp.paper = LargePrintOptions::Paper::Letter;
  else throw UsageError{"--paper is a4 or letter, not '" + paper + "'"};
  inv.convert.html.summary = vm.count("no-summary") == 0;
  inv.convert.large_print.summary = inv.convert.html.summary;
  inv.convert.braille.summary = inv.convert.html.summary;
  inv.convert.simplify = vm.count("plain") > 0;
  if (vm.count("report")) {
    inv.report = vm["report"].as<std::string>();
    if (inv.report.empty() || inv.report == "-") throw UsageError{"--report needs a file name (the report is JSON)"};
    inv.convert.report = true;
  }
  if (inv.output_dir == "-") {
    if (inv.convert.formats.size() != 1)
      throw UsageError{"-o - writes to standard output: give exactly one format with --to"};
    if (inv.inputs.size() != 1)
      throw UsageError{"-o - writes to standard output: give exactly one input"};
  }
  return inv;
}

}  // namespace aksesibel::cli
