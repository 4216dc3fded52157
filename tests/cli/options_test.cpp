// One option table: every key of option_keys() is accepted, with the same
// value, by the command line and the C ABI (the Python binding's test reads
// the same samples, tests/options/samples.tsv); the command line has no
// option of its own beyond the output folder, the report file, the number
// of jobs, quiet and help; and no library message names a command-line flag.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <fstream>
#include <map>
#include <regex>
#include <set>

#include "aksesibel/aksesibel.h"
#include "aksesibel/options.hpp"
#include "support.hpp"

namespace aksesibel {
namespace {

namespace fs = std::filesystem;

std::map<std::string, std::string> samples() {
  std::map<std::string, std::string> out;
  std::ifstream in(fs::path(AKSESIBEL_OPTION_SAMPLES));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const std::size_t tab = line.find('\t');
    std::string value = line.substr(tab + 1);
    if (value == "{data}") value = AKSESIBEL_DATA_SOURCE_DIR;
    if (value == "{tables}") value = AKSESIBEL_TABLES_SOURCE_DIR;
    out[line.substr(0, tab)] = value;
  }
  return out;
}

int run_cli(const std::string& args, std::string& err) {
  test::TempDir io;
  test::write_file(io.path() / "in", "Kasus Covid-19 di Palu\n\nPalu - Satgas mencatat 14.054 kasus pada Rabu (14/7/2021).\n");
  const std::string cmd = "'" AKSESIBEL_CLI "' convert - " + args + " -o '" + io.path().string() + "' < '" +
                          (io.path() / "in").string() + "' 2> '" + (io.path() / "err").string() + "' > /dev/null";
  const int raw = std::system(cmd.c_str());
  err = test::read_file(io.path() / "err");
  return WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
}

TEST(Options, TheSamplesCoverTheTableExactly) {
  std::set<std::string> table, sampled;
  for (const OptionInfo& o : option_keys()) table.insert(o.key);
  for (const auto& [key, value] : samples()) sampled.insert(key);
  EXPECT_EQ(table, sampled) << "tests/options/samples.tsv must give a value for every option key, and only those";
}

TEST(Options, EveryKeyIsAcceptedByTheCommandLineAndTheCAbi) {
  const auto values = samples();
  for (const OptionInfo& o : option_keys()) {
    ASSERT_TRUE(values.count(o.key)) << o.key;
    const std::string& value = values.at(o.key);
    // The C ABI.
    aks_options* options = aks_options_new();
    aks_error* error = nullptr;
    EXPECT_EQ(aks_options_set(options, o.key.c_str(), value.c_str(), &error), AKS_OK) << o.key;
    aks_error_free(error);
    aks_options_free(options);
    // The command line: --KEY VALUE, a switch as --KEY=VALUE; the report to a file.
    test::TempDir tmp;
    std::string args = o.key == "report" ? "--report '" + (tmp.path() / "r.json").string() + "'"
                       : o.boolean       ? "--" + o.key + "=" + value
                                         : "--" + o.key + " '" + value + "'";
    if (o.key != "to") args += " --to text";
    std::string err;
    EXPECT_EQ(run_cli(args, err), 0) << args << "\n" << err;
    // A value the table refuses is refused by both, with the same words.
    if (o.boolean && o.key != "report") {
      EXPECT_EQ(run_cli("--" + o.key + "=perhaps --to text", err), 2) << o.key;
      EXPECT_NE(err.find("--" + o.key + ": 'perhaps' is not allowed; it takes true or false"), std::string::npos) << err;
    }
  }
}

// One rule for case and spaces in values, whoever sets them: every keyword
// and number is read in any case and without the spaces around it; names
// and paths are taken as written.
TEST(Options, CaseAndSpacesInValuesFollowOneRule) {
  ConvertOptions o;
  set_option(o, "to", " BRF , Pef");
  EXPECT_EQ(o.formats, (std::vector<std::string>{"brf", "pef"}));
  set_option(o, "paper", " Letter ");
  EXPECT_EQ(o.large_print.paper, LargePrintOptions::Paper::Letter);
  set_option(o, "cells-per-line", " 32");
  EXPECT_EQ(o.braille.cells_per_line, 32);
  set_option(o, "duplex", "TRUE ");
  EXPECT_TRUE(o.braille.duplex);
  set_option(o, "max-input-size", " 2MiB ");
  EXPECT_EQ(o.read.max_input_size, 2u << 20);
  set_option(o, "source-name", " buletin palu.txt");
  EXPECT_EQ(o.read.source_name, " buletin palu.txt");
  // The command line takes the same values.
  std::string err;
  EXPECT_EQ(run_cli("--to ' BRF' --paper ' A4' --font-size ' 24' --duplex=' True'", err), 0) << err;
}

TEST(Options, TheCommandLineHasNoOptionOutsideTheTable) {
  std::string err;
  const std::string help = [] {
    test::TempDir io;
    const std::string cmd = "'" AKSESIBEL_CLI "' convert --help > '" + (io.path() / "h").string() + "'";
    EXPECT_EQ(std::system(cmd.c_str()), 0);
    return test::read_file(io.path() / "h");
  }();
  std::set<std::string> listed, expected = {"output", "jobs", "quiet", "progress", "lang", "help"};
  for (const OptionInfo& o : option_keys()) expected.insert(o.key);
  static const std::regex flag(R"(^\s+(?:-\w \[ )?--([a-z][a-z-]*))");
  std::istringstream lines(help);
  for (std::string line; std::getline(lines, line);) {
    std::smatch m;
    if (std::regex_search(line, m, flag)) listed.insert(m[1]);
  }
  EXPECT_EQ(listed, expected);
  // Names are never guessed from a prefix: "--dup" is no "--duplex".
  EXPECT_EQ(run_cli("--dup --to text", err), 2) << err;
  // A switch never takes the next word as its value.
  EXPECT_EQ(run_cli("--duplex --to brf", err), 0) << err;
}

TEST(Options, ARefusedValueNamesTheFlagOnTheCommandLineAndTheKeyInTheLibrary) {
  std::string err;
  EXPECT_EQ(run_cli("--cells-per-line 5 --to brf", err), 2);
  EXPECT_NE(err.find("--cells-per-line: '5' is not allowed; it takes a whole number from 12 to 100"), std::string::npos)
      << err;
  ConvertOptions o;
  try {
    set_option(o, "cells-per-line", "5");
    ADD_FAILURE();
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.message()).find("--"), std::string::npos) << e.message();
    EXPECT_NE(std::string(e.message()).find("option cells-per-line"), std::string::npos) << e.message();
  }
}

