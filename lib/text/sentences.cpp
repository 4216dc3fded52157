#include "text/sentences.hpp"

#include "aksesibel/messages.hpp"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include <map>
#include <memory>

#include "aksesibel/error.hpp"
#include "text/utf8.hpp"

namespace aksesibel::text {


std::vector<std::pair<std::size_t, std::size_t>> sentences(std::string_view text,
                                                            const std::vector<std::string>& no_break_after) {
  // One iterator per thread and list of exceptions (the lists live as long
  // as the loaded data, which is never unloaded): building one is costly.
  thread_local std::map<const void*, std::unique_ptr<icu::BreakIterator>> iterators;
  std::unique_ptr<icu::BreakIterator>& it = iterators[&no_break_after];
  UErrorCode status = U_ZERO_ERROR;
  if (!it) {
    std::unique_ptr<icu::BreakIterator> base(icu::BreakIterator::createSentenceInstance(icu::Locale("id"), status));
    std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
        icu::FilteredBreakIteratorBuilder::createEmptyInstance(status));
    if (U_FAILURE(status)) throw Error(ErrorCode::Internal, fill_message(translate("ICU sentence iterator: {0}"), {u_errorName(status)}));
    for (const std::string& s : no_break_after) builder->suppressBreakAfter(icu::UnicodeString::fromUTF8(s), status);
    it.reset(builder->wrapIteratorWithFilter(base.release(), status));
    if (U_FAILURE(status) || !it) {
      it.reset();
      throw Error(ErrorCode::Internal, fill_message(translate("ICU sentence iterator: {0}"), {u_errorName(status)}));
    }
  }

  // ICU works in UTF-16 here; map its offsets back to bytes.
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  std::vector<std::size_t> byte_at(static_cast<std::size_t>(u.length()) + 1, text.size());
  {
    std::size_t b = 0;
    int32_t k = 0;
    while (k < u.length()) {
      byte_at[static_cast<std::size_t>(k)] = b;
      UChar32 cp = u.char32At(k);
      int32_t units = U16_LENGTH(cp);
      b += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (units == 2) byte_at[static_cast<std::size_t>(k) + 1] = b;
      k += units;
    }
  }
  it->setText(u);
  std::vector<std::pair<std::size_t, std::size_t>> out;
  int32_t start = it->first();
  for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
    std::size_t b = byte_at[static_cast<std::size_t>(start)], e = byte_at[static_cast<std::size_t>(end)];
    while (b < e && is_ascii_space(text[b])) ++b;
    while (e > b && is_ascii_space(text[e - 1])) --e;
    if (e <= b) continue;
    // ICU suppresses no entry with a point inside ("s.d.", "S.d."): a sentence that ends
    // with one, after a space, runs on into the next.
    if (!out.empty() && out.back().second == std::size_t(-1)) {
      out.back().second = e;
    } else {
      out.emplace_back(b, e);
    }
    const std::string_view piece = text.substr(out.back().first, e - out.back().first);
    for (const std::string& word : no_break_after) {
      const std::size_t inner = word.find('.');
      if (inner == std::string::npos || inner + 1 == word.size() || piece.size() < word.size() ||
          piece.compare(piece.size() - word.size(), word.size(), word) != 0)
        continue;
      const std::size_t at = piece.size() - word.size();
      if (at == 0 || is_ascii_space(piece[at - 1])) out.back().second = std::size_t(-1);  // continued
      break;
    }
  }
  if (!out.empty() && out.back().second == std::size_t(-1)) out.back().second = text.size();
  // (The last piece ends at the text's end, less its trailing spaces.)
  if (!out.empty())
    while (out.back().second > out.back().first && is_ascii_space(text[out.back().second - 1])) --out.back().second;
  return out;
}

}  // namespace aksesibel::text
