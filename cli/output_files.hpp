// Writing output files whole or not at all.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace aksesibel::cli {

struct OutputFile {
  std::filesystem::path path;
  std::string content;
};

/// Write every file to a temporary file in the same folder, then rename them
/// into place. On any failure the temporary files are removed and nothing
/// of this set is left behind. Throws aksesibel::Error(Io).
void write_all_or_nothing(const std::vector<OutputFile>& files);

}  // namespace aksesibel::cli
