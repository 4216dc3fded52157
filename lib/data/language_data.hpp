// The curated language data of data/, parsed once per folder and shared
// (read-only) by every conversion.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "data/fact_data.hpp"
#include "data/stats_data.hpp"
#include "text/regex.hpp"

namespace aksesibel::data {

/// One rule of data/boilerplate-id.txt.
struct BoilerplateRule {
  enum class Kind {
    Line,    ///< a whole line (or block) that matches is removed
    Inline,  ///< the matching text is cut out of a line
    Block,   ///< lines from one matching `pattern` to one matching `end`
    Byline,     ///< a whole line that credits an author (group "name") is removed
    Timestamp,  ///< a whole line that is the page's time stamp is removed (its date is kept)
    Credit,     ///< a whole line that credits a photo is removed, with the caption next to it
    Html,       ///< an HTML element whose class/id matches is dropped
    Content,    ///< an HTML element whose class/id/itemprop matches holds the article: it and
                ///< the elements around it are never dropped by an Html rule
  };
  Kind kind;
  std::string reason;
  text::Regex pattern;
  std::optional<text::Regex> end;
  std::size_t source_line;  ///< line in the data file, for messages
  std::vector<std::string> examples;  ///< what the rule removes, for its tests
};

/// One rule of data/datelines-id.txt.
struct DatelineRule {
  enum class Mode {
    Strip,  ///< the dateline opens a paragraph; cut it off
    Keep,   ///< the dateline is part of the sentence; keep the text
    Whole,  ///< the whole block is the dateline
  };
  Mode mode;
  std::string name;
  text::Regex pattern;  ///< groups: place, publisher, date
  std::vector<std::string> examples;  ///< what the rule matches, for its tests
};

/// One rule of data/front-matter-id.txt: a line that is never a headline.
struct NotHeadlineRule {
  std::string kind;  ///< "letterhead", "doctype", "greeting", "sitename"; "caption-credit" (no headline rule)
  text::Regex pattern;
  std::vector<std::string> examples;
};

/// data/calendar-id.tsv: words of dates, times and numbers.
struct Calendar {
  std::map<std::string, int> months;          ///< lower-case word → 1–12
  std::vector<std::string> weekdays;          ///< "Senin", …
  std::map<std::string, int> weekday_numbers; ///< lower-case "senin" → ISO day number 1 (Monday) … 7 (Sunday)
  std::map<std::string, std::string> zones;   ///< upper-case "WITA" → "+08:00"
  std::map<std::string, double> scales;       ///< "juta" → 1e6
  std::map<std::string, double> money_scales; ///< "M" → 1e9: only after a rupiah amount, case as written
  std::vector<std::string> percent_words;     ///< "persen"
  std::string power_word;                     ///< "pangkat": "10³" is "10 pangkat 3"
  std::string note_word;                      ///< "catatan": "5.017¹" is "5.017 (catatan 1)"
  std::vector<std::string> time_words;        ///< "pukul", "jam"
  std::vector<std::string> day_parts;         ///< "pagi", "malam": after a time of day
  std::vector<std::string> time_ranges;       ///< "-", "s.d.", "sampai": between two times of a range
  std::vector<std::string> code_words;        ///< "nomor", "no.": a compound after it is a code ("443.1/123")
  std::vector<std::string> currency_prefixes; ///< "Rp"
};

/// data/speech-id.tsv: what the talking bulletin says for letters, capitals and signs.
struct SpeechWords {
  std::map<char, std::string> letters;        ///< 'R' → "er"
  std::vector<std::string> word_acronyms;     ///< upper-case abbreviations said as words ("WITA"), sorted
  std::vector<std::pair<std::string, std::string>> signs;  ///< "%" → "persen", longest first
};

struct Abbreviation {
  std::string key;
  std::string expansion;
};

/// One line of data/characters-id.tsv: a print character whose value a
/// reader would lose (superscript, fraction) or that means nothing (decorative,
/// invisible).
struct CharacterRule {
  enum class Kind { Superscript, Subscript, Fraction, Decorative, Invisible, DigitGroup };
  Kind kind;
  std::string written;  ///< what it is written as ("3", "setengah"; empty for decorative, invisible and digit-group)
  std::string after_digit;  ///< Fraction: its decimal part, written after a digit (",5"), or empty
};

struct LanguageData {
  std::filesystem::path directory;
  std::vector<BoilerplateRule> boilerplate;
  /// The patterns of `boilerplate` as sets, in its order: the rules of whole
  /// lines (every kind but Inline and Html; tried with full_match) and the
  /// inline rules (tried with search). They point into `boilerplate`.
  std::shared_ptr<const text::RegexSet> boilerplate_lines, boilerplate_inline;
  std::vector<DatelineRule> datelines;
  std::vector<NotHeadlineRule> not_headlines;  ///< data/front-matter-id.txt
  Calendar calendar;
  std::vector<Abbreviation> abbreviations;
  std::vector<std::string> no_break_after;  ///< data/sentences-id.txt: "Dr.", "Kab.", … (no sentence ends after them)
  FactWords fact_words;          ///< data/facts-id.tsv
  std::vector<Region> regions;   ///< data/regions-id.tsv
  /// Every name of `regions` as lower-case words joined by spaces: official,
  /// without "Kabupaten"/"Kota", and the other spellings ("palu", "sulteng").
  std::set<std::string> region_names;
  std::map<char32_t, CharacterRule> characters;  ///< data/characters-id.tsv
  std::map<std::string, std::string> interface_words;  ///< data/interface-id.tsv: "skip-link" → "Langsung ke isi"
  SpeechWords speech;            ///< data/speech-id.tsv
  StatsData stats;               ///< data/data-columns-id.tsv, data/data-bulletin-id.tsv
};

/// A text of the outputs' own interface (data/interface-id.tsv) with its
/// fields filled in: interface_text(d, "page-of", {{"n", "3"}, {"m", "5"}})
/// is "Halaman 3 dari 5". Throws Error(DataFile) for a key the file lacks.
std::string interface_text(const LanguageData& data, const std::string& key,
                           const std::map<std::string, std::string>& fields = {});

/// Load (once) and return the data of `directory`. Throws Error(DataFile)
/// naming the file and line of anything malformed.
std::shared_ptr<const LanguageData> load_language_data(const std::filesystem::path& directory);

/// One line of a data file, split at tabs.
struct DataLine {
  std::size_t number;  ///< 1-based line number in the file
  std::vector<std::string> fields;
};

/// The lines of a tab-separated data file, without comments (#…), blank
/// lines and (when `has_header`) the first line. Throws Error(DataFile).
std::vector<DataLine> read_data_file(const std::filesystem::path& file, bool has_header);

/// Throws Error(DataFile) when `file` exists but is no regular file: a FIFO
/// would make reading wait for ever, a device never end.
void require_regular_file(const std::filesystem::path& file);

/// Throw Error(DataFile) for a malformed line of a data file. `what` is
/// already in the language of messages: translate() or fill_message(translate()).
[[noreturn]] void malformed(const std::filesystem::path& file, std::size_t line, const std::string& what);

/// Split a line at tabs.
std::vector<std::string> split_tabs(const std::string& line);

}  // namespace aksesibel::data
