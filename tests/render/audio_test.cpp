// The talking bulletin: numbers in words, the spoken script of every
// bulletin, and the audio decoded back with libopusfile.
#include <gtest/gtest.h>
#include <opus/opusfile.h>

#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>
#include <thread>

#include "aksesibel/convert.hpp"
#include "aksesibel/options.hpp"
#include "speech/number_words.hpp"
#include "support.hpp"

namespace aksesibel {
namespace {

using nlohmann::json;

// An Indonesian number said in words, read back by rules of its own (not
// the library's): "empat belas ribu lima puluh empat" → 14054, "satu koma
// dua juta" → 1200000, "delapan puluh dua koma tujuh persen" → 82.7.
std::optional<double> read_back(const std::string& words) {
  static const std::map<std::string, int> kDigit = {{"nol", 0},  {"satu", 1},  {"dua", 2},     {"tiga", 3},
                                                    {"empat", 4}, {"lima", 5}, {"enam", 6},    {"tujuh", 7},
                                                    {"delapan", 8}, {"sembilan", 9}};
  static const std::map<std::string, double> kScale = {{"ribu", 1e3}, {"juta", 1e6}, {"miliar", 1e9}, {"triliun", 1e12}};
  std::istringstream in(words);
  std::string w;
  double total = 0, hundreds = 0, small = 0, decimals = 0, place = 0.1;
  bool any = false, after_comma = false;
  while (in >> w) {
    if (after_comma && kDigit.count(w)) {
      decimals += kDigit.at(w) * place;
      place /= 10;
    } else if (kDigit.count(w)) small += kDigit.at(w), any = true;
    else if (w == "sepuluh") small += 10, any = true;
    else if (w == "sebelas") small += 11, any = true;
    else if (w == "belas") small += 10;
    else if (w == "puluh") small *= 10;
    else if (w == "seratus") hundreds += 100, any = true;
    else if (w == "ratus") hundreds += small * 100, small = 0;
    else if (w == "seribu") total += 1000, any = true;
    else if (kScale.count(w)) {
      if (after_comma) {  // "satu koma dua juta"
        total = (total + hundreds + small + decimals) * kScale.at(w);
        hundreds = small = decimals = 0;
        after_comma = false;
      } else {
        total += (hundreds + small) * kScale.at(w);
        hundreds = small = 0;
      }
    } else if (w == "koma") after_comma = true;
    else if (w == "persen" || w == "rupiah") continue;
    else return std::nullopt;
  }
  if (!any) return std::nullopt;
  return total + hundreds + small + decimals;
}

TEST(NumberWords, AsANewsreaderSaysThem) {
  using speech::integer_words;
  EXPECT_EQ(integer_words(0), "nol");
  EXPECT_EQ(integer_words(11), "sebelas");
  EXPECT_EQ(integer_words(19), "sembilan belas");
  EXPECT_EQ(integer_words(100), "seratus");
  EXPECT_EQ(integer_words(110), "seratus sepuluh");
  EXPECT_EQ(integer_words(213), "dua ratus tiga belas");
  EXPECT_EQ(integer_words(1000), "seribu");
  EXPECT_EQ(integer_words(1100), "seribu seratus");
  EXPECT_EQ(integer_words(14054), "empat belas ribu lima puluh empat");
  EXPECT_EQ(integer_words(21000), "dua puluh satu ribu");
  EXPECT_EQ(integer_words(1000000), "satu juta");
  EXPECT_EQ(integer_words(2313829), "dua juta tiga ratus tiga belas ribu delapan ratus dua puluh sembilan");
  EXPECT_EQ(integer_words(270000000), "dua ratus tujuh puluh juta");
  EXPECT_EQ(integer_words(1500000000), "satu miliar lima ratus juta");
  EXPECT_EQ(speech::numeral_words("82,7"), "delapan puluh dua koma tujuh");
  EXPECT_EQ(speech::numeral_words("2,77"), "dua koma tujuh tujuh");  // decimals digit by digit
  EXPECT_EQ(speech::numeral_words("50,0"), "lima puluh koma nol");    // as printed
  EXPECT_EQ(speech::numeral_words("14.054"), "empat belas ribu lima puluh empat");
  EXPECT_EQ(speech::numeral_words("14.05x"), "");
  EXPECT_EQ(speech::digits_in_words("Covid-19"), "Covid sembilan belas");
  EXPECT_EQ(speech::digits_in_words("hubungi 0811-4500"), "hubungi nol delapan satu satu empat lima nol nol");
  for (std::uint64_t n : {0ull, 7ull, 10ull, 99ull, 101ull, 999ull, 1001ull, 12901ull, 100000ull, 998400ull, 234666020ull,
                          999999999999ull})
    EXPECT_EQ(read_back(integer_words(n)), static_cast<double>(n)) << n;
}

json script_of(const std::filesystem::path& file, ConvertOptions o = {}) {
  o.read.source_name = file.filename().string();
  o.formats = {"audio-script"};
  return json::parse(convert(test::read_file(file), o).outputs[0].content);
}

std::filesystem::path sample() { return test::examples_dir() / "buletin-sulteng-2021-07-14.txt"; }

// Everything the talking bulletin of a short bulletin says, one utterance a line.
std::string said_of(const std::string& bulletin) {
  ConvertOptions o;
  o.read.source_name = "uji.txt";
  o.formats = {"audio-script"};
  const json s = json::parse(convert(bulletin, o).outputs[0].content);
  std::string all;
  for (const json& c : s["chapters"])
    for (const json& u : c["utterances"]) all += u["text"].get<std::string>() + "\n";
  return all;
}

TEST(SpokenScript, TheSampleBulletin) {
  const json s = script_of(sample());
  EXPECT_EQ(s["language"], "id");
  EXPECT_EQ(s["words_per_minute"], 175);
  std::vector<std::string> chapters;
  for (const json& c : s["chapters"]) chapters.push_back(c["title"]);
  // The title, the Ringkasan first, the text before the first section, then each section.
  ASSERT_EQ(chapters.size(), 5u);
  EXPECT_EQ(chapters[1], "Ringkasan");
  EXPECT_EQ(chapters[2], "Isi buletin");
  EXPECT_EQ(chapters[3], "Sebaran kasus per kabupaten");
  std::string all;
  for (const json& c : s["chapters"])
    for (const json& u : c["utterances"]) all += u["text"].get<std::string>() + "\n";
  for (const char* said :
       {// the headline and the date line, the date from the model's value
        "Palu (ANTARA), Rabu, empat belas Juli dua ribu dua puluh satu.",
        "Jumlah kasus positif di Sulawesi Tengah: empat belas ribu lima puluh empat",
        // abbreviations written out once, spelled when said letter by letter
        "Pusat Data dan Informasi (Pusdatina)", "Dinas Komunikasi, Informatika, Persandian, dan Statistik (ka i pe es)",
        // numbers, percentages, decimals and scales
        "dua belas persen dari seribu tujuh ratus tujuh puluh lima spesimen", "satu koma dua juta dosis",
        "sembilan puluh lima koma lima persen",
        // a time of day with its zone
        "pukul lima belas WITA",
        // headings announced, tables row by row with their headers
        "Bagian: Sebaran kasus per kabupaten.", "Nomor satu: Kota Palu.", "Kasus baru: tujuh puluh lima.",
        "Tempat tidur: seratus dua puluh empat; Terisi: delapan puluh tujuh;", "Akhir tabel.", "Sumber: ANTARA.",
        "Akhir buletin."})
    EXPECT_NE(all.find(said), std::string::npos) << said << "\n" << all;
  EXPECT_EQ(all.find("(Pusdatina)", all.find("(Pusdatina)") + 1), std::string::npos) << "written out twice";
}

// Every bulletin: no digit is left for the voice to guess, every number of
// the document is said, and its words read back to its value.
class SpokenScriptOfEveryBulletin : public ::testing::TestWithParam<std::filesystem::path> {};

TEST_P(SpokenScriptOfEveryBulletin, SaysEveryNumberInWordsThatReadBackToItsValue) {
  const auto file = GetParam();
  if (!std::filesystem::exists(file)) GTEST_SKIP() << "missing " << file;
  ConvertOptions o;
  o.read.source_name = file.filename().string();
  o.formats = {"audio-script"};
  const Conversion c = convert(test::read_file(file), o);
  const json s = json::parse(c.outputs[0].content);
  std::set<std::string> said;
  std::size_t characters = 0;
  for (const json& ch : s["chapters"])
    for (const json& u : ch["utterances"]) {
      const std::string text = u["text"];
      characters += text.size();
      EXPECT_FALSE(std::regex_search(text, std::regex("[0-9]"))) << text;
      for (const json& n : u["numbers"]) {
        const std::string words = n["words"];
        said.insert(n["printed"].get<std::string>());
        EXPECT_NE(text.find(words), std::string::npos) << words << " not in: " << text;
        if (n["digits"].get<bool>()) {  // a telephone number, digit by digit
          static const char* kNames[] = {"nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"};
          std::string want;
          for (char d : n["printed"].get<std::string>()) want += (want.empty() ? "" : " ") + std::string(kNames[d - '0']);
          EXPECT_EQ(words, want);
          continue;
        }
        const auto value = read_back(words);
        ASSERT_TRUE(value.has_value()) << words;
        const double want = n["value"];
        EXPECT_NEAR(*value, want, std::abs(want) * 1e-12) << n["printed"] << " said " << words;
      }
    }
  EXPECT_GT(characters, 0u);
  for (const Inline* i : test::all_inlines(c.document))
    if (i->kind == Inline::Kind::Number) {
      EXPECT_TRUE(said.count(reader_text(*i))) << reader_text(*i) << " is not said";
    }
}

std::vector<std::filesystem::path> bulletins_and_data() {
  auto files = test::bulletins();
  for (const auto& f : test::corpus_files({".csv", ".json"})) files.push_back(f);
  return files;
}

INSTANTIATE_TEST_SUITE_P(All, SpokenScriptOfEveryBulletin, ::testing::ValuesIn(bulletins_and_data()),
                         [](const auto& info) { return test::file_param_name(info.param) + "_" + std::to_string(info.index); });

// "Rp 1,5 M", "Rp 250 rb", "3 jt": the scale said in full, its value read back; the
// dash of "Rp1.500,-" is no word.
TEST(SpokenScript, ShortScalesAreSaidInFull) {
  const std::string all = said_of("Anggaran Covid-19 di Palu\n\nPemerintah menyiapkan Rp 1,5 M, bantuan Rp 250 rb dan "
                                  "Rp1.500,- per orang, serta 3 jt masker.\n");
  for (const char* said : {"satu koma lima miliar rupiah", "dua ratus lima puluh ribu rupiah", "seribu lima ratus rupiah per orang",
                           "tiga juta masker"})
    EXPECT_NE(all.find(said), std::string::npos) << said << "\n" << all;
  EXPECT_EQ(all.find(",-"), std::string::npos) << all;
}

// Signs of comparison are said ("< 60%" is not "enam puluh persen").
TEST(SpokenScript, SignsOfComparisonAreSaid) {
  const std::string all = said_of("Keterisian Tempat Tidur di Palu\n\nKeterisian tempat tidur sudah < 60%, "
                                  "sepekan lalu > 90%; usia \u2265 60 tahun dan \u2264 17 tahun.\n");
  for (const char* said : {"kurang dari enam puluh persen", "lebih dari sembilan puluh persen",
                           "lebih dari atau sama dengan enam puluh tahun", "kurang dari atau sama dengan tujuh belas tahun"})
    EXPECT_NE(all.find(said), std::string::npos) << said << "\n" << all;
}

// The date a dateline prints is said in words ("Palu, Selasa, tujuh belas Agustus …", not
// the numbers between slashes); a body date whose printed day is wrong is said with that
// day, as printed, not corrected silently.
TEST(SpokenScript, DatesAreSaidAsPrintedInWords) {
  const std::string all = said_of("Vaksinasi di Palu\n\nPalu, Selasa (17/8/2021) - Vaksinasi digelar pada Kamis "
                                  "(17/8/2021) di balai kota.\n");
  EXPECT_NE(all.find("Palu, Selasa, tujuh belas Agustus dua ribu dua puluh satu."), std::string::npos) << all;
  EXPECT_NE(all.find("pada Kamis, tujuh belas Agustus"), std::string::npos) << all;
  EXPECT_EQ(all.find(" / "), std::string::npos) << all;
}

// A telephone number after its area code in brackets, or after a country code, is said
// digit by digit, never as an amount.
TEST(SpokenScript, TelephoneNumbersAfterAnAreaOrCountryCode) {
  const std::string all = said_of("Posko Covid-19 Palu\n\nHubungi (0451) 421234 atau +62 811-4500-123.\n");
  EXPECT_NE(all.find("nol empat lima satu empat dua satu dua tiga empat"), std::string::npos) << all;
  EXPECT_NE(all.find("plus enam dua delapan satu satu empat lima nol nol satu dua tiga"), std::string::npos) << all;
  EXPECT_EQ(all.find("ribu"), std::string::npos) << all;
}

TEST(SpokenScript, PlainLanguageToo) {
  ConvertOptions o;
  o.simplify = true;
  const json s = script_of(sample(), o);
  std::string all;
  for (const json& c : s["chapters"])
    for (const json& u : c["utterances"]) all += u["text"].get<std::string>() + "\n";
  EXPECT_NE(all.find("empat belas ribu lima puluh empat"), std::string::npos);
  EXPECT_FALSE(std::regex_search(all, std::regex("[0-9]")));
}

TEST(SpokenScript, RefusesASpeechRateNoVoiceCanSpeak) {
  ConvertOptions o;
  for (const char* bad : {"79", "451", "cepat"}) {
    try {
      set_option(o, "speech-rate", bad);
      ADD_FAILURE() << bad;
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::InvalidOption);
    }
  }
  set_option(o, "speech-rate", "300");
  EXPECT_EQ(o.audio.words_per_minute, 300u);
}

TEST(SpokenScript, ATooLongBulletinIsRefusedWithItsLimit) {
  std::string text = "Kasus baru di Palu bertambah.\n\n";
  for (int day = 1; text.size() < kMaxSpokenCharacters + 1000; ++day)
    text += "Pada hari ke-" + std::to_string(day) + ", pasien yang sembuh di kabupaten itu bertambah lagi.\n\n";
  ConvertOptions o;
  o.formats = {"audio-script"};
  try {
    const Conversion c = convert(text, o);
    ADD_FAILURE() << "no error: " << c.outputs[0].content.substr(0, 200);
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::InputTooLarge);
    EXPECT_NE(std::string(e.what()).find(std::to_string(kMaxSpokenCharacters)), std::string::npos) << e.what();
  }
}