// The C ABI's own messages (a NULL argument) follow the language of messages
// set through the C++ API, as the library's errors do.
TEST(Options, TheCAbiTellsOfANullArgumentInTheLanguageOfMessages) {
  auto null_options = [] {
    aks_error* error = nullptr;
    EXPECT_EQ(aks_options_set(nullptr, "to", "html", &error), AKS_ERR_INVALID_ARGUMENT);
    const std::string message = error ? aks_error_message(error) : "no error";
    aks_error_free(error);
    return message;
  };
  EXPECT_EQ(null_options(), "aks_options_set: options must not be NULL");
  ASSERT_TRUE(set_message_language("id"));
  const std::string indonesian = null_options();
  set_message_language("en");
  EXPECT_EQ(indonesian, "aks_options_set: options tidak boleh NULL");
  EXPECT_EQ(null_options(), "aks_options_set: options must not be NULL");
}

// Library messages speak of option keys ("the option lenient"), which the
// command line turns into its flags; no message in lib/ names a flag.
TEST(Options, NoLibraryMessageNamesACommandLineFlag) {
  static const std::regex flag_in_string(R"re("[^"\n]*--[a-z][a-z-]+[^"\n]*")re");
  std::vector<std::string> found;
  for (const auto& e : fs::recursive_directory_iterator(fs::path(AKSESIBEL_LIB_SOURCE_DIR))) {
    if (e.path().extension() != ".cpp" && e.path().extension() != ".hpp") continue;
    std::ifstream in(e.path());
    std::size_t number = 0;
    for (std::string line; std::getline(in, line);) {
      ++number;
      const std::string code = line.substr(0, line.find("//"));
      if (std::regex_search(code, flag_in_string)) found.push_back(e.path().string() + ":" + std::to_string(number));
    }
  }
  EXPECT_TRUE(found.empty()) << found.front();
  std::string err;
  EXPECT_EQ(run_cli("--max-input-size 1 --to text", err), 1);
  EXPECT_NE(err.find("raise the limit with --max-input-size"), std::string::npos) << err;
}

}  // namespace
}  // namespace aksesibel
