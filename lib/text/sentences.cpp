#include "text/sentences.hpp"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <memory>

namespace aksesibel::text {

std::vector<std::pair<std::size_t, std::size_t>> sentences(std::string_view text) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createSentenceInstance(icu::Locale("id"), status));
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status) || !it) {
    utext_close(ut);
    out.emplace_back(0, text.size());
    return out;
  }
  it->setText(ut, status);
  int32_t start = it->first();
  for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next())
    out.emplace_back(static_cast<std::size_t>(start), static_cast<std::size_t>(end));
  it.reset();
  utext_close(ut);
  return out;
}

}  // namespace aksesibel::text
