// aksesibel — the document model.
//
// Every input becomes one Document; every accessible variant is a renderer of
// it (see ARCHITECTURE.md). The model is a plain value type: copying a
// Document copies everything, so simplify(doc) can return a new one.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "aksesibel/error.hpp"

namespace aksesibel {

/// How the numeral of a Number is written (docs/recognition.md, "Number
/// styles"): Indonesian groups thousands with points and writes decimals
/// with a comma ("1.234,5"); English the other way round ("1,234.5").
enum class NumberStyle {
  Plain,       ///< digits only ("42"), the same in both styles
  Indonesian,  ///< read the Indonesian way ("14.054", "95,5"; or an ambiguous "1.234" in an Indonesian document)
  English,     ///< read the English way ("87.81", "208,265,720"; or an ambiguous "1.234" in an English document)
};

/// A piece of running text. Leaf kinds (Text, Abbreviation, Number, Date,
/// Time) keep the text exactly as it was spelled in the source in `text`;
/// container kinds (Emphasis, Strong, Link) hold `children`.
struct Inline {
  /// What an inline is; decides which of the fields below are used.
  enum class Kind {
    Text,          ///< ordinary text
    Emphasis,      ///< <em>, <i>
    Strong,        ///< <strong>, <b>
    Abbreviation,  ///< an abbreviation; `expansion` from data/abbreviations-id.tsv, or empty if unknown
    Number,        ///< a number, percentage or amount of money: `value`, `unit`
    Date,          ///< a calendar date: `iso`
    Time,          ///< a time of day: `iso` (HH:MM) and `zone`
    Link,          ///< a hyperlink: `href`, `children`
    LineBreak,     ///< a forced line break inside a block
  };

  Kind kind = Kind::Text;        ///< what this inline is
  std::string text;              ///< original spelling (leaf kinds)
  std::vector<Inline> children;  ///< Emphasis, Strong, Link
  std::string expansion;         ///< Abbreviation
  std::string href;              ///< Link (only http, https, mailto or relative)
  double value = 0;              ///< Number: the value (14.054 → 14054, 95,5 → 95.5, 1,2 juta → 1200000)
  std::string unit;              ///< Number: "" (a count), "%" (percentage) or "IDR" (rupiah)
  std::string iso;               ///< Date: "2021-09-20", "--06-09" (year unknown), "2021-06"; Time: "15:00"
  std::string zone;              ///< Time: "WIB", "WITA" or "WIT" when given
  std::string weekday;           ///< Date: the day name when the source gives one ("Senin")
  NumberStyle style = NumberStyle::Plain;  ///< Number: the style its numeral was read in
  bool ambiguous = false;        ///< Number: the spelling reads either way ("1.234", "178,883"); `style` is the choice

  static Inline make_text(std::string text);
  static Inline make_container(Kind kind, std::vector<Inline> children);
  static Inline make_link(std::string href, std::vector<Inline> children);
  static Inline make_line_break();

  bool operator==(const Inline&) const = default;
};

using Inlines = std::vector<Inline>;

/// The text of inlines as printed, without markup (line breaks become "\n").
std::string plain_text(const Inlines& inlines);

/// The text of a leaf inline as a reader of any variant is given it: a
/// Number read the English way is written the Indonesian way ("87.81%" →
/// "87,81%", "208,265,720" → "208.265.720"); everything else as printed.
std::string reader_text(const Inline& i);

/// Like plain_text, with every Number in its reader_text.
std::string reader_plain_text(const Inlines& inlines);

/// Whether the inlines hold a recognised number (at any depth).
bool has_number(const Inlines& inlines);

/// A block of the document.
struct Block {
  /// What a block is; decides which of the fields below are used.
  enum class Kind {
    Heading,    ///< `level` (1–6) and `inlines`
    Paragraph,  ///< `inlines`
    List,       ///< `ordered`, `start`, `items` (each item a sequence of blocks)
    Table,      ///< `inlines` (caption, may be empty), `header`, `rows`, `row_headers`
    Quote,      ///< `children`
    Note,       ///< `inlines`: an aside such as an image description
  };
  using Cell = Inlines;
  using Row = std::vector<Cell>;

  Kind kind = Kind::Paragraph;             ///< what this block is
  int level = 0;                           ///< Heading: 1–6
  Inlines inlines;                         ///< Heading, Paragraph, Note: the text; Table: the caption
  bool ordered = false;                    ///< List: numbered
  int start = 1;                           ///< List: the number of the first item when ordered
  std::vector<std::vector<Block>> items;   ///< List: each item is a sequence of blocks
  std::vector<Block> children;             ///< Quote: the quoted blocks
  Row header;                 ///< column headers; empty when the table has none
  std::vector<Row> rows;      ///< the body rows
  bool row_headers = false;   ///< the first cell of each row labels the row
  /// Table: its first column of figures may also be drawn as a bar chart by
  /// the formats that can draw (HTML, large print); the table stays as the
  /// chart's text alternative, and braille and text give the table alone.
  bool chart = false;
  std::size_t line = 0;       ///< 1-based source line where the block starts (0: unknown)

