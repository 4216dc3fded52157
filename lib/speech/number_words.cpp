#include "speech/number_words.hpp"

#include <array>
#include <cctype>

namespace aksesibel::speech {

namespace {

constexpr std::array<const char*, 10> kDigits = {"nol",  "satu",  "dua",     "tiga",    "empat",
                                                 "lima", "enam", "tujuh", "delapan", "sembilan"};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

void append(std::string& out, const std::string& words) {
  if (words.empty()) return;
  if (!out.empty()) out += ' ';
  out += words;
}

// 1–999.
std::string below_thousand(unsigned n) {
  std::string out;
  const unsigned hundreds = n / 100, rest = n % 100;
  if (hundreds == 1) append(out, "seratus");
  else if (hundreds > 1) append(out, std::string(kDigits[hundreds]) + " ratus");
  if (rest == 0) return out;
  if (rest < 10) append(out, kDigits[rest]);
  else if (rest == 10) append(out, "sepuluh");
  else if (rest == 11) append(out, "sebelas");
  else if (rest < 20) append(out, std::string(kDigits[rest - 10]) + " belas");
  else {
    append(out, std::string(kDigits[rest / 10]) + " puluh");
    if (rest % 10) append(out, kDigits[rest % 10]);
  }
  return out;
}

}  // namespace

std::string integer_words(std::uint64_t n) {
  if (n == 0) return "nol";
  if (n > 999'999'999'999'999ull) return digit_words(std::to_string(n));
  static const std::array<const char*, 5> kScales = {"", "ribu", "juta", "miliar", "triliun"};
  std::array<unsigned, 5> groups{};
  for (std::size_t k = 0; k < groups.size(); ++k, n /= 1000) groups[k] = static_cast<unsigned>(n % 1000);
  std::string out;
  for (std::size_t k = groups.size(); k-- > 0;) {
    if (groups[k] == 0) continue;
    if (k == 1 && groups[k] == 1) append(out, "seribu");  // 1.000 is "seribu", 1.000.000 "satu juta"
    else append(out, below_thousand(groups[k]) + (k ? std::string(" ") + kScales[k] : ""));
  }
  return out;
}

std::string digit_words(std::string_view digits) {
  std::string out;
  for (char c : digits)
    if (is_digit(c)) append(out, kDigits[static_cast<std::size_t>(c - '0')]);
  return out;
}

std::string numeral_words(std::string_view numeral) {
  std::string whole, decimals;
  bool after_comma = false;
  for (std::size_t k = 0; k < numeral.size(); ++k) {
    const char c = numeral[k];
    if (is_digit(c)) (after_comma ? decimals : whole) += c;
    else if (c == '.' && !after_comma && k + 1 < numeral.size() && is_digit(numeral[k + 1])) continue;  // thousands
    else if (c == ',' && !after_comma && !whole.empty() && k + 1 < numeral.size() && is_digit(numeral[k + 1])) after_comma = true;
    else return "";
  }
  if (whole.empty()) return "";
  std::string out = whole.size() > 15 ? digit_words(whole) : integer_words(std::stoull(whole));
  if (!decimals.empty()) out += " koma " + digit_words(decimals);
  return out;
}

std::string digits_in_words(std::string_view text) {
  std::string out;
  std::size_t k = 0;
  bool by_digit = false;  // the previous run was said digit by digit
  std::size_t previous_end = std::string_view::npos;
  while (k < text.size()) {
    if (!is_digit(text[k])) {
      out += text[k++];
      continue;
    }
    std::size_t end = k;
    while (end < text.size() && is_digit(text[end])) ++end;
    const std::string_view run = text.substr(k, end - k);
    // A telephone number goes on digit by digit after "-", "." or a space: "0811-4500-123".
    const bool continues = by_digit && previous_end + 2 == k && (text[k - 1] == '-' || text[k - 1] == '.' || text[k - 1] == ' ');
    by_digit = continues || (run.size() > 1 && run[0] == '0') || run.size() > 15;
    if (continues || (out.size() >= 2 && out.back() == '-' && std::isalpha(static_cast<unsigned char>(out[out.size() - 2]))))
      out.back() = ' ';  // "Covid-19": "Covid sembilan belas"; "0811-4500": no dash between the digits
    if (!out.empty() && out.back() != ' ' && out.back() != '-' && out.back() != '(') out += ' ';
    out += by_digit ? digit_words(run) : integer_words(std::stoull(std::string(run)));
    if (end < text.size() && text[end] != ' ' && !(text[end] == '.' || text[end] == ',' || text[end] == ')' ||
                                                     text[end] == '-' || text[end] == ';' || text[end] == ':'))
      out += ' ';
    previous_end = end - 1;
    k = end;
  }
  return out;
}

}  // namespace aksesibel::speech
