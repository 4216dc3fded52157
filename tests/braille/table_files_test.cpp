// Only regular files are braille tables (issue 15): /dev/zero had crashed
// liblouis (and a Python host with it), a FIFO had made it wait for ever.
#include <gtest/gtest.h>

#include <sys/stat.h>

#include "aksesibel/braille.hpp"
#include "aksesibel/convert.hpp"
#include "support.hpp"

namespace aksesibel {
namespace {

// Converting with `table` fails with `code` and a message holding `part`
// and none of `secret`.
void expect_refused(const std::string& table, bool paths = true, ErrorCode code = ErrorCode::DataFile,
                    const std::string& part = "is not a regular file", const std::string& secret = "\x01") {
  ConvertOptions o;
  o.formats = {"brf"};
  o.braille.table = table;
  o.braille.table_paths = paths;
  try {
    convert("Judul\n\nPalu mencatat 12 kasus.\n", o);
    ADD_FAILURE() << table;
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), code) << e.what();
    EXPECT_NE(std::string(e.what()).find(part), std::string::npos) << e.what();
    EXPECT_EQ(std::string(e.what()).find(secret), std::string::npos) << e.what();
  }
}

TEST(BrailleTableFiles, DevicesPipesAndFoldersAreRefused) {
  expect_refused("/dev/zero");
  test::TempDir dir;
  const std::string fifo = (dir.path() / "tabel.utb").string();
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  expect_refused(fifo);
  expect_refused(dir.path().string());
  expect_refused("/dev/zero,id-id-g1.utb");
}

// Through a library caller's option, a table is a name: a path could make
// liblouis read any file, and its messages quote the file's first line.
TEST(BrailleTableFiles, ALibraryCallerNamesTablesNotPaths) {
  for (const char* t : {"/etc/passwd", "../../etc/passwd", "tables/id-id-g1.utb", "id-id-g1.utb,/etc/hostname"})
    expect_refused(t, false, ErrorCode::InvalidOption, "not paths");
  // A path the caller trusts is read, and liblouis' complaint is summarised:
  // the file and line, never the text it quotes.
  test::TempDir dir;
  const auto secret = dir.path() / "rahasia.txt";
  test::write_file(secret, "kata-sandi:rahasia-sekali\n");
  expect_refused(secret.string(), true, ErrorCode::DataFile, "rahasia.txt line 1", "rahasia-sekali");
  // A name found nowhere says so.
  expect_refused("tidak-ada.utb", false, ErrorCode::DataFile, "cannot find or open it");
}

}  // namespace
}  // namespace aksesibel

namespace aksesibel {
namespace {

// Data files too: a FIFO in a data folder had made loading wait for ever.
TEST(RegularFiles, ADataFileThatIsAPipeIsRefused) {
  test::TempDir dir;
  const auto data = dir.path() / "data";
  std::filesystem::copy(AKSESIBEL_DATA_SOURCE_DIR, data, std::filesystem::copy_options::recursive);
  for (const auto& [name, format] : {std::pair{"symbols-id.tsv", "brf"}, {"plain-id.tsv", "plain"}, {"boilerplate-id.txt", "text"}}) {
    const auto file = data / name;
    const std::string saved = test::read_file(file);
    std::filesystem::remove(file);
    ASSERT_EQ(mkfifo(file.c_str(), 0600), 0);
    ConvertOptions o;
    o.formats = {format};
    o.read.data_dir = data.string();
    try {
      convert("Judul\n\nPalu mencatat 12 kasus.\n", o);
      ADD_FAILURE() << name;
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::DataFile) << e.what();
      EXPECT_NE(std::string(e.what()).find(name), std::string::npos) << e.what();
    }
    std::filesystem::remove(file);
    test::write_file(file, saved);
  }
}

}  // namespace
}  // namespace aksesibel
