// Finding the folder of language data files at run time.
#pragma once

#include <filesystem>
#include <string>

namespace aksesibel::data {

/// The data folder to use: `explicit_dir` if not empty, else
/// $AKSESIBEL_DATA_DIR, else the installed data, else the source tree's
/// data/. Throws Error(DataFile) naming every place it looked.
std::filesystem::path data_directory(const std::string& explicit_dir);

}  // namespace aksesibel::data
