// Ogg Opus encoding of the talking bulletin (libopusenc), in memory, with
// Vorbis-style comments: title, date and the chapter marks
// (CHAPTER001=00:00:00.000, CHAPTER001NAME=Ringkasan).
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

struct OggOpusEnc;
struct OggOpusComments;

namespace aksesibel::speech {

class OpusWriter {
 public:
  /// 16-bit mono input at `sample_rate`; `comments` are (TAG, value) pairs.
  /// Throws Error(Internal) when libopusenc refuses.
  OpusWriter(int sample_rate, const std::vector<std::pair<std::string, std::string>>& comments);
  ~OpusWriter();
  OpusWriter(const OpusWriter&) = delete;
  OpusWriter& operator=(const OpusWriter&) = delete;

  void write(const short* samples, std::size_t count);
  /// The file's bytes; the writer cannot be used after.
  std::string finish();

 private:
  void pull();
  OggOpusComments* comments_ = nullptr;
  OggOpusEnc* encoder_ = nullptr;
  std::string out_;
};

/// "HH:MM:SS.mmm" of a sample count, the form of the chapter comments.
std::string chapter_time(std::size_t samples, int sample_rate);

}  // namespace aksesibel::speech
