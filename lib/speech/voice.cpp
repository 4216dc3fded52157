#include "speech/voice.hpp"

#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>

#include <cstdlib>

#include "aksesibel/error.hpp"
#include "aksesibel/messages.hpp"

namespace aksesibel::speech {

namespace {

std::mutex& espeak_mutex() {
  static std::mutex m;
  return m;
}

// Where the callback sends the samples of the utterance being said (under the lock).
const std::function<void(const short*, std::size_t)>* g_sink = nullptr;

int on_samples(short* wav, int count, espeak_EVENT*) {
  if (wav && count > 0 && g_sink) (*g_sink)(wav, static_cast<std::size_t>(count));
  return 0;  // go on
}

std::string status_message(espeak_ng_STATUS status) {
  char buffer[512] = {};
  espeak_ng_GetStatusCodeMessage(status, buffer, sizeof buffer);
  return buffer;
}

// espeak-ng is set up once per process; a failure is remembered and given
// to every later caller as the same error.
int initialise() {
  static int rate = 0;
  static std::string failure;
  static bool done = false;
  if (!done) {
    done = true;
    espeak_ng_InitializePath(nullptr);
    espeak_ng_ERROR_CONTEXT context = nullptr;
    espeak_ng_STATUS status = espeak_ng_Initialize(&context);
    if (context) espeak_ng_ClearErrorContext(&context);
    if (status == ENS_OK) status = espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, 0, nullptr);
    if (status != ENS_OK) failure = status_message(status);
    else {
      rate = espeak_ng_GetSampleRate();
      espeak_SetSynthCallback(on_samples);
    }
  }
  if (!failure.empty())
    throw Error(ErrorCode::DataFile,
                fill_message(translate("the speech synthesiser espeak-ng cannot start ({0}); install the packages "
                                       "libespeak-ng1 and espeak-ng-data"),
                             {failure}));
  return rate;
}

}  // namespace

Voice::Voice(const std::string& language, unsigned words_per_minute)
    : lock_(espeak_mutex()), language_(language), words_per_minute_(words_per_minute) {
  rate_ = initialise();
  select();
}

void Voice::select() {
  const espeak_ng_STATUS voice = espeak_ng_SetVoiceByName(language_.c_str());
  if (voice != ENS_OK)
    throw Error(ErrorCode::DataFile,
                fill_message(translate("espeak-ng has no voice for the language '{0}' ({1}); install the package "
                                       "espeak-ng-data"),
                             {language_, status_message(voice)}));
  espeak_ng_SetParameter(espeakRATE, static_cast<int>(words_per_minute_), 0);
}

void Voice::say(const std::string& text, const std::function<void(const short*, std::size_t)>& sink) {
  g_sink = &sink;
  std::srand(1);  // espeak-ng's noise (the hiss of "s", "f", "h") comes from rand()
  const espeak_ng_STATUS status = espeak_ng_Synthesize(text.c_str(), text.size() + 1, 0, POS_CHARACTER, 0,
                                                       espeakCHARS_UTF8, nullptr, nullptr);
  const espeak_ng_STATUS sync = status == ENS_OK ? espeak_ng_Synchronize() : status;
  g_sink = nullptr;
  if (sync != ENS_OK)
    throw Error(ErrorCode::Internal, fill_message(translate("espeak-ng could not say a sentence ({0})"), {status_message(sync)}));
}

}  // namespace aksesibel::speech
