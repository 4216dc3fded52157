// The accessible EPUB (format "epub"): its container, package metadata,
// navigation and content documents. EPUBCheck itself runs in tests/epub/.
#include <gtest/gtest.h>
#include <libxml/parser.h>
#include <zip.h>

#include <map>
#include <memory>
#include <regex>

#include "aksesibel/archive.hpp"
#include "aksesibel/convert.hpp"
#include "support.hpp"

namespace aksesibel {
namespace {

struct Entry {
  std::string name;
  std::string content;
  bool stored = false;
};

// The entries of a ZIP archive in their order, read back with libzip.
std::vector<Entry> unzip(const std::string& bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  EXPECT_NE(src, nullptr);
  zip_t* z = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  EXPECT_NE(z, nullptr) << zip_error_strerror(&error);
  if (!z) {
    zip_source_free(src);
    return {};
  }
  std::vector<Entry> out;
  for (zip_int64_t i = 0; i < zip_get_num_entries(z, 0); ++i) {
    zip_stat_t st;
    zip_stat_index(z, static_cast<zip_uint64_t>(i), 0, &st);
    std::string content(st.size, '\0');
    zip_file_t* f = zip_fopen_index(z, static_cast<zip_uint64_t>(i), 0);
    EXPECT_EQ(zip_fread(f, content.data(), content.size()), static_cast<zip_int64_t>(content.size()));
    zip_fclose(f);
    out.push_back({st.name, content, st.comp_method == ZIP_CM_STORE});
  }
  zip_close(z);
  return out;
}

std::map<std::string, std::string> files_of(const std::vector<Entry>& entries) {
  std::map<std::string, std::string> m;
  for (const Entry& e : entries) m[e.name] = e.content;
  return m;
}

bool well_formed(const std::string& xml) {
  xmlDocPtr d = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "x.xml", nullptr,
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  const bool ok = d != nullptr;
  xmlFreeDoc(d);
  return ok;
}

std::size_t count(const std::string& hay, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t p = hay.find(needle); p != std::string::npos; p = hay.find(needle, p + 1)) ++n;
  return n;
}

std::string epub_of(const std::filesystem::path& file, ConvertOptions o = {}) {
  o.read.source_name = file.filename().string();
  o.formats = {"epub"};
  return convert(test::read_file(file), o).outputs[0].content;
}

std::filesystem::path sample() { return test::examples_dir() / "buletin-sulteng-2021-07-14.txt"; }

// The content documents in reading order (the spine of the package document).
std::vector<std::string> spine(const std::map<std::string, std::string>& files) {
  const std::string& opf = files.at("EPUB/package.opf");
  std::map<std::string, std::string> href;
  const std::regex item(R"re(<item id="([^"]+)" href="([^"]+)")re");
  for (auto it = std::sregex_iterator(opf.begin(), opf.end(), item); it != std::sregex_iterator(); ++it)
    href[(*it)[1]] = (*it)[2];
  std::vector<std::string> out;
  const std::regex ref(R"re(<itemref idref="([^"]+)"/>)re");  // linear ones: the navigation document is linear="no"
  for (auto it = std::sregex_iterator(opf.begin(), opf.end(), ref); it != std::sregex_iterator(); ++it)
    out.push_back(files.at("EPUB/" + href.at((*it)[1])));
  return out;
}

TEST(Epub, TheContainerAsOcfWantsIt) {
  const std::string epub = epub_of(sample());
  // The first local header is the mimetype, stored, with no extra field:
  // reading systems read "application/epub+zip" at byte 38.
  ASSERT_GT(epub.size(), 58u);
  EXPECT_EQ(epub.substr(0, 4), std::string("PK\x03\x04", 4));
  EXPECT_EQ(epub.substr(30, 8), "mimetype");
  EXPECT_EQ(epub[28], 0);
  EXPECT_EQ(epub[29], 0);
  EXPECT_EQ(epub.substr(38, 20), "application/epub+zip");
  const std::vector<Entry> entries = unzip(epub);
  ASSERT_FALSE(entries.empty());
  EXPECT_EQ(entries[0].name, "mimetype");
  EXPECT_TRUE(entries[0].stored);
  for (std::size_t k = 1; k < entries.size(); ++k) EXPECT_FALSE(entries[k].stored) << entries[k].name;
  const auto files = files_of(entries);
  ASSERT_TRUE(files.count("META-INF/container.xml"));
  EXPECT_NE(files.at("META-INF/container.xml").find("full-path=\"EPUB/package.opf\""), std::string::npos);
  for (const auto& [name, content] : files)
    if (name != "mimetype" && name.find(".css") == std::string::npos) {
      EXPECT_TRUE(well_formed(content)) << name;
    }
}

TEST(Epub, PackageMetadataForAccessibility) {
  const auto files = files_of(unzip(epub_of(sample())));
  const std::string& opf = files.at("EPUB/package.opf");
  for (const char* want :
       {"<dc:title>Kasus Harian Covid-19 di Sulawesi Tengah Bertambah 213 Orang pada Rabu 14 Juli 2021</dc:title>",
        "<dc:language>id</dc:language>", "<dc:date>2021-07-14</dc:date>", "<dc:publisher>ANTARA</dc:publisher>",
        // Dated by the bulletin, so that the same bulletin gives the same bytes.
        "<meta property=\"dcterms:modified\">2021-07-14T00:00:00Z</meta>",
        "<meta property=\"schema:accessMode\">textual</meta>",
        "<meta property=\"schema:accessModeSufficient\">textual</meta>",
        "<meta property=\"schema:accessibilityFeature\">structuralNavigation</meta>",
        "<meta property=\"schema:accessibilityFeature\">tableOfContents</meta>",
        "<meta property=\"schema:accessibilityFeature\">readingOrder</meta>",
        "<meta property=\"schema:accessibilityHazard\">none</meta>",
        "<meta property=\"schema:accessibilitySummary\">Buletin ini dapat dibaca dengan pembaca layar",
        "<meta property=\"dcterms:conformsTo\">EPUB Accessibility 1.1 - WCAG 2.1 Level AA</meta>",
        "properties=\"nav\"", "<itemref idref=\"nav\" linear=\"no\"/>"})
    EXPECT_NE(opf.find(want), std::string::npos) << want;
  // No chart in this bulletin: not visual.
  EXPECT_EQ(opf.find("visual"), std::string::npos);
  EXPECT_TRUE(std::regex_search(opf, std::regex(R"(<dc:identifier id="pub-id">urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}</dc:identifier>)")));
}

TEST(Epub, OneDocumentPerSectionWithATableOfContents) {
  const auto files = files_of(unzip(epub_of(sample())));
  const std::vector<std::string> docs = spine(files);
  // The sample has two sections after its lead: three documents.
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_NE(docs[0].find("<h1>"), std::string::npos);
  EXPECT_NE(docs[0].find("<h2 id=\"ringkasan\">Ringkasan</h2>"), std::string::npos);
  EXPECT_EQ(docs[1].find("<h2>Sebaran kasus per kabupaten</h2>"), docs[1].find("<h2>"));
  EXPECT_NE(docs[1].find("<h2>Sebaran kasus per kabupaten</h2>"), std::string::npos);
  EXPECT_NE(docs[2].find("<h2>Keterisian tempat tidur rumah sakit rujukan di Palu</h2>"), std::string::npos);
  for (const std::string& d : docs) {
    EXPECT_NE(d.find("lang=\"id\" xml:lang=\"id\""), std::string::npos);
    EXPECT_NE(d.find("epub:type=\"bodymatter\""), std::string::npos);
    EXPECT_EQ(count(d, "<h1>"), &d == &docs[0] ? 1u : 0u);
  }
  // A table keeps its caption and header cells.
  EXPECT_NE(docs[1].find("<caption id=\"tabel-1\">Kota Palu</caption>"), std::string::npos);
  EXPECT_NE(docs[1].find("<th scope=\"row\">Kasus baru</th>"), std::string::npos);
  const std::string& nav = files.at("EPUB/nav.xhtml");
  EXPECT_NE(nav.find("<nav epub:type=\"toc\""), std::string::npos);
  EXPECT_NE(nav.find("<h1 id=\"daftar-isi-judul\">Daftar isi</h1>"), std::string::npos);
  EXPECT_NE(nav.find("<a href=\"section-1.xhtml#ringkasan\">Ringkasan</a>"), std::string::npos);
  EXPECT_NE(nav.find("<a href=\"section-2.xhtml\">Sebaran kasus per kabupaten</a>"), std::string::npos);
  EXPECT_NE(nav.find("<nav epub:type=\"landmarks\""), std::string::npos);
  EXPECT_NE(nav.find("epub:type=\"bodymatter\" href=\"section-1.xhtml\""), std::string::npos);
}

TEST(Epub, AbbreviationsWrittenOutOnceAcrossTheDocuments) {
  const auto files = files_of(unzip(epub_of(sample())));
  std::string all;
  for (const std::string& d : spine(files)) all += d;
  // Written out at first use only, as on the screen-reader page, though the book is several files.
  const std::string html = [] {
    ConvertOptions o;
    o.formats = {"html"};
    return convert(test::read_file(sample()), o).outputs[0].content;
  }();
  const std::regex abbr(R"re(<abbr title="[^"]*">[^<]*</abbr>\))re");
  const auto written_out = [&](const std::string& s) {
    return std::distance(std::sregex_iterator(s.begin(), s.end(), abbr), std::sregex_iterator());
  };
  EXPECT_GT(written_out(html), 0);
  EXPECT_EQ(written_out(all), written_out(html));
}

TEST(Epub, TheSameBulletinGivesTheSameBytes) {
  EXPECT_EQ(epub_of(sample()), epub_of(sample()));
  EXPECT_NE(files_of(unzip(epub_of(sample()))).at("EPUB/package.opf"),
            files_of(unzip(epub_of(test::examples_dir() / "siaran-pers-dkips-2021-09-20.txt"))).at("EPUB/package.opf"));
}

TEST(Epub, WithoutTheRingkasan) {
  ConvertOptions o;
  o.html.summary = false;
  const auto files = files_of(unzip(epub_of(sample(), o)));
  EXPECT_EQ(files.at("EPUB/section-1.xhtml").find("ringkasan"), std::string::npos);
  EXPECT_EQ(files.at("EPUB/nav.xhtml").find("#ringkasan"), std::string::npos);
}

TEST(Epub, ABulletinWithoutHeadingsIsOneDocument) {
  ConvertOptions o;
  o.formats = {"epub"};
  const std::string text = "Palu - Kasus baru Covid-19 di Sulawesi Tengah bertambah 12 orang pada Senin (5/7/2021).\n\n"
                           "Jumlah pasien sembuh menjadi 9.876 orang.\n";
  const auto files = files_of(unzip(convert(text, o).outputs[0].content));
  EXPECT_EQ(spine(files).size(), 1u);
  EXPECT_EQ(files.count("EPUB/section-2.xhtml"), 0u);
  EXPECT_NE(files.at("EPUB/section-1.xhtml").find("9.876"), std::string::npos);
}

TEST(Epub, ChartsAreSvgWithTheirTableAfterThem) {
  const std::filesystem::path data = test::corpus_dir() / "data" / "covid19goid-update-2020-05-09.json";
  if (!std::filesystem::exists(data)) GTEST_SKIP() << "missing " << data;
  const auto files = files_of(unzip(epub_of(data)));
  const std::string& opf = files.at("EPUB/package.opf");
  EXPECT_NE(opf.find("properties=\"svg\""), std::string::npos);
  EXPECT_NE(opf.find("<meta property=\"schema:accessMode\">visual</meta>"), std::string::npos);
  EXPECT_NE(opf.find("<meta property=\"schema:accessibilityFeature\">longDescription</meta>"), std::string::npos);
  EXPECT_NE(opf.find("Setiap grafik diikuti tabel"), std::string::npos);
  std::string all;
  for (const std::string& d : spine(files)) all += d;
  const std::size_t svg = all.find("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"");
  ASSERT_NE(svg, std::string::npos);
  EXPECT_NE(all.find("<table>", svg), std::string::npos);
}

TEST(Epub, ATalkingBookWithMediaOverlays) {
  // With the talking bulletin in the same conversion, the book carries it:
  // one MP3 per content document and a SMIL file that says where each
  // element the script reads is spoken.
  ConvertOptions o;
  o.formats = {"epub", "audio-script"};
  const std::string plain_book = convert(test::read_file(sample()), o).outputs[0].content;
  EXPECT_EQ(files_of(unzip(plain_book)).count("EPUB/section-1.smil"), 0u);  // no audio asked for: none
  o.formats = {"epub", "audio"};
  const std::vector<Entry> entries = unzip(convert(test::read_file(sample()), o).outputs[0].content);
  const auto files = files_of(entries);
  const std::string& opf = files.at("EPUB/package.opf");
  for (const char* want : {"media-overlay=\"mo1\"", "media-type=\"application/smil+xml\"", "media-type=\"audio/mpeg\"",
                           "<meta property=\"media:duration\" refines=\"#mo1\">", "<meta property=\"media:active-class\">",
                           "<meta property=\"schema:accessMode\">auditory</meta>",
                           "<meta property=\"schema:accessibilityFeature\">synchronizedAudioText</meta>"})
    EXPECT_NE(opf.find(want), std::string::npos) << want;
  for (const Entry& e : entries)
    if (e.name.find(".mp3") != std::string::npos) {
      EXPECT_TRUE(e.stored) << e.name;
    }
  std::size_t pars = 0;
  for (int k = 1; files.count("EPUB/section-" + std::to_string(k) + ".xhtml"); ++k) {
    const std::string n = std::to_string(k);
    ASSERT_TRUE(files.count("EPUB/section-" + n + ".smil")) << n;
    const std::string& smil = files.at("EPUB/section-" + n + ".smil");
    const std::string& page = files.at("EPUB/section-" + n + ".xhtml");
    EXPECT_TRUE(well_formed(smil));
    ASSERT_TRUE(files.count("EPUB/audio/section-" + n + ".mp3"));
    // Every element the overlay names is in its page, and its clips follow one another.
    const std::regex par(R"re(<text src="section-(\d+)\.xhtml#([^"]+)"/><audio src="audio/section-(\d+)\.mp3" clipBegin="0:(\d\d):(\d\d)\.(\d\d\d)" clipEnd="0:(\d\d):(\d\d)\.(\d\d\d)"/>)re");
    double last_end = -1;
    for (auto it = std::sregex_iterator(smil.begin(), smil.end(), par); it != std::sregex_iterator(); ++it, ++pars) {
      const auto& m = *it;
      EXPECT_EQ(m[1].str(), n);
      EXPECT_EQ(m[3].str(), n);
      EXPECT_NE(page.find("id=\"" + m[2].str() + "\""), std::string::npos) << m[2] << " is not in section " << n;
      const double begin = std::stoi(m[4]) * 60 + std::stoi(m[5]) + std::stoi(m[6]) / 1000.0;
      const double end = std::stoi(m[7]) * 60 + std::stoi(m[8]) + std::stoi(m[9]) / 1000.0;
      EXPECT_GE(begin, last_end);
      EXPECT_GT(end, begin);
      last_end = end;
    }
  }
  EXPECT_GT(pars, 30u);
  // The title, the Ringkasan's items, a table's rows are read.
  const std::string& first = files.at("EPUB/section-1.smil");
  // A paragraph sentence by sentence: its spans in the page, each in the overlay.
  for (const char* id : {"#judul\"", "#tanggal\"", "#ringkasan\"", "#r0-0\"", "#b0-s0\"", "#b0-s1\""})
    EXPECT_NE(first.find(id), std::string::npos) << id;
  EXPECT_NE(files.at("EPUB/section-1.xhtml").find("<p id=\"b0\"><span id=\"b0-s0\">"), std::string::npos);
  EXPECT_NE(files.at("EPUB/section-3.smil").find("-r0\""), std::string::npos);
}

TEST(Archive, EntriesInOrderDatedInUtc) {
  const std::string zip = zip_archive({{"a.txt", "satu", false}, {"b/c.txt", std::string(1000, 'x')}}, 1626220800);  // 2021-07-14
  const std::vector<Entry> e = unzip(zip);
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0].name, "a.txt");
  EXPECT_TRUE(e[0].stored);
  EXPECT_EQ(e[0].content, "satu");
  EXPECT_EQ(e[1].name, "b/c.txt");
  EXPECT_FALSE(e[1].stored);
  EXPECT_EQ(e[1].content, std::string(1000, 'x'));
  // MS-DOS date of the first local header (bytes 12–13): 2021-07-14 whatever the time zone.
  const unsigned date = static_cast<unsigned char>(zip[12]) | (static_cast<unsigned char>(zip[13]) << 8);
  EXPECT_EQ(date, ((2021u - 1980u) << 9) | (7u << 5) | 14u);
  EXPECT_EQ(zip_archive({}, 0).substr(0, 4), std::string("PK\x05\x06", 4));  // an empty archive is only its end record
}

// Every number of every bulletin is in the book, as often as in the text.
class EpubOfEveryBulletin : public ::testing::TestWithParam<std::filesystem::path> {};

TEST_P(EpubOfEveryBulletin, KeepsEveryNumberInWellFormedDocuments) {
  const auto file = GetParam();
  if (!std::filesystem::exists(file)) GTEST_SKIP() << "missing " << file;
  ConvertOptions o;
  o.read.source_name = file.filename().string();
  o.formats = {"text", "epub"};
  const Conversion c = convert(test::read_file(file), o);
  const std::string text = std::regex_replace(c.outputs[0].content, std::regex("(^|\n) *[0-9]+\\. "), "$1");
  const auto files = files_of(unzip(c.outputs[1].content));
  std::string visible;
  for (const std::string& d : spine(files)) {
    EXPECT_TRUE(well_formed(d));
    visible += std::regex_replace(d.substr(d.find("<body")), std::regex("<[^>]*>"), " ");
  }
  std::map<std::string, int> want, got;
  for (const auto& n : test::numerals(text)) ++want[n];
  for (const auto& n : test::numerals(visible)) ++got[n];
  for (const auto& [n, times] : want) EXPECT_GE(got[n], times) << n;
  EXPECT_TRUE(well_formed(files.at("EPUB/package.opf")));
  EXPECT_TRUE(well_formed(files.at("EPUB/nav.xhtml")));
}

INSTANTIATE_TEST_SUITE_P(All, EpubOfEveryBulletin, ::testing::ValuesIn(test::bulletins()),
                         [](const auto& info) { return test::file_param_name(info.param); });

}  // namespace
}  // namespace aksesibel