struct Decoded {
  double seconds = 0;
  double rms = 0;
  std::map<std::string, std::string> comments;
};

Decoded decode(const std::string& opus) {
  Decoded d;
  int error = 0;
  OggOpusFile* f = op_open_memory(reinterpret_cast<const unsigned char*>(opus.data()), opus.size(), &error);
  EXPECT_NE(f, nullptr) << "op_open_memory: " << error;
  if (!f) return d;
  const OpusTags* tags = op_tags(f, -1);
  for (int k = 0; tags && k < tags->comments; ++k) {
    const std::string c(tags->user_comments[k], static_cast<std::size_t>(tags->comment_lengths[k]));
    d.comments[c.substr(0, c.find('='))] = c.substr(c.find('=') + 1);
  }
  std::vector<opus_int16> pcm(5760);
  double sum = 0;
  std::size_t n = 0;
  for (int got; (got = op_read(f, pcm.data(), static_cast<int>(pcm.size()), nullptr)) != 0;) {
    EXPECT_GT(got, 0) << "decoding failed";
    if (got < 0) break;
    for (int k = 0; k < got; ++k) sum += static_cast<double>(pcm[static_cast<std::size_t>(k)]) * pcm[static_cast<std::size_t>(k)];
    n += static_cast<std::size_t>(got);
  }
  d.seconds = static_cast<double>(n) / 48000.0;
  d.rms = n ? std::sqrt(sum / static_cast<double>(n)) : 0;
  op_free(f);
  return d;
}

