// Document → translated units → pages, with the fidelity check.
#include <liblouis/liblouis.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>
#include <set>
#include <tuple>

#include "aksesibel/messages.hpp"
#include "aksesibel/braille.hpp"
#include "braille/characters.hpp"
#include "braille/layout.hpp"
#include "braille/louis.hpp"
#include "braille/numbers.hpp"
#include "braille/signs_page.hpp"
#include "data/data_dir.hpp"
#include "model/lists.hpp"
#include "model/summary.hpp"
#include "model/table.hpp"
#include "data/language_data.hpp"
#include "recognise/recognise.hpp"
#include "text/utf8.hpp"

namespace aksesibel {

namespace braille {
namespace {

// Whether the Indonesian spelling of a number ("1,2 juta", "87,81%") writes
// `value`, up to a scale word (ribu, juta, miliar, triliun). A number in
// words has no digits to check.
bool writes_value(const std::string& spelled, double value) {
  const std::vector<ReadNumber> numbers = numbers_in_print(spelled);
  if (numbers.empty()) return true;  // in words ("empat"): the words are written
  if (numbers.size() != 1) return false;
  const double written = std::stod(numbers[0].whole + (numbers[0].decimals.empty() ? "" : "." + numbers[0].decimals));
  for (double scale : {1.0, 1e3, 1e6, 1e9, 1e12})
    if (std::fabs(written * scale - value) <= 1e-6 * std::max(1.0, std::fabs(value))) return true;
  return false;
}

// Print text of inlines and, per byte, the liblouis typeform: emphasis is
// italic (tanda kursif). Strong has no Indonesian braille indicator and is
// not marked (docs/braille-id.md). Numbers are written as their recognised
// value reads in Indonesian (reader_text); one whose Indonesian spelling
// does not give that value is put in `unfaithful`.
void flatten(const Inlines& inlines, std::string& print, std::vector<unsigned short>& forms, unsigned short form,
             std::vector<std::string>& unfaithful) {
  for (const Inline& i : inlines) {
    switch (i.kind) {
      case Inline::Kind::Emphasis: flatten(i.children, print, forms, form | italic, unfaithful); break;
      case Inline::Kind::Strong:
      case Inline::Kind::Link: flatten(i.children, print, forms, form, unfaithful); break;
      case Inline::Kind::LineBreak:
        print += ' ';
        forms.push_back(form);
        break;
      case Inline::Kind::Number: {
        const std::string spelled = reader_text(i);
        if (!writes_value(spelled, i.value)) unfaithful.push_back(i.text + " (read as " + spelled + ")");
        print += spelled;
        forms.resize(print.size(), form);
        break;
      }
      default:
        print += i.text;
        forms.resize(print.size(), form);
    }
  }
}

class Builder {
 public:
  Builder(const Document& doc, const BrailleOptions& o, std::string table, const std::map<char32_t, std::string>& symbols)
      : doc_(doc), o_(o), table_(std::move(table)), symbols_(symbols) {}

  Run run(const std::string& print, const std::vector<unsigned short>& forms, std::size_t line) {
    Prepared p = prepare_for_table(print, forms, table_, symbols_, warnings_, {doc_.metadata.source_name, line, std::nullopt});
    for (char32_t c : p.text) used_.insert(c);
    Translation t = translate(table_, p.text, p.typeform);
    Run r;
    r.cells = std::move(t.cells);
    r.print = print;
    r.line = line;
    for (int pos : t.input_pos)
      r.src.push_back(pos >= 0 && static_cast<std::size_t>(pos) < p.origin.size() ? static_cast<long>(p.origin[pos]) : -1);
    runs_.push_back(r);
    return r;
  }

  Run run(const Inlines& inlines, std::size_t line) {
    std::string print;
    std::vector<unsigned short> forms;
    flatten(inlines, print, forms, 0, line);
    // Not collapsed: `forms` are per byte of `print` (runs of blank cells are one gap to the layout).
    return run(print, forms, line);
  }

  void add(Unit u) { units_.push_back(std::move(u)); }

