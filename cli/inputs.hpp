// Turning INPUT arguments into the files to convert, and reading them.
#pragma once

#include <string>
#include <vector>

namespace aksesibel::cli {

struct Source {
  std::string path;   ///< as given (or found in a folder); "-" for standard input
  std::string stem;   ///< output file stem: the name without its last extension
  std::string error;  ///< not empty: this input cannot be converted (why)
};

/// Files of every INPUT: a file as itself, a folder as its .txt/.html/.htm
/// files sorted by name, "-" as standard input.
std::vector<Source> expand_inputs(const std::vector<std::string>& inputs);

/// The bytes of a file (or standard input for "-"). Throws aksesibel::Error
/// (Io, InputTooLarge) with an actionable message.
std::string read_source(const Source& source, std::size_t max_size);

}  // namespace aksesibel::cli