// The sample bulletin in `format` (an audio format) and its script.
std::pair<std::string, json> sample_audio(const char* format) {
  ConvertOptions o;
  o.formats = {format, "audio-script"};
  const Conversion c = convert(test::read_file(sample()), o);
  return {c.outputs[0].content, json::parse(c.outputs[1].content)};
}

// 175 words a minute: about 15 characters of script a second, with pauses.
void expect_in_proportion(double seconds, const json& script) {
  const double per_character = seconds / script["characters"].get<double>();
  EXPECT_GT(per_character, 0.04) << seconds << " s";
  EXPECT_LT(per_character, 0.12) << seconds << " s";
}

TEST(Audio, DecodesWithChaptersAndLastsInProportionToTheScript) {
  const auto [opus, s] = sample_audio("audio");
  Decoded d = decode(opus);
  expect_in_proportion(d.seconds, s);
  EXPECT_GT(d.rms, 300) << "silent";
  EXPECT_EQ(d.comments["LANGUAGE"], "id");
  EXPECT_EQ(d.comments["DATE"], "2021-07-14");
  EXPECT_EQ(d.comments["CHAPTER001"], "00:00:00.000");
  EXPECT_EQ(d.comments["CHAPTER002NAME"], "Ringkasan");
  EXPECT_EQ(d.comments["CHAPTER004NAME"], "Sebaran kasus per kabupaten");
  // Chapter marks in order, inside the audio.
  std::string last = "00:00:00.000";
  for (std::size_t k = 2; k <= s["chapters"].size(); ++k) {
    char tag[16];
    std::snprintf(tag, sizeof tag, "CHAPTER%03zu", k);
    ASSERT_TRUE(d.comments.count(tag)) << tag;
    EXPECT_GT(d.comments[tag], last);
    last = d.comments[tag];
  }
  EXPECT_LT(std::stod(last.substr(0, 2)) * 3600 + std::stod(last.substr(3, 2)) * 60 + std::stod(last.substr(6)), d.seconds);

  // Fast speech for listeners used to it: the same script in less time.
  ConvertOptions o;
  set_option(o, "speech-rate", "350");
  o.formats = {"audio"};
  const Decoded fast = decode(convert(test::read_file(sample()), o).outputs[0].content);
  EXPECT_LT(fast.seconds, d.seconds * 0.7);
  EXPECT_GT(fast.seconds, d.seconds * 0.3);
}

