#include "text/regex.hpp"

#include "aksesibel/messages.hpp"

#include <re2/re2.h>
#include <re2/set.h>
#include <unicode/regex.h>
#include <unicode/utext.h>

#include <atomic>
#include <mutex>
#include <stdexcept>

#include "text/regex_case.hpp"
#include "text/regex_filter.hpp"

namespace aksesibel::text {

namespace {
std::atomic<bool> verify_filter{false};
constexpr unsigned kUsesBeforeFilter = 64;
constexpr int64_t kFilterMemory = 8 << 20;  // RE2's default; less made the corpus slower
std::atomic<std::size_t> mismatches{0};

bool same(const std::optional<Match>& a, const std::optional<Match>& b) {
  if (a.has_value() != b.has_value()) return false;
  return !a || a->groups == b->groups;
}

bool same(const std::vector<Match>& a, const std::vector<Match>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i].groups != b[i].groups) return false;
  return true;
}

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

struct Regex::Filter {
  std::string source;
  bool case_insensitive = false;
  RelaxedPattern relaxed;  ///< set with re2
  std::atomic<unsigned> uses{0};
  std::atomic<bool> compiled{false};
  std::once_flag once;
  std::unique_ptr<RE2> re2;  ///< null when RE2 refused the pattern

  // The compiled pre-test, or null (not used often enough yet, or refused).
  const RE2* get(bool now) {
    if (!compiled.load(std::memory_order_acquire)) {
      if (!now && uses.fetch_add(1, std::memory_order_relaxed) + 1 < kUsesBeforeFilter) return nullptr;
      std::call_once(once, [this] {
        auto rewritten = relax_for_re2(source, case_insensitive);
        if (!rewritten) {
          compiled.store(true, std::memory_order_release);
          return;
        }
        relaxed = std::move(*rewritten);
        RE2::Options options;
        options.set_log_errors(false);
        options.set_never_capture(true);
        options.set_max_mem(kFilterMemory);
        options.set_case_sensitive(!case_insensitive);
        auto compiled_re2 = std::make_unique<RE2>(relaxed.re2, options);
        // RE2 refuses what it cannot do (a property it does not know, a
        // program too large): the pattern then runs on ICU alone.
        if (compiled_re2->ok()) re2 = std::move(compiled_re2);
        compiled.store(true, std::memory_order_release);
      });
    }
    return re2.get();
  }
};

Regex::Regex(std::string_view pattern, bool case_insensitive) : source_(pattern), case_insensitive_(case_insensitive) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError perr{};
  const int flags = case_insensitive ? UREGEX_CASE_INSENSITIVE : 0;
  // Case-insensitive patterns skip ICU's closure of caseless classes
  // (text/regex_case.hpp); an error is reported on the pattern as written.
  if (case_insensitive || pattern.find("(?i") != std::string_view::npos) {
    const std::string fast = without_case_closure(pattern);
    UText* ut = utext_openUTF8(nullptr, fast.data(), static_cast<int64_t>(fast.size()), &status);
    std::unique_ptr<UText, UTextCloser> guard(ut);
    pattern_.reset(icu::RegexPattern::compile(ut, flags, perr, status));
    if (U_FAILURE(status)) status = U_ZERO_ERROR;
  }
  if (!pattern_) {
    UText* ut = utext_openUTF8(nullptr, pattern.data(), static_cast<int64_t>(pattern.size()), &status);
    std::unique_ptr<UText, UTextCloser> guard(ut);
    pattern_.reset(icu::RegexPattern::compile(ut, flags, perr, status));
  }
  if (U_FAILURE(status))
    throw std::invalid_argument(fill_message(translate("bad regular expression ({0} at offset {1}): {2}"),
                                             {u_errorName(status), std::to_string(perr.offset), pattern}));
  // The named groups' numbers, asked for at every match of the recogniser's
  // patterns (ICU looks them up in a hash table each time).
  for (std::size_t at = source_.find("(?<"); at != std::string::npos; at = source_.find("(?<", at + 3)) {
    const std::size_t begin = at + 3, end = source_.find('>', begin);
    if (end == std::string::npos || begin == end || source_[begin] == '=' || source_[begin] == '!') continue;
    const std::string name = source_.substr(begin, end - begin);
    UErrorCode st = U_ZERO_ERROR;
    const int n = pattern_->groupNumberFromName(name.data(), static_cast<int32_t>(name.size()), st);
    if (U_SUCCESS(st)) group_numbers_.emplace_back(name, n);
  }
  // The pre-test is written and compiled when the pattern is used often
  // enough (Filter::get).
  filter_ = std::make_unique<Filter>();
  filter_->source = std::string(pattern);
  filter_->case_insensitive = case_insensitive;
}

