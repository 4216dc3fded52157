// The C ABI (include/aksesibel/aksesibel.h): a thin layer over the C++ API.
// Every entry point is noexcept and catches everything: no exception crosses
// into C, not even std::bad_alloc from a first use of a static table.
#include "aksesibel/aksesibel.h"

#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <new>
#include <optional>
#include <string_view>
#include <string>
#include <type_traits>
#include <vector>

#include "aksesibel/convert.hpp"
#include "aksesibel/messages.hpp"
#include "aksesibel/options.hpp"
#include "aksesibel/plain.hpp"
#include "aksesibel/render_json.hpp"

struct aks_options {
  aksesibel::ConvertOptions options;
};

struct aks_result {
  aksesibel::Conversion conversion;
  std::vector<std::string> warnings;
  mutable std::once_flag json_once;
  mutable std::string json;
  mutable std::once_flag report_once;
  mutable std::optional<std::string> report;
};

struct aks_error {
  aks_status status = AKS_ERR_INTERNAL;
  std::string message;
  std::string file;
  std::size_t line = 0;
  long long byte_offset = -1;
};

namespace {

using aksesibel::Error;
using aksesibel::ErrorCode;
using aksesibel::fill_message;
using aksesibel::translate;

aks_status status_of(ErrorCode code) {
  switch (code) {
    case ErrorCode::InvalidUtf8: return AKS_ERR_INVALID_UTF8;
    case ErrorCode::ControlCharacter: return AKS_ERR_CONTROL_CHARACTER;
    case ErrorCode::EmptyInput: return AKS_ERR_EMPTY_INPUT;
    case ErrorCode::OnlyBoilerplate: return AKS_ERR_ONLY_BOILERPLATE;
    case ErrorCode::BinaryInput: return AKS_ERR_BINARY_INPUT;
    case ErrorCode::InputTooLarge: return AKS_ERR_INPUT_TOO_LARGE;
    case ErrorCode::UnknownEncoding: return AKS_ERR_UNKNOWN_ENCODING;
    case ErrorCode::EncodingError: return AKS_ERR_ENCODING_ERROR;
    case ErrorCode::UnknownFormat: return AKS_ERR_UNKNOWN_FORMAT;
    case ErrorCode::DataFile: return AKS_ERR_DATA_FILE;
    case ErrorCode::Io: return AKS_ERR_IO;
    case ErrorCode::InvalidOption: return AKS_ERR_INVALID_OPTION;
    case ErrorCode::BrailleFidelity: return AKS_ERR_BRAILLE_FIDELITY;
    case ErrorCode::Internal: return AKS_ERR_INTERNAL;
    case ErrorCode::InvalidData: return AKS_ERR_INVALID_DATA;
  }
  return AKS_ERR_INTERNAL;
}

// Handed out when not even an aks_error can be allocated: static, never
// freed (aks_error_free() knows it). Its message fits the string's inline
// buffer, so making it allocates nothing. It stays English: translating allocates.
aks_error out_of_memory_error{AKS_ERR_OUT_OF_MEMORY, "out of memory", "", 0, -1};

// Store an error for the caller (when it asked for one) and return its
// status. The message is the concatenation of up to three pieces. Nothing
// escapes: when the error cannot be allocated, *out is the static
// out-of-memory error and the status AKS_ERR_OUT_OF_MEMORY.
aks_status fail(aks_error** out, aks_status status, std::string_view a, std::string_view b = {},
                std::string_view c = {}, const aksesibel::SourceLocation* where = nullptr) noexcept {
  if (!out) return status;
  *out = nullptr;
  try {
    auto e = std::make_unique<aks_error>();
    e->status = status;
    e->message.reserve(a.size() + b.size() + c.size());
    e->message += a;
    e->message += b;
    e->message += c;
    if (where) {
      e->file = where->file;
      e->line = where->line;
      if (where->byte_offset) e->byte_offset = static_cast<long long>(*where->byte_offset);
    }
    *out = e.release();
    return status;
  } catch (...) {
    *out = &out_of_memory_error;
    return AKS_ERR_OUT_OF_MEMORY;
  }
}

// fail() with a message of one placeholder, {0} (translate() gives it in the
// language of messages): the pieces before and after it around `arg`, so
// that filling it allocates nothing outside fail()'s try.
aks_status fail_with(aks_error** out, aks_status status, std::string_view pattern, std::string_view arg) noexcept {
  const std::size_t at = pattern.find("{0}");
  if (at == std::string_view::npos) return fail(out, status, pattern);
  return fail(out, status, pattern.substr(0, at), arg, pattern.substr(at + 3));
}

// Run `body`, turning every exception into a status and an aks_error. The
// handlers allocate nothing themselves (fail() does, under its own try;
// translate() throws nothing).
template <typename F>
aks_status guarded(aks_error** error, F&& body) noexcept {
  if (error) *error = nullptr;
  try {
    body();
    return AKS_OK;
  } catch (const Error& e) {
    return fail(error, status_of(e.code()), e.message(), {}, {}, &e.where());
  } catch (const std::bad_alloc&) {
    // Not translated: translating allocates, and memory has run out.
    return fail(error, AKS_ERR_OUT_OF_MEMORY, "out of memory");
  } catch (const std::exception& e) {
    return fail_with(error, AKS_ERR_INTERNAL, translate("internal error: {0} (please report this)"), e.what());
  } catch (...) {
    return fail(error, AKS_ERR_INTERNAL, translate("internal error (please report this)"));
  }
}

aks_status null_argument(aks_error** error, const char* function, const char* argument) noexcept {
  if (error) *error = nullptr;
  std::string_view f = function;
  // "aks_convert: input must not be NULL"
  try {
    return fail(error, AKS_ERR_INVALID_ARGUMENT,
                fill_message(translate("{0}: {1} must not be NULL"), {f, argument}));
  } catch (...) {
    // Out of memory: not translated, as translating allocates.
    return fail(error, AKS_ERR_INVALID_ARGUMENT, f, ": an argument must not be NULL");
  }
}

char* copy_string(const std::string& s) {
  char* out = static_cast<char*>(std::malloc(s.size() + 1));
  if (!out) throw std::bad_alloc();
  std::memcpy(out, s.c_str(), s.size() + 1);
  return out;
}

const aksesibel::ConvertOptions& options_or_default(const aks_options* options) {
  static const aksesibel::ConvertOptions defaults;
  return options ? options->options : defaults;
}

}  // namespace

