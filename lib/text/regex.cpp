#include "text/regex.hpp"

#include <unicode/regex.h>
#include <unicode/utext.h>

#include <stdexcept>

namespace aksesibel::text {

namespace {
struct UTextCloser {
  void operator()(UText* t) const { utext_close(t); }
};

Match current_match(icu::RegexMatcher& m, UErrorCode& status) {
  Match match;
  const int n = m.groupCount();
  match.groups.reserve(n + 1);
  for (int g = 0; g <= n; ++g) {
    int64_t b = m.start64(g, status), e = m.end64(g, status);
    if (b < 0) match.groups.emplace_back(std::string::npos, std::string::npos);
    else match.groups.emplace_back(static_cast<std::size_t>(b), static_cast<std::size_t>(e));
  }
  match.begin = match.groups[0].first;
  match.end = match.groups[0].second;
  return match;
}
}  // namespace

Regex::Regex(std::string_view pattern, bool case_insensitive) : source_(pattern) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError perr{};
  UText* ut = utext_openUTF8(nullptr, pattern.data(), static_cast<int64_t>(pattern.size()), &status);
  std::unique_ptr<UText, UTextCloser> guard(ut);
  pattern_.reset(icu::RegexPattern::compile(ut, case_insensitive ? UREGEX_CASE_INSENSITIVE : 0, perr, status));
  if (U_FAILURE(status))
    throw std::invalid_argument("bad regular expression (" + std::string(u_errorName(status)) + " at offset " +
                                std::to_string(perr.offset) + "): " + std::string(pattern));
}

Regex::~Regex() = default;
Regex::Regex(Regex&&) noexcept = default;
Regex& Regex::operator=(Regex&&) noexcept = default;

std::optional<Match> Regex::run(std::string_view subject, std::size_t from, bool whole) const {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UText, UTextCloser> ut(
      utext_openUTF8(nullptr, subject.data(), static_cast<int64_t>(subject.size()), &status));
  std::unique_ptr<icu::RegexMatcher> m(pattern_->matcher(status));
  if (U_FAILURE(status)) return std::nullopt;
  m->reset(ut.get());
  bool found = whole ? m->matches(status) : m->find(static_cast<int64_t>(from), status);
  if (U_FAILURE(status) || !found) return std::nullopt;
  return current_match(*m, status);
}

std::optional<Match> Regex::search(std::string_view subject, std::size_t from) const {
  if (from > subject.size()) return std::nullopt;
  return run(subject, from, false);
}

std::optional<Match> Regex::full_match(std::string_view subject) const { return run(subject, 0, true); }

std::vector<Match> Regex::find_all(std::string_view subject) const {
  std::vector<Match> out;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UText, UTextCloser> ut(
      utext_openUTF8(nullptr, subject.data(), static_cast<int64_t>(subject.size()), &status));
  std::unique_ptr<icu::RegexMatcher> m(pattern_->matcher(status));
  if (U_FAILURE(status)) return out;
  m->reset(ut.get());
  while (m->find(status) && U_SUCCESS(status)) out.push_back(current_match(*m, status));
  return out;
}

int Regex::group_number(std::string_view name) const {
  UErrorCode status = U_ZERO_ERROR;
  int n = pattern_->groupNumberFromName(name.data(), static_cast<int32_t>(name.size()), status);
  return U_FAILURE(status) ? -1 : n;
}

std::string regex_quote(std::string_view literal) {
  std::string out;
  for (char c : literal) {
    if (std::string_view("\\^$.|?*+()[]{}/-").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

}  // namespace aksesibel::text
