#include "messages.hpp"

#include <libintl.h>

#include <clocale>
#include <cstdlib>
#include <filesystem>

#include "aksesibel/options.hpp"

namespace aksesibel::cli {

namespace {

constexpr const char* kDomain = "aksesibel";
std::string chosen = "en";

// The language the environment asks for, in gettext's order of variables.
std::string from_environment() {
  for (const char* name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* v = std::getenv(name);
    if (!v || !*v) continue;
    const std::string value = v;
    // LANGUAGE may list several ("id:en"); the first decides.
    const std::string first = value.substr(0, value.find(':'));
    return first.rfind("id", 0) == 0 && (first.size() == 2 || first[2] == '_' || first[2] == '.') ? "id" : "en";
  }
  return "en";
}

// The folder holding id/LC_MESSAGES/aksesibel.mo: $AKSESIBEL_LOCALE_DIR,
// else beside the installed data (share/aksesibel/locale), else the build
// tree's; "" when there is none.
std::string catalogue_directory() {
  namespace fs = std::filesystem;
  std::error_code ec;
  auto has = [&](const fs::path& dir) { return fs::is_regular_file(dir / "id" / "LC_MESSAGES" / "aksesibel.mo", ec); };
  if (const char* env = std::getenv("AKSESIBEL_LOCALE_DIR"); env && *env) return has(env) ? env : "";
  try {
    static const ConvertOptions defaults;  // the data folder every conversion without data-dir uses
    const fs::path beside_data = fs::path(data_directory(defaults)).parent_path() / "locale";
    if (has(beside_data)) return beside_data.string();
  } catch (...) {
    // No data folder: the build tree's catalogue, if any.
  }
#ifdef AKSESIBEL_BUILD_LOCALE_DIR
  if (has(AKSESIBEL_BUILD_LOCALE_DIR)) return AKSESIBEL_BUILD_LOCALE_DIR;
#endif
  return "";
}

}  // namespace

bool choose_language(const std::string& requested) {
  chosen = requested.empty() ? from_environment() : requested;
  if (chosen != "id") return true;
  const std::string dir = catalogue_directory();
  if (dir.empty()) {
    chosen = "en";
    return false;
  }
  // Only the messages' category, never LC_NUMERIC (the library writes
  // numbers with printf): C.UTF-8 is always there; gettext then follows
  // LANGUAGE, set here to the language chosen.
  if (!std::setlocale(LC_MESSAGES, "C.UTF-8")) std::setlocale(LC_MESSAGES, "");
  ::setenv("LANGUAGE", "id", 1);
  bindtextdomain(kDomain, dir.c_str());
  bind_textdomain_codeset(kDomain, "UTF-8");
  return true;
}

const std::string& language() { return chosen; }

const char* tr(const char* english) { return chosen == "id" ? dgettext(kDomain, english) : english; }

std::string fill(std::string_view pattern, std::initializer_list<std::string_view> args) {
  std::string out;
  for (std::size_t k = 0; k < pattern.size(); ++k) {
    if (pattern[k] == '{' && k + 2 < pattern.size() && pattern[k + 1] >= '0' && pattern[k + 1] <= '9' &&
        pattern[k + 2] == '}') {
      const std::size_t n = static_cast<std::size_t>(pattern[k + 1] - '0');
      if (n < args.size()) {
        out += *(args.begin() + n);
        k += 2;
        continue;
      }
    }
    out += pattern[k];
  }
  return out;
}

}  // namespace aksesibel::cli