  // flatten(), with a number whose spelling lost its value reported.
  void flatten(const Inlines& inlines, std::string& print, std::vector<unsigned short>& forms, unsigned short form,
               std::size_t line) {
    std::vector<std::string> unfaithful;
    braille::flatten(inlines, print, forms, form, unfaithful);
    if (!unfaithful.empty())
      throw Error(ErrorCode::BrailleFidelity,
                  fill_message(aksesibel::translate("the braille would not keep the value of the number {0}; nothing was written "
                                         "for this input. This is a fault of aksesibel: please report it"),
                               {unfaithful.front()}),
                  {doc_.metadata.source_name, line, std::nullopt});
  }

  void front_matter() {
    const Metadata& m = doc_.metadata;
    if (!m.title_inferred && !m.title.empty()) add(centered(run(m.title, 0)));
    if (!m.dateline.empty()) {
      Unit u;
      u.run = run(m.dateline, {}, 0);
      add(u);
    }
    if (!units_.empty()) first_after_title_ = units_.size();
  }

  void blocks(const std::vector<Block>& blocks, int indent) {
    for (const Block& b : blocks) block(b, indent);
  }

  // The "Tanda khusus" page: each listed sign the braille so far uses, with
  // its meaning, then a new page. Nothing when no listed sign is used.
  // `continued`: an address is broken over lines with the continuation sign.
  std::vector<Unit> signs_page(const SignsPage& page, bool continued) {
    const std::set<char32_t> used = used_;
    std::vector<Unit> out;
    auto entry = [&](Run r) {
      if (out.empty()) {
        out.push_back(centered(run(page.heading, {}, 0)));
        out.back().keep_with_next = true;
      }
      Unit u;
      u.run = std::move(r);
      u.runover_indent = 2;
      u.blank_before = out.size() == 1;
      out.push_back(std::move(u));
    };
    for (const auto& [sign, meaning] : page.signs) {
      if (!used.count(sign)) continue;
      std::string print;
      text::append_utf8(print, sign);
      entry(run(print + " " + meaning, {}, 0));
    }
    if (continued) {
      Run r = run(page.continuation, {}, 0);
      r.cells = std::u32string{kContinuation, kBlank} + r.cells;
      r.src.insert(r.src.begin(), 2, -1);
      entry(std::move(r));
    }
    if (!out.empty()) out.back().page_break_after = true;
    return out;
  }

  std::vector<Unit> take_units() { return std::move(units_); }
  std::vector<Warning>& warnings() { return warnings_; }
  const std::vector<Run>& runs() const { return runs_; }
  const std::string& table() const { return table_; }

 private:
  Unit centered(Run r) {
    Unit u;
    u.run = std::move(r);
    u.center = true;
    return u;
  }

  // A heading or a table caption: a blank line before, kept with what follows.
  void heading(const Inlines& inlines, std::size_t line, int indent) {
    Unit u;
    u.run = run(inlines, line);
    u.first_indent = u.runover_indent = indent;
    u.keep_with_next = true;
    u.blank_before = true;
    add(std::move(u));
  }

  bool block_style() const { return o_.paragraph_style == BrailleOptions::ParagraphStyle::Block; }

  void block(const Block& b, int indent) {
    switch (b.kind) {
      case Block::Kind::Heading: heading(b.inlines, b.line, indent); break;
      case Block::Kind::Paragraph:
      case Block::Kind::Note: {
        Unit u;
        u.run = run(b.inlines, b.line);
        u.first_indent = indent + (block_style() ? 0 : 2);
        u.runover_indent = indent;
        u.blank_before = block_style() || units_.size() == first_after_title_;
        add(std::move(u));
        break;
      }
      case Block::Kind::Quote: blocks(b.children, indent + 2); break;
      case Block::Kind::List: list(b, indent); break;
      case Block::Kind::Table: table(b, indent); break;
    }
  }

