// The pieces of a document the fact layer reads (internal to lib/facts):
// the headline, every paragraph, heading and list item, every row of a
// label/figure table, each as tokens (words, numbers, dates) with sentence
// boundaries and the punctuation between them.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "aksesibel/document.hpp"
#include "data/fact_data.hpp"

namespace aksesibel::facts {

struct Token {
  enum class Type { Word, Number, Date };
  Type type = Type::Word;
  std::string lower;           ///< Word: lower case
  std::size_t begin = 0, end = 0;  ///< byte offsets in Unit::text
  bool capital = false;
  bool hyphen_before = false;
  const Inline* inline_ = nullptr;  ///< Number (digits) and Date
  double value = 0;            ///< Number: its value (a number word's too)
  std::string unit;            ///< Number: "", "%" or "IDR"
  bool ambiguous = false;      ///< Number: its spelling may mean another value ("178,883")
  std::size_t sentence = 0;    ///< index of its sentence in the unit
};

struct Unit {
  enum class Kind { Title, Text, Row };
  Kind kind = Kind::Text;
  std::string text;             ///< the plain text
  std::vector<Token> tokens;
  std::size_t line = 0;         ///< the block's source line (0: the headline)
  std::size_t block = 0;        ///< index of the top-level block it belongs to
  bool quoted = false;          ///< inside a Quote block
  std::size_t label_end = 0;    ///< Row: tokens before this index are the label cell
  /// The punctuation (and spaces) between token i-1 and token i.
  std::string gap_before(std::size_t i) const;
  /// any_phrase_at()'s answers for this unit, per phrase list (keyed by the
  /// list) and token, filled as asked: the fact reader asks the
  /// same question of the same words many times.
  mutable std::unordered_map<const data::PhraseList*, std::vector<const data::Phrase*>> phrase_answers;
};

/// Forgets a unit's phrase answers at the end of a scope: a loop over the
/// units keeps them for the unit it works on, not for the whole document
/// (a pointer per token and phrase list: 40 MB for an 8 MiB bulletin).
struct PhraseAnswersScope {
  const Unit& unit;
  ~PhraseAnswersScope() { std::unordered_map<const data::PhraseList*, std::vector<const data::Phrase*>>().swap(unit.phrase_answers); }
};

/// The units of a document, in reading order: the headline (unless it is a
/// stand-in for a missing one), then the blocks; a table's caption is a unit
/// of its own, before its rows.
std::vector<Unit> document_units(const Document& doc, const data::FactWords& words,
                                 const std::vector<std::string>& no_break_after);

/// Whether the words of `phrase` stand at token `i` (words only).
bool phrase_at(const Unit& u, std::size_t i, const data::Phrase& p);
/// The first phrase of `list` standing at token `i`, or nullptr.
const data::Phrase* any_phrase_at(const Unit& u, std::size_t i, const data::PhraseList& list);

}  // namespace aksesibel::facts
