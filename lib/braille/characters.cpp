#include "braille/characters.hpp"

#include "aksesibel/messages.hpp"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <cstdio>
#include <fstream>
#include <memory>
#include <mutex>
#include <set>
#include <unordered_map>

#include "braille/louis.hpp"
#include "data/data_dir.hpp"
#include "data/language_data.hpp"
#include "text/utf8.hpp"

namespace aksesibel::braille {

namespace {

// ICU transliterators are not safe to share between threads: one, behind a lock.
std::u32string transliterate(char32_t c) {
  static std::mutex mutex;
  static std::unique_ptr<icu::Transliterator> latin;
  std::lock_guard lock(mutex);
  if (!latin) {
    UErrorCode status = U_ZERO_ERROR;
    latin.reset(icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) latin.reset();
  }
  if (!latin) return {};
  icu::UnicodeString u(static_cast<UChar32>(c));
  latin->transliterate(u);
  std::u32string out;
  for (int32_t i = 0; i < u.length();) {
    const UChar32 cp = u.char32At(i);
    out += static_cast<char32_t>(cp);
    i += U16_LENGTH(cp);
  }
  return out;
}

std::u32string to_u32(const std::string& s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) out += text::next_code_point(s, i);
  return out;
}

std::string hex(char32_t c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
  return buf;
}

bool all_defined(const std::u32string& s, const std::string& table) {
  if (s.empty()) return false;
  for (char32_t c : s)
    if (!defines(table, c)) return false;
  return true;
}

bool opens_after(char32_t c) {
  return c == 0 || c == U' ' || c == U'\n' || c == U'\t' || c == U'(' || c == U'[' || c == U'{' || c == U'\u2018' ||
         c == U'\u00A0';
}

bool closes_before(char32_t c) {
  return c == 0 || c == U' ' || c == U'\n' || c == U'\t' || c == U'.' || c == U',' || c == U';' || c == U':' ||
         c == U'!' || c == U'?' || c == U')' || c == U']' || c == U'}' || c == U'\u2019' || c == U'\u00A0';
}

}  // namespace

std::vector<char32_t> quote_directions(const std::string& print) {
  std::vector<char32_t> out;
  bool open = false;
  char32_t before = 0;
  for (std::size_t i = 0; i < print.size();) {
    const char32_t c = text::next_code_point(print, i);
    if (c == U'"') {
      std::size_t j = i;
      const char32_t after = i < print.size() ? text::next_code_point(print, j) : 0;
      const bool may_open = opens_after(before), may_close = closes_before(after);
      // Clear from its neighbours; else (glued on both sides, or free on both) the pair decides.
      const bool opening = may_open != may_close ? may_open : !open;
      out.push_back(opening ? U'\u201C' : U'\u201D');
      open = opening;
    } else if (c == U'\u201C') {
      open = true;
    } else if (c == U'\u201D') {
      open = false;
    }
    before = c;
  }
  return out;
}

const std::map<char32_t, std::string>& load_symbol_names(const std::string& data_dir) {
  // Read once a process per file, as the rest of data/ (language_data.hpp):
  // a batch asked for it again for every bulletin.
  static std::mutex mutex;
  static std::map<std::filesystem::path, std::map<char32_t, std::string>> cache;
  const auto file = data::data_directory(data_dir) / "symbols-id.tsv";
  std::lock_guard lock(mutex);
  if (auto it = cache.find(file); it != cache.end()) return it->second;
  std::map<char32_t, std::string> names;
  data::require_regular_file(file);
  std::ifstream in(file);
  if (!in) throw Error(ErrorCode::DataFile, fill_message(aksesibel::translate("cannot read {0}"), {file.string()}));
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#' || line.rfind("code", 0) == 0) continue;
    auto f = data::split_tabs(line);
    if (f.size() < 3 || f[0].rfind("U+", 0) != 0)
      throw Error(ErrorCode::DataFile, aksesibel::translate("malformed line: expected U+XXXX<TAB>CHARACTER<TAB>NAME"),
                  {file.string(), number, std::nullopt});
    names[static_cast<char32_t>(std::stoul(f[0].substr(2), nullptr, 16))] = f[2];
  }
  return cache.emplace(file, std::move(names)).first->second;
}

Prepared prepare_for_table(const std::string& print, const std::vector<unsigned short>& emphasis,
                           const std::string& table, const std::map<char32_t, std::string>& symbol_names,
                           std::vector<Warning>& warnings, const SourceLocation& where) {
  Prepared p;
  std::set<char32_t> reported;
  std::unordered_map<char32_t, bool> known;  // this call's answers of defines(), without the shared lock
  auto defined = [&](char32_t c) {
    auto it = known.find(c);
    if (it != known.end()) return it->second;
    return known[c] = defines(table, c);
  };
  auto emit = [&](const std::u32string& s, std::size_t at) {
    const unsigned short form = at < emphasis.size() ? emphasis[at] : 0;
    for (char32_t c : s) {
      p.text += c;
      p.origin.push_back(at);
      p.typeform.push_back(form);
    }
  };
  const std::vector<char32_t> quotes = quote_directions(print);
  std::size_t quote = 0;
  for (std::size_t i = 0; i < print.size();) {
    const std::size_t at = i;
    char32_t c = text::next_code_point(print, i);
    if (c == U'"' && quote < quotes.size() && defined(quotes[quote])) c = quotes[quote++];
    else if (c == U'"') ++quote;
    if (c == U'\n' || c == U'\t') {
      emit(U" ", at);
      continue;
    }
    if (defined(c)) {
      emit(std::u32string(1, c), at);
      continue;
    }
    // A listed symbol is named; a letter of another script or with an accent is transliterated.
    auto named = symbol_names.find(c);
    std::u32string latin = named == symbol_names.end() ? transliterate(c) : std::u32string();
    if (all_defined(latin, table)) {
      emit(latin, at);
      continue;
    }
    std::string replacement = named != symbol_names.end() ? "(" + named->second + ")" : "(simbol)";
    emit(to_u32(replacement), at);
    if (reported.insert(c).second) {
      std::string printed;
      text::append_utf8(printed, c);
      warnings.push_back({fill_message(aksesibel::translate("the character {0} {1} has no braille sign; it is written as {2}"),
                                       {hex(c), printed, replacement}),
                          where});
    }
  }
  return p;
}

}  // namespace aksesibel::braille