  // Hanging indent: the item at the margin, its runover lines two cells in.
  void list(const Block& b, int indent) {
    const std::vector<std::string> markers = model::list_markers(b, "-");
    for (std::size_t n = 0; n < b.items.size(); ++n) {
      const auto& item = b.items[n];
      const std::string marker = markers[n] + " ";
      bool first = true;
      for (const Block& ib : item) {
        if (first && (ib.kind == Block::Kind::Paragraph || ib.kind == Block::Kind::Heading)) {
          std::string print = marker;
          std::vector<unsigned short> forms(marker.size(), 0);
          flatten(ib.inlines, print, forms, 0, ib.line);
          Unit u;
          u.run = run(print, forms, ib.line);
          u.first_indent = indent;
          u.runover_indent = indent + 2;
          add(std::move(u));
        } else {
          block(ib, indent + 2);
        }
        first = false;
      }
    }
  }

  static std::string cell_text(const Block::Cell& c) { return text::collapse_spaces(reader_plain_text(c)); }

  // A table: in columns when every row fits the line, else one entry per row
  // ("Kota Palu: Kasus baru 75; Total 5.017").
  void table(const Block& t, int indent) {
    if (!t.inlines.empty()) heading(t.inlines, t.line, indent);  // the caption
    if (columns(t, indent)) return;
    for (const model::TableLine& line : model::table_lines(t)) {
      Unit u;
      u.run = run(model::table_line_text(line), {}, t.line);
      u.first_indent = indent;
      u.runover_indent = indent + 2;
      add(std::move(u));
    }
  }

  bool columns(const Block& t, int indent) {
    std::vector<std::vector<Run>> grid;
    if (!t.header.empty()) {
      grid.emplace_back();
      for (const auto& c : t.header) grid.back().push_back(run(cell_text(c), {}, t.line));
    }
    for (const auto& r : t.rows) {
      grid.emplace_back();
      for (const auto& c : r) grid.back().push_back(run(cell_text(c), {}, t.line));
    }
    std::vector<std::size_t> width;
    for (const auto& r : grid)
      for (std::size_t c = 0; c < r.size(); ++c) {
        if (width.size() <= c) width.push_back(0);
        width[c] = std::max(width[c], r[c].cells.size());
      }
    // Between columns: a blank, guide dots (dot 5, at least two) to the next
    // column, a blank (BANA Braille Formats 2016, 11.6); the header row has
    // blanks only. See docs/braille-layout.md, "Tables".
    constexpr std::size_t kGap = 4;
    std::size_t total = static_cast<std::size_t>(indent);
    for (std::size_t w : width) total += w + kGap;
    if (width.size() < 2 || total - kGap > static_cast<std::size_t>(o_.cells_per_line)) return false;
    Unit u;
    const bool has_header = !t.header.empty();
    for (std::size_t ri = 0; ri < grid.size(); ++ri) {
      const auto& r = grid[ri];
      const bool guide = !(has_header && ri == 0);
      BrailleLine line;
      line.cells.assign(static_cast<std::size_t>(indent), kBlank);
      for (std::size_t c = 0; c < r.size(); ++c) {
        line.cells += r[c].cells;
        const bool last = c + 1 == r.size() || std::all_of(r.begin() + static_cast<long>(c) + 1, r.end(),
                                                             [](const Run& x) { return x.cells.empty(); });
        if (!last) {
          const std::size_t fill = width[c] - r[c].cells.size() + kGap - 2;
          line.cells += kBlank;
          line.cells += std::u32string(fill, guide ? kGuideDot : kBlank);
          line.cells += kBlank;
        }
        line.print += (c ? " | " : "") + r[c].print;
      }
      while (!line.cells.empty() && line.cells.back() == kBlank) line.cells.pop_back();
      u.formed.push_back(std::move(line));
    }
    u.repeat_lines = has_header ? 1 : 0;
    add(std::move(u));
    return true;
  }

