// The table of output formats: adding a format is one renderer plus one line here.
#include <functional>
#include <memory>
#include <optional>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "aksesibel/braille.hpp"

#include "aksesibel/messages.hpp"
#include "aksesibel/convert.hpp"
#include "aksesibel/epub.hpp"
#include "aksesibel/html.hpp"
#include "aksesibel/large_print.hpp"
#include "aksesibel/plain.hpp"
#include "render/message.hpp"
#include "data/data_dir.hpp"
#include "data/language_data.hpp"
#include "render/renderers.hpp"

namespace aksesibel {

namespace {

// Marks a description for the command line's message catalogue (po/, cli/messages.hpp).
#define N_(english) english

// Hands the free pages of the heap back to the system. Reading leaves much
// of its working memory free inside the heap (the prepared text, the
// figures' working copies: ~60 MB for an 8 MiB bulletin) where glibc keeps
// it; a large output is then allocated on top of it. A bulletin of usual
// size leaves little (a few MB at most), and trimming costs more than it
// gives: a tenth of a small conversion's time, and the pages come back.
constexpr std::size_t kReleaseFrom = 1024 * 1024;  // bytes of input

void release_free_memory(std::size_t input_size) {
#if defined(__GLIBC__)
  if (input_size >= kReleaseFrom) malloc_trim(0);
#else
  (void)input_size;
#endif
}

// What the renderers of one conversion share: the braille pages are laid
// out once for BRF, PEF, braille text and the proof.
class RenderState {
 public:
  RenderState(const Document& doc, const ConvertOptions& options)
      : source_(doc), options_(options), words_(data::load_language_data(data::data_directory(options.read.data_dir))) {
    if (options_.simplify) plain();
  }
  /// The document every format renders: the plain one under --plain.
  const Document& doc() { return options_.simplify ? plain().document : source_; }
  const ConvertOptions& options() const { return options_; }
  /// The language data of the conversion (ReadOptions::data_dir): interface
  /// words and the Ringkasan of every renderer.
  const data::LanguageData& words() const { return *words_; }
  /// The plain-language version, made once.
  const Simplification& plain() {
    if (!plain_) {
      PlainOptions o = options_.plain;
      if (o.data_dir.empty()) o.data_dir = options_.read.data_dir;
      plain_ = simplify(source_, o);
    }
    return *plain_;
  }
  std::optional<Simplification> take_plain() { return std::move(plain_); }
  const BrailleDocument& braille() {
    if (!braille_) {
      BrailleOptions o = options_.braille;
      if (o.data_dir.empty()) o.data_dir = options_.read.data_dir;
      if (options_.simplify) o.summary = false;  // the plain document has its own Ringkasan
      braille_ = braille_pages(doc(), o);
    }
    return *braille_;
  }
  /// Warnings of the variants made: braille's, and plain language's
  /// sentences kept whole past the option plain-max-sentence-words.
  std::vector<Warning> warnings() const {
    std::vector<Warning> out = braille_ ? braille_->warnings : std::vector<Warning>{};
    if (plain_)
      for (const PlainChange& c : plain_->changes)
        if (c.rule == "not-split")
          out.push_back({fill_message(translate("a sentence of {0} words is kept whole in plain language (longer than the "
                                                "option plain-max-sentence-words)"),
                                      {c.after.substr(0, c.after.find(' '))}),  // the report's "420 words"
                         {source_.metadata.source_name, c.line, std::nullopt}});
    out.insert(out.end(), render_warnings_.begin(), render_warnings_.end());
    return out;
  }
  /// Warnings a renderer gives about its own output (an untagged PDF).
  std::vector<Warning>& render_warnings() { return render_warnings_; }
  /// Talking-bulletin options; under --plain the plain document has its own Ringkasan.
  AudioOptions audio() const {
    AudioOptions o = options_.audio;
    if (options_.simplify) o.summary = false;
    return o;
  }
  /// Large-print options; under --plain the plain document has its own Ringkasan.
  LargePrintOptions large_print() const {
    LargePrintOptions o = options_.large_print;
    if (options_.simplify) o.summary = false;
    return o;
  }

