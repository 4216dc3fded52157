#include "braille/layout.hpp"

#include <algorithm>
#include <optional>

#include "braille/hyphenate.hpp"
#include "text/utf8.hpp"

namespace aksesibel::braille {

namespace {

struct Word {
  std::size_t begin, end;  // cells [begin, end) of the run
};

std::vector<Word> words_of(const Run& run) {
  std::vector<Word> words;
  std::size_t i = 0;
  while (i < run.cells.size()) {
    while (i < run.cells.size() && run.cells[i] == kBlank) ++i;
    const std::size_t b = i;
    while (i < run.cells.size() && run.cells[i] != kBlank) ++i;
    if (i > b) words.push_back({b, i});
  }
  return words;
}

// The print text behind cells [b, e) of a run.
std::string print_of(const Run& run, std::size_t b, std::size_t e) {
  long lo = -1, hi = -1;
  for (std::size_t i = b; i < e && i < run.src.size(); ++i) {
    if (run.src[i] < 0) continue;
    if (lo < 0 || run.src[i] < lo) lo = run.src[i];
    if (run.src[i] > hi) hi = run.src[i];
  }
  if (lo < 0) return {};
  // Extend to the end of the last character (and of its UTF-8 sequence).
  std::size_t end = static_cast<std::size_t>(hi);
  if (end < run.print.size()) text::next_code_point(run.print, end);
  return std::string(text::trim(run.print.substr(static_cast<std::size_t>(lo), end - static_cast<std::size_t>(lo))));
}

bool is_number_word(const Run& run, const Word& w) { return run.cells[w.begin] == U'\u283C'; }

// The print byte behind cell i, or 0.
char print_at(const Run& run, std::size_t i) {
  return i < run.src.size() && run.src[i] >= 0 && static_cast<std::size_t>(run.src[i]) < run.print.size()
             ? run.print[static_cast<std::size_t>(run.src[i])]
             : 0;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A break before cell i would part two digits of one number ("1.234", "19,5").
bool inside_number(const Run& run, std::size_t i) {
  if (i == 0 || i >= run.cells.size()) return false;
  const char a = print_at(run, i - 1), b = print_at(run, i);
  if (run.src[i - 1] == run.src[i]) return is_digit(a);  // cells of one print character
  if (is_digit(a) && is_digit(b)) return true;
  // A separator between digits: "1.|234" or "1|.234".
  auto digit_around = [&](long at) {
    return at >= 0 && static_cast<std::size_t>(at) < run.print.size() && is_digit(run.print[static_cast<std::size_t>(at)]);
  };
  if ((b == '.' || b == ',') && is_digit(a)) return digit_around(run.src[i] + 1);
  if ((a == '.' || a == ',') && is_digit(b)) return digit_around(run.src[i - 1] - 1);
  return false;
}

// A web or e-mail address: "https://…", "www.…", "nama@situs.go.id".
bool is_address(const std::string& word) {
  if (word.find("://") != std::string::npos || word.rfind("www.", 0) == 0) return true;
  const std::size_t at = word.find('@');
  if (at != std::string::npos && at > 0 && word.find('.', at) != std::string::npos) return true;
  // A bare domain: "covid19.go.id", "corona.sultengprov.go.id/data".
  std::string host = word.substr(0, word.find('/'));
  while (!host.empty() && std::ispunct(static_cast<unsigned char>(host.back()))) host.pop_back();
  for (const char* tld : {".id", ".com", ".org", ".net", ".info"}) {
    const std::string t(tld);
    if (host.size() > t.size() + 1 && host.compare(host.size() - t.size(), t.size(), t) == 0 &&
        std::all_of(host.begin(), host.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-'; }))
      return true;
  }
  return false;
}

struct Break {
  std::size_t end;           // the first cell of the rest
  char32_t mark = kHyphen;   // written at the end of the line (0: none)
  bool number = false;       // inside a number: the rest opens with 3-6 too (N8)
  bool clean = true;         // at a syllable, a sign or between words of an address; false: a last resort
};

bool is_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// Signs that must not open a line: the closing half of punctuation.
bool closes(char c) {
  return c == ')' || c == ']' || c == '}' || c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' ||
         c == '"' || c == '\'' || c == '%';
}

// A break before cell i that reads well: after a letter or digit (a hyphen is
// added), or after a print hyphen or slash (nothing is added); never after an
// opening sign ("(", "+") nor before a closing one, never inside a number,
// nor inside the cells of one print character.
bool clean_break(const Run& run, std::size_t i) {
  const char a = print_at(run, i - 1), b = print_at(run, i);
  if (run.src[i] == run.src[i - 1] || inside_number(run, i) || closes(b)) return false;
  // A minus sign stays with its number: "(-1.234" is not parted after "-".
  if (a == '-' && is_digit(b) && (i < 2 || !std::isalpha(static_cast<unsigned char>(print_at(run, i - 2))))) return false;
  return is_alnum(a) || a == '-' || a == '/';
}

char32_t mark_after(const Run& run, std::size_t i) {
  const char a = print_at(run, i - 1);
  return a == '-' || a == '/' ? 0 : kHyphen;
}

// A number longer than the line (N8): between two digits at or before
// `limit`, so that no line ends or starts with a separator.
Break number_break(const Run& run, const Word& w, std::size_t limit) {
  for (std::size_t i = limit; i > w.begin + 1; --i)
    if (is_digit(print_at(run, i - 1)) && is_digit(print_at(run, i)) && run.src[i] != run.src[i - 1])
      return {i, kHyphen, true, false};
  return {limit, kHyphen, inside_number(run, limit), false};
}

// What break_point() needs of a word longer than a line, found once for the
// word rather than again for each of its lines (a word of thousands of
// letters would otherwise cost time cubic in its length).
struct LongWord {
  bool address = false;        // is_address() of the whole print word
  std::vector<long> first_src;  // per cell of the word: the first print offset at or after it (-1: none)
  std::vector<long> max_src;    // per cell of the word: the largest print offset from it to the word's end
};

LongWord long_word(const Run& run, const Word& whole) {
  LongWord lw;
  lw.address = is_address(print_of(run, whole.begin, whole.end));
  const std::size_t n = whole.end - whole.begin;
  lw.first_src.assign(n + 1, -1);
  lw.max_src.assign(n + 1, -1);
  for (std::size_t k = n; k-- > 0;) {
    const long src = run.src[whole.begin + k];
    lw.first_src[k] = src >= 0 ? src : lw.first_src[k + 1];
    lw.max_src[k] = std::max(src, lw.max_src[k + 1]);
  }
  return lw;
}

// Per byte of a run's print, for finding a word's letters in constant time:
// the next ASCII letter at or after a byte, the end of the last letter at or
// before it, and how many bytes before it are not letters.
struct Letters {
  std::vector<std::size_t> next, last_end, others;
  explicit Letters(const std::string& print) : next(print.size() + 1), last_end(print.size() + 1), others(print.size() + 1) {
    const std::size_t n = print.size();
    next[n] = n;
    for (std::size_t b = n; b-- > 0;) next[b] = std::isalpha(static_cast<unsigned char>(print[b])) ? b : next[b + 1];
    last_end[0] = 0;
    others[0] = 0;
    for (std::size_t b = 0; b < n; ++b) {
      const bool letter = std::isalpha(static_cast<unsigned char>(print[b])) != 0;
      last_end[b + 1] = letter ? b + 1 : last_end[b];
      others[b + 1] = others[b] + (letter ? 0 : 1);
    }
  }
};

// Where to break cells [w.begin, w.end) so that the first part plus its mark
// fits in `room` cells. A web or e-mail address breaks after "/", "." or "-"
// with the continuation sign (dot 5, UEB 10.13); other words at the last
// syllable boundary that fits, else at the last clean point (clean_break);
// a number is parted only when it is itself longer than the line (N8).
// `w` is what is left of the word `whole`, described by `lw`; the time taken
// grows with `room`, not with the length of the word.
Break break_point(const Run& run, const Word& w, const Word& whole, int room, const LongWord& lw, const Letters& letters) {
  const std::size_t limit = std::min(w.end - 1, w.begin + static_cast<std::size_t>(std::max(1, room - 1)));
  // The print word, and its letters' offsets.
  const long lo = lw.first_src[w.begin - whole.begin];
  const long hi = lw.max_src[w.begin - whole.begin];
  if (lo >= 0 && lw.address) {
    for (std::size_t i = limit; i > w.begin; --i) {
      const char a = print_at(run, i - 1);
      if ((a == '/' || a == '.' || a == '-') && run.src[i] != run.src[i - 1] && !inside_number(run, i))
        return {i, kContinuation};
    }
    for (std::size_t i = limit; i > w.begin + 1; --i)
      if (!inside_number(run, i) && run.src[i] != run.src[i - 1]) return {i, kContinuation};
    return number_break(run, w, limit);
  }
  if (lo >= 0 && is_number_word(run, w) && w.end - w.begin > 1) {
    // A word that starts with a number: keep the number whole if a clean point follows it.
    for (std::size_t i = limit; i > w.begin + 1; --i)
      if (clean_break(run, i) && !is_digit(print_at(run, i - 1))) return {i, mark_after(run, i)};
    return number_break(run, w, limit);
  }
  if (lo >= 0) {
    // The alphabetic core of the print word (punctuation around it is not part of a syllable).
    std::size_t s = static_cast<std::size_t>(lo), e = static_cast<std::size_t>(hi) + 1;
    s = std::min(e, letters.next[s]);
    e = std::max(s, letters.last_end[e]);
    // Only boundaries before the print of cell `limit` can be used: the
    // syllables of the first letters of the core are enough (syllable_breaks_in_head).
    long reach = -1;
    for (std::size_t i = w.begin + 1; i <= limit && i < w.end; ++i) reach = std::max(reach, run.src[i]);
    std::vector<std::size_t> offsets;
    const std::size_t upto = reach > static_cast<long>(s) ? static_cast<std::size_t>(reach) - s : 0;
    const bool all_letters = letters.others[e] == letters.others[s];
    if (!all_letters) {
      // syllable_breaks() has none for it.
    } else if (e - s > upto + kSyllableReach) {
      offsets = syllable_breaks_in_head(std::string_view(run.print).substr(s, upto + kSyllableReach));
    } else {
      offsets = syllable_breaks(std::string_view(run.print).substr(s, e - s));
    }
    std::size_t best = 0;
    // The first cell that belongs to print at or after each boundary; the
    // boundaries ascend, and so does that cell.
    std::size_t i = w.begin + 1;
    for (std::size_t off : offsets) {
      const long at = static_cast<long>(s + off);
      while (i < w.end && run.src[i] < at) ++i;
      if (i >= w.end || i > limit) break;
      if (i - w.begin >= 2 && w.end - i >= 2 && clean_break(run, i)) best = std::max(best, i);
    }
    if (best) return {best};
  }
  // No syllable: the last clean point; else part a number the N8 way; else anywhere.
  for (std::size_t i = limit; i > w.begin + 1; --i)
    if (clean_break(run, i)) return {i, mark_after(run, i)};
  if (inside_number(run, limit)) return number_break(run, w, limit);
  return {limit, kHyphen, false, false};
}

}  // namespace

std::vector<BrailleLine> wrap(const Run& run, int width, int first_indent, int runover_indent, bool center) {
  // However deep the nesting, a line keeps room for a few cells of text.
  const int max_indent = std::max(0, width - 8);
  first_indent = std::min(first_indent, max_indent);
  runover_indent = std::min(runover_indent, max_indent);
  std::vector<BrailleLine> lines;
  std::u32string cur;
  std::vector<std::pair<std::size_t, std::size_t>> spans;  // cell ranges of the run on this line
  int indent = first_indent;
  auto finish = [&] {
    if (cur.empty() && spans.empty()) return;
    BrailleLine l;
    int pad = indent;
    if (center) pad = std::max(0, (width - static_cast<int>(cur.size())) / 2);
    l.cells = std::u32string(static_cast<std::size_t>(pad), kBlank) + cur;
    while (!l.cells.empty() && l.cells.back() == kBlank) l.cells.pop_back();
    if (!spans.empty()) l.print = print_of(run, spans.front().first, spans.back().second);
    lines.push_back(std::move(l));
    cur.clear();
    spans.clear();
    indent = runover_indent;
  };
  auto room = [&] { return width - (center ? 0 : indent) - static_cast<int>(cur.size()); };

  std::vector<Word> words = words_of(run);
  std::u32string carry_prefix;  // 3-6 that opens the rest of a broken number
  std::optional<LongWord> long_word_info;  // of the word being broken
  std::size_t long_word_of = 0;
  std::optional<Letters> letters;  // of the run's print, once a word must be broken
  for (std::size_t k = 0; k < words.size(); ++k) {
    Word w = words[k];
    while (w.begin < w.end) {
      const int len = static_cast<int>(w.end - w.begin + carry_prefix.size());
      const int sep = cur.empty() ? 0 : 1;
      if (len + sep <= room()) {
        if (sep) cur += kBlank;
        cur += carry_prefix;
        cur += run.cells.substr(w.begin, w.end - w.begin);
        spans.emplace_back(w.begin, w.end);
        carry_prefix.clear();
        break;
      }
      const int full = width - (center ? 0 : runover_indent);
      if (!cur.empty() && len <= full) {
        finish();  // the word fits on a line of its own
        continue;
      }
      if (!cur.empty() && room() < 6) {
        finish();  // too little room to break a long word usefully
        continue;
      }
      // A word longer than a line: break it.
      Word head = w;
      const int space = room() - sep - static_cast<int>(carry_prefix.size());
      if (!long_word_info || long_word_of != k) {
        long_word_info = long_word(run, words[k]);
        long_word_of = k;
      }
      if (!letters) letters.emplace(run.print);
      const Break at = break_point(run, w, words[k], space, *long_word_info, *letters);
      if (!at.clean && !cur.empty()) {
        finish();  // a last-resort break only where the word starts a line
        continue;
      }
      head.end = std::max(at.end, head.begin + 1);
      if (sep) cur += kBlank;
      cur += carry_prefix;
      cur += run.cells.substr(head.begin, head.end - head.begin);
      if (at.mark) cur += at.mark;
      spans.emplace_back(head.begin, head.end);
      carry_prefix = at.number ? std::u32string(1, kHyphen) : std::u32string();
      w.begin = head.end;
      finish();
    }
  }
  finish();
  return lines;
}

void lay_out(std::vector<Unit>& units, const BrailleOptions& o) {
  for (Unit& unit : units)
    if (unit.formed.empty())
      unit.formed = wrap(unit.run, o.cells_per_line, unit.first_indent, unit.runover_indent, unit.center);
}

std::vector<BraillePage> paginate(const std::vector<Unit>& units, const BrailleOptions& o,
                                  const std::function<std::u32string(int)>& number_cells) {
  std::vector<BraillePage> pages;
  std::vector<BrailleLine> page;
  // One line is the page number's; in interpoint the verso pages have no number and use every line.
  auto numbered = [&](std::size_t number) { return !o.duplex || number % 2 == 1; };
  auto text_lines = [&] { return o.lines_per_page - (numbered(pages.size() + 1) ? 1 : 0); };
  auto new_page = [&] {
    pages.push_back({std::move(page), static_cast<int>(pages.size()) + 1, true});
    page.clear();
  };
  for (std::size_t u = 0; u < units.size(); ++u) {
    const Unit& unit = units[u];
    std::vector<BrailleLine> lines =
        unit.formed.empty() ? wrap(unit.run, o.cells_per_line, unit.first_indent, unit.runover_indent, unit.center)
                            : unit.formed;
    if (lines.empty()) continue;
    if (unit.blank_before && !page.empty()) {
      if (static_cast<int>(page.size()) + 1 >= text_lines()) new_page();
      else page.push_back({});
    }
    // Keep a heading (all its lines) together with the first line that follows.
    // (A table in columns that follows needs its header row and one row.)
    if (unit.keep_with_next) {
      const std::size_t next = u + 1 < units.size() ? std::min(units[u + 1].repeat_lines + 1,
                                                               std::max<std::size_t>(1, units[u + 1].formed.size()))
                                                    : 0;
      const int needed = static_cast<int>(lines.size() + next);
      if (!page.empty() && static_cast<int>(page.size()) + needed > text_lines() && needed <= text_lines()) new_page();
    }
    // A table in columns keeps its header row and at least one row together,
    // and a page it continues on starts with the header row again.
    const std::size_t repeat = unit.repeat_lines;
    if (repeat > 0 && lines.size() > repeat && !page.empty() &&
        static_cast<int>(page.size() + repeat + 1) > text_lines() && static_cast<int>(repeat + 1) <= text_lines())
      new_page();
    for (std::size_t k = 0; k < lines.size(); ++k) {
      if (static_cast<int>(page.size()) >= text_lines()) {
        new_page();
        if (k >= repeat && repeat > 0 && static_cast<int>(repeat) < text_lines() - 1)
          for (std::size_t h = 0; h < repeat; ++h) page.push_back(lines[h]);
      }
      page.push_back(lines[k]);
    }
    if (unit.page_break_after && !page.empty()) {
      new_page();
      // In interpoint what follows starts on a recto page, as a book's text does.
      if (o.duplex && pages.size() % 2 == 1) new_page();
    }
  }
  while (!page.empty() && page.back().cells.empty()) page.pop_back();
  if (!page.empty() || pages.empty()) new_page();

  // Page numbers: right-aligned on the reserved line; in interpoint on recto pages only.
  for (BraillePage& p : pages) {
    while (!p.lines.empty() && p.lines.back().cells.empty()) p.lines.pop_back();
    p.numbered = numbered(static_cast<std::size_t>(p.number));
    BrailleLine number;
    if (p.numbered) {
      const std::u32string n = number_cells(p.number);
      number.cells = std::u32string(static_cast<std::size_t>(o.cells_per_line) - n.size(), kBlank) + n;
      number.print = std::to_string(p.number);
    }
    if (o.page_numbers == BrailleOptions::PageNumbers::Top) {
      if (p.numbered) p.lines.insert(p.lines.begin(), number);
    } else if (p.numbered) {
      p.lines.resize(static_cast<std::size_t>(o.lines_per_page) - 1);
      p.lines.push_back(number);
    }
  }
  return pages;
}

}  // namespace aksesibel::braille
