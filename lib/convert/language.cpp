// set_message_language(): binds the Indonesian catalogue (GNU gettext).
#include "aksesibel/options.hpp"

#include "aksesibel/messages.hpp"

#include <libintl.h>

#include <clocale>
#include <cstdlib>
#include <filesystem>
#include <mutex>

#include "data/data_dir.hpp"
#include "text/messages.hpp"

namespace aksesibel {

namespace {

std::mutex language_mutex;
std::string current = "en";

// The folder holding id/LC_MESSAGES/aksesibel.mo, "" when there is none.
std::string catalogue_directory(const std::string& data_dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  auto has = [&](const fs::path& dir) { return fs::is_regular_file(dir / "id" / "LC_MESSAGES" / "aksesibel.mo", ec); };
  if (const char* env = std::getenv("AKSESIBEL_LOCALE_DIR"); env && *env) return has(env) ? env : "";
  try {
    const fs::path beside_data = data::data_directory(data_dir).parent_path() / "locale";
    if (has(beside_data)) return beside_data.string();
  } catch (const Error&) {
    // No data folder: the build tree's catalogue, if any.
  }
  const fs::path built = fs::path(AKSESIBEL_BUILD_DIR) / "locale";
  return has(built) ? built.string() : "";
}

}  // namespace

bool set_message_language(const std::string& language, const std::string& data_dir) {
  if (language != "id" && language != "en")
    throw Error(ErrorCode::InvalidOption, fill_message(translate("the language of messages is id or en, not '{0}'"), {language}));
  std::lock_guard lock(language_mutex);
  if (language == "en") {
    text::set_translating(false);
    current = "en";
    return true;
  }
  const std::string dir = catalogue_directory(data_dir);
  if (dir.empty()) return false;
  // Only the messages' category (the library writes numbers with printf):
  // C.UTF-8 is always there; gettext then follows LANGUAGE.
  if (!std::setlocale(LC_MESSAGES, "C.UTF-8")) std::setlocale(LC_MESSAGES, "");
  ::setenv("LANGUAGE", "id", 1);
  bindtextdomain("aksesibel", dir.c_str());
  bind_textdomain_codeset("aksesibel", "UTF-8");
  text::set_translating(true);
  current = "id";
  return true;
}

std::string message_language() {
  std::lock_guard lock(language_mutex);
  return current;
}

}  // namespace aksesibel
