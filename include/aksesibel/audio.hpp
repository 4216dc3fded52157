// aksesibel — the talking bulletin (formats "audio", "audio-mp3" and
// "audio-script"): the bulletin read aloud by espeak-ng's Indonesian voice,
// as Ogg Opus or MP3 with chapter marks, and the script it says (docs/audio.md).
#pragma once

#include <cstddef>
#include <string>

#include "aksesibel/document.hpp"

namespace aksesibel {

/// Options of the talking bulletin.
struct AudioOptions {
  /// Say the "Ringkasan" of key figures after the title (Document::facts).
  bool summary = true;
  /// Speech rate in words per minute, 80–450; listeners used to fast
  /// speech often choose 300 or more.
  unsigned words_per_minute = 175;
};

/// At most this many characters (code points) of spoken script: about two
/// and a half hours of speech at the default rate. A longer bulletin is
/// refused with Error(InputTooLarge) rather than encoded for minutes.
constexpr std::size_t kMaxSpokenCharacters = 200000;

/// The bulletin read aloud: Ogg Opus, mono, 24 kb/s, with a chapter mark
/// (CHAPTERnnn comments) for the title, the Ringkasan and each section.
std::string render_audio(const Document& doc, const AudioOptions& options = {});

/// The same as MP3 (MPEG-2 Layer III, 32 kb/s, for players without Opus),
/// with an ID3v2.4 tag whose CHAP frames are the chapter marks.
std::string render_audio_mp3(const Document& doc, const AudioOptions& options = {});

/// What render_audio() says, as JSON: chapters of utterances, each with the
/// document's numbers it says and their words (docs/audio.md).
std::string render_spoken_script(const Document& doc, const AudioOptions& options = {});

}  // namespace aksesibel
