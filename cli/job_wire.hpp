// One input of a `convert` batch, and how it travels to a worker process and
// back (cli/worker_processes.hpp): the request names the input (and carries
// its bytes when the main process read them: standard input, a pipe); the
// answer carries what commit needs — the failure, the warnings, the outputs.
#pragma once

#include <cstddef>
#include <exception>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "aksesibel/convert.hpp"

namespace aksesibel::cli {

/// One input of a batch, from its checks to its outputs.
struct Job {
  std::exception_ptr failure;   ///< why the input was not converted (rethrown when committed)
  bool bytes_read = false;      ///< `bytes` was read by the main process (standard input, a pipe, a device)
  std::string bytes;
  std::vector<Warning> warnings;
  std::vector<Output> outputs;
  std::optional<Simplification> plain;  ///< for --report (which keeps the work on threads: it does not travel)
};

/// The request for input `index` of the batch.
std::string encode_request(std::size_t index, const Job& job);
/// Reads a request into `index` and `job` (bytes_read, bytes).
void decode_request(std::string_view request, std::size_t& index, Job& job);

/// The answer: `job`'s failure (an aksesibel::Error whole, any other
/// exception as its message), warnings and outputs.
std::string encode_answer(const Job& job);
/// Reads an answer into `job`. Throws std::runtime_error when it is cut short.
void decode_answer(std::string_view answer, Job& job);

}  // namespace aksesibel::cli