  const Document& doc_;
  const BrailleOptions& o_;
  std::string table_;
  const std::map<char32_t, std::string>& symbols_;
  std::vector<Unit> units_;
  std::vector<Warning> warnings_;
  std::vector<Run> runs_;
  std::set<char32_t> used_;  ///< every character given to the table
  std::size_t first_after_title_ = static_cast<std::size_t>(-1);
};

// Every number, date, time and percentage of a run's print must be read
// back, with the same value, from its braille.
struct Value {
  Inline::Kind kind;
  std::string key;
  std::string printed;
  bool operator<(const Value& o) const { return std::tie(kind, key) < std::tie(o.kind, o.key); }
};

// Whether `s` holds a decimal digit (\p{Nd}, what the recogniser's \d
// matches): every number, date and time has one.
bool has_digit(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= '0' && c <= '9') return true;
    if (c < 0x80) {
      ++i;
      continue;
    }
    if (u_charType(static_cast<UChar32>(text::next_code_point(s, i))) == U_DECIMAL_DIGIT_NUMBER) return true;
  }
  return false;
}

std::multiset<Value> values_of(const text::Recogniser& r, const std::string& s) {
  std::vector<Warning> ignored;
  std::multiset<Value> out;
  for (const Inline& i : r.recognise(s, ignored, {})) {
    if (i.kind == Inline::Kind::Number) {
      char buf[64];
      std::snprintf(buf, sizeof buf, "%.6f %s", i.value, i.unit.c_str());
      out.insert({i.kind, buf, i.text});
    } else if (i.kind == Inline::Kind::Date || i.kind == Inline::Kind::Time) {
      out.insert({i.kind, i.iso, i.text});
    }
  }
  return out;
}

std::string to_utf8(const std::u32string& s) {
  std::string out;
  for (char32_t c : s) text::append_utf8(out, c);
  return out;
}

// The cell that the table writes before every digit (the number sign, ⠼
// in Indonesian braille and UEB), or 0 when its digits have none: then a
// digit-free word's braille may hold a number too. Found once per table
// from the table's own translation of "1" and "2".
char32_t number_sign(const std::string& table) {
  static std::mutex mutex;
  static std::map<std::string, char32_t> known;
  {
    std::lock_guard lock(mutex);
    if (auto it = known.find(table); it != known.end()) return it->second;
  }
  const std::u32string one = translate(table, U"1").cells, two = translate(table, U"2").cells;
  const char32_t sign = one.size() >= 2 && two.size() >= 2 && one[0] == two[0] && one[0] != kBlank ? one[0] : 0;
  std::lock_guard lock(mutex);
  known.emplace(table, sign);
  return sign;
}

// A stretch of a run that may hold a value: its cells and the print they
// come from.
struct Stretch {
  std::size_t cell_begin = 0, cell_end = 0;
  std::size_t print_begin = 0, print_end = 0;
};

// The stretches of a run to back-translate: every braille word (cells
// between blank cells) whose print holds a digit or whose braille holds the
// number sign, with the word before and the word after it ("14 Juli 2021",
// "1,2 juta", "Rp 5.000"), adjacent ones joined. Words far from any digit
// hold no number, date or time, and verify_numbers() reads the numbers of
// every cell anyway. The whole run when a word's print cannot be told or
// the table has no number sign.
std::vector<Stretch> number_stretches(const Run& run, char32_t sign) {
  const Stretch whole{0, run.cells.size(), 0, run.print.size()};
  if (sign == 0 || run.src.size() != run.cells.size()) return {whole};
  auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  struct Word {
    Stretch at;
    bool number = false;
  };
  std::vector<Word> words;
  for (std::size_t b = 0; b < run.cells.size();) {
    if (run.cells[b] == kBlank) {
      ++b;
      continue;
    }
    std::size_t e = b;
    long low = -1, high = -1;
    bool signed_ = false;
    for (; e < run.cells.size() && run.cells[e] != kBlank; ++e) {
      const long src = run.src[e];
      if (src >= 0 && static_cast<std::size_t>(src) < run.print.size()) {
        low = low < 0 ? src : std::min(low, src);
        high = std::max(high, src);
      }
      signed_ = signed_ || run.cells[e] == sign;
    }
    if (low < 0) return {whole};
    // The print words the cells come from, whole.
    std::size_t pb = static_cast<std::size_t>(low), pe = static_cast<std::size_t>(high);
    while (pb > 0 && !blank(run.print[pb - 1])) --pb;
    while (pe < run.print.size() && !blank(run.print[pe])) ++pe;
    Word w{{b, e, pb, pe}, signed_};
    w.number = w.number || has_digit(std::string_view(run.print).substr(pb, pe - pb));
    words.push_back(w);
    b = e;
  }
  std::vector<Stretch> out;
  bool open = false;
  for (std::size_t k = 0; k < words.size(); ++k) {
    const bool near = words[k].number || (k > 0 && words[k - 1].number) || (k + 1 < words.size() && words[k + 1].number);
    if (!near) {
      open = false;
      continue;
    }
    const Stretch& at = words[k].at;
    if (open) {
      Stretch& last = out.back();
      last.cell_end = at.cell_end;
      last.print_begin = std::min(last.print_begin, at.print_begin);
      last.print_end = std::max(last.print_end, at.print_end);
    } else {
      out.push_back(at);
      open = true;
    }
  }
  return out;
}

// Whether every value of `print` is read back, with the same value, from `back`.
bool keeps_values(const text::Recogniser& r, const std::string& print, const std::string& back) {
  if (back == print) return true;  // read back as printed: every value kept
  const std::multiset<Value> want = values_of(r, print);
  if (want.empty()) return true;
  std::multiset<Value> got = values_of(r, back);
  for (const Value& v : want) {
    auto it = got.find(v);
    if (it == got.end()) return false;
    got.erase(it);
  }
  return true;
}

}  // namespace

