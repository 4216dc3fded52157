// aksesibel — the one-call facade: bytes in, accessible variants out.
//
// Errors are aksesibel::Error exceptions (docs/api.md); every function here
// may be called from several threads at once on different arguments.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "aksesibel/audio.hpp"
#include "aksesibel/braille.hpp"
#include "aksesibel/document.hpp"
#include "aksesibel/epub.hpp"
#include "aksesibel/html.hpp"
#include "aksesibel/large_print.hpp"
#include "aksesibel/message.hpp"
#include "aksesibel/plain.hpp"
#include "aksesibel/read.hpp"
#include "aksesibel/render_json.hpp"
#include "aksesibel/render_text.hpp"
#include "aksesibel/version.hpp"

namespace aksesibel {

/// An output format.
struct FormatInfo {
  std::string name;         ///< as given to --to ("text", "json")
  std::string extension;    ///< of output files, without the leading dot ("text.txt")
  std::string description;  ///< one line for --help
};

/// Every output format, in the order of --help.
const std::vector<FormatInfo>& output_formats();

/// The format of this name. Throws Error(UnknownFormat) naming the known ones.
const FormatInfo& output_format(std::string_view name);

/// Everything convert() and render() can be told; each member's defaults are
/// those of the CLI without options.
struct ConvertOptions {
  ReadOptions read;                          ///< how the input is read (format, encoding, limits, data folder)
  std::vector<std::string> formats{"text"};  ///< names of output_formats(), rendered in this order
  TextOptions text;                          ///< for "text" and "plain"
  JsonOptions json;                          ///< for "json"
  BrailleOptions braille;                    ///< for "brf", "pef", "braille-text", "braille-proof"
  HtmlOptions html;                          ///< for "html", "plain-html" and "epub"
  LargePrintOptions large_print;             ///< for "large-print" and "large-print-pdf"
  PlainOptions plain;                        ///< for "plain", "plain-html" and `simplify`
  MessageOptions message;                    ///< for "message"
  AudioOptions audio;                        ///< for "audio" and "audio-script"
  bool simplify = false;  ///< --plain: simplify first, so that every format is rendered from the plain document
  bool report = false;    ///< make Conversion::plain even when no plain format or `simplify` asks for it
};

/// One rendered variant.
struct Output {
  std::string format;     ///< its name in output_formats() ("brf")
  std::string extension;  ///< of its file, without the leading dot ("brf", "plain.txt")
  std::string content;    ///< the bytes of the variant
};

/// What convert() returns.
struct Conversion {
  Document document;            ///< the document as read (with the warnings of reading and of braille)
  std::vector<Output> outputs;  ///< in the order of ConvertOptions::formats
  std::optional<Simplification> plain;  ///< the plain-language version, when a plain format, `simplify` or `report` asked for it
};

/// Render one format of a document.
std::string render(const Document& doc, std::string_view format, const ConvertOptions& options = {});

/// read() then render() every requested format. Either every output is made
/// or an Error is thrown: nothing is returned half done.
Conversion convert(std::string_view bytes, const ConvertOptions& options);

}  // namespace aksesibel
