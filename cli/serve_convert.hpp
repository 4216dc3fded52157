// What `aksesibel serve` does with a request, apart from HTTP: the inputs a
// client sent (pasted text, uploaded files), the formats and the options it
// may choose, and the results — every conversion through the library, with
// the same options as the command line's.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "aksesibel/convert.hpp"

namespace aksesibel::cli {

/// One input of a request: a name (the upload's file name, never a path on
/// this machine) and its bytes.
struct WebInput {
  std::string name;
  std::string bytes;
};

struct WebRequest {
  std::vector<WebInput> inputs;
  std::vector<std::string> formats;
  std::map<std::string, std::string> options;  ///< keys of option_keys() a client may set (web_option_allowed)
};

struct WebResult {
  std::string name;
  std::vector<Output> outputs;
  std::vector<Warning> warnings;
  std::optional<Error> error;
};

/// Whether a client may set this option: page, braille and plain-language
/// settings, yes; anything that names a file or folder of the server (the
/// data and table folders, table paths, a columns file) or its limits, no.
bool web_option_allowed(const std::string& key);

/// A file name a client sent, reduced to a safe base name ("C:\\a\\b.txt" →
/// "b.txt", "../x.html" → "x.html"); "buletin.txt" when nothing is left.
std::string safe_input_name(const std::string& name);

/// The options every input of a request is converted with.
struct CheckedRequest {
  std::vector<WebInput> inputs;
  ConvertOptions options;
};

/// Checks the request (at least one input, at most `max_inputs`, formats
/// named, options allowed and valid) before anything is converted. Throws
/// Error(InvalidOption) for a request that cannot be converted at all.
CheckedRequest check_request(const WebRequest& request, std::size_t max_inputs);

/// Converts one input of a checked request; an input that fails (also for
/// lack of memory, or a bug) is a result with its error, never an exception.
WebResult convert_input(const WebInput& input, const ConvertOptions& options);

/// check_request, then convert_input for each input, in order.
std::vector<WebResult> convert_request(const WebRequest& request, std::size_t max_inputs);

}  // namespace aksesibel::cli
