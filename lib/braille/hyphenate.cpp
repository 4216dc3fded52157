#include "braille/hyphenate.hpp"

#include <hyphen.h>

#include <cctype>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <string>

namespace aksesibel::braille {

namespace {

struct DictFree {
  void operator()(HyphenDict* d) const { hnj_hyphen_free(d); }
};

HyphenDict* dictionary() {
  static std::unique_ptr<HyphenDict, DictFree> dict;
  static std::once_flag once;
  std::call_once(once, [] {
    const char* env = std::getenv("AKSESIBEL_HYPHEN_DIC");
    dict.reset(hnj_hyphen_load(env && *env ? env : AKSESIBEL_HYPHEN_DIC));
  });
  return dict.get();
}

}  // namespace

std::vector<std::size_t> syllable_breaks(std::string_view word) {
  std::vector<std::size_t> out;
  HyphenDict* dict = dictionary();
  if (!dict || word.size() < 4) return out;
  std::string lower;
  for (char c : word) {
    if (!std::isalpha(static_cast<unsigned char>(c))) return out;
    lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  std::string hyphens(lower.size() + 5, '\0');
  char** rep = nullptr;
  int* pos = nullptr;
  int* cut = nullptr;
  // libhyphen reads the dictionary only: concurrent calls are safe.
  hnj_hyphen_hyphenate3(dict, lower.c_str(), static_cast<int>(lower.size()), hyphens.data(), nullptr, &rep, &pos, &cut,
                        2, 2, 2, 2);
  if (rep)
    for (std::size_t i = 0; i < lower.size(); ++i) std::free(rep[i]);
  std::free(rep);
  std::free(pos);
  std::free(cut);
  for (std::size_t i = 1; i + 2 < lower.size(); ++i)
    if (hyphens[i] & 1) out.push_back(i + 1);
  return out;
}

std::vector<std::size_t> syllable_breaks_in_head(std::string_view head) {
  std::vector<std::size_t> out = head.size() > kSyllableReach ? syllable_breaks(head) : std::vector<std::size_t>{};
  // Boundaries near the head's end may depend on the letters after it, and
  // the head's end is no end of the word.
  while (!out.empty() && out.back() > head.size() - kSyllableReach) out.pop_back();
  return out;
}

}  // namespace aksesibel::braille
