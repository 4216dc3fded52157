// Command-line options of `aksesibel` (parsing only).
#pragma once

#include <string>
#include <vector>

#include "aksesibel/convert.hpp"

namespace aksesibel::cli {

struct Invocation {
  enum class Action { Convert, Help, ConvertHelp, Version, Formats } action = Action::Help;
  std::vector<std::string> inputs;
  std::string output_dir = ".";  ///< "-" for standard output
  ConvertOptions convert;
  bool quiet = false;            ///< no warnings
  std::string report;            ///< --report FILE ("" none)
};

/// A mistake in the command line: exit status 2.
struct UsageError {
  std::string message;
};

/// Parse argv. Throws UsageError.
Invocation parse_command_line(int argc, char** argv);

std::string main_help();
std::string convert_help();

/// "20M", "20MiB", "512k", "1048576" → bytes. Throws UsageError.
std::size_t parse_size(const std::string& text);

}  // namespace aksesibel::cli
