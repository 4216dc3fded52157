#include "speech/opus_writer.hpp"

#include <opus/opusenc.h>

#include <cstdio>

#include "aksesibel/error.hpp"
#include "aksesibel/messages.hpp"

namespace aksesibel::speech {

namespace {

// Speech in one channel: 24 kb/s is clear for speech and keeps a ten-minute
// bulletin under 2 MB, small enough to send in a chat.
constexpr int kBitrate = 24000;

[[noreturn]] void fail(const char* what, int error) {
  throw Error(ErrorCode::Internal, fill_message(translate("cannot encode the audio ({0}: {1})"), {what, ope_strerror(error)}));
}

}  // namespace

OpusWriter::OpusWriter(int sample_rate, const std::vector<std::pair<std::string, std::string>>& comments) {
  comments_ = ope_comments_create();
  if (!comments_) fail("comments", OPE_ALLOC_FAIL);
  for (const auto& [tag, value] : comments)
    if (const int e = ope_comments_add(comments_, tag.c_str(), value.c_str()); e != OPE_OK) fail("comments", e);
  int error = OPE_OK;
  encoder_ = ope_encoder_create_pull(comments_, sample_rate, 1, 0, &error);
  if (!encoder_) fail("create", error);
  // A fixed stream serial number (libopusenc would draw one with rand()): the
  // same bulletin gives the same bytes, on any thread.
  ope_encoder_ctl(encoder_, OPE_SET_SERIALNO(0x616b7365));
  ope_encoder_ctl(encoder_, OPUS_SET_BITRATE(kBitrate));
  ope_encoder_ctl(encoder_, OPUS_SET_SIGNAL(OPUS_SIGNAL_VOICE));
  // Complexity 5 of 10: half the encoding time of the default for speech
  // that sounds the same from a phone's speaker (docs/audio.md).
  ope_encoder_ctl(encoder_, OPUS_SET_COMPLEXITY(5));
}

OpusWriter::~OpusWriter() {
  if (encoder_) ope_encoder_destroy(encoder_);
  if (comments_) ope_comments_destroy(comments_);
}

void OpusWriter::pull() {
  unsigned char* page = nullptr;
  opus_int32 length = 0;
  while (ope_encoder_get_page(encoder_, &page, &length, 0)) out_.append(reinterpret_cast<const char*>(page), static_cast<std::size_t>(length));
}

void OpusWriter::write(const short* samples, std::size_t count) {
  while (count > 0) {
    const int n = static_cast<int>(count > 1 << 20 ? 1 << 20 : count);
    if (const int e = ope_encoder_write(encoder_, samples, n); e != OPE_OK) fail("write", e);
    samples += n;
    count -= static_cast<std::size_t>(n);
    pull();
  }
}

std::string OpusWriter::finish() {
  if (const int e = ope_encoder_drain(encoder_); e != OPE_OK) fail("drain", e);
  pull();
  return std::move(out_);
}

std::string chapter_time(std::size_t samples, int sample_rate) {
  const unsigned long long ms = static_cast<unsigned long long>(samples) * 1000ull / static_cast<unsigned long long>(sample_rate);
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%02llu:%02llu:%02llu.%03llu", ms / 3600000ull, ms / 60000ull % 60, ms / 1000ull % 60, ms % 1000ull);
  return buffer;
}

}  // namespace aksesibel::speech
