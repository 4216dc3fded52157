// Renderers: the talking bulletin (formats "audio", Ogg Opus, and "audio-mp3") and its script ("audio-script").
#include "aksesibel/audio.hpp"

#include <nlohmann/json.hpp>

#include <memory>

#include "aksesibel/messages.hpp"

#include "model/summary.hpp"
#include "render/renderers.hpp"
#include "speech/mp3_writer.hpp"
#include "speech/opus_writer.hpp"
#include "speech/script.hpp"
#include "speech/voice.hpp"
#include "text/utf8.hpp"

namespace aksesibel {

namespace {

speech::Script script_of(const Document& doc, const AudioOptions& options, const data::LanguageData& words) {
  if (options.words_per_minute < 80 || options.words_per_minute > 450)
    throw Error(ErrorCode::InvalidOption,
                fill_message(translate("a speech rate of {0} words per minute cannot be spoken; choose 80 to 450"),
                             {std::to_string(options.words_per_minute)}));
  speech::Script script = speech::spoken_script(doc, options.summary, words);
  if (script.characters() > kMaxSpokenCharacters)
    throw Error(ErrorCode::InputTooLarge,
                fill_message(translate("the bulletin is too long to be read aloud ({0} characters to say; at most {1}); "
                                       "convert it in parts"),
                             {std::to_string(script.characters()), std::to_string(kMaxSpokenCharacters)}),
                {doc.metadata.source_name, 0, std::nullopt});
  return script;
}

}  // namespace

std::string render_audio(const Document& doc, const AudioOptions& options) {
  return render_audio(doc, options, render::default_language_data());
}

std::string render_spoken_script(const Document& doc, const AudioOptions& options) {
  return render_spoken_script(doc, options, render::default_language_data());
}

std::string render_audio_mp3(const Document& doc, const AudioOptions& options) {
  return render_audio_mp3(doc, options, render::default_language_data());
}

namespace {

// Where each chapter starts and how long the whole is, in samples. espeak-ng
// says a bulletin hundreds of times faster than real time, so this first
// pass costs little, and the chapter marks can be in the file's header.
struct Timing {
  std::vector<std::size_t> starts;
  std::size_t total = 0;
};

std::size_t pause_samples(const speech::Utterance& u, int rate) {
  return static_cast<std::size_t>(u.pause_ms) * static_cast<std::size_t>(rate) / 1000;
}

Timing measure(speech::Voice& voice, const speech::Script& script) {
  Timing t;
  const std::function<void(const short*, std::size_t)> count = [&](const short*, std::size_t n) { t.total += n; };
  for (const speech::Chapter& c : script.chapters) {
    t.starts.push_back(t.total);
    for (const speech::Utterance& u : c.utterances) {
      voice.say(u.text, count);
      t.total += pause_samples(u, voice.sample_rate());
    }
  }
  return t;
}

// `count` samples of silence into `out` (an encoder).
template <typename Encoder>
void silence(Encoder& out, std::size_t count) {
  static const short zeros[4096] = {};
  for (std::size_t n; count > 0; count -= n) {
    n = count < 4096 ? count : 4096;
    out.write(zeros, n);
  }
}

// The second pass: every utterance, then its pause, into `out` (an encoder).
template <typename Encoder>
void speak(speech::Voice& voice, const speech::Script& script, Encoder& out) {
  const std::function<void(const short*, std::size_t)> encode = [&](const short* pcm, std::size_t n) { out.write(pcm, n); };
  for (const speech::Chapter& c : script.chapters)
    for (const speech::Utterance& u : c.utterances) {
      voice.say(u.text, encode);
      silence(out, pause_samples(u, voice.sample_rate()));
    }
}

}  // namespace

std::string render_audio(const Document& doc, const AudioOptions& options, const data::LanguageData& words) {
  const speech::Script script = script_of(doc, options, words);
  speech::Voice voice(script.language, options.words_per_minute);
  const int rate = voice.sample_rate();
  const Timing timing = measure(voice, script);
  std::vector<std::pair<std::string, std::string>> comments = {{"TITLE", script.chapters.front().title},
                                                               {"LANGUAGE", script.language}};
  if (!doc.metadata.date.empty()) comments.emplace_back("DATE", doc.metadata.date);
  if (!doc.metadata.publisher.empty()) comments.emplace_back("ORGANIZATION", doc.metadata.publisher);
  for (std::size_t c = 0; c < script.chapters.size() && c < 999; ++c) {  // the comment form numbers chapters 001–999
    char tag[16];
    std::snprintf(tag, sizeof tag, "CHAPTER%03zu", c + 1);
    comments.emplace_back(tag, speech::chapter_time(timing.starts[c], rate));
    comments.emplace_back(std::string(tag) + "NAME", script.chapters[c].title);
  }
  speech::OpusWriter out(rate, comments);
  speak(voice, script, out);
  return out.finish();
}

std::string render_audio_mp3(const Document& doc, const AudioOptions& options, const data::LanguageData& words) {
  const speech::Script script = script_of(doc, options, words);
  speech::Voice voice(script.language, options.words_per_minute);
  const int rate = voice.sample_rate();
  const Timing timing = measure(voice, script);
  const auto ms = [&](std::size_t samples) {
    return static_cast<unsigned>(static_cast<unsigned long long>(samples) * 1000ull / static_cast<unsigned long long>(rate));
  };
  speech::Id3Tag tag{script.chapters.front().title, doc.metadata.date, doc.metadata.publisher, script.language, {}};
  for (std::size_t c = 0; c < script.chapters.size(); ++c)
    tag.chapters.push_back({script.chapters[c].title, ms(timing.starts[c]),
                            ms(c + 1 < timing.starts.size() ? timing.starts[c + 1] : timing.total)});
  speech::Mp3Writer out(rate);
  speak(voice, script, out);
  return speech::id3_tag(tag) + out.finish();
}

std::vector<TalkingPart> talking_parts(const Document& doc, const AudioOptions& options, const data::LanguageData& words,
                                       std::size_t parts) {
  const speech::Script script = script_of(doc, options, words);
  speech::Voice voice(script.language, options.words_per_minute);
  const int rate = voice.sample_rate();
  const auto ms = [&](std::size_t samples) {
    return static_cast<unsigned>(static_cast<unsigned long long>(samples) * 1000ull / static_cast<unsigned long long>(rate));
  };
  std::vector<TalkingPart> out(parts);
  std::unique_ptr<speech::Mp3Writer> writer;
  std::size_t current = 0, samples = 0;
  const auto close = [&] {
    if (!writer) return;
    out[current].mp3 = writer->finish();
    out[current].duration_ms = ms(samples);
    writer.reset();
  };
  const std::function<void(const short*, std::size_t)> encode = [&](const short* pcm, std::size_t n) {
    writer->write(pcm, n);
    samples += n;
  };
  for (const speech::Chapter& c : script.chapters) {
    const std::size_t part = std::min(c.part, parts - 1);  // chapters come in the order of the parts
    if (!writer || part != current) {
      close();
      current = part;
      samples = 0;
      writer = std::make_unique<speech::Mp3Writer>(rate);
    }
    for (const speech::Utterance& u : c.utterances) {
      const std::size_t begin = samples;
      voice.say(u.text, encode);
      if (!u.anchor.empty()) out[current].clips.push_back({u.anchor, ms(begin), ms(samples)});
      const std::size_t pause = pause_samples(u, rate);
      silence(*writer, pause);
      samples += pause;
    }
  }
  close();
  return out;
}

std::string render_spoken_script(const Document& doc, const AudioOptions& options, const data::LanguageData& words) {
  const speech::Script script = script_of(doc, options, words);
  nlohmann::ordered_json chapters = nlohmann::ordered_json::array();
  for (const speech::Chapter& c : script.chapters) {
    nlohmann::ordered_json utterances = nlohmann::ordered_json::array();
    for (const speech::Utterance& u : c.utterances) {
      nlohmann::ordered_json numbers = nlohmann::ordered_json::array();
      for (const speech::SpokenNumber& n : u.numbers)
        numbers.push_back({{"printed", n.printed}, {"value", n.value}, {"unit", n.unit}, {"words", n.words}, {"digits", n.digits}});
      nlohmann::ordered_json j = {{"text", u.text}, {"pause_ms", u.pause_ms}};
      if (!u.anchor.empty()) j["anchor"] = u.anchor;
      if (u.line) j["line"] = u.line;
      j["numbers"] = std::move(numbers);
      utterances.push_back(std::move(j));
    }
    chapters.push_back({{"title", c.title}, {"utterances", std::move(utterances)}});
  }
  nlohmann::ordered_json j = {{"language", script.language},
                              {"words_per_minute", options.words_per_minute},
                              {"characters", script.characters()},
                              {"chapters", std::move(chapters)}};
  return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace aksesibel
