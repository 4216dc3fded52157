#include "speech/mp3_writer.hpp"

#include <lame/lame.h>

#include <cstdint>

#include "aksesibel/error.hpp"
#include "aksesibel/messages.hpp"

namespace aksesibel::speech {

namespace {

// Speech in one channel at espeak-ng's 22 050 Hz: MPEG-2 Layer III at a
// constant 32 kb/s, which every player plays and whose length any player
// knows without a VBR header.
constexpr int kKilobits = 32;

[[noreturn]] void fail(const char* what, int code) {
  throw Error(ErrorCode::Internal,
              fill_message(translate("cannot encode the audio ({0}: {1})"), {what, "libmp3lame " + std::to_string(code)}));
}

lame_global_flags* flags(void* p) { return static_cast<lame_global_flags*>(p); }

void big_endian(std::string& out, std::uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>((v >> shift) & 0xFF);
}

// ID3v2.4 sizes are "synchsafe": 7 bits a byte.
void synchsafe(std::string& out, std::uint32_t v) {
  for (int shift = 21; shift >= 0; shift -= 7) out += static_cast<char>((v >> shift) & 0x7F);
}

std::string frame(const char* id, const std::string& body) {
  std::string out(id, 4);
  synchsafe(out, static_cast<std::uint32_t>(body.size()));
  out += std::string(2, '\0');  // no flags
  return out + body;
}

// A text frame in UTF-8 (encoding byte 3).
std::string text_frame(const char* id, const std::string& text) { return frame(id, std::string(1, '\x03') + text); }

}  // namespace

std::string id3_tag(const Id3Tag& tag) {
  std::string frames;
  if (!tag.title.empty()) frames += text_frame("TIT2", tag.title);
  if (!tag.date.empty()) frames += text_frame("TDRC", tag.date);
  if (!tag.publisher.empty()) frames += text_frame("TPUB", tag.publisher);
  if (!tag.language.empty()) frames += text_frame("TLAN", tag.language == "id" ? "ind" : tag.language);
  if (!tag.chapters.empty()) {
    // The table of contents: top-level (bit 1) and ordered (bit 0), its chapters in order.
    std::string toc = std::string("toc") + '\0' + '\x03' + static_cast<char>(tag.chapters.size() > 255 ? 255 : tag.chapters.size());
    for (std::size_t k = 0; k < tag.chapters.size() && k < 255; ++k) toc += "chp" + std::to_string(k + 1) + '\0';
    frames += frame("CTOC", toc);
    for (std::size_t k = 0; k < tag.chapters.size() && k < 255; ++k) {
      std::string chap = "chp" + std::to_string(k + 1) + '\0';
      big_endian(chap, tag.chapters[k].start_ms);
      big_endian(chap, tag.chapters[k].end_ms);
      big_endian(chap, 0xFFFFFFFFu);  // no byte offsets: the times are used
      big_endian(chap, 0xFFFFFFFFu);
      chap += text_frame("TIT2", tag.chapters[k].title);
      frames += frame("CHAP", chap);
    }
  }
  std::string out = "ID3";
  out += '\x04';
  out += '\0';
  out += '\0';  // version 2.4.0, no flags
  synchsafe(out, static_cast<std::uint32_t>(frames.size()));
  return out + frames;
}

Mp3Writer::Mp3Writer(int sample_rate) {
  lame_global_flags* l = lame_init();
  if (!l) fail("init", -1);
  lame_ = l;
  lame_set_in_samplerate(l, sample_rate);
  lame_set_num_channels(l, 1);
  lame_set_mode(l, MONO);
  lame_set_VBR(l, vbr_off);
  lame_set_brate(l, kKilobits);
  lame_set_quality(l, 5);
  lame_set_bWriteVbrTag(l, 0);
  lame_set_write_id3tag_automatic(l, 0);
  if (const int e = lame_init_params(l); e < 0) fail("parameters", e);
}

Mp3Writer::~Mp3Writer() {
  if (lame_) lame_close(flags(lame_));
}

void Mp3Writer::write(const short* samples, std::size_t count) {
  while (count > 0) {
    const int n = static_cast<int>(count > 65536 ? 65536 : count);
    buffer_.resize(static_cast<std::size_t>(n) * 5 / 4 + 7200);  // the size lame.h asks for
    // Mono: the left channel is the only one (lame reads no right channel).
    const int got = lame_encode_buffer(flags(lame_), samples, samples, n, buffer_.data(), static_cast<int>(buffer_.size()));
    if (got < 0) fail("write", got);
    out_.append(reinterpret_cast<const char*>(buffer_.data()), static_cast<std::size_t>(got));
    samples += n;
    count -= static_cast<std::size_t>(n);
  }
}

std::string Mp3Writer::finish() {
  buffer_.resize(7200);
  const int got = lame_encode_flush(flags(lame_), buffer_.data(), static_cast<int>(buffer_.size()));
  if (got < 0) fail("flush", got);
  out_.append(reinterpret_cast<const char*>(buffer_.data()), static_cast<std::size_t>(got));
  return std::move(out_);
}

}  // namespace aksesibel::speech
