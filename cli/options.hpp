// Command-line options of `aksesibel` (parsing only).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "aksesibel/convert.hpp"
#include "serve.hpp"

namespace aksesibel::cli {

struct Invocation {
  enum class Action { Convert, Help, ConvertHelp, Version, Formats, Embossers, Regions, Serve } action = Action::Help;
  std::vector<std::string> inputs;
  std::string output_dir = ".";  ///< "-" for standard output
  ConvertOptions convert;
  bool quiet = false;            ///< no warnings
  std::string report;            ///< --report FILE ("" none)
  unsigned jobs = 1;             ///< --jobs N: inputs converted at once (default: one per core)
  /// --progress[=true|false]; unset: shown when standard error is a
  /// terminal, the batch has several inputs and --quiet is not given.
  std::optional<bool> progress;
  ServeOptions serve;  ///< `aksesibel serve`
};

/// A mistake in the command line: exit status 2.
struct UsageError {
  std::string message;
};

/// Parse argv. Throws UsageError.
Invocation parse_command_line(int argc, char** argv);

std::string main_help();
std::string convert_help();

/// A library message with its option keys as command-line flags ("the
/// option no-verify writes …" → "--no-verify writes …", "option
/// encoding=UTF-16LE" → "--encoding UTF-16LE", "set the option lenient" →
/// "use --lenient").
std::string with_flags(std::string message);

}  // namespace aksesibel::cli