Regex::~Regex() = default;
Regex::Regex(Regex&&) noexcept = default;
Regex& Regex::operator=(Regex&&) noexcept = default;

// One subject searched with one pattern: ICU's matcher over the subject,
// and the RE2 pre-test, which proposes the positions where a match may
// start so that ICU tries only those (with transparent, non-anchoring
// bounds, so that look-behind, "^" and "$" see the whole subject as in a
// plain find()).
class Regex::Scan {
 public:
  Scan(const Regex& re, std::string_view subject) : re_(re), subject_(subject) {
    if (re.filter_) {
      filter_ = re.filter_->get(verify_filter.load(std::memory_order_relaxed));
      if (filter_ && re.filter_->relaxed.folds_case && needs_full_case_folding(subject)) filter_ = nullptr;
      hop_ = filter_ && !re.filter_->relaxed.uses_g;
    }
  }

  /// Whether a pre-test is used for this subject.
  bool filtered() const { return filter_ != nullptr; }

  /// find_all() for a pattern with "\G". ICU's own find() loop knows where
  /// the last match ended; it is only moved on to the next candidate when
  /// that lies beyond the end of the last match (a fresh find(q) has no last
  /// match, and its "\G" stands at 0: nothing at q or later depends on it).
  std::vector<Match> find_all_keeping_g() {
    std::vector<Match> out;
    std::size_t q = candidate(0);
    if (q == std::string::npos) return out;
    icu::RegexMatcher* m = matcher();
    if (!m) return out;
    UErrorCode status = U_ZERO_ERROR;
    m->useTransparentBounds(false);
    m->useAnchoringBounds(true);
    m->reset();
    bool found = m->find(static_cast<int64_t>(q), status);
    while (found && U_SUCCESS(status)) {
      Match match = current_match(*m, status);
      const std::size_t end = match.end;
      const bool empty = match.begin == match.end;
      out.push_back(std::move(match));
      if (empty) {
        found = m->find(status);  // ICU moves one character on by itself
        continue;
      }
      q = candidate(end);
      if (q == std::string::npos) break;
      if (q == end) {
        found = m->find(status);
      } else {
        m->reset();
        found = m->find(static_cast<int64_t>(q), status);
      }
    }
    return out;
  }

  /// ICU's leftmost match starting at or after `from`, as find(from) gives it.
  std::optional<Match> next(std::size_t from) {
    std::size_t q = candidate(from);
    if (q == std::string::npos) return std::nullopt;
    if (!hop_) return icu_find(filter_ && !re_.filter_->relaxed.uses_g ? q : from);
    icu::RegexMatcher* m = matcher();
    if (!m) return std::nullopt;
    while (q != std::string::npos) {
      // Past a few wrong guesses in one subject, ICU searches on its own:
      // each guess costs an RE2 scan, and their number must stay bounded.
      if (++hops_ > kMaxHops) return icu_find(q);
      UErrorCode status = U_ZERO_ERROR;
      m->region(static_cast<int64_t>(q), static_cast<int64_t>(subject_.size()), status);
      if (U_FAILURE(status)) return std::nullopt;
      if (m->lookingAt(status) && U_SUCCESS(status)) return current_match(*m, status);
      if (q >= subject_.size()) return std::nullopt;
      q = candidate(q + char_length(q));
    }
    return std::nullopt;
  }

  /// Whether the whole subject matches.
  std::optional<Match> whole() {
    if (filter_) {
      const re2::StringPiece text(subject_.data(), subject_.size());
      if (!filter_->Match(text, 0, subject_.size(), RE2::ANCHOR_BOTH, nullptr, 0)) return std::nullopt;
    }
    icu::RegexMatcher* m = matcher();
    if (!m) return std::nullopt;
    UErrorCode status = U_ZERO_ERROR;
    if (!m->matches(status) || U_FAILURE(status)) return std::nullopt;
    return current_match(*m, status);
  }

