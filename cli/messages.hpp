// The language of the command line's messages: English, or Indonesian from
// the GNU gettext catalogue po/id.po (compiled to aksesibel.mo). Chosen by
// --lang id|en, else by the environment as gettext reads it (LANGUAGE,
// LC_ALL, LC_MESSAGES, LANG: "id…" is Indonesian), whether or not the
// system has an Indonesian locale installed.
//
// Messages are written in English in the code, marked with tr() (N_() where
// a string is only named, as in tables), and take their values as {0}, {1}
// … so that a translation can put them in its own order.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#define N_(english) english

namespace aksesibel::cli {

/// "id" or "en" for `requested`; "" reads the environment. Binds the
/// catalogue when Indonesian is chosen; returns false when it was asked for
/// but no catalogue was found (messages stay English).
bool choose_language(const std::string& requested);

/// The language chosen: "id" or "en".
const std::string& language();

/// `english` in the chosen language.
const char* tr(const char* english);

/// `pattern` with {0}, {1} … replaced by `args` (a brace not followed by a
/// digit and "}" stays as it is).
std::string fill(std::string_view pattern, std::initializer_list<std::string_view> args);

}  // namespace aksesibel::cli
