// The C ABI under failing allocations: operator new is replaced (here, and
// so for libaksesibel.so too) by one that throws std::bad_alloc from the
// N-th allocation on. Every aks_ call must return (no std::terminate from an
// exception escaping a noexcept function), with AKS_ERR_OUT_OF_MEMORY and a
// usable error, or succeed. (aks_result_document_json() is left out: see
// round().)
//
//   test_capi_oom BULLETIN.txt
#include <aksesibel/aksesibel.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <new>
#include <sstream>
#include <string>

namespace {
long long countdown = -1;  // < 0: never fail; 0: fail from now on
long long allocations = 0;
}  // namespace

void* operator new(std::size_t n) {
  ++allocations;
  if (countdown == 0) throw std::bad_alloc();
  if (countdown > 0) --countdown;
  if (void* p = std::malloc(n ? n : 1)) return p;
  throw std::bad_alloc();
}
// The nothrow form too (std::stable_sort's buffer), so that every operator
// delete frees what this file's malloc gave: AddressSanitizer reports a
// block from its own operator new freed with free() as a mismatch. It never
// fails: its callers cope with NULL without a visible difference.
void* operator new(std::size_t n, const std::nothrow_t&) noexcept { return std::malloc(n ? n : 1); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }

namespace {
int failed = 0, checked = 0;

void check(bool ok, const char* what, long long k) {
  ++checked;
  if (!ok) {
    ++failed;
    std::printf("FAIL after %lld allocations: %s\n", k, what);
  }
}

// One round of calls with allocations failing after `k`.
void round(const std::string& input, long long k) {
  countdown = k;
  std::size_t formats = aks_format_count();  // may be 0 when its table cannot be made
  if (formats) (void)aks_format_name(0);
  (void)aks_option_count();
  aks_options* options = aks_options_new();
  aks_error* error = nullptr;
  if (options) {
    aks_status s = aks_options_set(options, "cells-per-line", "32", &error);
    check(s == AKS_OK || s == AKS_ERR_OUT_OF_MEMORY, "aks_options_set", k);
    check((s == AKS_OK) == (error == nullptr), "an error exactly on failure (options)", k);
    if (error) check(aks_error_status(error) == s && aks_error_message(error), "the error's status", k);
    aks_error_free(error);
    error = nullptr;
    s = aks_options_set(options, "no-such-key", "1", &error);  // fails, and its message allocates
    check(s == AKS_ERR_INVALID_OPTION || s == AKS_ERR_OUT_OF_MEMORY, "unknown key", k);
    check(error && aks_error_message(error), "an error for the unknown key", k);
    aks_error_free(error);
    error = nullptr;
  }
  aks_result* result = nullptr;
  aks_status s = aks_convert(input.data(), input.size(), "text,brf", options, &result, &error);
  check(s == AKS_OK || s == AKS_ERR_OUT_OF_MEMORY, "aks_convert", k);
  check((s == AKS_OK) == (result != nullptr) && (s == AKS_OK) == (error == nullptr), "result or error", k);
  if (error) check(aks_error_status(error) == AKS_ERR_OUT_OF_MEMORY && aks_error_message(error), "oom error", k);
  // Not aks_result_document_json(): nlohmann::json's destructor allocates
  // (a stack for nested values) and terminates when that fails, a limit of
  // the JSON library that the C ABI cannot catch.
  aks_result_free(result);
  aks_error_free(error);
  error = nullptr;
  s = aks_convert(nullptr, 3, "text", nullptr, &result, &error);  // NULL input: the message allocates
  check(s == AKS_ERR_INVALID_ARGUMENT || s == AKS_ERR_OUT_OF_MEMORY, "NULL input", k);
  check(error != nullptr, "an error for NULL input", k);
  aks_error_free(error);
  char* path = nullptr;
  s = aks_data_directory(options, &path, nullptr);
  check(s == AKS_OK || s == AKS_ERR_OUT_OF_MEMORY, "aks_data_directory", k);
  aks_string_free(path);
  aks_options_free(options);
  countdown = -1;
}
}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  std::ifstream in(argv[1], std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  const std::string input = bytes.str();
  // First with the static tables not yet made, then over the whole range.
  round(input, 0);
  allocations = 0;
  round(input, -1);
  const long long total = allocations;
  long long rounds = 0;
  for (long long k = 0; k <= total; k = k < 64 ? k + 1 : k + k / 8 + 1, ++rounds) round(input, k);
  round(input, -1);
  std::printf("oom: %lld allocations in one round, %lld rounds, %d checks, %d failed\n", total, rounds, checked, failed);
  return failed ? 1 : 0;
}