extern "C" {

const char* aks_version(void) noexcept { return aksesibel::version(); }

size_t aks_format_count(void) noexcept {
  try {
    return aksesibel::output_formats().size();
  } catch (...) {
    return 0;
  }
}

namespace {
// Field `member` of format `index`; NULL when out of range or when the table
// cannot be made.
const char* format_field(size_t index, std::string aksesibel::FormatInfo::*member) noexcept {
  try {
    const auto& f = aksesibel::output_formats();
    return index < f.size() ? (f[index].*member).c_str() : nullptr;
  } catch (...) {
    return nullptr;
  }
}

const char* option_field(size_t index, std::string aksesibel::OptionInfo::*member) noexcept {
  try {
    const auto& k = aksesibel::option_keys();
    return index < k.size() ? (k[index].*member).c_str() : nullptr;
  } catch (...) {
    return nullptr;
  }
}
}  // namespace

const char* aks_format_name(size_t index) noexcept { return format_field(index, &aksesibel::FormatInfo::name); }

const char* aks_format_extension(size_t index) noexcept {
  return format_field(index, &aksesibel::FormatInfo::extension);
}

const char* aks_format_description(size_t index) noexcept {
  return format_field(index, &aksesibel::FormatInfo::description);
}

int aks_format_is_text(size_t index) noexcept {
  try {
    const auto& f = aksesibel::output_formats();
    if (index >= f.size()) return -1;
    return aksesibel::is_binary_format(f[index].name) ? 0 : 1;
  } catch (...) {
    return -1;
  }
}

aks_options* aks_options_new(void) noexcept {
  try {
    return new aks_options;  // ConvertOptions' constructor allocates too
  } catch (...) {
    return nullptr;
  }
}

aks_options* aks_options_copy(const aks_options* options) noexcept {
  try {
    return options ? new aks_options(*options) : new aks_options;
  } catch (...) {
    return nullptr;
  }
}

void aks_options_free(aks_options* options) noexcept { delete options; }

aks_status aks_options_set(aks_options* options, const char* key, const char* value, aks_error** error) noexcept {
  if (error) *error = nullptr;
  if (!options) return null_argument(error, "aks_options_set", "options");
  if (!key) return null_argument(error, "aks_options_set", "key");
  if (!value) return null_argument(error, "aks_options_set", "value");
  return guarded(error, [&] { aksesibel::set_option(options->options, key, value); });
}

size_t aks_option_count(void) noexcept {
  try {
    return aksesibel::option_keys().size();
  } catch (...) {
    return 0;
  }
}

const char* aks_option_key(size_t index) noexcept { return option_field(index, &aksesibel::OptionInfo::key); }

const char* aks_option_default(size_t index) noexcept {
  return option_field(index, &aksesibel::OptionInfo::default_value);
}

const char* aks_option_description(size_t index) noexcept {
  return option_field(index, &aksesibel::OptionInfo::description);
}

aks_status aks_convert(const char* input, size_t length, const char* formats, const aks_options* options,
                       aks_result** result, aks_error** error) noexcept {
  if (error) *error = nullptr;
  if (!result) return null_argument(error, "aks_convert", "result");
  *result = nullptr;
  if (!input && length > 0) return null_argument(error, "aks_convert", "input");
  return guarded(error, [&] {
    aksesibel::ConvertOptions o = options_or_default(options);
    if (formats) aksesibel::set_option(o, "to", formats);
    auto r = std::make_unique<aks_result>();
    r->conversion = aksesibel::convert(std::string_view(input ? input : "", length), o);
    for (const aksesibel::Warning& w : r->conversion.document.warnings) {
      std::string where = w.where.describe();
      if (!where.empty()) where += ": ";
      where += w.message;
      r->warnings.push_back(std::move(where));
    }
    *result = r.release();
  });
}

void aks_result_free(aks_result* result) noexcept { delete result; }

size_t aks_result_count(const aks_result* result) noexcept {
  return result ? result->conversion.outputs.size() : 0;
}

const char* aks_result_format(const aks_result* result, size_t index) noexcept {
  if (!result || index >= result->conversion.outputs.size()) return nullptr;
  return result->conversion.outputs[index].format.c_str();
}

const char* aks_result_extension(const aks_result* result, size_t index) noexcept {
  if (!result || index >= result->conversion.outputs.size()) return nullptr;
  return result->conversion.outputs[index].extension.c_str();
}

const char* aks_result_data(const aks_result* result, size_t index, size_t* length) noexcept {
  if (length) *length = 0;
  if (!result || index >= result->conversion.outputs.size()) return nullptr;
  const std::string& content = result->conversion.outputs[index].content;
  if (length) *length = content.size();
  return content.c_str();
}

const char* aks_result_document_json(const aks_result* result) noexcept {
  if (!result) return nullptr;
  try {
    std::call_once(result->json_once, [&] { result->json = aksesibel::render_json(result->conversion.document); });
    return result->json.c_str();
  } catch (...) {
    return nullptr;  // out of memory: a later call tries again
  }
}

size_t aks_result_warning_count(const aks_result* result) noexcept { return result ? result->warnings.size() : 0; }

const char* aks_result_warning(const aks_result* result, size_t index) noexcept {
  if (!result || index >= result->warnings.size()) return nullptr;
  return result->warnings[index].c_str();
}

const char* aks_result_plain_report(const aks_result* result) noexcept {
  if (!result || !result->conversion.plain) return nullptr;
  try {
    std::call_once(result->report_once, [&] {
      result->report = aksesibel::render_plain_report(
          {{result->conversion.document.metadata.source_name, *result->conversion.plain, "", result->conversion.document.warnings}});
    });
    return result->report ? result->report->c_str() : nullptr;
  } catch (...) {
    return nullptr;
  }
}

aks_status aks_data_directory(const aks_options* options, char** path, aks_error** error) noexcept {
  if (error) *error = nullptr;
  if (!path) return null_argument(error, "aks_data_directory", "path");
  *path = nullptr;
  return guarded(error, [&] { *path = copy_string(aksesibel::data_directory(options_or_default(options))); });
}

aks_status aks_braille_table(const aks_options* options, char** tables, aks_error** error) noexcept {
  if (error) *error = nullptr;
  if (!tables) return null_argument(error, "aks_braille_table", "tables");
  *tables = nullptr;
  return guarded(error, [&] { *tables = copy_string(aksesibel::braille_table(options_or_default(options))); });
}

aks_status aks_set_message_language(const char* language, const aks_options* options, aks_error** error) noexcept {
  if (error) *error = nullptr;
  if (!language) return null_argument(error, "aks_set_message_language", "language");
  return guarded(error, [&] {
    if (!aksesibel::set_message_language(language, options_or_default(options).read.data_dir))
      throw Error(ErrorCode::DataFile,
                  translate("the Indonesian message catalogue (aksesibel.mo) was not found; reinstall aksesibel or set "
                            "AKSESIBEL_LOCALE_DIR"));
  });
}

void aks_string_free(char* string) noexcept { std::free(string); }

aks_status aks_error_status(const aks_error* error) noexcept { return error ? error->status : AKS_OK; }

const char* aks_status_name(aks_status status) noexcept {
  // A C caller may pass any int; in C++ a value outside the enumerators'
  // range must not be read as the enum (UBSan: "not a valid value for type
  // 'aks_status'"), so the switch reads its bytes as the underlying type.
  std::underlying_type_t<aks_status> value;
  std::memcpy(&value, &status, sizeof value);
  switch (value) {
    case AKS_OK: return "ok";
    case AKS_ERR_INVALID_ARGUMENT: return "invalid-argument";
    case AKS_ERR_OUT_OF_MEMORY: return "out-of-memory";
    case AKS_ERR_INVALID_UTF8: return aksesibel::to_string(ErrorCode::InvalidUtf8);
    case AKS_ERR_CONTROL_CHARACTER: return aksesibel::to_string(ErrorCode::ControlCharacter);
    case AKS_ERR_EMPTY_INPUT: return aksesibel::to_string(ErrorCode::EmptyInput);
    case AKS_ERR_ONLY_BOILERPLATE: return aksesibel::to_string(ErrorCode::OnlyBoilerplate);
    case AKS_ERR_BINARY_INPUT: return aksesibel::to_string(ErrorCode::BinaryInput);
    case AKS_ERR_INPUT_TOO_LARGE: return aksesibel::to_string(ErrorCode::InputTooLarge);
    case AKS_ERR_UNKNOWN_ENCODING: return aksesibel::to_string(ErrorCode::UnknownEncoding);
    case AKS_ERR_ENCODING_ERROR: return aksesibel::to_string(ErrorCode::EncodingError);
    case AKS_ERR_UNKNOWN_FORMAT: return aksesibel::to_string(ErrorCode::UnknownFormat);
    case AKS_ERR_DATA_FILE: return aksesibel::to_string(ErrorCode::DataFile);
    case AKS_ERR_IO: return aksesibel::to_string(ErrorCode::Io);
    case AKS_ERR_INVALID_OPTION: return aksesibel::to_string(ErrorCode::InvalidOption);
    case AKS_ERR_BRAILLE_FIDELITY: return aksesibel::to_string(ErrorCode::BrailleFidelity);
    case AKS_ERR_INTERNAL: return aksesibel::to_string(ErrorCode::Internal);
    case AKS_ERR_INVALID_DATA: return aksesibel::to_string(ErrorCode::InvalidData);
  }
  return "unknown";
}

const char* aks_error_message(const aks_error* error) noexcept { return error ? error->message.c_str() : nullptr; }

const char* aks_error_file(const aks_error* error) noexcept { return error ? error->file.c_str() : nullptr; }

size_t aks_error_line(const aks_error* error) noexcept { return error ? error->line : 0; }

long long aks_error_byte_offset(const aks_error* error) noexcept { return error ? error->byte_offset : -1; }

void aks_error_free(aks_error* error) noexcept {
  if (error != &out_of_memory_error) delete error;
}

}  // extern "C"
