#include "data/data_dir.hpp"

#include "aksesibel/messages.hpp"

#include <link.h>

#include <algorithm>
#include <cstdint>
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

struct Lookup {
  std::uintptr_t address = 0;
  std::string file;
  bool found = false;
  bool main_program = false;
};

// The loaded object (program or shared library) whose segments hold an address.
int find_object(dl_phdr_info* info, std::size_t, void* data) {
  auto* lookup = static_cast<Lookup*>(data);
  for (int i = 0; i < info->dlpi_phnum; ++i) {
    const auto& ph = info->dlpi_phdr[i];
    if (ph.p_type != PT_LOAD) continue;
    const std::uintptr_t start = info->dlpi_addr + ph.p_vaddr;
    if (lookup->address >= start && lookup->address < start + ph.p_memsz) {
      lookup->found = true;
      lookup->file = info->dlpi_name ? info->dlpi_name : "";
      lookup->main_program = lookup->file.empty();
      return 1;
    }
  }
  return 0;
}

// The folder of the binary this function was linked into.
std::filesystem::path own_binary_directory() {
  namespace fs = std::filesystem;
  Lookup lookup;
  lookup.address = reinterpret_cast<std::uintptr_t>(&own_binary_directory);
  dl_iterate_phdr(find_object, &lookup);
  if (!lookup.found) return {};
  std::error_code ec;
  fs::path file = lookup.main_program ? fs::read_symlink("/proc/self/exe", ec) : fs::path(lookup.file);
  if (ec || file.empty()) return {};
  fs::path canonical = fs::weakly_canonical(file, ec);
  if (!ec) file = canonical;
  return file.parent_path();
}


bool inside(const std::filesystem::path& dir, const std::filesystem::path& root) {
  if (dir.empty() || root.empty()) return false;
  auto d = dir.begin();
  for (auto r = root.begin(); r != root.end(); ++r, ++d) {
    if (r->empty()) continue;  // a trailing separator
    if (d == dir.end() || *d != *r) return false;
  }
  return true;
}

// The build tree's canonical path, "" when it cannot be known.
std::filesystem::path build_tree() {
  std::error_code ec;
  std::filesystem::path b = std::filesystem::weakly_canonical(AKSESIBEL_BUILD_DIR, ec);
  return ec ? std::filesystem::path(AKSESIBEL_BUILD_DIR) : b;
}
}  // namespace

bool running_from_build_tree() {
  static const bool in_build = [] {
    const std::filesystem::path build = build_tree();
    if (inside(own_binary_directory(), build)) return true;
    // A static library linked into a program: that program's location.
    std::error_code ec;
    std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    return !ec && inside(exe.parent_path(), build);
  }();
  return in_build;
}

std::vector<std::filesystem::path> installed_share_directories() {
  namespace fs = std::filesystem;
  static const std::vector<fs::path> dirs = [] {
    std::vector<fs::path> out;
    auto add = [&out](const fs::path& p) {
      std::error_code ec;
      if (p.empty() || !fs::is_directory(p, ec)) return;
      fs::path c = fs::weakly_canonical(p, ec);
      if (ec) c = p;
      for (const fs::path& o : out)
        if (o == c) return;
      out.push_back(c);
    };
    if (running_from_build_tree()) {
      // Built, not installed: the source tree's data/ and tables/, never a
      // copy that `cmake --install` left in the configured prefix.
      add(AKSESIBEL_SOURCE_DIR);
      return out;
    }
    if (fs::path bin = own_binary_directory(); !bin.empty()) {
      // The binary is the library (in LIBDIR) or a program linked with the static library (in BINDIR).
      add(bin / AKSESIBEL_SHARE_FROM_LIBDIR);
      add(bin / AKSESIBEL_SHARE_FROM_BINDIR);
    }
    add(AKSESIBEL_INSTALL_DATA_DIR);
    add(AKSESIBEL_SOURCE_DIR);  // the last resort: the tree it was built from, if it still exists
    return out;
  }();
  return dirs;
}

std::filesystem::path data_directory(const std::string& explicit_dir) {
  std::vector<std::filesystem::path> tried;
  auto try_dir = [&](const std::filesystem::path& dir) {
    tried.push_back(dir);
    return has_marker(dir);
  };
  if (!explicit_dir.empty()) {
    if (try_dir(explicit_dir)) return explicit_dir;
    throw Error(ErrorCode::DataFile, fill_message(translate("the data folder {0} has no {1}"), {explicit_dir, kMarker}));
  }
  if (const char* env = std::getenv("AKSESIBEL_DATA_DIR"); env && *env) {
    if (try_dir(env)) return env;
    throw Error(ErrorCode::DataFile,
                fill_message(translate("AKSESIBEL_DATA_DIR={0} has no {1}; point it at aksesibel's data/ folder or unset it"),
                             {env, kMarker}));
  }
  for (const std::filesystem::path& share : installed_share_directories())
    if (try_dir(share / "data")) return share / "data";
  // Name the configured installation too when it does not exist, so that the
  // message says where a `cmake --install` would have put the data.
  const std::filesystem::path configured = std::filesystem::path(AKSESIBEL_INSTALL_DATA_DIR) / "data";
  if (std::find(tried.begin(), tried.end(), configured) == tried.end()) tried.push_back(configured);
  std::string where;
  for (const auto& t : tried) {
    if (!where.empty()) where += ", ";
    where += t.string();
  }
  throw Error(ErrorCode::DataFile,
              fill_message(translate("cannot find aksesibel's language data (looked in {0}); set AKSESIBEL_DATA_DIR to its "
                                     "data/ folder"),
                           {where}));
}

}  // namespace aksesibel::data
