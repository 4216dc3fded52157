// Bulletins written from official statistics (docs/data-input.md): every
// figure of every variant equals the cell it comes from, read here from the
// file by the test's own parser; bad data gets located warnings or errors.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include "aksesibel/braille.hpp"
#include "aksesibel/convert.hpp"
#include "aksesibel/options.hpp"
#include <nlohmann/json.hpp>
#include "support.hpp"

namespace aksesibel {
namespace {

namespace fs = std::filesystem;

fs::path data_file(const std::string& name) { return test::corpus_dir() / "data" / name; }

const char* const kCsv = "covid19goid-prov-detail-SULAWESI_TENGAH-2020-06-25.csv";
const char* const kJson = "covid19goid-update-2020-05-09.json";

// The test's own reading of the CSV: column name → value of the last row.
std::map<std::string, std::string> last_csv_row(const fs::path& file) {
  std::ifstream in(file);
  std::string header, line, last;
  std::getline(in, header);
  while (std::getline(in, line))
    if (!line.empty()) last = line;
  auto split = [](const std::string& s) {
    std::vector<std::string> out;
    std::stringstream ss(s);
    for (std::string f; std::getline(ss, f, ',');) out.push_back(f);
    return out;
  };
  std::map<std::string, std::string> row;
  const auto names = split(header), values = split(last);
  for (std::size_t k = 0; k < names.size() && k < values.size(); ++k) row[names[k]] = values[k];
  return row;
}

// "14054" → "14.054", as every variant writes a count.
std::string indonesian(const std::string& digits) {
  std::string out;
  for (std::size_t k = 0; k < digits.size(); ++k) {
    if (k > 0 && (digits.size() - k) % 3 == 0) out += '.';
    out += digits[k];
  }
  return out;
}

Conversion convert_file(const fs::path& file, std::vector<std::string> formats, const std::string& region = "",
                        const std::string& date = "") {
  ConvertOptions o;
  o.read.source_name = file.string();
  o.read.region = region;
  o.read.date = date;
  o.formats = std::move(formats);
  return convert(test::read_file(file), o);
}

// The error a call throws; a test failure (and nothing) when it throws none.
template <typename Call>
std::optional<Error> error_of(Call&& call) {
  try {
    call();
  } catch (const Error& e) {
    return e;
  }
  ADD_FAILURE() << "no error";
  return std::nullopt;
}

bool have_pdftotext() { return std::system("command -v pdftotext >/dev/null 2>&1") == 0; }

// The text poppler's pdftotext reads from PDF bytes (with `flags`, e.g. "-layout").
std::string pdf_text(const std::string& pdf, const std::string& flags = "") {
  test::TempDir dir;
  test::write_file(dir.path() / "p.pdf", pdf);
  FILE* f = popen(("pdftotext " + flags + " '" + (dir.path() / "p.pdf").string() + "' - 2>/dev/null").c_str(), "r");
  if (!f) return "";
  std::string text;
  char buf[4096];
  for (std::size_t n; (n = fread(buf, 1, sizeof buf, f)) > 0;) text.append(buf, n);
  pclose(f);
  return text;
}

// Statistics given as text, named `name`, for `region`.
Conversion convert_as(const std::string& input, const std::string& name, const std::string& region,
                      std::vector<std::string> formats = {"text"}) {
  ConvertOptions o;
  o.read.source_name = name;
  o.read.region = region;
  o.formats = std::move(formats);
  return convert(input, o);
}

std::string without_tags(const std::string& html) { return std::regex_replace(html, std::regex("<[^>]*>"), " "); }

std::string braille_read_back(const Conversion& c) {
  const BrailleDocument b = braille_pages(c.document, {});
  std::u32string cells;
  for (const BraillePage& p : b.pages)
    for (const BrailleLine& l : p.lines) cells += l.cells + U"\u2800";
  // Runover lines of a list item are indented: one space between words, as printed.
  return std::regex_replace(back_translate(cells, b.table), std::regex(" +"), " ");
}

TEST(DataInput, EveryFigureOfTheDayInEveryVariantIsItsCell) {
  AKSESIBEL_REQUIRE_CORPUS();
  const auto row = last_csv_row(data_file(kCsv));
  ASSERT_EQ(row.at("tanggal"), "2020-06-25");
  // brf and pef: the braille's numbers are checked against the print by the
  // library's own decoder, so the conversion fails if one differs.
  const Conversion c = convert_file(data_file(kCsv), {"text", "html", "plain", "large-print", "brf", "pef"}, "Sulawesi Tengah");
  std::map<std::string, std::string> expect = {
      {"confirmed_new", row.at("KASUS")},        {"confirmed_total", row.at("AKUMULASI_KASUS")},
      {"recovered_new", row.at("SEMBUH")},       {"recovered_total", row.at("AKUMULASI_SEMBUH")},
      {"deaths_new", row.at("MENINGGAL")},       {"deaths_total", row.at("AKUMULASI_MENINGGAL")},
      {"active", row.at("AKUMULASI_DIRAWAT_OR_ISOLASI")}};
  for (const auto& [kind, value] : expect) {
    bool found = false;
    for (const Fact& f : c.document.facts)
      if (f.kind == kind) {
        found = true;
        EXPECT_EQ(f.value, std::stod(value)) << kind;
        EXPECT_EQ(f.date, "2020-06-25") << kind;
        EXPECT_EQ(f.scope.name, "Sulawesi Tengah") << kind;
        ASSERT_EQ(f.sources.size(), 1u) << kind;
        EXPECT_EQ(f.sources[0].line, 93u) << kind;  // the last row of the file
        EXPECT_TRUE(f.summary) << kind;
      }
    EXPECT_TRUE(found) << kind;
  }
  // Each variant says every figure of the Ringkasan as "label …: value".
  const std::string braille = braille_read_back(c);
  for (const Output& o : c.outputs) {
    if (o.format == "brf" || o.format == "pef") continue;  // read back below
    const std::string text = o.format == "html" || o.format == "large-print" ? without_tags(o.content) : o.content;
    if (o.format == "text") {  // the cleaned bulletin: no Ringkasan, the sentences
      EXPECT_NE(text.find("mencapai " + indonesian(row.at("AKUMULASI_KASUS")) + " orang"), std::string::npos);
      EXPECT_NE(text.find(indonesian(row.at("AKUMULASI_SEMBUH")) + " orang sembuh dan " +
                          indonesian(row.at("AKUMULASI_MENINGGAL")) + " orang meninggal"),
                std::string::npos);
      continue;
    }
    EXPECT_NE(text.find("Jumlah kasus positif di Sulawesi Tengah: " + indonesian(row.at("AKUMULASI_KASUS"))),
              std::string::npos) << o.format;
    EXPECT_NE(text.find("Jumlah pasien sembuh di Sulawesi Tengah: " + indonesian(row.at("AKUMULASI_SEMBUH"))),
              std::string::npos) << o.format;
    EXPECT_NE(text.find("Jumlah pasien meninggal di Sulawesi Tengah: " + indonesian(row.at("AKUMULASI_MENINGGAL"))),
              std::string::npos) << o.format;
  }
  for (const char* column : {"AKUMULASI_KASUS", "AKUMULASI_SEMBUH", "AKUMULASI_DIRAWAT_OR_ISOLASI"})
    EXPECT_NE(braille.find(": " + indonesian(row.at(column)) + " "), std::string::npos) << column << "\n" << braille;
  // The share recovered is derived, and says from what.
  for (const Fact& f : c.document.facts)
    if (f.kind == "recovery_rate") {
      EXPECT_EQ(f.derived, "recovered_total / confirmed_total");
      EXPECT_NEAR(f.value, 100.0 * std::stod(row.at("AKUMULASI_SEMBUH")) / std::stod(row.at("AKUMULASI_KASUS")), 0.05);
      EXPECT_EQ(f.sources.size(), 2u);
    }
  EXPECT_TRUE(c.document.warnings.empty()) << c.document.warnings[0].message;
}

TEST(DataInput, TheNationalSeriesOfUpdateJson) {
  AKSESIBEL_REQUIRE_CORPUS();
  const Conversion c = convert_file(data_file(kJson), {"text", "html", "plain", "brf", "large-print-pdf"}, "Indonesia");
  // update.json's own totals for 2020-05-09 (update.total): 13645 positive, 2607 recovered, 959 deaths.
  std::map<std::string, double> got;
  for (const Fact& f : c.document.facts) got[f.kind] = f.value;
  EXPECT_EQ(got["confirmed_new"], 533);
  EXPECT_EQ(got["confirmed_total"], 13645);
  EXPECT_EQ(got["recovered_total"], 2607);
  EXPECT_EQ(got["deaths_total"], 959);
  EXPECT_EQ(c.document.metadata.date, "2020-05-09");
  EXPECT_EQ(plain_text(c.document.metadata.title), "Perkembangan Covid-19 di Indonesia, Sabtu, 9 Mei 2020");
  EXPECT_NE(c.outputs[0].content.find("13.645"), std::string::npos);
  // Every variant says the day's totals as the Ringkasan writes them (the text, its sentences).
  const std::vector<std::pair<std::string, std::string>> lines = {
      {"Jumlah kasus positif di Indonesia: ", "13.645"}, {"Jumlah pasien sembuh di Indonesia: ", "2.607"},
      {"Jumlah pasien meninggal di Indonesia: ", "959"}, {"Kasus positif baru di Indonesia: ", "533"}};
  for (const auto& [label, value] : lines) {
    EXPECT_NE(without_tags(c.outputs[1].content).find(label + value), std::string::npos) << label;
    EXPECT_NE(c.outputs[2].content.find(label + value), std::string::npos) << label;
  }
  const std::string braille = braille_read_back(c);
  for (const auto& [label, value] : lines) EXPECT_NE(braille.find(": " + value + " "), std::string::npos) << value;
  if (!have_pdftotext()) GTEST_SKIP() << "pdftotext (poppler-utils) is missing";
  const std::string flat = std::regex_replace(pdf_text(c.outputs[4].content), std::regex(R"(\s+)"), " ");
  for (const auto& [label, value] : lines) EXPECT_NE(flat.find(label + value), std::string::npos) << label << "\n" << flat;
}

TEST(DataInput, AnEarlierDayAndItsWeek) {
  AKSESIBEL_REQUIRE_CORPUS();
  const Conversion c = convert_file(data_file(kCsv), {"text"}, "SULAWESI TENGAH", "2020-06-23");
  EXPECT_EQ(c.document.metadata.date, "2020-06-23");
  // Row of 2020-06-23: 179 total, 3 new, 140 recovered.
  EXPECT_NE(c.outputs[0].content.find("mencapai 179 orang"), std::string::npos) << c.outputs[0].content;
  EXPECT_NE(c.outputs[0].content.find("Selasa, 23 Juni 2020  3           8"), std::string::npos) << c.outputs[0].content;
}

void expect_error(const std::string& input, const std::string& name, const std::string& part, std::size_t line = 0,
                  const std::string& region = "", const std::string& date = "") {
  ConvertOptions o;
  o.read.source_name = name;
  o.read.region = region;
  o.read.date = date;
  SCOPED_TRACE(name);
  if (const auto e = error_of([&] { convert(input, o); })) {
    EXPECT_EQ(e->code(), ErrorCode::InvalidData) << e->what();
    EXPECT_NE(std::string(e->what()).find(part), std::string::npos) << e->what();
    if (line > 0) {
      EXPECT_EQ(e->where().line, line) << e->what();
    }
  }
}

TEST(DataInput, BadFilesAreRefusedWithWhereAndWhatToDo) {
  expect_error("tanggal,KASUS\n2021-01-01,\"5\n", "a.csv", "never closed", 2);
  expect_error("tanggal,KASUS\n2021-01-01,5,6\n", "b.csv", "3 fields", 2);
  expect_error("hari,angka\n2021-01-01,5\n", "c.csv", "no column holds the date");
  expect_error("tanggal,angka\n2021-01-01,5\n", "d.csv", "no column holds a known figure");
  expect_error("tanggal,jumlah_kasus,total_kasus\n2021-01-01,5,6\n", "e.csv", "both hold confirmed_total");
  // A bare "positif" beside a total is the day's count, not a second total.
  {
    ConvertOptions o;
    o.read.source_name = "e2.csv";
    o.read.region = "Kota Palu";
    const Conversion c = convert("tanggal,positif,jumlah_kasus\n2021-01-01,5,6\n", o);
    ASSERT_EQ(c.document.facts.size(), 2u);
    EXPECT_EQ(c.document.facts[0].kind, "confirmed_new");
    EXPECT_EQ(c.document.facts[0].value, 5);
  }
  expect_error("{\"a\": [1, }", "f.json", "malformed", 1);
  expect_error("{\"a\": 1}", "g.json", "no statistics found");
  const std::string two = "provinsi,tanggal,KASUS\nSULAWESI TENGAH,2021-01-01,5\nGORONTALO,2021-01-01,7\n";
  expect_error(two, "h.csv", "choose one with the option region");
  expect_error(two, "h.csv", "closest it holds: SULAWESI TENGAH", 0, "Sulawesi Tenggah");
  expect_error(two, "h.csv", "holds 2021-01-01 to 2021-01-01", 0, "Gorontalo", "2021-02-01");
  expect_error("tanggal,KASUS\n2021-01-01,5\n", "i.csv", "names no region");
}

TEST(DataInput, SeveralRegionsAndTheChosenOne) {
  const Conversion c = convert_as("provinsi;tanggal;KASUS\nSULAWESI TENGAH;2021-01-01;5\nGORONTALO;2021-01-01;7\n", "dua.csv", "gorontalo");
  EXPECT_EQ(c.document.metadata.main_place, "Gorontalo");
  ASSERT_FALSE(c.document.facts.empty());
  EXPECT_EQ(c.document.facts[0].value, 7);
  EXPECT_EQ(c.document.facts[0].scope.code, "75");
  // Every region of the file on that day, each with its own figure (nothing summed).
  const std::string& text = c.outputs[0].content;
  EXPECT_NE(text.find("Semua wilayah dalam berkas, Jumat, 1 Januari 2021"), std::string::npos) << text;
  EXPECT_NE(text.find("Sulawesi Tengah  5"), std::string::npos) << text;
  EXPECT_NE(text.find("Gorontalo        7"), std::string::npos) << text;
}

TEST(DataInput, BadCellsAndImpossibleFiguresAreLocatedWarnings) {
  const Conversion c = convert_as(
      "tanggal,kasus_baru,jumlah_kasus\n2021-01-01,5,100\n2021-01-02,-2,98\n2021-01-03,dua,101\n", "buruk.csv", "Kota Palu");
  std::vector<std::string> seen;
  for (const Warning& w : c.document.warnings) seen.push_back(std::to_string(w.where.line) + " " + w.message);
  auto has = [&](const std::string& part) {
    return std::any_of(seen.begin(), seen.end(), [&](const std::string& s) { return s.find(part) != std::string::npos; });
  };
  EXPECT_TRUE(has("4 record 3 (2021-01-03): 'dua' in kasus_baru is no count")) << ::testing::PrintToString(seen);
  EXPECT_TRUE(has("3 record 2 (2021-01-02), kasus_baru: a count below zero")) << ::testing::PrintToString(seen);
  EXPECT_TRUE(has("3 record 2 (2021-01-02), jumlah_kasus: the running total falls from 100 to 98")) << ::testing::PrintToString(seen);
  // The day's count that could not be read is not in the bulletin: no new-cases sentence.
  EXPECT_EQ(c.outputs[0].content.find("kasus positif baru di"), std::string::npos) << c.outputs[0].content;
  EXPECT_NE(c.outputs[0].content.find("mencapai 101 orang"), std::string::npos);
}

TEST(DataInput, AnAllZeroLastDayIsNotTheBulletinsDay) {
  const Conversion c = convert_as("tanggal,KASUS,AKUMULASI_KASUS\n2020-06-26,3,184\n2020-06-27,0,0\n", "nol.csv", "Sulawesi Tengah");
  EXPECT_EQ(c.document.metadata.date, "2020-06-26");
  ASSERT_FALSE(c.document.warnings.empty());
  EXPECT_TRUE(c.document.warnings[0].important);
  EXPECT_NE(c.document.warnings[0].message.find("only zeros"), std::string::npos);
}

TEST(DataInput, ColumnsOfTheUsersOwn) {
  test::TempDir dir;
  const fs::path mapping = dir.path() / "kolom.tsv";
  test::write_file(mapping, "# my dashboard\ncolumn\tHari\tdate\ncolumn\tPositif Harian\tconfirmed_new\n");
  ConvertOptions o;
  o.read.source_name = "dasbor.csv";
  o.read.region = "Kabupaten Sigi";
  o.formats = {"text"};
  set_option(o, "columns", mapping.string());
  const Conversion c = convert("Hari,Positif Harian\n05/01/2021,12\n", o);
  ASSERT_EQ(c.document.facts.size(), 1u);
  EXPECT_EQ(c.document.facts[0].kind, "confirmed_new");
  EXPECT_EQ(c.document.facts[0].date, "2021-01-05");
  EXPECT_EQ(c.document.facts[0].scope.name, "Kabupaten Sigi");
  EXPECT_EQ(c.document.facts[0].sources[0].field, "Positif Harian");
}

TEST(DataInput, ArraysOfRecordsAreStatisticsToo) {
  ConvertOptions o;
  o.read.source_name = "-";
  o.read.region = "Kota Palu";
  o.formats = {"json"};
  const Conversion c =
      convert(R"([{"tanggal": "2021-07-13", "positif": 5000}, {"tanggal": "2021-07-14", "positif": 5017}])", o);
  ASSERT_FALSE(c.document.facts.empty());
  EXPECT_EQ(c.document.facts[0].value, 5017);
  EXPECT_EQ(c.document.facts[0].sources[0].record, 2u);
  EXPECT_NE(c.outputs[0].content.find("\"cells\""), std::string::npos);
}


// A JSON number a double would change is taken, or named in a warning, as
// the file wrote it: never as a nearby value.
TEST(DataInput, JsonNumbersKeepTheirExactValue) {
  auto warnings_of = [](const std::string& value) {
    const Conversion c = convert_as(R"([{"tanggal": "2021-07-13", "positif": )" + value +
                                        R"(}, {"tanggal": "2021-07-14", "positif": 5017}])",
                                    "angka.json", "Kota Palu");
    std::string all;
    for (const Warning& w : c.document.warnings) all += w.message + "\n";
    return all;
  };
  // Beyond 2^53 (and beyond 64 bits): no count, named exactly.
  for (const char* v : {"9007199254740993.0", "123456789012345678901234", "12.5"}) {
    const std::string w = warnings_of(v);
    EXPECT_NE(w.find(std::string("'") + v + "' in positif is no count"), std::string::npos) << v << "\n" << w;
  }
  // Beyond what a double holds: an error at its place.
  expect_error("[{\"tanggal\": \"2021-07-14\",\n \"positif\": 1e400}]", "besar.json", "too large", 2);
  // A whole number written as a float, or in exponent form, is that number.
  const Conversion c = convert_as(R"([{"tanggal": "2021-07-14", "positif": 5.017e3}])", "angka.json", "Kota Palu");
  ASSERT_FALSE(c.document.facts.empty());
  EXPECT_EQ(c.document.facts[0].value, 5017);
}

// A \u escape reaches no further than the same raw character: refused, or
// dropped under lenient (a PEF's title had held U+FFFF and was no XML).
TEST(DataInput, JsonEscapesOfRefusedCharactersAreRefusedLikeRawOnes) {
  const std::string input = R"([{"tanggal":"2021-07-14","positif":5017,"wilayah":"Kota Pa\uffffl\u001bu"}])";
  ConvertOptions o;
  o.read.source_name = "j.json";
  o.formats = {"pef"};
  const auto e = error_of([&] { convert(input, o); });
  ASSERT_TRUE(e);
  EXPECT_EQ(e->code(), ErrorCode::ControlCharacter);
  EXPECT_NE(std::string(e->what()).find("noncharacter U+FFFF (written as a \\u escape) in the JSON string 'Kota Pa"),
            std::string::npos)
      << e->what();
  o.read.lenient = true;
  const Conversion c = convert(input, o);
  EXPECT_EQ(c.outputs[0].content.find("\xEF\xBF\xBF"), std::string::npos);
  EXPECT_NE(c.outputs[0].content.find("Kota Palu"), std::string::npos);
  bool warned = false;
  for (const Warning& w : c.document.warnings)
    warned |= w.message.find("2 control characters or noncharacters written as \\u escapes removed") != std::string::npos;
  EXPECT_TRUE(warned);
}

// A message quotes input, but does not grow with it: its beginning and the
// end that says what to do.
TEST(DataInput, AMessageQuotingAHugeNameStaysShort) {
  const std::string name(1 << 20, 'x');
  ConvertOptions o;
  o.read.source_name = "besar.csv";
  const auto e = error_of([&] { convert("tanggal,wilayah,positif\n2021-07-14,Palu,5\n2021-07-14," + name + ",6\n", o); });
  ASSERT_TRUE(e);
  EXPECT_LE(e->message().size(), 2100u);
  EXPECT_NE(e->message().find(" … "), std::string::npos) << e->message().substr(0, 300);
  EXPECT_NE(e->message().find("region"), std::string::npos) << e->message().substr(0, 300);
}

// Found by probing: each of these had given a wrong figure or a wrong place without an error.
TEST(DataInput, ProbedCasesGiveTheRightFigureOrAnError) {
  auto text_of = [](const std::string& input, const std::string& region, std::vector<Warning>* warnings = nullptr) {
    ConvertOptions o;
    o.read.source_name = "uji.csv";
    o.read.region = region;
    o.formats = {"text"};
    Conversion c = convert(input, o);
    if (warnings) *warnings = c.document.warnings;
    return c.outputs[0].content;
  };
  // A regency column beside the province: each regency its own series.
  const std::string both = "provinsi,kabupaten,tanggal,kasus\nSULAWESI TENGAH,KOTA PALU,2020-06-25,4\nSULAWESI TENGAH,KAB. SIGI,2020-06-25,3\n";
  EXPECT_NE(text_of(both, "Kota Palu").find("tercatat 4 kasus positif baru di Kota Palu"), std::string::npos);
  EXPECT_NE(text_of(both, "Sigi").find("tercatat 3 kasus positif baru di Kabupaten Sigi"), std::string::npos);
  // One region spelled two ways is one series; short names through the gazetteer.
  EXPECT_NE(text_of("wilayah,tanggal,kasus\nKota Palu,2020-06-24,5\nKOTA PALU,2020-06-25,4\n", "Kota Palu").find("25 Juni"),
            std::string::npos);
  EXPECT_NE(text_of("wilayah,tanggal,kasus\nKAB. TOLI TOLI,2020-06-25,2\nKOTA PALU,2020-06-25,4\n", "Tolitoli")
                .find("tercatat 2 kasus"),
            std::string::npos);
  // Decimals and a semicolon file's "2,500" are no counts; a count beyond 15 digits is none either.
  std::vector<Warning> w;
  EXPECT_EQ(text_of("tanggal,kasus,jumlah_kasus\n2020-06-25,0.123,10\n", "Sigi", &w).find("0.123"), std::string::npos);
  EXPECT_EQ(text_of("tanggal;kasus;jumlah_kasus\n2020-06-25;2,500;10\n", "Sigi", &w).find("2.500"), std::string::npos);
  EXPECT_NE(w.at(0).message.find("is no count"), std::string::npos);
  // Negative day counts are left out (important warning), never written.
  const std::string neg = text_of("tanggal,kasus,jumlah_kasus\n2020-06-24,-5,10\n2020-06-25,-3,7\n", "Sigi", &w);
  EXPECT_EQ(neg.find("-3"), std::string::npos) << neg;
  EXPECT_EQ(neg.find("Pada hari yang sama"), std::string::npos) << neg;
  // More recovered than cases: no share.
  const std::string over = text_of("tanggal,jumlah_kasus,akumulasi_sembuh\n2020-06-25,10,15\n", "Sigi", &w);
  EXPECT_EQ(over.find("telah sembuh"), std::string::npos) << over;
  // Two trailing days of zeros: the bulletin is of the last day with totals.
  EXPECT_NE(text_of("tanggal,KASUS,AKUMULASI_KASUS\n2020-06-25,3,184\n2020-06-26,0,0\n2020-06-27,0,0\n", "Sigi")
                .find("mencapai 184 orang"),
            std::string::npos);
  // A table shows only days in a row.
  const std::string gap = text_of("tanggal,kasus\n2020-03-01,1\n2020-06-24,2\n2020-06-25,3\n", "Sigi");
  EXPECT_EQ(gap.find("Maret"), std::string::npos) << gap;
}

// Found by the second probe.
TEST(DataInput, SecondProbeCases) {
  auto conversion = [](const std::string& input, const std::string& region, const std::string& data_dir = "") {
    ConvertOptions o;
    o.read.source_name = "uji.csv";
    o.read.region = region;
    o.read.data_dir = data_dir;
    o.formats = {"text"};
    return convert(input, o);
  };
  // A province and a regency of one name: each its own figures.
  const std::string gor = "tanggal,provinsi,kabupaten,kasus_baru\n2020-06-26,Gorontalo,,110\n"
                          "2020-06-26,Gorontalo,Gorontalo,50\n2020-06-26,Gorontalo,Boalemo,60\n";
  EXPECT_NE(conversion(gor, "Gorontalo").outputs[0].content.find("tercatat 110 kasus positif baru di Gorontalo"), std::string::npos);
  EXPECT_NE(conversion(gor, "Kabupaten Gorontalo").outputs[0].content.find("tercatat 50 kasus positif baru di Kabupaten Gorontalo"),
            std::string::npos);
  // A file that names only "Gorontalo" holds no regency of that name.
  EXPECT_THROW(conversion("tanggal,wilayah,kasus_baru\n2020-06-26,Gorontalo,4\n", "Kabupaten Gorontalo"), Error);
  // Two bare names of one pair are refused, not told apart by their order.
  if (const auto e = error_of([&] { conversion("tanggal,jumlah_positif,positif\n2020-06-26,5,100\n", "Sigi"); })) {
    EXPECT_NE(std::string(e->what()).find("could each hold"), std::string::npos) << e->what();
  }
  // The share recovered rounded down, and none below 0,1 %.
  EXPECT_NE(conversion("tanggal,jumlah_kasus,jumlah_sembuh_kum\n2020-06-20,10000,9999\n", "Sigi").outputs[0].content.find("99,9%"),
            std::string::npos);
  EXPECT_EQ(conversion("tanggal,jumlah_kasus,jumlah_sembuh_kum\n2020-06-20,10000,4\n", "Sigi").outputs[0].content.find("telah sembuh"),
            std::string::npos);
  // More new cases than the total: an important warning.
  const Conversion swapped = conversion("tanggal,kasus_baru,jumlah_kasus\n2020-06-20,100,5\n", "Sigi");
  ASSERT_FALSE(swapped.document.warnings.empty());
  EXPECT_NE(swapped.document.warnings[0].message.find("more than the total"), std::string::npos);
  // A total falling to zero in the middle of a series is warned of.
  const Conversion mid = conversion("tanggal,jumlah_kasus\n2020-06-20,11\n2020-06-21,0\n2020-06-22,12\n", "Sigi");
  EXPECT_TRUE(std::any_of(mid.document.warnings.begin(), mid.document.warnings.end(),
                          [](const Warning& w) { return w.message.find("falls from 11 to 0") != std::string::npos; }));
  // A malformed row: its line and the byte offset where it starts.
  if (const auto e = error_of([&] { conversion("tanggal,kasus\n2021-01-01,5,6\n", "Sigi"); })) {
    EXPECT_EQ(e->where().line, 2u);
    ASSERT_TRUE(e->where().byte_offset.has_value());
    EXPECT_EQ(*e->where().byte_offset, 14u);
  }
  // A column file that is not there is an option error, not a data-folder error.
  ConvertOptions o;
  o.read.source_name = "uji.csv";
  o.read.region = "Sigi";
  o.read.columns_file = "/tidak/ada.tsv";
  if (const auto e = error_of([&] { convert("tanggal,kasus\n2021-01-01,5\n", o); })) {
    EXPECT_EQ(e->code(), ErrorCode::InvalidOption) << e->what();
  }
  // A headline naming a field a bulletin may lack is a data-file error, never a crash.
  test::TempDir dir;
  std::filesystem::copy(data_directory(), dir.path() / "data", std::filesystem::copy_options::recursive);
  std::string texts = test::read_file(dir.path() / "data" / "data-bulletin-id.tsv");
  const std::string headline = "headline\tPerkembangan Covid-19 di {region}, {date}";
  ASSERT_NE(texts.find(headline), std::string::npos);
  texts.replace(texts.find(headline), headline.size(), headline + " {confirmed_total}");
  test::write_file(dir.path() / "data" / "data-bulletin-id.tsv", texts);
  if (const auto e = error_of([&] { conversion("tanggal,kasus_baru\n2021-01-01,5\n", "Sigi", (dir.path() / "data").string()); })) {
    EXPECT_EQ(e->code(), ErrorCode::DataFile) << e->what();
  }
}

// A bidi override in a region's name would turn the date and figures after it
// around in every output: names keep no bidi or control characters.
TEST(DataInput, RegionNamesKeepNoBidiControls) {
  ConvertOptions o;
  o.read.source_name = "rlo.csv";
  o.formats = {"text", "html"};
  const Conversion c = convert("tanggal,wilayah,kasus_baru\n2020-06-26,Ko\xE2\x80\xAEta Ajaib,4\n", o);
  for (const Output& out : c.outputs) {
    EXPECT_EQ(out.content.find("\xE2\x80\xAE"), std::string::npos) << out.format;
    EXPECT_NE(out.content.find("Kota Ajaib"), std::string::npos) << out.format;
  }
}

TEST(DataInput, DatesWrittenMonthFirstAreRefused) {
  ConvertOptions o;
  o.read.source_name = "us.csv";
  o.read.region = "Sigi";
  if (const auto e = error_of([&] { convert("tanggal,kasus\n06/10/2020,1\n06/13/2020,2\n", o); })) {
    EXPECT_NE(std::string(e->what()).find("month first"), std::string::npos) << e->what();
  }
}


// The chart says the numbers of its table: the SVG's bar labels are the
// table's column, and the PDF draws the same labels.
TEST(DataInput, TheChartsNumbersAreItsTables) {
  AKSESIBEL_REQUIRE_CORPUS();
  const Conversion c = convert_file(data_file(kJson), {"html", "large-print-pdf"}, "Indonesia");
  const std::string& html = c.outputs[0].content;
  const std::size_t svg = html.find("<svg"), end = html.find("</svg>");
  ASSERT_NE(svg, std::string::npos);
  std::vector<std::string> bars;
  const std::string picture = html.substr(svg, end - svg);
  static const std::regex value(R"(<text[^>]*font-size="12"[^>]*>([^<]*)</text>)");
  for (auto it = std::sregex_iterator(picture.begin(), picture.end(), value); it != std::sregex_iterator(); ++it)
    bars.push_back((*it)[1]);
  // The table after it: the second cell of each body row.
  std::vector<std::string> column;
  const std::string table = html.substr(end, html.find("</table>", end) - end);
  static const std::regex row(R"(<tr><th scope="row">.*?</th><td class="angka">([^<]*)</td>)");
  for (auto it = std::sregex_iterator(table.begin(), table.end(), row); it != std::sregex_iterator(); ++it)
    column.push_back((*it)[1]);
  EXPECT_EQ(bars.size(), 14u);
  EXPECT_EQ(bars, column);
  EXPECT_EQ(bars.back(), "533");
  // The picture is one image, named by its title; the caption points to the table.
  EXPECT_NE(picture.find("role=\"img\" aria-labelledby=\"grafik-1-judul\""), std::string::npos);
  EXPECT_NE(html.find("Angka-angkanya ada di tabel berikut."), std::string::npos);
  if (!have_pdftotext()) GTEST_SKIP() << "pdftotext (poppler-utils) is missing";
  const std::string text = pdf_text(c.outputs[1].content, "-layout");
  EXPECT_TRUE(std::regex_search(text, std::regex(R"(9/5\s+533)"))) << text;
  EXPECT_TRUE(std::regex_search(text, std::regex(R"(26/4\s+275)"))) << text;
}


TEST(DataInput, TheRegionsOfAFile) {
  ReadOptions o;
  o.source_name = "wilayah.csv";
  const auto regions = statistics_regions(
      "provinsi,kabupaten,tanggal,kasus\nSULAWESI TENGAH,KOTA PALU,2020-06-24,4\nSULAWESI TENGAH,KOTA PALU,2020-06-25,5\n"
      "SULAWESI TENGAH,KAB. SIGI,2020-06-25,3\n",
      o);
  ASSERT_EQ(regions.size(), 2u);
  EXPECT_EQ(regions[0].name, "KOTA PALU");
  EXPECT_EQ(regions[0].official, "Kota Palu");
  EXPECT_EQ(regions[0].first_date, "2020-06-24");
  EXPECT_EQ(regions[0].last_date, "2020-06-25");
  EXPECT_EQ(regions[0].days, 2u);
  EXPECT_EQ(regions[1].official, "Kabupaten Sigi");
  o.source_name = "buletin.txt";
  if (const auto e = error_of([&] { statistics_regions("Judul\n\nIsi buletin.\n", o); })) {
    EXPECT_NE(std::string(e->what()).find("no statistics file"), std::string::npos) << e->what();
  }
}


// A negative total is no count: left out with an important warning; the
// conversion (braille too) goes on with what is left.
TEST(DataInput, ANegativeTotalIsLeftOut) {
  const Conversion c = convert_as("tanggal,jumlah_kasus,kasus_baru\n2020-06-25,-5,2\n", "neg.csv", "Sigi", {"text", "brf"});
  EXPECT_EQ(c.outputs[0].content.find("-5"), std::string::npos);
  ASSERT_FALSE(c.document.warnings.empty());
  EXPECT_TRUE(c.document.warnings[0].important);
}

// ---------------------------------------------------------------- prov.json, data.json

fs::path example_data(const std::string& name) { return test::examples_dir() / "data" / name; }

// "53.707317" → "53,7%", as every variant writes a share: rounded half up
// (6,25 → 6,3).
std::string share_text(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f%%", std::round(v * 10) / 10);
  std::string s = buf;
  s[s.find('.')] = ',';
  return s;
}

// Every count of a province in prov.json (the test's own parse: totals, the
// day's increments, each group of sex and age) is in the text, the html page,
// the plain language, the braille read back and the large-print PDF.
TEST(DataInput, ProvJsonEveryFigureOfAProvinceInEveryVariant) {
  const auto j = nlohmann::json::parse(test::read_file(example_data("covid19goid-prov-sample.json")));
  for (const auto& p : j["list_data"]) {
    const std::string name = p["key"];
    const Conversion c =
        convert_file(example_data("covid19goid-prov-sample.json"), {"text", "html", "plain", "brf", "large-print-pdf"}, name);
    EXPECT_EQ(c.document.metadata.date, j["last_date"]);
    std::vector<std::string> counts;
    for (const char* f : {"jumlah_kasus", "jumlah_sembuh", "jumlah_meninggal", "jumlah_dirawat"})
      counts.push_back(indonesian(std::to_string(p[f].get<long>())));
    for (const auto& [k, v] : p["penambahan"].items()) counts.push_back(indonesian(std::to_string(v.get<long>())));
    for (const char* dim : {"jenis_kelamin", "kelompok_umur"})
      for (const auto& g : p[dim]) counts.push_back(indonesian(std::to_string(g["doc_count"].get<long>())));
    std::map<std::string, double> facts;
    for (const Fact& f : c.document.facts) facts[f.kind] = f.value;
    EXPECT_EQ(facts["confirmed_total"], p["jumlah_kasus"].get<double>()) << name;
    EXPECT_EQ(facts["confirmed_new"], p["penambahan"]["positif"].get<double>()) << name;
    EXPECT_EQ(facts["active"], p["jumlah_dirawat"].get<double>()) << name;
    const std::string braille = braille_read_back(c);
    const std::string html = without_tags(c.outputs[1].content);
    const std::string pdf = have_pdftotext() ? pdf_text(c.outputs[4].content) : "";
    for (const std::string& n : counts) {
      const std::regex alone("(^|[^0-9.,])" + std::regex_replace(n, std::regex(R"(\.)"), R"(\.)") + "($|[^0-9])");
      EXPECT_TRUE(std::regex_search(c.outputs[0].content, alone)) << name << " " << n;
      EXPECT_TRUE(std::regex_search(html, alone)) << name << " " << n;
      EXPECT_TRUE(std::regex_search(c.outputs[2].content, alone)) << name << " " << n;
      EXPECT_TRUE(std::regex_search(braille, alone)) << name << " " << n;
      if (!pdf.empty()) {
        EXPECT_TRUE(std::regex_search(pdf, alone)) << name << " " << n;
      }
    }
    // The groups add up to the cases whose sex is recorded, not the total: the caption says so.
    EXPECT_NE(c.outputs[0].content.find("menurut jenis kelamin, sejauh datanya tercatat"), std::string::npos);
    EXPECT_NE(c.outputs[0].content.find("60 tahun ke atas"), std::string::npos);
    EXPECT_TRUE(c.document.warnings.empty()) << c.document.warnings[0].message;
  }
}

// The prov.json of mid-2020 had no day's increments: totals only, no
// sentence about new cases; Indonesia is no region of the file (provinces are
// never summed); a count that is no whole number is left out, named.
TEST(DataInput, ProvJsonOfTotalsOnlyAndItsErrors) {
  auto j = nlohmann::json::parse(test::read_file(example_data("covid19goid-prov-sample.json")));
  for (auto& p : j["list_data"]) p.erase("penambahan");
  j["list_data"][0]["jenis_kelamin"][1]["doc_count"] = -3;
  const Conversion c = convert_as(j.dump(), "prov.json", "Sulawesi Tengah");
  const std::string& text = c.outputs[0].content;
  EXPECT_EQ(text.find("baru"), std::string::npos) << text;
  EXPECT_NE(text.find("mencapai 2.143 orang"), std::string::npos) << text;
  EXPECT_EQ(text.find("Perempuan"), std::string::npos) << "the bad group is left out\n" << text;
  ASSERT_FALSE(c.document.warnings.empty());
  EXPECT_TRUE(c.document.warnings[0].important);
  EXPECT_NE(c.document.warnings[0].message.find("list_data[0].jenis_kelamin[1].doc_count"), std::string::npos)
      << c.document.warnings[0].message;
  if (const auto e = error_of([&] { convert_as(j.dump(), "prov.json", "Indonesia"); })) {
    EXPECT_NE(std::string(e->what()).find("never summed"), std::string::npos) << e->what();
  }
  if (const auto e = error_of([&] { convert_as(j.dump(), "prov.json", ""); })) {
    EXPECT_NE(std::string(e->what()).find("4 regions"), std::string::npos) << e->what();
  }
  j["last_date"] = "kemarin";
  if (const auto e = error_of([&] { convert_as(j.dump(), "prov.json", "Gorontalo"); })) {
    EXPECT_NE(std::string(e->what()).find("last_date"), std::string::npos) << e->what();
  }
}

// data.json: every share of every group and population, rounded to one
// decimal, in the text and the braille; each table captioned by how its
// shares read, as the figures show it (sex and age: each column adds up to
// 100; comorbidity and symptom: the outcomes divide the cases' share).
TEST(DataInput, DataJsonSharesAndHowTheyRead) {
  const auto j = nlohmann::json::parse(test::read_file(example_data("covid19goid-data-sample.json")));
  const Conversion c = convert_file(example_data("covid19goid-data-sample.json"), {"text", "brf", "html"});
  EXPECT_EQ(plain_text(c.document.metadata.title), "Karakteristik kasus Covid-19 di Indonesia, Minggu, 13 September 2020");
  const std::string& text = c.outputs[0].content;
  const std::string braille = braille_read_back(c);
  for (const char* pop : {"kasus", "sembuh", "meninggal", "perawatan"})
    for (const char* dim : {"jenis_kelamin", "kelompok_umur", "kondisi_penyerta", "gejala"})
      for (const auto& g : j[pop][dim]["list_data"]) {
        const std::string v = share_text(g["doc_count"].get<double>());
        EXPECT_NE(text.find(v), std::string::npos) << pop << " " << dim << " " << v;
        EXPECT_NE(braille.find(v), std::string::npos) << pop << " " << dim << " " << v;
      }
  auto count = [&](const std::string& s) {
    std::size_t n = 0;
    for (std::size_t at = text.find(s); at != std::string::npos; at = text.find(s, at + 1)) ++n;
    return n;
  };
  EXPECT_EQ(count("berjumlah 100%"), 2u) << text;                  // sex, age
  EXPECT_EQ(count("dibagi menurut keadaannya: sembuh, meninggal dan masih dirawat"), 2u) << text;  // comorbidity, symptom
  // Headers say what each share is of: a row read alone cannot be heard as "66 % of men died".
  const std::string& html = c.outputs[2].content;
  auto headers = [&](const std::string& h) {
    std::size_t n = 0;
    const std::string th = "<th scope=\"col\">" + h + "</th>";
    for (std::size_t at = html.find(th); at != std::string::npos; at = html.find(th, at + 1)) ++n;
    return n;
  };
  EXPECT_EQ(headers("Dari semua yang meninggal"), 2u) << "sex, age";
  EXPECT_EQ(headers("Meninggal (dari semua kasus)"), 2u) << "comorbidity, symptom";
  EXPECT_EQ(count("lebih dari satu"), 2u) << text;
  EXPECT_NE(text.find("Data kondisi penyerta tercatat untuk 700 kasus positif; 96,7% kasus"), std::string::npos) << text;
  EXPECT_NE(text.find("TBC"), std::string::npos);
  EXPECT_NE(text.find("18 sampai 30 tahun"), std::string::npos);
  EXPECT_TRUE(c.document.warnings.empty()) << c.document.warnings[0].message;
  ReadOptions o;
  o.source_name = "data.json";
  const auto regions = statistics_regions(test::read_file(example_data("covid19goid-data-sample.json")), o);
  ASSERT_EQ(regions.size(), 1u);
  EXPECT_EQ(regions[0].name, "Indonesia");
  EXPECT_EQ(regions[0].first_date, "2020-09-13");
}

// The API leaves out a group of no cases from an outcome's list (data.json
// of 8 May 2020: no "GANGGUAN IMUN" among the treated): it counts as none
// when the shares are checked, and its cell stays empty.
TEST(DataInput, DataJsonGroupMissingFromAnOutcome) {
  auto j = nlohmann::json::parse(test::read_file(example_data("covid19goid-data-sample.json")));
  auto& treated = j["perawatan"]["kondisi_penyerta"]["list_data"];
  double asma_treated = 0;
  for (auto it = treated.begin(); it != treated.end(); ++it)
    if ((*it)["key"] == "ASMA") {
      asma_treated = (*it)["doc_count"].get<double>();
      treated.erase(it);
      break;
    }
  ASSERT_GT(asma_treated, 0);
  for (auto& g : j["kasus"]["kondisi_penyerta"]["list_data"])
    if (g["key"] == "ASMA") g["doc_count"] = g["doc_count"].get<double>() - asma_treated;
  const Conversion c = convert_as(j.dump(), "data.json", "");
  const std::string& text = c.outputs[0].content;
  EXPECT_NE(text.find("dibagi menurut keadaannya: sembuh, meninggal dan masih dirawat"), std::string::npos) << text;
  EXPECT_TRUE(std::regex_search(
      text, std::regex(R"(\nAsma: Kasus positif [0-9,]+%; Sembuh \(dari semua kasus\) [0-9,]+%; Meninggal \(dari semua kasus\) [0-9,]+%\n)")))
      << "no figure for the treated\n" << text;
  EXPECT_TRUE(c.document.warnings.empty()) << c.document.warnings[0].message;
}

// Shares that add up neither way cannot be captioned truthfully: the cases'
// column alone, with an important warning. A file of no groups is an error.
TEST(DataInput, DataJsonSharesThatAddUpNeitherWay) {
  auto j = nlohmann::json::parse(test::read_file(example_data("covid19goid-data-sample.json")));
  j["meninggal"]["jenis_kelamin"]["list_data"][0]["doc_count"] = 20.0;
  const Conversion c = convert_as(j.dump(), "data.json", "");
  const std::string& text = c.outputs[0].content;
  const std::size_t sex = text.find("Menurut jenis kelamin"), age = text.find("Menurut kelompok umur");
  ASSERT_NE(sex, std::string::npos);
  const std::string part = text.substr(sex, age - sex);
  EXPECT_EQ(part.find("Meninggal"), std::string::npos) << part;
  EXPECT_EQ(part.find("berjumlah 100%"), std::string::npos) << part;
  bool warned = false;
  for (const Warning& w : c.document.warnings) warned = warned || (w.important && w.message.find("jenis_kelamin") != std::string::npos);
  EXPECT_TRUE(warned);
  if (const auto e = error_of([&] { convert_as(R"({"last_update": "2020-05-08", "kasus": {}})", "data.json", ""); })) {
    EXPECT_NE(std::string(e->what()).find("no groups"), std::string::npos) << e->what();
  }
  if (const auto e = error_of([&] { convert_as(R"({"last_update": "2020-05-08", "kasus": {}})", "data.json", "Sulawesi Tengah"); })) {
    EXPECT_NE(std::string(e->what()).find("no groups"), std::string::npos) << e->what();
  }
}

// What a probe of the two readers found: each bad value gets a warning that
// names it briefly (never a crash, never the whole of a huge value), and no
// figure is read other than as written.
TEST(DataInput, ProbedGroupValuesGiveWarningsNotWrongFigures) {
  auto has_warning = [](const Conversion& c, const std::string& part) {
    for (const Warning& w : c.document.warnings)
      if (w.message.find(part) != std::string::npos) return true;
    return false;
  };
  auto data = nlohmann::json::parse(test::read_file(example_data("covid19goid-data-sample.json")));
  {
    auto j = data;
    j["kasus"]["jenis_kelamin"]["list_data"][1]["doc_count"] = "DEEP";  // a list 100 000 deep: was a crash (a dump recursed)
    j["kasus"]["gejala"]["list_data"][0]["doc_count"] = 6.25;
    j["kasus"]["gejala"]["list_data"].push_back({{"key", "Batuk"}, {"doc_count", 1.0}});  // "BATUK" again
    j["kasus"]["gejala"]["list_data"].push_back({{"key", ""}, {"doc_count", 1.0}});
    j["kasus"]["kelompok_umur"]["current_data"] = -3;
    j["kasus"]["kondisi_penyerta"]["list_data"][0]["key"] = "HIPER\u202ETENSI";
    std::string input = j.dump();
    input.replace(input.find("\"DEEP\""), 6, std::string(100000, '[') + "1" + std::string(100000, ']'));
    const Conversion c = convert_as(input, "data.json", "");
    const std::string& text = c.outputs[0].content;
    EXPECT_TRUE(has_warning(c, "kasus.jenis_kelamin.list_data[1].doc_count of 'PEREMPUAN' is a list"));
    EXPECT_TRUE(has_warning(c, "the group 'Batuk' is given twice"));
    EXPECT_TRUE(has_warning(c, "kasus.gejala.list_data[5] has no \"key\""));
    EXPECT_TRUE(has_warning(c, "kasus.kelompok_umur.current_data is -3"));
    EXPECT_EQ(text.find("\u202E"), std::string::npos);
    EXPECT_NE(text.find("Hipertensi"), std::string::npos) << "the bidi control is dropped, the name kept";
    EXPECT_EQ(text.find("Data kelompok umur tercatat"), std::string::npos);
    for (const Warning& w : c.document.warnings) EXPECT_LT(w.message.size(), 400u) << w.message.substr(0, 400);
  }
  auto prov = nlohmann::json::parse(test::read_file(example_data("covid19goid-prov-sample.json")));
  {
    auto j = prov;
    j["list_data"][0]["jenis_kelamin"][0]["doc_count"] = "1.000";             // was read as 1
    j["list_data"][0]["kelompok_umur"][0]["doc_count"] = 9007199254740993ULL;  // was shown as …992
    j["list_data"][0]["kelompok_umur"][1]["doc_count"] = 5000;                  // the groups exceed the cases
    for (int k = 0; k < 150; ++k)                                              // another province's many bad groups
      j["list_data"][2]["kelompok_umur"].push_back({{"key", "X" + std::to_string(k)}, {"doc_count", -1}});
    const Conversion c = convert_as(j.dump(), "prov.json", "Sulawesi Tengah");
    const std::string& text = c.outputs[0].content;
    EXPECT_TRUE(has_warning(c, "list_data[0].jenis_kelamin[0].doc_count of 'LAKI-LAKI' is '1.000'"));
    EXPECT_TRUE(has_warning(c, "list_data[0].kelompok_umur[0].doc_count of '0-5' is 9007199254740993"));
    EXPECT_TRUE(has_warning(c, "list_data[0].kelompok_umur: the groups add up to"));
    EXPECT_FALSE(has_warning(c, "list_data[2]")) << "another province's groups are its own bulletin's business";
    EXPECT_EQ(text.find("Laki-laki"), std::string::npos) << text;
    EXPECT_EQ(text.find("9.007.199"), std::string::npos) << text;
  }
}

}  // namespace
}  // namespace aksesibel