 private:
  static constexpr unsigned kMaxHops = 64;
  const Regex& re_;
  std::string_view subject_;
  const RE2* filter_ = nullptr;
  bool hop_ = false;
  unsigned hops_ = 0;
  std::unique_ptr<UText, UTextCloser> text_;
  std::unique_ptr<icu::RegexMatcher> matcher_;

  icu::RegexMatcher* matcher() {
    if (matcher_) return matcher_.get();
    UErrorCode status = U_ZERO_ERROR;
    text_.reset(utext_openUTF8(nullptr, subject_.data(), static_cast<int64_t>(subject_.size()), &status));
    std::unique_ptr<icu::RegexMatcher> m(re_.pattern_->matcher(status));
    if (U_FAILURE(status)) return nullptr;
    m->reset(text_.get());
    m->useTransparentBounds(true);
    m->useAnchoringBounds(false);
    matcher_ = std::move(m);
    return matcher_.get();
  }

  std::size_t char_length(std::size_t at) const {
    const unsigned char c = static_cast<unsigned char>(subject_[at]);
    std::size_t n = c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    while (n > 1 && (at + n > subject_.size() ||
                     (static_cast<unsigned char>(subject_[at + n - 1]) & 0xC0) != 0x80))
      --n;  // an ill-formed sequence: one byte at a time
    return n;
  }

  // Where the relaxed pattern's leftmost match at or after `from` starts;
  // `from` when there is no pre-test; npos when nothing can match.
  std::size_t candidate(std::size_t from) const {
    if (!filter_) return from;
    const re2::StringPiece text(subject_.data(), subject_.size());
    re2::StringPiece found;
    if (!filter_->Match(text, from, subject_.size(), RE2::UNANCHORED, &found, 1)) return std::string::npos;
    return static_cast<std::size_t>(found.data() - subject_.data());
  }

  std::optional<Match> icu_find(std::size_t from) {
    icu::RegexMatcher* m = matcher();
    if (!m) return std::nullopt;
    UErrorCode status = U_ZERO_ERROR;
    m->reset();
    if (!m->find(static_cast<int64_t>(from), status) || U_FAILURE(status)) return std::nullopt;
    return current_match(*m, status);
  }
};

std::optional<Match> Regex::run(std::string_view subject, std::size_t from, bool whole) const {
  Scan scan(*this, subject);
  std::optional<Match> result = whole ? scan.whole() : scan.next(from);
  if (verify_filter.load(std::memory_order_relaxed) && filter_ && !same(result, run_icu(subject, from, whole)))
    mismatches.fetch_add(1);
  return result;
}

std::optional<Match> Regex::run_icu(std::string_view subject, std::size_t from, bool whole) const {
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
  Scan scan(*this, subject);
  if (!scan.filtered()) return find_all_icu(subject);
  if (filter_->relaxed.uses_g) {
    // "\G" is where the last match ended: ICU's own loop, which knows it,
    // but started at the pre-test's candidates (scan.find_all_keeping_g).
    out = scan.find_all_keeping_g();
    if (verify_filter.load(std::memory_order_relaxed) && !same(out, find_all_icu(subject))) mismatches.fetch_add(1);
    return out;
  }
  // As ICU's find() loop: the next search starts where a match ended, one
  // character further after an empty match.
  std::size_t from = 0;
  while (from <= subject.size()) {
    std::optional<Match> m = scan.next(from);
    if (!m) break;
    from = m->end;
    if (m->begin == m->end) {
      if (from >= subject.size()) {
        out.push_back(std::move(*m));
        break;
      }
      const unsigned char c = static_cast<unsigned char>(subject[from]);
      from += c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    }
    out.push_back(std::move(*m));
  }
  if (verify_filter.load(std::memory_order_relaxed) && !same(out, find_all_icu(subject))) mismatches.fetch_add(1);
  return out;
}