// An MP3 read by this test's own rules: the ID3v2.4 tag's chapters, then
// MPEG audio frames from the first byte after it to the last.
struct Mp3 {
  std::vector<std::pair<std::string, unsigned>> chapters;  // title, end in ms
  double seconds = 0;
  bool frames_ok = false;
};

Mp3 read_mp3(const std::string& b) {
  Mp3 m;
  auto u8 = [&](std::size_t i) { return static_cast<unsigned>(static_cast<unsigned char>(b[i])); };
  auto synchsafe = [&](std::size_t i) { return (u8(i) << 21) | (u8(i + 1) << 14) | (u8(i + 2) << 7) | u8(i + 3); };
  if (b.size() < 10 || b.compare(0, 4, "ID3\x04", 4) != 0) return m;
  const std::size_t end = 10 + synchsafe(6);
  for (std::size_t i = 10; i + 10 <= end;) {
    const std::string id = b.substr(i, 4);
    const std::size_t size = synchsafe(i + 4);
    if (id == "CHAP") {
      std::size_t p = b.find('\0', i + 10) + 1;
      const unsigned end_ms = (u8(p + 4) << 24) | (u8(p + 5) << 16) | (u8(p + 6) << 8) | u8(p + 7);
      p += 16;  // start, end, two offsets; then the embedded TIT2 frame
      const std::size_t tsize = synchsafe(p + 4);
      m.chapters.emplace_back(b.substr(p + 11, tsize - 1), end_ms);
    }
    i += 10 + size;
  }
  std::size_t frames = 0, i = end;
  m.frames_ok = true;
  while (i + 4 <= b.size()) {
    const unsigned h = (u8(i) << 24) | (u8(i + 1) << 16) | (u8(i + 2) << 8) | u8(i + 3);
    // MPEG-2 Layer III, 22 050 Hz, 32 kb/s: 72 × 32000 / 22050 bytes a frame, plus padding.
    if ((h >> 21) != 0x7FF || ((h >> 19) & 3) != 2 || ((h >> 17) & 3) != 1 || ((h >> 12) & 15) != 4 || ((h >> 10) & 3) != 0) {
      m.frames_ok = false;
      break;
    }
    i += 72 * 32000 / 22050 + ((h >> 9) & 1);
    ++frames;
  }
  m.frames_ok = m.frames_ok && i == b.size();
  m.seconds = static_cast<double>(frames) * 576 / 22050;
  return m;
}