void verify(const std::vector<Run>& runs, const std::string& table, const text::Recogniser& recogniser,
            const std::string& source_name) {
  std::vector<std::string> losses;
  std::size_t first_line = 0;
  const char32_t sign = number_sign(table);
  for (const Run& run : runs) {
    if (!has_digit(run.print)) continue;  // no number, date or time to keep
    // Only the stretches that may hold a value are read back (some 40 % of
    // the text of a bulletin); when one of them loses a value, the whole
    // run is read back and decides, as it always did, so that a stretch cut
    // in an unlucky place cannot refuse good braille.
    bool kept = true;
    for (const Stretch& s : number_stretches(run, sign)) {
      const std::string back =
          to_utf8(back_translate_cells(table, run.cells.substr(s.cell_begin, s.cell_end - s.cell_begin)));
      if (!keeps_values(recogniser, run.print.substr(s.print_begin, s.print_end - s.print_begin), back)) {
        kept = false;
        break;
      }
    }
    if (kept) continue;
    const std::string back = to_utf8(back_translate_cells(table, run.cells));
    if (back == run.print) continue;  // read back as printed: every value kept
    const std::multiset<Value> want = values_of(recogniser, run.print);
    if (want.empty()) continue;
    std::multiset<Value> got = values_of(recogniser, back);
    for (const Value& v : want) {
      auto it = got.find(v);
      if (it != got.end()) {
        got.erase(it);
        continue;
      }
      if (losses.empty()) first_line = run.line;
      if (losses.size() < 5)
        losses.push_back(fill_message(aksesibel::translate("'{0}' (braille reads back as: {1})"), {v.printed, back.substr(0, 120)}));
    }
  }
  if (losses.empty()) return;
  std::string lost;
  for (std::size_t i = 0; i < losses.size(); ++i) lost += (i ? "; " : "") + losses[i];
  const std::string message =
      fill_message(aksesibel::translate("braille translation did not keep {0}; nothing was written for this input. This is a fault "
                             "of the braille table or of aksesibel: please report it; the option no-verify writes the "
                             "braille anyway"),
                   {lost});
  throw Error(ErrorCode::BrailleFidelity, message, {source_name, first_line, std::nullopt});
}

