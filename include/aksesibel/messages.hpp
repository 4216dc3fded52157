// The language of messages: the library's errors and warnings, and whatever
// a host writes with translate(). Messages are written in English; an
// Indonesian catalogue (GNU gettext, domain "aksesibel", from po/id.po) gives
// them in Indonesian once set_message_language("id") (aksesibel/options.hpp)
// has found it.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace aksesibel {

/// `english` in the language of messages: itself, or its Indonesian
/// translation when that language is set and the catalogue has one.
const char* translate(const char* english);

/// `pattern` with {0}, {1} … {9} replaced by `args`, in the pattern's order
/// (a translation may put them in another); a brace not followed by a digit
/// and "}" stays as it is.
std::string fill_message(std::string_view pattern, std::initializer_list<std::string_view> args);

}  // namespace aksesibel
