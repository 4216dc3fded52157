// Fuzz target: the C ABI (aksesibel.h): options set by key and value
// strings, aks_convert, every accessor of the result and of the error.
//
// Input: a head and a body separated by the first line "%%" (no such line:
// all body, default options). Each line of the head is "key=value"
// (aks_options_set with those strings), or "#" and a byte choosing the key
// of that index (aks_option_key) with the rest of the line as its value.
// Keys that name files or folders (data-dir, tables-dir, table, columns)
// are skipped (they would send the library to arbitrary files). The body is
// the input of aks_convert; formats are NULL (the option "to") when the head
// set "to", else "text,json,html,brf".
// Checks: no call returns AKS_ERR_INTERNAL, AKS_ERR_OUT_OF_MEMORY or
// AKS_ERR_INVALID_ARGUMENT (every argument here is valid); a failure comes
// with an error whose status is the one returned and whose message is not
// empty; a success with a result of one output per format, each
// NUL-terminated at its length; text formats are UTF-8; the document JSON
// and the plain report (when there is one) parse.
#include <aksesibel/aksesibel.h>

#include <algorithm>
#include <cstring>
#include <string>

#include <nlohmann/json.hpp>

#include "fuzz.hpp"

namespace {

void check_status(aks_status s, aks_error* e, const char* call) {
  if (s == AKS_OK) {
    fuzz::require(e == nullptr, "an error on success", call);
    return;
  }
  fuzz::require(e != nullptr, "a failure without an error", call);
  fuzz::require(aks_error_status(e) == s, "an error whose status is not the one returned", call);
  const char* m = aks_error_message(e);
  fuzz::require(m != nullptr && *m != '\0', "an error without a message", call);
  fuzz::require(aks_error_file(e) != nullptr, "an error without a file", call);
  fuzz::require(aks_status_name(s) != nullptr, "a status without a name", call);
  (void)aks_error_line(e);
  (void)aks_error_byte_offset(e);
  if (s == AKS_ERR_INTERNAL || s == AKS_ERR_OUT_OF_MEMORY || s == AKS_ERR_INVALID_ARGUMENT)
    fuzz::finding(std::string(call) + " returned " + aks_status_name(s), m);
  aks_error_free(e);
}

bool names_a_path(std::string key) {
  std::replace(key.begin(), key.end(), '_', '-');
  return key == "data-dir" || key == "tables-dir" || key == "table" || key == "columns";
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 16 * 1024) return 0;
  std::string_view input(reinterpret_cast<const char*>(data), size);
  std::string_view head, body = input;
  if (input.rfind("%%\n", 0) == 0) {
    body = input.substr(3);
  } else if (std::size_t sep = input.find("\n%%\n"); sep != std::string_view::npos) {
    head = input.substr(0, sep);
    body = input.substr(sep + 4);
  }
  aks_options* options = aks_options_new();
  fuzz::require(options != nullptr, "aks_options_new returned NULL");
  bool formats_set = false;
  const size_t count = aks_option_count();
  while (!head.empty()) {
    std::size_t eol = head.find('\n');
    std::string_view line = head.substr(0, eol);
    head = eol == std::string_view::npos ? std::string_view() : head.substr(eol + 1);
    std::string key, value;
    if (line.size() >= 2 && line[0] == '#') {
      key = aks_option_key(static_cast<unsigned char>(line[1]) % count);
      value = std::string(line.substr(2));
    } else {
      std::size_t eq = line.find('=');
      key = std::string(line.substr(0, eq));
      if (eq != std::string_view::npos) value = std::string(line.substr(eq + 1));
    }
    // C strings: a NUL inside ends them, as it would for any C caller.
    key = key.c_str();
    value = value.c_str();
    if (names_a_path(key)) continue;
    // The talking bulletin takes seconds of speech per input (docs/audio.md):
    // not fuzzed here; tests/fuzz/render.cpp fuzzes its script.
    if ((key == "to" || key == "t") && value.find("audio") != std::string::npos) continue;
    aks_error* e = nullptr;
    aks_status s = aks_options_set(options, key.c_str(), value.c_str(), &e);
    check_status(s, e, "aks_options_set");
    if (s == AKS_OK && (key == "to" || key == "t")) formats_set = true;
  }
  // A copy must convert as the original does; use it, and free both.
  aks_options* copy = aks_options_copy(options);
  fuzz::require(copy != nullptr, "aks_options_copy returned NULL");
  aks_options_free(options);

  const char* formats = formats_set ? nullptr : "text,json,html,brf";
  aks_result* result = nullptr;
  aks_error* e = nullptr;
  aks_status s = aks_convert(body.data(), body.size(), formats, copy, &result, &e);
  check_status(s, e, "aks_convert");
  if (s == AKS_OK) {
    fuzz::require(result != nullptr, "success without a result");
    size_t n = aks_result_count(result);
    fuzz::require(n >= 1, "a result without outputs");
    for (size_t i = 0; i < n; ++i) {
      const char* format = aks_result_format(result, i);
      fuzz::require(format != nullptr && aks_result_extension(result, i) != nullptr, "an output without a name");
      size_t length = 0;
      const char* bytes = aks_result_data(result, i, &length);
      fuzz::require(bytes != nullptr && bytes[length] == '\0', "output data not NUL-terminated", format);
      bool text = true;
      for (size_t f = 0; f < aks_format_count(); ++f)
        if (std::strcmp(aks_format_name(f), format) == 0) text = aks_format_is_text(f) == 1;
      if (text) fuzz::require_utf8(std::string_view(bytes, length), format);
    }
    fuzz::require(aks_result_format(result, n) == nullptr && aks_result_data(result, n, nullptr) == nullptr,
                  "an output past the last");
    const char* json = aks_result_document_json(result);
    fuzz::require(json != nullptr && nlohmann::json::accept(json), "document JSON that does not parse");
    for (size_t i = 0; i < aks_result_warning_count(result); ++i)
      fuzz::require(aks_result_warning(result, i) != nullptr, "a NULL warning");
    if (const char* report = aks_result_plain_report(result))
      fuzz::require(nlohmann::json::accept(report), "a plain report that does not parse");
    aks_result_free(result);
  } else {
    fuzz::require(result == nullptr, "a result on failure");
  }
  aks_options_free(copy);
  return 0;
}
