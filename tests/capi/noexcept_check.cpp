// Every function of the C ABI is noexcept for C++ callers (AKS_NOEXCEPT):
// compiled into test_headers, so that a declaration without it fails the build.
#include <aksesibel/aksesibel.h>

#define AKS_CHECK_NOEXCEPT(call) static_assert(noexcept(call), #call " may throw")

namespace {
[[maybe_unused]] void check_noexcept() {
  aks_options* o = nullptr;
  aks_result* r = nullptr;
  aks_error* e = nullptr;
  char* s = nullptr;
  size_t n = 0;
  AKS_CHECK_NOEXCEPT(aks_version());
  AKS_CHECK_NOEXCEPT(aks_format_count());
  AKS_CHECK_NOEXCEPT(aks_format_name(0));
  AKS_CHECK_NOEXCEPT(aks_format_extension(0));
  AKS_CHECK_NOEXCEPT(aks_format_description(0));
  AKS_CHECK_NOEXCEPT(aks_format_is_text(0));
  AKS_CHECK_NOEXCEPT(aks_options_new());
  AKS_CHECK_NOEXCEPT(aks_options_copy(o));
  AKS_CHECK_NOEXCEPT(aks_options_free(o));
  AKS_CHECK_NOEXCEPT(aks_options_set(o, "", "", &e));
  AKS_CHECK_NOEXCEPT(aks_option_count());
  AKS_CHECK_NOEXCEPT(aks_option_key(0));
  AKS_CHECK_NOEXCEPT(aks_option_default(0));
  AKS_CHECK_NOEXCEPT(aks_option_description(0));
  AKS_CHECK_NOEXCEPT(aks_convert("", 0, "", o, &r, &e));
  AKS_CHECK_NOEXCEPT(aks_result_free(r));
  AKS_CHECK_NOEXCEPT(aks_result_count(r));
  AKS_CHECK_NOEXCEPT(aks_result_format(r, 0));
  AKS_CHECK_NOEXCEPT(aks_result_extension(r, 0));
  AKS_CHECK_NOEXCEPT(aks_result_data(r, 0, &n));
  AKS_CHECK_NOEXCEPT(aks_result_document_json(r));
  AKS_CHECK_NOEXCEPT(aks_result_warning_count(r));
  AKS_CHECK_NOEXCEPT(aks_result_warning(r, 0));
  AKS_CHECK_NOEXCEPT(aks_result_plain_report(r));
  AKS_CHECK_NOEXCEPT(aks_data_directory(o, &s, &e));
  AKS_CHECK_NOEXCEPT(aks_braille_table(o, &s, &e));
  AKS_CHECK_NOEXCEPT(aks_string_free(s));
  AKS_CHECK_NOEXCEPT(aks_error_status(e));
  AKS_CHECK_NOEXCEPT(aks_status_name(AKS_OK));
  AKS_CHECK_NOEXCEPT(aks_error_message(e));
  AKS_CHECK_NOEXCEPT(aks_error_file(e));
  AKS_CHECK_NOEXCEPT(aks_error_line(e));
  AKS_CHECK_NOEXCEPT(aks_error_byte_offset(e));
  AKS_CHECK_NOEXCEPT(aks_error_free(e));
}
}  // namespace
