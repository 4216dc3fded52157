// Operations on inline sequences of the Document, shared by the readers, the
// plain-language rewriter and the renderers. Only Text inlines are ever cut
// or changed; numbers, dates, times and abbreviations move whole, so their
// values cannot change.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "aksesibel/document.hpp"

namespace aksesibel::model {

/// Length in bytes of the plain text of one inline (as plain_text() prints it).
std::size_t text_length(const Inline& i);

/// Cut `inlines` at byte `offset` of their plain text. A cut that falls inside
/// a non-Text inline moves to its end.
std::pair<Inlines, Inlines> cut(const Inlines& inlines, std::size_t offset);

/// Merge neighbouring Text inlines and drop empty ones.
void tidy(Inlines& inlines);

/// Remove white space at the ends: at the start also , and ; at the end
/// also any character of `also`.
void trim_start(Inlines& inlines);
void trim_end(Inlines& inlines, std::string_view also = "");

/// Upper-case the first letter, if the inlines start with a lower-case ASCII
/// letter in a Text inline.
void capitalise(Inlines& inlines);

/// Whether the plain text ends with a sentence end (. ! ? or one followed by
/// a closing quote or bracket).
bool ends_sentence(const Inlines& inlines);

/// Whether the plain text ends with a colon (it introduces what follows).
bool ends_with_colon(const Inlines& inlines);

/// End the inlines with a full stop (after any closing quote), unless they end a sentence already.
void add_full_stop(Inlines& inlines);

/// The words of the plain text (owned copies).
std::vector<std::string> words_in(const Inlines& inlines);

/// Number of words of the plain text (text::word_count).
std::size_t word_count(const Inlines& inlines);

/// Byte offsets (in the plain text) of the starts of whole-word occurrences of
/// the lower-case words `phrase` inside top-level Text inlines.
std::vector<std::size_t> find_phrase(const Inlines& inlines, const std::vector<std::string>& phrase);

/// The byte offset just after the phrase found at `at` (same matching rules).
std::size_t phrase_end(const Inlines& inlines, std::size_t at, const std::vector<std::string>& phrase);

/// The sentences of `inlines` (text::sentences, with no break after any of
/// `no_break_after`), each trimmed; a non-Text inline is never cut, so a
/// sentence end inside a link or an emphasis falls after it.
std::vector<Inlines> sentences(const Inlines& inlines, const std::vector<std::string>& no_break_after);

/// Whether an abbreviation's `expansion` is already given around it, in the
/// plain text `before` it (in the same block) or `after` it: "Pusat Data dan
/// Informasi (Pusdatina)", "Pusdatina (Pusat Data …)", or straight after an
/// opening bracket that follows the source's own wording of it. A variant
/// that writes abbreviations out at first use then leaves it as it is.
bool expansion_around(std::string_view before, std::string_view after, std::string_view expansion);

/// Whether the byte at `offset` of the plain text lies inside quotation marks
/// (“…” or "…") opened earlier in the same inlines.
bool inside_quotes(std::string_view text, std::size_t offset);

/// Copy the capitalisation of `model`'s first letter onto `s`.
std::string match_case(std::string s, std::string_view model);

/// Remove the first `bytes` bytes of the text of `inlines` (as plain_text()
/// counts them), dropping inlines left empty; what is left of a cut inline
/// is plain text.
void drop_prefix(Inlines& inlines, std::size_t bytes);

}  // namespace aksesibel::model
