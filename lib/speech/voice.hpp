// espeak-ng, the speech synthesiser of the talking bulletin (libespeak-ng,
// with its Indonesian voice "id"). espeak-ng keeps global state: a Voice
// holds the one lock for as long as it lives, so conversions on other
// threads wait for it.
#pragma once

#include <cstddef>
#include <functional>
#include <mutex>
#include <string>

namespace aksesibel::speech {

class Voice {
 public:
  /// The voice of `language` ("id") at `words_per_minute`. Throws
  /// Error(DataFile) when espeak-ng or that voice cannot be loaded.
  Voice(const std::string& language, unsigned words_per_minute);
  Voice(const Voice&) = delete;
  Voice& operator=(const Voice&) = delete;

  /// Samples per second of what say() gives (22050 for espeak-ng's voices).
  int sample_rate() const { return rate_; }

  /// Say `text` (UTF-8, plain text): its audio, 16-bit mono samples, is
  /// handed to `sink` piece by piece. Throws Error(Internal) if espeak-ng fails.
  /// espeak-ng draws the noise of its fricatives from C's rand(): say()
  /// seeds it (srand(1)) first, so that other users of rand() cannot change
  /// the sound; a host program that relies on its own rand() sequence sees it
  /// start again. espeak-ng also keeps a pitch "flutter" running from one
  /// text to the next, which no call resets: the same text said later in the
  /// same process may last a few milliseconds more or less (docs/audio.md).
  void say(const std::string& text, const std::function<void(const short*, std::size_t)>& sink);

 private:
  void select();  // the voice and its rate
  std::unique_lock<std::mutex> lock_;
  std::string language_;
  unsigned words_per_minute_;
  int rate_ = 0;
};

}  // namespace aksesibel::speech
