// MP3 encoding of the talking bulletin (libmp3lame), in memory, for players
// without Opus, with an ID3v2.4 tag: title, date, publisher, language and
// the chapter marks (CHAP frames under one CTOC, ID3v2 Chapter Frame
// Addendum), which podcast players show as chapters.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace aksesibel::speech {

/// A chapter of the ID3 tag, in milliseconds from the start.
struct Id3Chapter {
  std::string title;
  unsigned start_ms = 0;
  unsigned end_ms = 0;
};

/// What the ID3v2.4 tag says (UTF-8 text frames; empty ones are left out).
struct Id3Tag {
  std::string title, date, publisher, language;
  std::vector<Id3Chapter> chapters;
};

/// The bytes of the ID3v2.4 tag.
std::string id3_tag(const Id3Tag& tag);

class Mp3Writer {
 public:
  /// 16-bit mono input at `sample_rate`. Throws Error(Internal) when libmp3lame refuses.
  explicit Mp3Writer(int sample_rate);
  ~Mp3Writer();
  Mp3Writer(const Mp3Writer&) = delete;
  Mp3Writer& operator=(const Mp3Writer&) = delete;

  void write(const short* samples, std::size_t count);
  /// The MP3 frames (without a tag); the writer cannot be used after.
  std::string finish();

 private:
  void* lame_ = nullptr;  // lame_global_flags*
  std::string out_;
  std::vector<unsigned char> buffer_;
};

}  // namespace aksesibel::speech
