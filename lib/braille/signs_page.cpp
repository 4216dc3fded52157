#include "braille/signs_page.hpp"

#include <map>
#include <mutex>

#include "aksesibel/messages.hpp"
#include "data/data_dir.hpp"
#include "data/language_data.hpp"
#include "text/utf8.hpp"

namespace aksesibel::braille {

const SignsPage& load_signs_page(const std::string& data_dir) {
  static std::mutex mutex;
  static std::map<std::filesystem::path, SignsPage> cache;
  const std::filesystem::path file = data::data_directory(data_dir) / "braille-signs-id.tsv";
  std::lock_guard lock(mutex);
  if (auto it = cache.find(file); it != cache.end()) return it->second;
  SignsPage page;
  for (const data::DataLine& l : data::read_data_file(file, true)) {
    if (l.fields[0] == "heading" && l.fields.size() == 2 && !l.fields[1].empty()) {
      page.heading = l.fields[1];
      continue;
    }
    if (l.fields[0] == "continuation" && l.fields.size() == 2 && !l.fields[1].empty()) {
      page.continuation = l.fields[1];
      continue;
    }
    std::size_t at = 0;
    if (l.fields[0] != "sign" || l.fields.size() != 3 || l.fields[1].empty() || l.fields[2].empty())
      data::malformed(file, l.number,
                      translate("expected heading<TAB>TEXT, continuation<TAB>MEANING or sign<TAB>CHARACTER<TAB>MEANING"));
    const char32_t sign = text::next_code_point(l.fields[1], at);
    if (at != l.fields[1].size()) data::malformed(file, l.number, translate("a sign is one character"));
    page.signs.emplace_back(sign, l.fields[2]);
  }
  if (page.heading.empty()) data::malformed(file, 0, translate("no heading line (the title of the page)"));
  if (page.continuation.empty())
    data::malformed(file, 0, translate("no continuation line (the meaning of dot 5 at a line's end)"));
  return cache.emplace(file, std::move(page)).first->second;
}

}  // namespace aksesibel::braille
