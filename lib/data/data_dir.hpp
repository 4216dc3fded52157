// Finding the folders of language data and braille tables at run time.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace aksesibel::data {

/// The data folder to use: `explicit_dir` if not empty, else
/// $AKSESIBEL_DATA_DIR, else `data/` in the first of
/// installed_share_directories() that has it.
/// Throws Error(DataFile) naming every place it looked.
std::filesystem::path data_directory(const std::string& explicit_dir);

/// The folders holding `data/` and `tables/`, in the order they are tried.
/// In the build tree (running_from_build_tree()): the source tree alone, so
/// that an old `cmake --install` copy never hides an edited data/. Installed:
/// `share/aksesibel` found from the location of the binary that holds this
/// code (libaksesibel.so, or the program a static library was linked into),
/// so that an installed prefix can be moved; then the prefix given to CMake;
/// then, as a last resort, the source tree it was built from. Folders that
/// do not exist are left out.
std::vector<std::filesystem::path> installed_share_directories();

/// Whether the binary holding this code (the library, or the program a
/// static library was linked into) lies inside the build tree it was built
/// in (AKSESIBEL_BUILD_DIR).
bool running_from_build_tree();

}  // namespace aksesibel::data
