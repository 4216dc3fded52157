// Turning input bytes into clean UTF-8 text: size limit, binary detection,
// byte-order marks, legacy encodings (ICU converters), UTF-8 validation,
// control characters, line endings and NFC normalisation.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "aksesibel/error.hpp"
#include "aksesibel/read.hpp"

namespace aksesibel::text {

struct PreparedText {
  std::string text;               ///< NFC, LF line ends, no control characters but tab and LF
  std::vector<Warning> warnings;  ///< e.g. control characters removed in lenient mode
};

/// Throws Error (InputTooLarge, EmptyInput, BinaryInput, UnknownEncoding,
/// EncodingError, InvalidUtf8, ControlCharacter) with file, line and byte offset.
PreparedText prepare_input(std::string_view bytes, const ReadOptions& options);

/// "20 MiB", "1.5 KiB", "12 bytes".
std::string human_size(std::size_t bytes);

}  // namespace aksesibel::text