std::vector<Match> Regex::find_all_icu(std::string_view subject) const {
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

std::string Regex::filter_pattern() const {
  const RE2* re2 = filter_ ? filter_->get(true) : nullptr;
  return re2 ? re2->pattern() : std::string();
}

void Regex::set_verify_filter(bool on) { verify_filter.store(on); }

std::size_t Regex::filter_mismatches() { return mismatches.load(); }

int Regex::group_number(std::string_view name) const {
  for (const auto& [known, number] : group_numbers_)
    if (known == name) return number;
  UErrorCode status = U_ZERO_ERROR;
  int n = pattern_->groupNumberFromName(name.data(), static_cast<int32_t>(name.size()), status);
  return U_FAILURE(status) ? -1 : n;
}

struct RegexSet::Compiled {
  std::atomic<unsigned> uses{0};
  std::atomic<bool> ready{false};
  std::once_flag once;
  std::unique_ptr<RE2::Set> set;
  std::vector<int> set_index;      ///< per pattern: its index in `set`, or -1 (always a candidate)
  std::vector<bool> folds_case;    ///< per pattern: its pre-test is case-insensitive somewhere
};

RegexSet::RegexSet(std::vector<const Regex*> patterns, Mode mode)
    : patterns_(std::move(patterns)), mode_(mode), compiled_(std::make_unique<Compiled>()) {}
RegexSet::~RegexSet() = default;
RegexSet::RegexSet(RegexSet&&) noexcept = default;
RegexSet& RegexSet::operator=(RegexSet&&) noexcept = default;

std::vector<bool> RegexSet::candidates(std::string_view subject) const {
  Compiled& c = *compiled_;
  // Like a pattern's pre-test, the set is compiled at its 64th use: a short
  // bulletin tries its few lines against every rule.
  if (!c.ready.load(std::memory_order_acquire) && !verify_filter.load(std::memory_order_relaxed) &&
      c.uses.fetch_add(1, std::memory_order_relaxed) + 1 < kUsesBeforeFilter)
    return std::vector<bool>(patterns_.size(), true);
  std::call_once(c.once, [this, &c] {
    RE2::Options options;
    options.set_log_errors(false);
    options.set_never_capture(true);
    options.set_max_mem(64 << 20);
    auto set = std::make_unique<RE2::Set>(options, mode_ == Mode::Whole ? RE2::ANCHOR_BOTH : RE2::UNANCHORED);
    c.set_index.assign(patterns_.size(), -1);
    c.folds_case.assign(patterns_.size(), false);
    for (std::size_t k = 0; k < patterns_.size(); ++k) {
      auto relaxed = relax_for_re2(patterns_[k]->pattern(), patterns_[k]->case_insensitive());
      if (!relaxed) continue;
      // A set has one options for all: a case-insensitive pattern says so itself.
      const std::string re2 = (patterns_[k]->case_insensitive() ? "(?i)" : "") + relaxed->re2;
      std::string error;
      const int index = set->Add(re2, &error);
      if (index < 0) continue;
      c.set_index[k] = index;
      c.folds_case[k] = relaxed->folds_case;
    }
    if (set->Compile()) c.set = std::move(set);
    c.ready.store(true, std::memory_order_release);
  });
  std::vector<bool> out(patterns_.size(), true);
  if (!c.set) return out;
  std::vector<int> hits;
  RE2::Set::ErrorInfo error{};
  if (!c.set->Match(re2::StringPiece(subject.data(), subject.size()), &hits, &error) &&
      error.kind != RE2::Set::kNoError)
    return out;  // out of memory, say: every pattern is tried
  std::vector<bool> hit(patterns_.size(), false);  // by index in the set (at most one per pattern)
  for (int h : hits)
    if (h >= 0 && static_cast<std::size_t>(h) < hit.size()) hit[static_cast<std::size_t>(h)] = true;
  const bool full_folding = needs_full_case_folding(subject);
  for (std::size_t k = 0; k < patterns_.size(); ++k) {
    const int i = c.set_index[k];
    if (i < 0 || (c.folds_case[k] && full_folding)) continue;  // cannot say: a candidate
    out[k] = hit[static_cast<std::size_t>(i)];
    // Checking (Regex::set_verify_filter): a pattern left out must not match.
    if (!out[k] && verify_filter.load(std::memory_order_relaxed) &&
        (mode_ == Mode::Whole ? patterns_[k]->run_icu(subject, 0, true) : patterns_[k]->run_icu(subject, 0, false)))
      mismatches.fetch_add(1);
  }
  return out;
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