void verify_numbers(const std::vector<Unit>& units, const std::string& source_name) {
  for (const Unit& unit : units) {
    std::vector<ReadNumber> want;
    std::vector<std::u32string> lines;
    for (const BrailleLine& l : unit.formed) lines.push_back(l.cells);
    if (!unit.run.print.empty() || unit.run.cells.size()) {
      want = numbers_in_print(unit.run.print);
    } else {
      for (const BrailleLine& l : unit.formed)
        for (ReadNumber& n : numbers_in_print(l.print)) want.push_back(std::move(n));
    }
    const std::vector<ReadNumber> got = numbers_in_braille(lines);
    if (got == want) continue;
    std::size_t k = 0;
    while (k < want.size() && k < got.size() && want[k] == got[k]) ++k;
    std::string difference;
    if (k < want.size() && k < got.size())
      difference = fill_message(aksesibel::translate("the print has {0} where the braille reads {1}"), {describe(want[k]), describe(got[k])});
    else if (k < want.size())
      difference = fill_message(aksesibel::translate("the print has {0}, which the braille does not"), {describe(want[k])});
    else
      difference = fill_message(aksesibel::translate("the braille reads {0}, which the print does not have"), {describe(got[k])});
    std::string print = unit.run.print.empty() && !unit.formed.empty() ? unit.formed.front().print : unit.run.print;
    if (print.size() > 120) print = print.substr(0, 120) + "…";
    const std::string message =
        fill_message(aksesibel::translate("braille translation did not keep the numbers in order: {0} (in: {1}); nothing was "
                               "written for this input. The numbers were read back from the braille cells by the rules "
                               "of the Indonesian braille code, independently of the braille table: this is a fault of "
                               "the braille table or of aksesibel; please report it; the option no-verify writes the "
                               "braille anyway"),
                     {difference, print});
    throw Error(ErrorCode::BrailleFidelity, message, {source_name, unit.run.line, std::nullopt});
  }
}

}  // namespace braille

std::string back_translate(const std::u32string& cells, const std::string& table_list) {
  return braille::to_utf8(braille::back_translate_cells(table_list, cells));
}

BrailleDocument braille_pages(const Document& doc, const BrailleOptions& options) {
  if (options.cells_per_line < 12 || options.cells_per_line > 100)
    throw Error(ErrorCode::InvalidOption, aksesibel::translate("the option cells-per-line must be from 12 to 100 (Indonesian A4 embossing: 40)"));
  if (options.lines_per_page < 4 || options.lines_per_page > 100)
    throw Error(ErrorCode::InvalidOption,
                aksesibel::translate("the option lines-per-page must be from 4 to 100 (Indonesian A4 embossing: 25 to 28)"));
  const std::string table = braille::resolve_table(options.table, doc.metadata.language, options.tables_dir, options.table_paths);
  braille::Builder b(doc, options, table, braille::load_symbol_names(options.data_dir));
  const auto data = data::load_language_data(data::data_directory(options.data_dir));
  b.front_matter();
  if (options.summary) b.blocks(render::summary_blocks(doc, *data), 0);
  b.blocks(doc.blocks, 0);
  std::vector<braille::Unit> body = b.take_units();
  braille::lay_out(body, options);
  // The page of special signs comes first: the signs the body uses, and the
  // continuation sign when an address was broken over lines.
  const bool continued = std::any_of(body.begin(), body.end(), [](const braille::Unit& u) {
    return u.repeat_lines == 0 && std::any_of(u.formed.begin(), u.formed.end(), [](const BrailleLine& l) {
             return !l.cells.empty() && l.cells.back() == braille::kContinuation;
           });
  });
  std::vector<braille::Unit> units = b.signs_page(braille::load_signs_page(options.data_dir), continued);
  braille::lay_out(units, options);
  for (braille::Unit& u : body) units.push_back(std::move(u));
  if (options.verify) {
    braille::verify(b.runs(), table, text::recogniser_for(*data), doc.metadata.source_name);
    braille::verify_numbers(units, doc.metadata.source_name);
  }
  BrailleDocument out;
  out.cells_per_line = options.cells_per_line;
  out.lines_per_page = options.lines_per_page;
  out.duplex = options.duplex;
  out.table = table;
  out.pages = braille::paginate(units, options, [&](int n) {
    return braille::translate(table, [&] {
      std::u32string s;
      for (char c : std::to_string(n)) s += static_cast<char32_t>(c);
      return s;
    }()).cells;
  });
  out.warnings = std::move(b.warnings());
  return out;
}

}  // namespace aksesibel
