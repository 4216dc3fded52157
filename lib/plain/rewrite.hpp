// Rewriting the words of one sentence (rules "plain-word", "explain-word",
// "abbreviation", "date", "relative-day", "number-reading" of
// docs/plain-language.md). Sentences are not cut here (split.hpp does that).
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "aksesibel/plain.hpp"
#include "plain/plain_data.hpp"

namespace aksesibel::plain {

class Rewriter {
 public:
  Rewriter(const PlainData& data, const Metadata& metadata, std::vector<PlainChange>& changes);

  /// The source sentence and line the next changes belong to.
  void at(std::size_t sentence, std::size_t line) { sentence_ = sentence, line_ = line; }

  /// A block of the source begins: when it opens with a full date (a news
  /// item's date on a page of several, "Selasa, 21 April 2020 …"), "hari
  /// ini" and "kemarin" after it are counted from that date, not the page's.
  void block_starts(const Inlines& inlines);

  /// Rewrite a sentence in place. Returns the sentences to add after it
  /// (explanations of hard words at their first use). In a table cell
  /// (`cell`) nothing is added and large numbers get no reading.
  std::vector<Inlines> rewrite(Inlines& sentence, bool cell = false);

  /// Look at every large number of the body first: two different counts
  /// whose rounded readings would be the same ("54.997" and "54.758", both
  /// "sekitar 55 ribu") get none, as the reading would hide their difference.
  void plan_readings(const std::vector<Block>& blocks);

  /// Rewrite the headline: everyday words and short full forms only.
  void rewrite_title(Inlines& title);

  /// The hard words and abbreviations left in the text, with what they mean,
  /// sorted: the "Kata-kata sulit".
  std::vector<std::pair<std::string, std::string>> glossary() const;

  /// A date in full: "Kamis, 21 Januari 2021" (iso must be YYYY-MM-DD).
  std::string full_date(const std::string& iso) const;

 private:
  void words(Inline& text, bool& quoted, bool title, std::vector<Inlines>& extra);
  /// Rewrite `inlines` in place, inline by inline, with the rule of each kind.
  void walk(Inlines& inlines, bool& quoted, bool title, bool cell, std::vector<Inlines>& extra,
            const std::string& outer_prev, const std::string& outer_next);
  /// Where walk() is: the inlines, what is written so far, the index of the
  /// inline at hand (a rule that takes its neighbour too moves it on), and
  /// the sentence's state.
  struct Walk {
    Inlines& inlines;
    Inlines& out;
    std::size_t k;
    bool& quoted;
    bool title, cell;
    std::vector<Inlines>& extra;
    const std::string& outer_prev;  ///< the text before the link or emphasis this walk is inside
    const std::string& outer_next;  ///< the text after it
  };
  void text_inline(Walk& w);
  void relative_day(Walk& w, bool quoted_before);
  void abbreviation(Walk& w);
  bool degree_after_name(const Walk& w) const;
  bool explained_abbreviation(Walk& w);
  bool bracketed_abbreviation(Walk& w);
  std::string expansion_here(const Walk& w) const;
  void short_full_form(Walk& w);
  void long_full_form(Walk& w);
  void date(Walk& w);
  bool starts_range(const Walk& w) const;
  bool part_of_range_or_year(const Walk& w) const;
  void with_year(Inline& date);
  void in_full(const Walk& w, Inline& date);
  void number(Walk& w);
  void change(std::string rule, std::string before, std::string after);
  std::size_t counted_word_end(const std::string& text) const;
  const WordEntry* lexicon_entry(const std::string& words) const;
  std::string number_reading(double value) const;

  const PlainData& data_;
  const Metadata& metadata_;
  std::vector<PlainChange>& changes_;
  std::size_t sentence_ = 0, line_ = 0;
  bool sentence_start_ = true;  ///< no word of the sentence seen yet
  bool in_link_ = false;        ///< inside a link: its words and numbers stay as written
  std::string context_date_;    ///< the date "hari ini" means here (ISO), "" if unknown
  std::set<std::string> explained_;         ///< explain terms already explained (lower case)
  std::set<std::string> explanations_;      ///< explanations already given
  std::set<std::string> abbreviations_seen_;
  std::set<std::string> hiding_readings_;  ///< readings two different counts would share
  std::map<std::string, std::pair<std::string, std::string>> glossary_;  ///< lower-case key → (term, meaning)
};

}  // namespace aksesibel::plain
