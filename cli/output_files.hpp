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

/// Write every file to a temporary file in its folder, then rename them into
/// place. On any failure nothing of this set is left behind and every file
/// it was replacing is back as it was (kept by a hard link, else a copy,
/// until the whole set is in place). A new file's mode follows the umask
/// (0666 & ~umask), a replaced file keeps its own. Temporary files are named
/// `.NAME.aksesibel-PID-XXXXXX` (`.NAME.aksesibel-old-PID-XXXXXX` for the
/// kept ones): the first write into a folder removes those a killed run left
/// (their process no longer exists). Throws aksesibel::Error(Io).
void write_all_or_nothing(const std::vector<OutputFile>& files);

}  // namespace aksesibel::cli
