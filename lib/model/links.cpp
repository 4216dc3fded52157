#include "model/links.hpp"

#include <string>

#include "text/words.hpp"

namespace aksesibel::model {

bool safe_href(std::string_view href, bool relative) {
  std::string h;
  for (char c : href)
    if (static_cast<unsigned char>(c) > 0x20) h += c;
  h = text::lower_ascii(h);
  if (h.rfind("http://", 0) == 0 || h.rfind("https://", 0) == 0 || h.rfind("mailto:", 0) == 0) return true;
  if (!relative || h.empty()) return false;
  const std::size_t colon = h.find(':');
  if (colon == std::string::npos) return true;
  const std::size_t first_delim = h.find_first_of("/?#");
  return first_delim != std::string::npos && first_delim < colon;  // relative, a colon later in it
}

}  // namespace aksesibel::model
