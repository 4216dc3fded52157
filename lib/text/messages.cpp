#include "aksesibel/messages.hpp"

#include <libintl.h>

#include <atomic>

#include "text/messages.hpp"

namespace aksesibel {

namespace {
std::atomic<bool> translating{false};
}  // namespace

void text::set_translating(bool on) { translating = on; }

const char* translate(const char* english) {
  return translating ? dgettext("aksesibel", english) : english;
}

std::string fill_message(std::string_view pattern, std::initializer_list<std::string_view> args) {
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

}  // namespace aksesibel