 private:
  const Document& source_;
  const ConvertOptions& options_;
  std::shared_ptr<const data::LanguageData> words_;
  std::optional<Simplification> plain_;
  std::optional<BrailleDocument> braille_;
  std::vector<Warning> render_warnings_;
};

struct Entry {
  FormatInfo info;
  std::function<std::string(RenderState&)> render;
};

const std::vector<Entry>& registry() {
  static const std::vector<Entry> entries = {
      {{"text", "text.txt", N_("the cleaned bulletin as plain UTF-8 text")},
       [](RenderState& s) { return render_text(s.doc(), s.options().text); }},
      {{"json", "json", N_("the document model as JSON: metadata, blocks, numbers, dates, abbreviations, removed boilerplate")},
       [](RenderState& s) { return render_json(s.doc(), s.options().json); }},
      {{"plain", "plain.txt", N_("plain language (bahasa sederhana) as text: short sentences, everyday words, a summary first, hard words explained")},
       [](RenderState& s) { return render_text(s.plain().document, s.options().text); }},
      {{"plain-html", "plain.html", N_("plain language as a web page for screen readers")},
       [](RenderState& s) {
         HtmlOptions o = s.options().html;
         o.summary = false;  // the plain document has its own Ringkasan
         return render_html(s.plain().document, o, s.words());
       }},
      {{"html", "html", N_("a web page for screen readers (NVDA, TalkBack, VoiceOver): landmarks, headings, tables with headers")},
       [](RenderState& s) {
         HtmlOptions o = s.options().html;
         if (s.options().simplify) o.summary = false;  // the plain document has its own Ringkasan
         return render_html(s.doc(), o, s.words());
       }},
      {{"epub", "epub", N_("an accessible EPUB 3 e-book: the screen-reader page's structure, a table of contents, accessibility metadata (EPUB Accessibility 1.1)")},
       [](RenderState& s) {
         HtmlOptions o = s.options().html;
         if (s.options().simplify) o.summary = false;  // the plain document has its own Ringkasan
         // With the talking bulletin in the same conversion, the book carries it as media overlays.
         bool talking = false;
         for (const std::string& f : s.options().formats) talking = talking || f == "audio" || f == "audio-mp3";
         const AudioOptions audio = s.audio();
         return render_epub(s.doc(), o, s.words(), talking ? &audio : nullptr);
       }},
      {{"large-print", "large-print.html", N_("large print as a web page, for the screen and for printing")},
       [](RenderState& s) { return render_large_print_html(s.doc(), s.large_print(), s.words()); }},
      {{"large-print-pdf", "large-print.pdf", N_("large print as an A4 or Letter PDF (DejaVu Sans embedded, text selectable, \"Halaman N dari M\")")},
       [](RenderState& s) { return render_large_print_pdf(s.doc(), s.large_print(), s.words(), &s.render_warnings()); }},
      {{"brf", "brf", N_("braille for embossers: North American Braille ASCII, pages separated by form feeds")},
       [](RenderState& s) { return render_brf(s.braille()); }},
      {{"pef", "pef", N_("braille as PEF 2008-1 (Portable Embosser Format)")},
       [](RenderState& s) { return render_pef(s.braille(), s.doc(), s.options().braille, s.words()); }},
      {{"braille-text", "braille.txt", N_("the braille pages in Unicode braille, for reading on screen")},
       [](RenderState& s) { return render_braille_text(s.braille()); }},
      {{"braille-proof", "proof.html", N_("a web page for sighted volunteers: every braille line under its print text")},
       [](RenderState& s) { return render_braille_proof(s.braille(), s.doc(), s.words()); }},
      {{"audio", "opus", N_("the bulletin read aloud in Indonesian (espeak-ng) as Ogg Opus: numbers, dates and abbreviations said in full, tables row by row, the Ringkasan first, a chapter mark for each section")},
       [](RenderState& s) { return render_audio(s.doc(), s.audio(), s.words()); }},
      {{"audio-mp3", "mp3", N_("the talking bulletin as MP3, for players without Opus, with ID3 chapter marks")},
       [](RenderState& s) { return render_audio_mp3(s.doc(), s.audio(), s.words()); }},
      {{"audio-script", "audio.json", N_("what the talking bulletin says, as JSON: its chapters and sentences, with every number and the words that say it")},
       [](RenderState& s) { return render_spoken_script(s.doc(), s.audio(), s.words()); }},
      {{"message", "message.txt", N_("the bulletin as one message to forward on WhatsApp: headline, date, the Ringkasan, the first sentences in plain language, the source; at most 1,000 characters")},
       [](RenderState& s) { return render_message(s.doc(), s.plain(), s.options().message, s.words()); }},
  };
  return entries;
}

const Entry& entry(std::string_view name) {
  for (const Entry& e : registry())
    if (e.info.name == name) return e;
  std::string known;
  for (const Entry& e : registry()) known += (known.empty() ? "" : ", ") + e.info.name;
  throw Error(ErrorCode::UnknownFormat,
              fill_message(translate("unknown output format '{0}'; known formats: {1}"), {std::string(name), known}));
}

}  // namespace

const std::vector<FormatInfo>& output_formats() {
  static const std::vector<FormatInfo> infos = [] {
    std::vector<FormatInfo> v;
    for (const Entry& e : registry()) v.push_back(e.info);
    return v;
  }();
  return infos;
}

const FormatInfo& output_format(std::string_view name) { return entry(name).info; }

std::string render(const Document& doc, std::string_view format, const ConvertOptions& options) {
  RenderState state(doc, options);
  return entry(format).render(state);
}

Conversion convert(std::string_view bytes, const ConvertOptions& options) {
  for (const std::string& f : options.formats) entry(f);  // fail before any work
  Conversion c;
  c.document = read(bytes, options.read);
  release_free_memory(bytes.size());
  RenderState state(c.document, options);
  for (const std::string& f : options.formats) {
    const Entry& e = entry(f);
    c.outputs.push_back({e.info.name, e.info.extension, e.render(state)});
    release_free_memory(bytes.size());
  }
  for (const Warning& w : state.warnings()) c.document.warnings.push_back(w);
  if (options.report) state.plain();
  c.plain = state.take_plain();
  return c;
}

}  // namespace aksesibel
