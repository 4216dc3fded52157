// Numbers said in Indonesian words, the way a newsreader says them:
// 14.054 "empat belas ribu lima puluh empat", 82,7 "delapan puluh dua koma
// tujuh" (the decimals digit by digit, as printed), 1.000 "seribu".
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace aksesibel::speech {

/// A whole number in words; 0 is "nol". Up to 999 999 999 999 999
/// (triliun); a larger one is said digit by digit.
std::string integer_words(std::uint64_t n);

/// Each digit in words: "0811" → "nol delapan satu satu" (telephone numbers).
std::string digit_words(std::string_view digits);

/// A numeral written the Indonesian way ("14.054", "82,7", "5.000.000,00")
/// in words; "" when it is not one.
std::string numeral_words(std::string_view numeral);

/// `text` with every run of digits in words: as a whole number, or digit by
/// digit when it starts with 0 or is longer than 15 digits ("Covid-19" →
/// "Covid-sembilan belas", "0811" → "nol delapan satu satu").
std::string digits_in_words(std::string_view text);

}  // namespace aksesibel::speech
