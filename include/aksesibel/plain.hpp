// aksesibel — plain language (bahasa sederhana): simplify, explain, measure.
//
// simplify() turns a Document into a new Document written in plain Indonesian
// (short sentences, everyday words, abbreviations written out, numbers and
// dates read out in full, a "Ringkasan" first and a "Kata-kata sulit" glossary
// last) and records every change it made. It never changes a fact: numbers,
// percentages, dates and times are carried over as the same inlines, with the
// same values. The rules and their sources are in docs/plain-language.md.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "aksesibel/document.hpp"

namespace aksesibel {

/// Readability measures of a text (docs/plain-language.md gives the formulas).
/// Thread safety: every function of this header may run in several threads at once.
struct Readability {
  std::size_t sentences = 0;        ///< sentences (a list item counts as one)
  std::size_t words = 0;            ///< words (a number counts as one word)
  std::size_t syllables = 0;        ///< syllables of the words, by vowel nuclei
  double words_per_sentence = 0;    ///< mean
  std::size_t longest_sentence = 0; ///< words of the longest sentence
  double syllables_per_word = 0;    ///< mean
  double long_words = 0;            ///< share (0–1) of words with 4 or more syllables
  double uncommon_words = 0;        ///< share (0–1) of words outside data/common-words-id.txt
  double reading_ease = 0;          ///< Flesch reading ease with the Indonesian 0.6 syllable factor (higher is easier)
  double grade_level = 0;           ///< Flesch–Kincaid grade with the same 0.6 factor (lower is easier)

  bool operator==(const Readability&) const = default;
};

/// One change made by simplify(), for the report.
struct PlainChange {
  std::string rule;        ///< the rule's name ("split-sentence", "plain-word", "abbreviation", …; docs/plain-language.md)
  std::string before;      ///< the text before the change
  std::string after;       ///< the text after it
  std::size_t sentence = 0;///< 1-based number of the source sentence it belongs to (0: the whole document)
  std::size_t line = 0;    ///< 1-based source line of the block (0: unknown)

  bool operator==(const PlainChange&) const = default;
};

/// Where a sentence of the source went: the 1-based numbers of the output
/// sentences made from it (never empty for a sentence of the article body).
struct SentenceMap {
  std::size_t sentence = 0;           ///< 1-based number of the source sentence
  std::string text;                   ///< the source sentence
  std::vector<std::size_t> outputs;   ///< 1-based numbers of the output sentences

  bool operator==(const SentenceMap&) const = default;
};

/// Options of simplify(); the defaults are those of the CLI.
struct PlainOptions {
  std::string data_dir;       ///< folder of data/plain-id.tsv and the other data files when simplify() is called alone ("" = default lookup; convert() uses ReadOptions::data_dir when empty)
  bool summary = true;        ///< put a "Ringkasan" of the key figures first
  bool glossary = true;       ///< end with "Kata-kata sulit"
  std::size_t split_over = 15;///< split sentences longer than this many words where a safe point exists
  /// A sentence of more words is kept whole (its words are still made plain):
  /// the rules that cut sentences take time that grows faster than the
  /// sentence (docs/security.md). The change "not-split" records it.
  std::size_t max_sentence_words = 400;
};

/// The result of simplify().
struct Simplification {
  Document document;                  ///< the plain-language document
  std::vector<PlainChange> changes;   ///< every change, in document order
  std::vector<SentenceMap> sentences; ///< every source sentence of the body and where it went
  Readability before;                 ///< measures of the source
  Readability after;                  ///< measures of the plain document
};

/// The plain-language version of a document. Throws Error(DataFile) when a
/// data file is missing or malformed; never changes the input.
Simplification simplify(const Document& doc, const PlainOptions& options = {});

/// Readability measures of a document's body (headings, paragraphs, list
/// items, table rows; not the headline). `data_dir` as in PlainOptions.
Readability measure(const Document& doc, const std::string& data_dir = {});

/// Syllables of one word, by vowel nuclei: every vowel is a nucleus, except
/// that ai, au, ei and oi ending a word count once (pandai, pulau); a word in
/// capitals (an abbreviation read letter by letter) and a numeral count one
/// per letter or digit, as the Fry procedure counts symbols.
std::size_t syllables(std::string_view word);

/// One input's entry in a report.
struct PlainReportEntry {
  std::string input;           ///< the input's name
  Simplification result;       ///< the simplification, when the input was converted (empty otherwise)
  std::string error;           ///< why it was not ("" when it was)
  /// What an editor should check although conversion succeeded: figures the
  /// bulletin gives twice with different values, numbers that read two ways…
  std::vector<Warning> warnings;
};

/// The --report file: JSON with one entry per input (measures before and
/// after, sentence map, changes). docs/plain-language.md describes it.
std::string render_plain_report(const std::vector<PlainReportEntry>& entries);

}  // namespace aksesibel
