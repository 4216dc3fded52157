#include "braille/numbers.hpp"

namespace aksesibel::braille {

namespace {

constexpr char32_t kNumberSign = U'\u283C';  // dots 3-4-5-6
constexpr char32_t kGroup = U'\u2802';       // dot 2, "titik pisah"
constexpr char32_t kDecimal = U'\u2828';     // dots 4-6, "tanda desimal"
constexpr char32_t kDash = U'\u2824';        // dots 3-6
constexpr char32_t kBlankCell = U'\u2800';

// Digits 1-9, 0 are the letters a-j (spec §1.4, "Angka dibentuk dengan
// menambahkan tanda angka pada huruf a-j"): dots 1, 12, 14, 145, 15, 124,
// 1245, 125, 24, 245.
int digit_of(char32_t cell) {
  static const char32_t kDigits[] = {U'\u281A', U'\u2801', U'\u2803', U'\u2809', U'\u2819',
                                     U'\u2811', U'\u280B', U'\u281B', U'\u2813', U'\u280A'};
  for (int d = 0; d < 10; ++d)
    if (kDigits[d] == cell) return d;
  return -1;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Exactly three digits after position `at`, and no fourth.
bool three_digits_follow(std::string_view s, std::size_t at) {
  if (at + 3 >= s.size()) return false;
  for (std::size_t k = at + 1; k <= at + 3; ++k)
    if (!is_digit(s[k])) return false;
  return at + 4 == s.size() || !is_digit(s[at + 4]);
}

}  // namespace

std::string describe(const ReadNumber& n) {
  std::string out;
  for (std::size_t k = 0; k < n.whole.size(); ++k) {
    if (k && (n.whole.size() - k) % 3 == 0) out += '.';
    out += n.whole[k];
  }
  if (!n.decimals.empty()) out += "," + n.decimals;
  return out;
}

std::vector<ReadNumber> numbers_in_print(std::string_view s) {
  std::vector<ReadNumber> out;
  std::size_t i = 0;
  while (i < s.size()) {
    if (!is_digit(s[i])) {
      ++i;
      continue;
    }
    ReadNumber n;
    while (i < s.size()) {
      if (is_digit(s[i])) n.whole += s[i++];
      else if (s[i] == '.' && three_digits_follow(s, i)) ++i;  // a thousands point
      else break;
    }
    if (i + 1 < s.size() && s[i] == ',' && is_digit(s[i + 1])) {
      ++i;
      while (i < s.size() && is_digit(s[i])) n.decimals += s[i++];
    }
    out.push_back(std::move(n));
  }
  return out;
}

std::vector<ReadNumber> numbers_in_braille(const std::vector<std::u32string>& lines) {
  // One stream of cells: lines joined by a blank, a number broken with ⠤ … ⠤ joined whole.
  std::u32string cells;
  for (const std::u32string& raw : lines) {
    std::u32string_view line(raw);
    while (!line.empty() && line.front() == kBlankCell) line.remove_prefix(1);
    if (!cells.empty() && cells.back() == kDash && !line.empty() && line.front() == kDash && line.size() > 1 &&
        digit_of(line[1]) >= 0) {
      cells.pop_back();
      line.remove_prefix(1);
    } else if (!cells.empty()) {
      cells += kBlankCell;
    }
    cells += line;
  }
  std::vector<ReadNumber> out;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (cells[i] != kNumberSign) continue;
    ReadNumber n;
    std::size_t k = i + 1;
    while (k < cells.size()) {
      if (digit_of(cells[k]) >= 0) {
        n.whole += static_cast<char>('0' + digit_of(cells[k++]));
      } else if (cells[k] == kGroup && k + 1 < cells.size() && digit_of(cells[k + 1]) >= 0 && !n.whole.empty()) {
        ++k;  // thousands: the number goes on
      } else {
        break;
      }
    }
    if (k + 1 < cells.size() && cells[k] == kDecimal && digit_of(cells[k + 1]) >= 0) {
      ++k;
      while (k < cells.size() && digit_of(cells[k]) >= 0) n.decimals += static_cast<char>('0' + digit_of(cells[k++]));
    }
    if (!n.whole.empty()) out.push_back(std::move(n));
    i = k - 1;
  }
  return out;
}

}  // namespace aksesibel::braille