  bool operator==(const Block&) const = default;
};

/// Facts about the document as a whole.
struct Metadata {
  Inlines title;               ///< the headline
  bool title_inferred = false; ///< true when no headline was found and the first sentence stands in
  std::string section;         ///< rubric printed above the headline ("Virus Corona")
  std::string byline;          ///< author or reporter, as credited
  std::string dateline;        ///< the dateline as printed ("Palu (ANTARA)", "SULTENG RAYA")
  std::string place;           ///< place of the dateline ("Palu")
  std::string publisher;       ///< news agency or outlet named in the dateline ("ANTARA")
  std::string date;            ///< ISO 8601 date of the bulletin, "" if unknown
  std::string date_text;       ///< that date as printed
  std::string data_date;       ///< ISO 8601 date the bulletin's figures are "as of" ("per 30 September 2020"); "" if unknown
  std::string data_date_text;  ///< that date as printed
  std::string main_place;      ///< the place the bulletin is about ("Sulawesi Tengah", "Indonesia"), "" if none stands out
  std::string language = "id"; ///< BCP 47 language tag
  std::string source_name;     ///< the input's name (file path or "-")
  std::string source_format;   ///< "text" or "html"

  bool operator==(const Metadata&) const = default;
};

/// Something the cleaning stage removed, kept so that a report can list it.
struct Removed {
  std::string text;      ///< what was removed, as printed
  std::string reason;    ///< the rule's name from data/boilerplate-id.txt ("baca-juga", …)
  std::size_t line = 0;  ///< 1-based source line where it was (0: unknown)

  bool operator==(const Removed&) const = default;
};

/// Where a figure belongs (see docs/facts.md).
struct Scope {
  /// How large the place is.
  enum class Level {
    Unknown,   ///< not certain: no place, several places, or an ambiguous name
    World,     ///< the world ("dunia")
    Country,   ///< Indonesia
    Province,  ///< a province (provinsi)
    Regency,   ///< a regency (kabupaten)
    City,      ///< a city (kota)
  };
  Level level = Level::Unknown;  ///< how large the place is
  std::string name;              ///< "Sulawesi Tengah", "Kota Palu", "Indonesia"; "" when unknown
  std::string code;              ///< Kemendagri code ("72", "72.71"), "" for the country and the world

  bool operator==(const Scope&) const = default;
};

/// Where a figure made from a statistics file comes from (docs/data-input.md).
struct Provenance {
  std::string file;        ///< the input's name
  std::size_t record = 0;  ///< 1-based record: the data row of a CSV file, the element of a JSON series
  std::size_t line = 0;    ///< 1-based line of a CSV row; 0 for JSON
  std::string field;       ///< the column or field as the file names it ("AKUMULASI_KASUS", "jumlah_positif")
  bool operator==(const Provenance&) const = default;
};

/// A figure the bulletin states: a value with its kind, scope and date,
/// found once after reading, from prose, tables and the headline. Every
/// variant's Ringkasan is made from the facts whose `summary` is true.
struct Fact {
  std::string kind;        ///< from data/facts-id.tsv: "confirmed_new", "recovered_total", "bed_occupancy"…
  std::string label;       ///< the kind's label for readers ("Kasus positif baru")
  double value = 0;        ///< 14054, 95.5
  std::string text;        ///< the figure as printed ("14.054", "lima", "33,41 persen")
  NumberStyle style = NumberStyle::Plain;  ///< how its numeral was read; every variant writes the value the Indonesian way
  std::string unit;        ///< "" (a count) or "%"
  Scope scope;             ///< where it belongs
  std::string population;  ///< a group it is limited to ("penyandang disabilitas"), or ""
  std::string date;        ///< ISO date ("2021-02-20", "--04-19" without a year, "2021-01" a month), "" when not certain
  std::size_t begin = 0;   ///< byte offset of the figure in the input text as decoded (UTF-8); see docs/facts.md
  std::size_t end = 0;     ///< byte offset after it (begin == end: not located)
  std::size_t line = 0;    ///< 1-based line of the block it stands in (0: the headline)
  bool summary = false;    ///< shown in the Ringkasan
  std::string note;        ///< why it is not in the Ringkasan ("part", "conflict", "date unknown"…), "" when it is
  /// From a statistics file: the cells it comes from (one, or several for a
  /// derived figure); empty for a figure read from prose.
  std::vector<Provenance> sources;
  std::string derived;     ///< how a derived figure was computed ("recovered_total / confirmed_total"), "" for a cell's value

  bool operator==(const Fact&) const = default;
};

/// A bulletin, read and cleaned: what read() makes and every renderer takes.
struct Document {
  Metadata metadata;              ///< facts about the bulletin as a whole
  std::vector<Block> blocks;      ///< the body, in reading order
  std::vector<Removed> removed;   ///< boilerplate that was taken out, for reports
  std::vector<Warning> warnings;  ///< things a user should know although reading succeeded
  std::vector<Fact> facts;        ///< the figures it states, in reading order (docs/facts.md)
};

/// The title as plain text.
inline std::string title_text(const Document& doc) { return plain_text(doc.metadata.title); }

}  // namespace aksesibel
