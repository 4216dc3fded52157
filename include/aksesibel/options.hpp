// aksesibel — options as text: "key" = "value" pairs named like the command
// line's long options, for programs that take options from a user, a
// configuration file or another language (the C ABI and the Python binding
// use them).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "aksesibel/convert.hpp"

namespace aksesibel {

/// One option key understood by set_option(): the one table of options,
/// from which the command line builds its parser and help, and through
/// which the C ABI and the Python binding set values.
struct OptionInfo {
  std::string key;          ///< "cells-per-line": the CLI's long option without "--"
  std::string values;       ///< what the value may be ("12–100", "true|false", "a4|letter", "a folder")
  std::string default_value;///< the default, as text ("40"); "" when the default is "not set"
  std::string description;  ///< one line
  bool boolean = false;     ///< true|false: on the command line a switch (`--duplex`, `--text-headline=false`)
  char short_name = 0;      ///< the command line's one-letter form ('t' for -t), or 0
};

/// Every key set_option() understands, in the order of docs/api.md.
const std::vector<OptionInfo>& option_keys();

/// Set one option of `options` from text. Keys are the command line's long
/// option names ("cells-per-line", "paper", "plain", "no-verify"), one for
/// one; option_keys() lists them all. Booleans are "true" or "false" (also "1",
/// "0", "yes", "no", "on", "off"). Integers are decimal and range-checked as
/// the command line checks them. Values must be valid UTF-8; "pef-date" is
/// YYYY-MM-DD (or "" for the default).
///
/// Throws Error(InvalidOption) for an unknown key or a value that is not
/// allowed (naming the key and what it accepts), and Error(UnknownFormat)
/// for an unknown format name in "to" (naming the known ones); `options` is
/// then unchanged.
void set_option(ConvertOptions& options, std::string_view key, std::string_view value);

/// Whether a format's output is bytes to be written as they are rather than
/// UTF-8 text: "brf" (embosser bytes: CR LF line ends and form feeds that a
/// text-mode stream must not translate) and "large-print-pdf". Every other
/// format is valid UTF-8 text (PEF is XML in UTF-8). The C ABI's
/// aks_format_is_text() and the Python binding's bytes/str choice follow it.
/// Throws Error(UnknownFormat) for a name output_formats() does not know.
bool is_binary_format(std::string_view format);

/// Sets the language of messages (aksesibel/messages.hpp): "en" (English,
/// the default) or "id" (Indonesian, from the catalogue aksesibel.mo:
/// $AKSESIBEL_LOCALE_DIR, else the locale/ folder beside the data folder of
/// `data_dir` as ReadOptions::data_dir, else the build tree's). Process-wide,
/// like gettext itself: for "id" it sets LC_MESSAGES to C.UTF-8 (never
/// LC_NUMERIC) and LANGUAGE to "id"; call it once, before converting.
/// Returns false, and messages stay English, when "id" is asked and no
/// catalogue is found. Throws Error(InvalidOption) for another language.
bool set_message_language(const std::string& language, const std::string& data_dir = "");

/// "id" or "en": the language set_message_language() set.
std::string message_language();

/// The folder of language data a conversion with these options would use
/// (ReadOptions::data_dir, $AKSESIBEL_DATA_DIR, the installation beside the
/// library, the configured install prefix, the source tree — the first that
/// holds the data). Throws Error(DataFile) naming every place tried.
std::string data_directory(const ConvertOptions& options = {});

/// The liblouis table list braille would use for a document in `language`,
/// with every table as an absolute path (so LOUIS_TABLEPATH is never
/// needed). Throws Error(DataFile) when the table cannot be loaded.
std::string braille_table(const ConvertOptions& options = {}, std::string_view language = "id");

}  // namespace aksesibel
