// Only regular files are braille tables (issue 15): /dev/zero had crashed
// liblouis (and a Python host with it), a FIFO had made it wait for ever.
#include <gtest/gtest.h>

#include <sys/stat.h>

#include "aksesibel/braille.hpp"
#include "aksesibel/convert.hpp"
#include "support.hpp"

namespace aksesibel {
namespace {

void expect_refused(const std::string& table) {
  ConvertOptions o;
  o.formats = {"brf"};
  o.braille.table = table;
  try {
    convert("Judul\n\nPalu mencatat 12 kasus.\n", o);
    ADD_FAILURE() << table;
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::DataFile) << e.what();
    EXPECT_NE(std::string(e.what()).find("is not a regular file"), std::string::npos) << e.what();
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

}  // namespace
}  // namespace aksesibel
