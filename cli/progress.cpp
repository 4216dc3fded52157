#include "progress.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <iostream>

#include "messages.hpp"
#include "terminal.hpp"

namespace aksesibel::cli {

namespace {

// The terminal's width in columns; 80 when it does not say.
std::size_t columns() {
  winsize w{};
  if (::ioctl(STDERR_FILENO, TIOCGWINSZ, &w) == 0 && w.ws_col >= 20) return w.ws_col;
  return 80;
}

// "35 s", "2 min 05 s", "1 h 04 min".
std::string duration(double seconds) {
  const long s = static_cast<long>(seconds + 0.5);
  if (s < 60) return std::to_string(s) + " s";
  if (s < 3600) return std::to_string(s / 60) + " min " + (s % 60 < 10 ? "0" : "") + std::to_string(s % 60) + " s";
  return std::to_string(s / 3600) + " h " + (s % 3600 / 60 < 10 ? "0" : "") + std::to_string(s % 3600 / 60) + " min";
}

// Counts UTF-8 characters, not bytes, for the width.
std::size_t width(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// `s` cut to `most` characters, with "…" in the middle (a file name keeps its
// start and its extension).
std::string fit(const std::string& s, std::size_t most) {
  if (width(s) <= most) return s;
  if (most < 5) return "";
  std::size_t keep_front = (most - 1) / 2, keep_back = most - 1 - keep_front;
  std::string front, back;
  std::size_t k = 0, n = 0;
  for (; k < s.size() && n < keep_front; ++n) {
    std::size_t len = 1;
    while (k + len < s.size() && (static_cast<unsigned char>(s[k + len]) & 0xC0) == 0x80) ++len;
    front += s.substr(k, len);
    k += len;
  }
  std::size_t j = s.size();
  for (n = 0; j > k && n < keep_back; ++n) {
    std::size_t start = j - 1;
    while (start > k && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
    back.insert(0, s.substr(start, j - start));
    j = start;
  }
  return front + "\xE2\x80\xA6" + back;
}

}  // namespace

bool stderr_is_terminal() { return ::isatty(STDERR_FILENO) == 1; }

Progress::Progress(std::size_t total, bool on)
    : total_(total), on_(on && total > 0), start_(std::chrono::steady_clock::now()), last_(start_) {}

Progress::~Progress() { clear(); }

std::string Progress::line(std::size_t done, const std::string& name) const {
  std::string count(1, '[');  // by parts: gcc 12 warns (-Wrestrict) of "[" + a to_string
  count += std::to_string(done);
  count += '/';
  count += std::to_string(total_);
  count += "] ";
  std::string left;
  const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  // Time left from the pace so far, once there is a pace to speak of.
  if (done < total_ && done >= 2 && elapsed >= 1.0)
    left = fill(tr(", about {0} left"), {duration(elapsed / static_cast<double>(done) * static_cast<double>(total_ - done))});
  const std::size_t room = columns() - 1;  // the last column would wrap on some terminals
  const std::size_t used = width(count) + width(left);
  return count + (room > used ? fit(for_terminal(name), room - used) : std::string()) + left;
}

void Progress::done(std::size_t done, const std::string& name) {
  if (!on_) return;
  const auto now = std::chrono::steady_clock::now();
  if (shown_ && done < total_ && now - last_ < std::chrono::milliseconds(250)) return;
  last_ = now;
  std::cerr << "\r\x1b[K" << line(done, name) << std::flush;
  shown_ = true;
}

void Progress::clear() {
  if (!shown_) return;
  std::cerr << "\r\x1b[K" << std::flush;
  shown_ = false;
}

}  // namespace aksesibel::cli
