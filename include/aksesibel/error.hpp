// aksesibel — errors and warnings.
//
// The library reports failure by throwing aksesibel::Error (one mechanism,
// used everywhere; see docs/api.md). It never prints and never exits.
#pragma once

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>

namespace aksesibel {

/// What went wrong, as a stable code a program can switch on.
enum class ErrorCode {
  InvalidUtf8,       ///< input bytes are not valid UTF-8
  ControlCharacter,  ///< NUL or another control character in the text
  EmptyInput,        ///< no bytes, or only white space
  OnlyBoilerplate,   ///< nothing left after boilerplate was removed
  BinaryInput,       ///< an image, archive or other binary file
  InputTooLarge,     ///< larger than ReadOptions::max_input_size, or past one of ReadOptions::limits
  UnknownEncoding,   ///< ReadOptions::encoding names no converter ICU knows
  EncodingError,     ///< bytes cannot be converted from the named encoding
  UnknownFormat,     ///< an input or output format name that does not exist
  DataFile,          ///< a data file (data/…) is missing or malformed
  Io,                ///< a file cannot be read or written
  InvalidOption,     ///< an option value that cannot work (a page too small, …)
  BrailleFidelity,   ///< a number, date or percentage did not survive braille translation
  Internal,          ///< a bug: please report it
  InvalidData,       ///< a statistics file (CSV, JSON) that cannot make a bulletin: malformed, no known column, unknown region or date
};

/// A stable lower-case name for an error code ("invalid-utf8", …).
const char* to_string(ErrorCode code) noexcept;

/// Where in an input something was found. Every field is optional: an empty
/// file name, line 0 and no byte offset mean "unknown".
struct SourceLocation {
  std::string file;                        ///< the input's name as given by the caller
  std::size_t line = 0;                    ///< 1-based line number, 0 if unknown
  std::optional<std::size_t> byte_offset;  ///< 0-based offset in the input bytes

  /// "line 3, byte offset 57" (only the parts that are known), or "".
  std::string describe() const;
};

/// The one exception type of the library. what() is the message alone, as
/// message() returns it; the location is kept apart in where().
class Error : public std::runtime_error {
 public:
  /// An error with a code, a message a volunteer can act on, and where it was found.
  Error(ErrorCode code, std::string message, SourceLocation where = {});

  /// The stable code, for programs; to_string() names it.
  ErrorCode code() const noexcept { return code_; }
  /// The message alone, without location.
  const std::string& message() const noexcept { return message_; }
  /// Where in the input (or in a data file, for DataFile) it was found.
  const SourceLocation& where() const noexcept { return where_; }

 private:
  ErrorCode code_;
  std::string message_;
  SourceLocation where_;
};

/// Something a user should know about although conversion succeeded
/// (a control character removed in lenient mode, an ambiguous number, …).
struct Warning {
  std::string message;   ///< for the person who gave the input
  SourceLocation where;  ///< where in the input, as far as known
  /// It changes what a reader of the output gets (an ambiguous number read
  /// one way): shown even when other warnings are not (`-q`).
  bool important = false;
};

}  // namespace aksesibel