TEST(Audio, Mp3WithId3Chapters) {
  const auto [mp3, s] = sample_audio("audio-mp3");
  const Mp3 m = read_mp3(mp3);
  EXPECT_TRUE(m.frames_ok) << "not whole MPEG-2 Layer III frames after the tag";
  expect_in_proportion(m.seconds, s);
  ASSERT_EQ(m.chapters.size(), s["chapters"].size());
  for (std::size_t k = 0; k < m.chapters.size(); ++k) EXPECT_EQ(m.chapters[k].first, s["chapters"][k]["title"]);
  EXPECT_EQ(m.chapters[1].first, "Ringkasan");
  for (std::size_t k = 1; k < m.chapters.size(); ++k) EXPECT_GT(m.chapters[k].second, m.chapters[k - 1].second);
  // The last chapter ends where the audio does (the encoder's padding aside).
  EXPECT_NEAR(m.chapters.back().second / 1000.0, m.seconds, 0.2);
}

TEST(Audio, ThreadsTakeTurnsWithTheVoice) {
  // espeak-ng has one global state: two conversions at once each get their
  // whole bulletin, as long as when said alone. (Not the same bytes: espeak-ng's
  // pitch flutter runs on from one text to the next; docs/audio.md.)
  const std::string text = "Palu - Kasus baru bertambah 12 orang pada Senin (5/7/2021). Sebanyak 9.876 pasien sembuh.\n";
  ConvertOptions o;
  o.formats = {"audio"};
  const Decoded alone = decode(convert(text, o).outputs[0].content);
  std::string a, b;
  std::thread t1([&] { a = convert(text, o).outputs[0].content; });
  std::thread t2([&] { b = convert(text, o).outputs[0].content; });
  t1.join();
  t2.join();
  for (const std::string* out : {&a, &b}) {
    const Decoded d = decode(*out);
    EXPECT_NEAR(d.seconds, alone.seconds, 0.02 * alone.seconds);
    EXPECT_EQ(d.comments.size(), alone.comments.size());
    EXPECT_GT(d.rms, 300);
  }
}

}  // namespace
}  // namespace aksesibel
