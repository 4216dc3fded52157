#include "read/limits.hpp"

#include "aksesibel/messages.hpp"

#include "plain_text.hpp"
#include "text/utf8.hpp"

namespace aksesibel::readers {

namespace {

// Marks a message for the catalogue (po/): translated where it is used.
#define N_(english) english

[[noreturn]] void refuse(const std::string& what, std::size_t limit, const char* option, std::size_t line,
                         std::optional<std::size_t> offset, const std::string& source_name) {
  throw Error(ErrorCode::InputTooLarge,
              fill_message(translate("{0}{1}{2} is longer than {3}; this does not look like a bulletin's text (raise the "
                                     "limit with the option {4} only if it is one)"),
                           {translate(what.c_str()), (line ? fill_message(translate(" at line {0}"), {std::to_string(line)}) : std::string()),
                            offset ? fill_message(translate(", byte offset {0}"), {std::to_string(*offset)}) : std::string(),
                            std::to_string(limit), option}),
              {source_name, line, offset});
}

// One pass over `text` counting the current line's, word's and number's
// lengths. Lines are checked only when `lines` is set (a page's markup has
// lines of any length). `first_line` is the line `text` begins on.
void scan(std::string_view text, const ReadLimits& limits, const std::string& source_name, bool lines,
          std::size_t first_line, bool exact_offsets) {
  std::size_t line = first_line, line_chars = 0, word_chars = 0, digits = 0;
  std::size_t line_start = 0, word_start = 0, number_start = 0;
  bool separator_pending = false;  // a '.' or ',' right after a digit: the number may go on
  auto where = [&](std::size_t at) { return exact_offsets ? std::optional<std::size_t>(at) : std::nullopt; };
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t at = i;
    const char32_t cp = text::next_code_point(text, i);
    if (cp == '\n') {
      ++line;
      line_chars = word_chars = digits = 0;
      separator_pending = false;
      line_start = i;
      continue;
    }
    if (lines && ++line_chars > limits.max_line_length)
      refuse(N_("a line of more characters"), limits.max_line_length, "max-line-length", line, where(line_start),
             source_name);
    if (cp == ' ' || cp == '\t' || cp == 0xA0 || cp == 0x2009 || cp == 0x202F) {
      word_chars = digits = 0;
      separator_pending = false;
      continue;
    }
    if (word_chars++ == 0) word_start = at;
    if (word_chars > limits.max_word_length)
      refuse(N_("a word of more characters"), limits.max_word_length, "max-word-length", line, where(word_start),
             source_name);
    if (cp >= '0' && cp <= '9') {
      if (digits == 0 && !separator_pending) number_start = at;
      separator_pending = false;
      if (++digits > limits.max_number_length)
        refuse(N_("a number of more digits"), limits.max_number_length, "max-number-length", line, where(number_start),
               source_name);
    } else if ((cp == '.' || cp == ',') && digits > 0 && !separator_pending) {
      separator_pending = true;
    } else {
      digits = 0;
      separator_pending = false;
    }
  }
}

void check_inlines(const Inlines& inlines, std::size_t line, const ReadLimits& limits, const std::string& source_name) {
  std::string text;
  append_plain_text(inlines, text, false);
  scan(text, limits, source_name, false, line, false);
}

void check_blocks(const std::vector<Block>& blocks, const ReadLimits& limits, const std::string& source_name) {
  for (const Block& b : blocks) {
    check_inlines(b.inlines, b.line, limits, source_name);
    for (const auto& item : b.items) check_blocks(item, limits, source_name);
    check_blocks(b.children, limits, source_name);
    for (const auto& cell : b.header) check_inlines(cell, b.line, limits, source_name);
    for (const auto& row : b.rows)
      for (const auto& cell : row) check_inlines(cell, b.line, limits, source_name);
  }
}

}  // namespace

void check_text_limits(std::string_view text, const ReadLimits& limits, const std::string& source_name) {
  // Offsets here are of the decoded text (no BOM, LF line ends), not always
  // of the file's bytes: the line alone locates.
  scan(text, limits, source_name, true, 1, false);
}

void check_document_limits(const Document& doc, const ReadLimits& limits, const std::string& source_name) {
  check_inlines(doc.metadata.title, 0, limits, source_name);
  check_blocks(doc.blocks, limits, source_name);
}

}  // namespace aksesibel::readers
