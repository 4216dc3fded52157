// The progress of a batch on standard error: "[12/680] 06-tribunpalu.txt,
// about 35 s left", one line rewritten in place (carriage return, erase to
// the end of the line), at most four times a second so that a screen reader
// following the terminal is not flooded; cleared before any other message
// and at the end, so that warnings and errors stand on lines of their own.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>

namespace aksesibel::cli {

/// Whether standard error is a terminal (not a file or a pipe).
bool stderr_is_terminal();

class Progress {
 public:
  /// `on`: whether to show anything at all.
  Progress(std::size_t total, bool on);
  ~Progress();  ///< clears the line
  /// Input `name` is done (the `done`-th of all).
  void done(std::size_t done, const std::string& name);
  /// Clears the line before another message is printed; the next done() draws it again.
  void clear();

 private:
  std::string line(std::size_t done, const std::string& name) const;
  std::size_t total_;
  bool on_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace aksesibel::cli
