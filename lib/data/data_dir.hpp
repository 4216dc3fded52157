// Finding the folders of language data and braille tables at run time.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace aksesibel::data {

/// The data folder to use: `explicit_dir` if not empty, else
/// $AKSESIBEL_DATA_DIR, else the installed data (beside the binary holding
/// the library, then the configured prefix), else the source tree's data/.
/// Throws Error(DataFile) naming every place it looked.
std::filesystem::path data_directory(const std::string& explicit_dir);

/// The folders an installation keeps its shared files in (`share/aksesibel`),
/// most specific first: found from the location of the binary that holds
/// this code (libaksesibel.so, or the program a static library was linked
/// into), so that an installed prefix can be moved; then the prefix given to
/// CMake. Folders that do not exist are left out.
std::vector<std::filesystem::path> installed_share_directories();

}  // namespace aksesibel::data
