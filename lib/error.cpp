#include "aksesibel/error.hpp"

#include "text/utf8.hpp"

namespace aksesibel {

const char* to_string(ErrorCode code) noexcept {
  switch (code) {
    case ErrorCode::InvalidUtf8: return "invalid-utf8";
    case ErrorCode::ControlCharacter: return "control-character";
    case ErrorCode::EmptyInput: return "empty-input";
    case ErrorCode::OnlyBoilerplate: return "only-boilerplate";
    case ErrorCode::BinaryInput: return "binary-input";
    case ErrorCode::InputTooLarge: return "input-too-large";
    case ErrorCode::UnknownEncoding: return "unknown-encoding";
    case ErrorCode::EncodingError: return "encoding-error";
    case ErrorCode::UnknownFormat: return "unknown-format";
    case ErrorCode::DataFile: return "data-file";
    case ErrorCode::Io: return "io";
    case ErrorCode::InvalidOption: return "invalid-option";
    case ErrorCode::BrailleFidelity: return "braille-fidelity";
    case ErrorCode::InvalidData: return "invalid-data";
    case ErrorCode::Internal: return "internal";
  }
  return "unknown";
}

std::string SourceLocation::describe() const {
  std::string out;
  if (line > 0) out = "line " + std::to_string(line);
  if (byte_offset) {
    if (!out.empty()) out += ", ";
    out += "byte offset " + std::to_string(*byte_offset);
  }
  return out;
}

namespace {
// Messages quote input (a region's name, a cell): none may grow with it.
constexpr std::size_t kLongestMessage = 2000;
}  // namespace

Error::Error(ErrorCode code, std::string message, SourceLocation where)
    : std::runtime_error(text::clip_middle(message, kLongestMessage)),
      code_(code),
      message_(text::clip_middle(message, kLongestMessage)),
      where_(std::move(where)) {}

}  // namespace aksesibel
