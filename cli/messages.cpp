#include "messages.hpp"

#include <cstdlib>

#include "aksesibel/messages.hpp"
#include "aksesibel/options.hpp"

namespace aksesibel::cli {

namespace {

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

}  // namespace

bool choose_language(const std::string& requested) {
  chosen = requested.empty() ? from_environment() : requested;
  if (chosen != "id") {
    set_message_language("en");
    return true;
  }
  if (set_message_language("id")) return true;
  chosen = "en";
  return false;
}

const std::string& language() { return chosen; }

const char* tr(const char* english) { return translate(english); }

std::string fill(std::string_view pattern, std::initializer_list<std::string_view> args) { return fill_message(pattern, args); }

}  // namespace aksesibel::cli
