#include "data/data_dir.hpp"

#include <cstdlib>
#include <vector>

#include "aksesibel/error.hpp"

namespace aksesibel::data {

namespace {
// The file whose presence marks a data folder.
constexpr const char* kMarker = "boilerplate-id.txt";

bool has_marker(const std::filesystem::path& dir) {
  std::error_code ec;
  return std::filesystem::is_regular_file(dir / kMarker, ec);
}
}  // namespace

std::filesystem::path data_directory(const std::string& explicit_dir) {
  std::vector<std::filesystem::path> tried;
  auto try_dir = [&](const std::filesystem::path& dir) {
    tried.push_back(dir);
    return has_marker(dir);
  };
  if (!explicit_dir.empty()) {
    if (try_dir(explicit_dir)) return explicit_dir;
    throw Error(ErrorCode::DataFile, "the data folder " + explicit_dir + " has no " + kMarker);
  }
  if (const char* env = std::getenv("AKSESIBEL_DATA_DIR"); env && *env) {
    if (try_dir(env)) return env;
    throw Error(ErrorCode::DataFile, std::string("AKSESIBEL_DATA_DIR=") + env + " has no " + kMarker +
                                         "; point it at aksesibel's data/ folder or unset it");
  }
  if (try_dir(std::filesystem::path(AKSESIBEL_INSTALL_DATA_DIR) / "data"))
    return std::filesystem::path(AKSESIBEL_INSTALL_DATA_DIR) / "data";
  if (try_dir(std::filesystem::path(AKSESIBEL_SOURCE_DIR) / "data"))
    return std::filesystem::path(AKSESIBEL_SOURCE_DIR) / "data";
  std::string where;
  for (const auto& t : tried) where += (where.empty() ? "" : ", ") + t.string();
  throw Error(ErrorCode::DataFile,
              "cannot find aksesibel's language data (looked in " + where + "); set AKSESIBEL_DATA_DIR to its data/ folder");
}

}  // namespace aksesibel::data
