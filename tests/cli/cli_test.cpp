// The command-line interface, run as a user runs it.
#include <gtest/gtest.h>

#include <sys/stat.h>
#include <nlohmann/json.hpp>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <map>

#include "aksesibel/braille.hpp"
#include "support.hpp"

namespace aksesibel {
namespace {

namespace fs = std::filesystem;
using test::read_file;
using test::TempDir;
using test::write_file;

struct Result {
  int status;
  std::string out, err;
};

// Result the CLI with `args` (already shell-quoted where needed) in `cwd`.
// `env`: variables set for the CLI alone ("LANG=id_ID.UTF-8").
Result run(const std::string& args, const std::string& input = "", const fs::path& cwd = fs::current_path(),
           const std::string& env = "") {
  TempDir io;
  write_file(io.path() / "in", input);
  const std::string cmd = "cd '" + cwd.string() + "' && " + env + " '" AKSESIBEL_CLI "' " + args + " < '" + (io.path() / "in").string() +
                          "' > '" + (io.path() / "out").string() + "' 2> '" + (io.path() / "err").string() + "'";
  const int raw = std::system(cmd.c_str());
  return {WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, read_file(io.path() / "out"), read_file(io.path() / "err")};
}

std::string example(const char* name) { return (test::examples_dir() / name).string(); }

std::vector<std::string> listing(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

const char* kBulletin = "Judul Berita Covid Hari Ini di Palu\n\nPalu (ANTARA) - Satgas mencatat 14.054 kasus.\n";

TEST(Cli, VersionAndHelp) {
  Result v = run("--version");
  EXPECT_EQ(v.status, 0);
  EXPECT_EQ(v.out, "aksesibel 0.1.0\n");
  Result h = run("--help");
  EXPECT_EQ(h.status, 0);
  EXPECT_NE(h.out.find("aksesibel convert INPUT..."), std::string::npos);
  Result ch = run("convert --help");
  EXPECT_EQ(ch.status, 0);
  for (const char* s : {"--to", "--from", "--encoding", "--lenient", "--max-input-size", "Examples", "text.txt", "json"})
    EXPECT_NE(ch.out.find(s), std::string::npos) << s;
  Result f = run("formats");
  EXPECT_EQ(f.status, 0);
  EXPECT_EQ(f.out.rfind("text\t.text.txt\t", 0), 0u);
}

// The user guides show `aksesibel formats` as it answers: a format added
// without them is a format the volunteers' guide does not know.
TEST(Cli, TheGuidesListEveryFormat) {
  const fs::path docs = test::examples_dir().parent_path() / "docs";
  for (const auto& [guide, args] : std::map<std::string, std::string>{{"guide.md", "formats --lang en"},
                                                                        {"panduan.md", "formats --lang id"}}) {
    const std::string text = read_file(docs / guide);
    const std::string prompt = "$ aksesibel " + args.substr(0, args.find(" --lang en")) + "\n";
    const std::size_t from = text.find(prompt);
    ASSERT_NE(from, std::string::npos) << guide;
    const std::size_t begin = from + prompt.size(), end = text.find("```", begin);
    ASSERT_NE(end, std::string::npos) << guide;
    EXPECT_EQ(text.substr(begin, end - begin), run(args).out) << guide << " lists other formats than `aksesibel " << args << "`";
  }
}

TEST(Cli, RegionsOfAStatisticsFileAndABulletinFromIt) {
  TempDir dir;
  write_file(dir.path() / "data.csv", "provinsi;tanggal;KASUS;AKUMULASI_KASUS\nSULAWESI TENGAH;2020-06-24;1;180\n"
                                     "SULAWESI TENGAH;2020-06-25;1;181\nGORONTALO;2020-06-25;4;210\n");
  Result r = run("regions data.csv", "", dir.path());
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "SULAWESI TENGAH\tSulawesi Tengah\t2020-06-24\t2020-06-25\t2\nGORONTALO\tGorontalo\t2020-06-25\t2020-06-25\t1\n");
  EXPECT_EQ(run("regions", "", dir.path()).status, 2);
  Result bad = run("regions missing.csv", "", dir.path());
  EXPECT_EQ(bad.status, 1);
  EXPECT_NE(bad.err.find("missing.csv"), std::string::npos);
  // Several regions and none chosen: the message names the flag.
  Result none = run("convert data.csv --to text -o -", "", dir.path());
  EXPECT_EQ(none.status, 1);
  EXPECT_NE(none.err.find("choose one with --region"), std::string::npos) << none.err;
  EXPECT_TRUE(none.out.empty());
  Result one = run("convert data.csv --region Gorontalo --to text -o out", "", dir.path());
  EXPECT_EQ(one.status, 0) << one.err;
  EXPECT_NE(read_file(dir.path() / "out" / "data.text.txt").find("tercatat 4 kasus positif baru di Gorontalo"), std::string::npos);
  // An unknown region: an error, and no output file.
  Result unknown = run("convert data.csv --region Gorontalu --to text,json -o out2", "", dir.path());
  EXPECT_EQ(unknown.status, 1);
  EXPECT_NE(unknown.err.find("closest it holds: GORONTALO"), std::string::npos) << unknown.err;
  EXPECT_FALSE(fs::exists(dir.path() / "out2" / "data.text.txt"));
}

// Standard output that cannot be written (a full disk, closed): exit 1 and a
// message, never 0 (issue 15).
TEST(Cli, AFailedWriteToStandardOutputIsAnError) {
  if (!fs::exists("/dev/full")) GTEST_SKIP() << "no /dev/full";
  TempDir io;
  write_file(io.path() / "b.txt", kBulletin);
  for (const std::string& args : {std::string("formats"), std::string("--version"),
                                  "convert '" + (io.path() / "b.txt").string() + "' --to text -o -"}) {
    for (const char* redirect : {"> /dev/full", ">&-"}) {
      const std::string cmd = "'" AKSESIBEL_CLI "' " + args + " " + redirect + " 2> '" + (io.path() / "err").string() + "'";
      const int raw = std::system(cmd.c_str());
      EXPECT_EQ(WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, 1) << cmd;
      EXPECT_NE(read_file(io.path() / "err").find("cannot write to standard output"), std::string::npos) << cmd;
    }
  }
}

// Found by probing (issue 15): no output replaces an input of the same run,
// a folder converted into itself does not re-read the last run's outputs,
// nor a FIFO, and the report never replaces an output.
TEST(Cli, OutputsNeverReplaceInputsOrEachOther) {
  TempDir dir;
  const fs::path b = dir.path() / "b";
  fs::create_directories(b);
  write_file(b / "x.txt", kBulletin);
  const std::string second = "Judul Kedua Hari Ini di Sigi\n\nSigi (ANTARA) - Satgas mencatat 3 kasus.\n";
  write_file(b / "x.text.txt", second);
  Result r = run("convert b/x.txt b/x.text.txt -o b --to text", "", dir.path());
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("an input of this run"), std::string::npos) << r.err;
  EXPECT_EQ(read_file(b / "x.text.txt"), second);
  // The folder into itself: x.text.txt and x.text.text.txt are earlier outputs, x.txt the one bulletin.
  ASSERT_EQ(mkfifo((b / "pipa.txt").c_str(), 0600), 0);
  Result again = run("convert b -o b --to text", "", dir.path());
  EXPECT_EQ(again.status, 0) << again.err;
  EXPECT_FALSE(fs::exists(b / "x.text.text.text.txt"));
  EXPECT_FALSE(fs::exists(b / "pipa.text.txt"));
  // The report onto an output of the run.
  Result rep = run("convert b/x.txt -o o --to text --plain --report o/x.text.txt", "", dir.path());
  EXPECT_EQ(rep.status, 1);
  EXPECT_NE(rep.err.find("would replace the output"), std::string::npos) << rep.err;
  EXPECT_NE(read_file(dir.path() / "o" / "x.text.txt").find("Judul"), std::string::npos);
}

// The terminal never receives raw control or bidi characters from a file
// name or from text a message quotes: they are written U+XXXX (issue 15).
TEST(Cli, MessagesShowControlAndBidiCharactersAsCodes) {
  TempDir dir;
  write_file(dir.path() / "data.csv", "tanggal,kasus,jumlah_kasus\n2020-06-25,dua\xE2\x80\xAEX,5\n");
  Result r = run("convert data.csv --region Sigi --to text -o out", "", dir.path());
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.err.find("'duaU+202EX'"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("\xE2\x80\xAE"), std::string::npos);
  Result name = run("convert 'a\033[31mb.txt' --to text -o out", "", dir.path());
  EXPECT_EQ(name.status, 1);
  EXPECT_NE(name.err.find("aU+001B[31mb.txt"), std::string::npos) << name.err;
  EXPECT_EQ(name.err.find('\033'), std::string::npos);
}

TEST(Cli, UsageErrorsExitTwo) {
  for (const char* args : {"", "frobnicate", "convert", "convert x.txt --to braille9", "convert x.txt --bogus",
                           "convert x.txt --from pdf", "convert x.txt --max-input-size lots",
                           "convert a.txt b.txt -o -", "convert a.txt --to text,json -o -",
                           "convert a.txt --to text,text", "convert a.txt -o ''"}) {
    Result r = run(args);
    EXPECT_EQ(r.status, 2) << args;
    EXPECT_EQ(r.err.rfind("aksesibel: ", 0), 0u) << args << ": " << r.err;
    EXPECT_TRUE(r.out.empty());
  }
  EXPECT_NE(run("convert x.txt --to braille9").err.find("known formats: text, json"), std::string::npos);
}

TEST(Cli, ConvertsTheExampleToEveryFormat) {
  TempDir out;
  Result r = run("convert '" + example("buletin-sulteng-2021-07-14.txt") + "' --to text,json -o '" + out.path().string() + "'");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(r.err.empty()) << r.err;
  const std::vector<std::string> expected = {"buletin-sulteng-2021-07-14.json", "buletin-sulteng-2021-07-14.text.txt"};
  EXPECT_EQ(listing(out.path()), expected);
  auto j = nlohmann::json::parse(read_file(out.path() / "buletin-sulteng-2021-07-14.json"));
  EXPECT_EQ(j["metadata"]["title"], "Kasus Harian Covid-19 di Sulawesi Tengah Bertambah 213 Orang pada Rabu 14 Juli 2021");
  EXPECT_GT(j["blocks"].size(), 5u);
  EXPECT_NE(read_file(out.path() / "buletin-sulteng-2021-07-14.text.txt").find("14.054"), std::string::npos);
}

TEST(Cli, DefaultFormatIsTextAndOutputFolderIsCreated) {
  TempDir work;
  write_file(work.path() / "b.txt", kBulletin);
  Result r = run("convert b.txt -o keluaran/baru", "", work.path());
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(fs::exists(work.path() / "keluaran" / "baru" / "b.text.txt"));
}

TEST(Cli, FolderInputConvertsItsBulletinsInOrder) {
  TempDir in, out;
  write_file(in.path() / "b.html", "<html><body><article><h1>Judul Halaman</h1><p>Isi 12 kasus.</p></article></body></html>");
  write_file(in.path() / "a.txt", kBulletin);
  write_file(in.path() / "c.md", "# bukan");
  write_file(in.path() / "d.htm", "<p>Isi halaman lain 5 kasus.</p>");
  Result r = run("convert '" + in.path().string() + "' -o '" + out.path().string() + "'");
  ASSERT_EQ(r.status, 0) << r.err;
  const std::vector<std::string> expected = {"a.text.txt", "b.text.txt", "d.text.txt"};
  EXPECT_EQ(listing(out.path()), expected);
}

TEST(Cli, AFolderWithoutBulletinsIsAnError) {
  TempDir in, out;
  write_file(in.path() / "x.pdf", "%PDF");
  Result r = run("convert '" + in.path().string() + "' -o '" + out.path().string() + "'");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("no .txt, .html or .htm files"), std::string::npos) << r.err;
}

TEST(Cli, StandardInputToStandardOutput) {
  Result r = run("convert - --from text --to text -o -", kBulletin);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "Judul Berita Covid Hari Ini di Palu\nPalu (ANTARA)\n\nSatgas mencatat 14.054 kasus.\n");
  Result j = run("convert - --to json -o -", "<html><body><article><h1>Judul</h1><p>Isi 7 kasus.</p></article></body></html>");
  ASSERT_EQ(j.status, 0) << j.err;
  EXPECT_EQ(nlohmann::json::parse(j.out)["metadata"]["source_format"], "html") << "sniffed from the content";
}

TEST(Cli, InvalidUtf8FailsWithLocationAndWritesNothing) {
  TempDir in, out;
  write_file(in.path() / "rusak.txt", "Judul Berita\n\nPositif: 12\nSembuh: \xC3(\n");
  write_file(in.path() / "baik.txt", kBulletin);
  Result r = run("convert '" + (in.path() / "rusak.txt").string() + "' '" + (in.path() / "baik.txt").string() + "' --to text,json -o '" +
              out.path().string() + "'");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("rusak.txt: invalid UTF-8 at line 4, byte offset 34"), std::string::npos) << r.err;
  const std::vector<std::string> expected = {"baik.json", "baik.text.txt"};
  EXPECT_EQ(listing(out.path()), expected) << "the good input is converted, the bad one leaves nothing";
}

TEST(Cli, EachBadInputHasItsOwnError) {
  TempDir in, out;
  write_file(in.path() / "kosong.txt", "");
  write_file(in.path() / "gambar.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  write_file(in.path() / "nul.txt", std::string("Judul\n\nIsi\0 berita", 18));
  write_file(in.path() / "iklan.txt", "Baca juga: Lain\n\nKomentar\n");
  write_file(in.path() / "besar.txt", std::string(2048, 'a'));
  struct Case {
    const char* file;
    const char* message;
  } cases[] = {
      {"kosong.txt", "input is empty"},
      {"gambar.txt", "this is a PNG image"},
      {"nul.txt", "control character U+0000 (NUL) at line 3, byte offset 10"},
      {"iklan.txt", "nothing is left after removing 2 line(s) of boilerplate"},
      {"tidak-ada.txt", "cannot open: No such file or directory"},
  };
  for (const Case& c : cases) {
    Result r = run("convert '" + (in.path() / c.file).string() + "' -o '" + out.path().string() + "'");
    EXPECT_EQ(r.status, 1) << c.file;
    EXPECT_NE(r.err.find(std::string(c.file) + ": " + c.message), std::string::npos) << r.err;
  }
  Result big = run("convert '" + (in.path() / "besar.txt").string() + "' --max-input-size 1KiB -o '" + out.path().string() + "'");
  EXPECT_EQ(big.status, 1);
  EXPECT_NE(big.err.find("more than the limit of 1 KiB"), std::string::npos) << big.err;
  EXPECT_TRUE(listing(out.path()).empty()) << "no output, no temporary files";
}

TEST(Cli, UnreadableFile) {
  // /proc/self/mem opens but cannot be read from its start, even as root.
  TempDir out;
  Result r = run("convert /proc/self/mem --from text -o '" + out.path().string() + "'");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("/proc/self/mem: cannot read: "), std::string::npos) << r.err;
  if (geteuid() == 0) return;  // root reads a file without permissions
  TempDir in;
  write_file(in.path() / "rahasia.txt", kBulletin);
  fs::permissions(in.path() / "rahasia.txt", fs::perms::none);
  Result p = run("convert '" + (in.path() / "rahasia.txt").string() + "' -o '" + out.path().string() + "'");
  EXPECT_EQ(p.status, 1);
  EXPECT_NE(p.err.find("Permission denied"), std::string::npos) << p.err;
}

TEST(Cli, LenientDropsControlCharactersWithAWarning) {
  TempDir in, out;
  write_file(in.path() / "nul.txt", std::string("Judul Berita Covid Hari Ini\n\nIsi\0 berita 5 kasus.\n", 50));
  Result r = run("convert '" + (in.path() / "nul.txt").string() + "' --lenient -o '" + out.path().string() + "'");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.err.find("nul.txt: warning: line 3: 1 control character or noncharacter removed"), std::string::npos) << r.err;
  EXPECT_NE(read_file(out.path() / "nul.text.txt").find("Isi berita 5 kasus."), std::string::npos);
}

TEST(Cli, LegacyEncoding) {
  TempDir in, out;
  write_file(in.path() / "lama.txt", "Judul Berita Covid Hari Ini\n\nKetua PPDI, Jos\xE9, hadir \x96 5 orang.\n");
  Result r = run("convert '" + (in.path() / "lama.txt").string() + "' --encoding windows-1252 -o -");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("Ketua PPDI, José, hadir – 5 orang."), std::string::npos) << r.out;
  Result bad = run("convert '" + (in.path() / "lama.txt").string() + "' --encoding nope -o -");
  EXPECT_EQ(bad.status, 1);
  EXPECT_NE(bad.err.find("unknown encoding 'nope'"), std::string::npos) << bad.err;
}

TEST(Cli, TwoInputsMayNotWriteTheSameFile) {
  TempDir a, b, out;
  write_file(a.path() / "sama.txt", kBulletin);
  write_file(b.path() / "sama.txt", kBulletin);
  Result r = run("convert '" + (a.path() / "sama.txt").string() + "' '" + (b.path() / "sama.txt").string() + "' -o '" +
              out.path().string() + "'");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("would overwrite the output of"), std::string::npos) << r.err;
  EXPECT_EQ(listing(out.path()).size(), 1u);
}

TEST(Cli, AnOutputThatCannotBeWrittenLeavesNothing) {
  if (geteuid() == 0) GTEST_SKIP() << "root writes into a read-only folder";
  TempDir out;
  fs::permissions(out.path(), fs::perms::owner_read | fs::perms::owner_exec);
  Result r = run("convert '" + example("buletin-sulteng-2021-07-14.txt") + "' --to text,json -o '" + out.path().string() + "'");
  EXPECT_EQ(r.status, 1);
  fs::permissions(out.path(), fs::perms::owner_all);
  EXPECT_TRUE(listing(out.path()).empty());
}

// The mode of an output: new files follow the umask, replaced files keep theirs.
TEST(Cli, OutputModesFollowTheUmaskOrTheReplacedFile) {
  TempDir out;
  const std::string convert = "'" AKSESIBEL_CLI "' convert '" + example("buletin-sulteng-2021-07-14.txt") +
                              "' --to text,json -o '" + out.path().string() + "'";
  ASSERT_EQ(std::system(("umask 077 && " + convert).c_str()), 0);
  const fs::path text = out.path() / "buletin-sulteng-2021-07-14.text.txt";
  const fs::path json = out.path() / "buletin-sulteng-2021-07-14.json";
  auto mode = [](const fs::path& p) { return fs::status(p).permissions() & fs::perms::all; };
  EXPECT_EQ(mode(text), fs::perms::owner_read | fs::perms::owner_write);
  fs::remove(json);
  fs::permissions(text, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  ASSERT_EQ(std::system(("umask 022 && " + convert).c_str()), 0);
  EXPECT_EQ(mode(text), fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read) << "kept its own";
  EXPECT_EQ(mode(json), fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read | fs::perms::others_read);
}

// One output of a set that cannot be put in place (a folder stands at its
// name): the outputs already in place go back to their earlier versions.
TEST(Cli, AFailedSetLeavesTheEarlierVersionsAsTheyWere) {
  TempDir out;
  write_file(out.path() / "buletin-sulteng-2021-07-14.text.txt", "versi lama\n");
  fs::create_directory(out.path() / "buletin-sulteng-2021-07-14.json");
  Result r = run("convert '" + example("buletin-sulteng-2021-07-14.txt") + "' --to text,json -o '" + out.path().string() + "'");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("cannot put the file in place"), std::string::npos) << r.err;
  EXPECT_EQ(read_file(out.path() / "buletin-sulteng-2021-07-14.text.txt"), "versi lama\n");
  const std::vector<std::string> expected = {"buletin-sulteng-2021-07-14.json", "buletin-sulteng-2021-07-14.text.txt"};
  EXPECT_EQ(listing(out.path()), expected) << "no temporary or kept file left";
}

// A killed run's temporary files are removed by the next run into the same
// folder; a running one's are not.
TEST(Cli, TheNextRunRemovesTheTemporaryFilesOfAKilledRun) {
  TempDir out;
  // A shell that has ended: its process ID is free.
  FILE* sh = ::popen("sh -c 'echo $$'", "r");
  ASSERT_NE(sh, nullptr);
  char buf[32] = {};
  ASSERT_NE(std::fgets(buf, sizeof buf, sh), nullptr);
  ::pclose(sh);
  const std::string gone = std::to_string(std::atol(buf));
  const std::string alive = std::to_string(::getpid());
  write_file(out.path() / (".buletin-sulteng-2021-07-14.json.aksesibel-" + gone + "-a1B2c3"), "sisa");
  write_file(out.path() / (".buletin-sulteng-2021-07-14.json.aksesibel-old-" + gone + "-123456"), "sisa");
  write_file(out.path() / (".lain.txt.aksesibel-" + alive + "-a1B2c3"), "sedang ditulis");
  write_file(out.path() / ".catatan-saya.txt", "bukan milik aksesibel");
  Result r = run("convert '" + example("buletin-sulteng-2021-07-14.txt") + "' --to json -o '" + out.path().string() + "'");
  ASSERT_EQ(r.status, 0) << r.err;
  const std::vector<std::string> expected = {".catatan-saya.txt", ".lain.txt.aksesibel-" + alive + "-a1B2c3",
                                             "buletin-sulteng-2021-07-14.json"};
  EXPECT_EQ(listing(out.path()), expected);
}

// A warning quoting a megabyte of input shows its beginning and its end.
TEST(Cli, AWarningQuotingAHugeCellStaysShortOnTheTerminal) {
  TempDir in, out;
  write_file(in.path() / "besar.csv", "tanggal,positif\n2021-07-13," + std::string(1 << 20, '9') + "\n2021-07-14,5\n");
  Result r = run("convert '" + (in.path() / "besar.csv").string() + "' --region 'Kota Palu' -o '" + out.path().string() + "'");
  EXPECT_EQ(r.status, 0) << r.err.substr(0, 300);
  EXPECT_LT(r.err.size(), 5000u);
  EXPECT_NE(r.err.find(" … "), std::string::npos) << r.err.substr(0, 300);
  EXPECT_NE(r.err.find("left out"), std::string::npos) << r.err.substr(r.err.size() - 300);
}

TEST(Cli, BrailleFormatsOfTheExample) {
  TempDir out;
  Result r = run("convert '" + example("buletin-sulteng-2021-07-14.txt") +
                 "' --to brf,pef,braille-text,braille-proof --lines-per-page 28 --duplex -o '" + out.path().string() + "'");
  ASSERT_EQ(r.status, 0) << r.err;
  const std::vector<std::string> expected = {"buletin-sulteng-2021-07-14.braille.txt", "buletin-sulteng-2021-07-14.brf",
                                             "buletin-sulteng-2021-07-14.pef", "buletin-sulteng-2021-07-14.proof.html"};
  EXPECT_EQ(listing(out.path()), expected);
  const std::string brf = read_file(out.path() / "buletin-sulteng-2021-07-14.brf");
  EXPECT_NE(brf.find(",COVID-#AI ,SULTENG"), std::string::npos);
  EXPECT_NE(read_file(out.path() / "buletin-sulteng-2021-07-14.pef").find("duplex=\"true\""), std::string::npos);
  EXPECT_NE(read_file(out.path() / "buletin-sulteng-2021-07-14.pef").find("rows=\"28\""), std::string::npos);
  // A character without a braille sign is named, with a warning.
  TempDir in;
  write_file(in.path() / "emoji.txt", "Judul Berita Covid Hari Ini\n\nPakai masker 😷 setiap hari.\n");
  Result e = run("convert '" + (in.path() / "emoji.txt").string() + "' --to braille-text -o -");
  EXPECT_EQ(e.status, 0) << e.err;
  EXPECT_NE(e.err.find("warning: line 3: the character U+1F637 😷 has no braille sign; it is written as (masker)"),
            std::string::npos) << e.err;
}

TEST(Cli, BrailleOptionsAreChecked) {
  for (const char* args : {"convert x.txt --to brf --cells-per-line 5", "convert x.txt --to brf --lines-per-page 2",
                           "convert x.txt --to brf --paragraph-style wavy", "convert x.txt --to brf --page-numbers left"}) {
    Result r = run(args);
    EXPECT_EQ(r.status, 2) << args;
  }
  Result t = run("convert - --to brf --table no-such.utb -o -", kBulletin);
  EXPECT_EQ(t.status, 1);
  EXPECT_NE(t.err.find("cannot load the braille table"), std::string::npos) << t.err;
  Result nv = run("convert - --to braille-text --no-verify --paragraph-style block --page-numbers top -o -", kBulletin);
  EXPECT_EQ(nv.status, 0) << nv.err;
  EXPECT_EQ(nv.out.rfind("⠀⠀⠀", 0), 0u) << "the page number comes first, right-aligned";
}

TEST(Cli, HtmlAndLargePrintFormats) {
  TempDir out;
  Result r = run("convert '" + example("buletin-sulteng-2021-07-14.txt") +
                 "' --to html,large-print,large-print-pdf --font-size 24 --paper letter -o '" + out.path().string() + "'");
  ASSERT_EQ(r.status, 0) << r.err;
  const std::vector<std::string> expected = {"buletin-sulteng-2021-07-14.html", "buletin-sulteng-2021-07-14.large-print.html",
                                             "buletin-sulteng-2021-07-14.large-print.pdf"};
  EXPECT_EQ(listing(out.path()), expected);
  EXPECT_EQ(read_file(out.path() / "buletin-sulteng-2021-07-14.large-print.pdf").rfind("%PDF-", 0), 0u);
  EXPECT_NE(read_file(out.path() / "buletin-sulteng-2021-07-14.large-print.html").find("font-size:24pt"), std::string::npos);
  for (const char* args : {"convert x.txt --to large-print --font-size 20", "convert x.txt --to large-print --paper a3"}) {
    Result bad = run(args);
    EXPECT_EQ(bad.status, 2) << args;
  }
}

TEST(Cli, AnOutputNeverOverwritesItsInput) {
  TempDir work;
  write_file(work.path() / "halaman.html", "<article><h1>Judul</h1><p>Isi 5 kasus.</p></article>");
  Result r = run("convert halaman.html --to html", "", work.path());
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("would overwrite the input itself"), std::string::npos) << r.err;
  EXPECT_NE(read_file(work.path() / "halaman.html").find("<article>"), std::string::npos) << "the input is untouched";
  EXPECT_EQ(run("convert x.txt --max-input-size 99999999999999999999").status, 2);
  EXPECT_EQ(run("convert x.txt --max-input-size 9999999G").status, 2);
}

TEST(Cli, OutputIsReplacedWhole) {
  TempDir work;
  write_file(work.path() / "b.txt", kBulletin);
  write_file(work.path() / "b.text.txt", "lama, jauh lebih panjang daripada keluaran yang baru ..........................\n");
  Result r = run("convert b.txt -o .", "", work.path());
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(read_file(work.path() / "b.text.txt").find("lama"), std::string::npos);
  EXPECT_EQ(listing(work.path()).size(), 2u) << "no temporary file left";
}

}  // namespace
}  // namespace aksesibel

namespace aksesibel {
namespace {

// Issue 5: the plain-language formats and the report, as the issue runs them.
TEST(Cli, PlainFormatsAndReport) {
  TempDir out;
  const std::string report = (out.path() / "r.json").string();
  Result r = run("convert '" + example("buletin-sulteng-2021-07-14.txt") + "' '" + example("buletin-sulteng-2021-07-14-web.html") +
                 "' --to plain,plain-html --report '" + report + "' -o '" + out.path().string() + "' --quiet");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(listing(out.path()),
            (std::vector<std::string>{"buletin-sulteng-2021-07-14-web.plain.html", "buletin-sulteng-2021-07-14-web.plain.txt",
                                      "buletin-sulteng-2021-07-14.plain.html", "buletin-sulteng-2021-07-14.plain.txt",
                                      "r.json"}));
  std::string text = read_file(out.path() / "buletin-sulteng-2021-07-14.plain.txt");
  EXPECT_NE(text.find("Ringkasan"), std::string::npos);
  EXPECT_NE(text.find("Kata-kata sulit"), std::string::npos);
  auto j = nlohmann::json::parse(read_file(report));
  ASSERT_EQ(j["inputs"].size(), 2u);
  for (const auto& e : j["inputs"]) {
    EXPECT_LE(e["after"]["words_per_sentence"].get<double>(), 15.0);
    EXPECT_LE(e["after"]["longest_sentence"].get<int>(), 25);
    EXPECT_GT(e["after"]["reading_ease"].get<double>(), e["before"]["reading_ease"].get<double>());
    EXPECT_FALSE(e["changes"].empty());
  }
}

TEST(Cli, TheReportCoversOtherFormatsAndFailedInputs) {
  TempDir out;
  write_file(out.path() / "bad.txt", "Judul\n\nrusak \xff di sini\n");
  const std::string report = (out.path() / "laporan.json").string();
  Result r = run("convert '" + example("buletin-sulteng-2021-07-14.txt") + "' '" + (out.path() / "bad.txt").string() +
                 "' --to brf --report '" + report + "' -o '" + out.path().string() + "' --quiet");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("invalid UTF-8"), std::string::npos) << r.err;
  auto j = nlohmann::json::parse(read_file(report));
  ASSERT_EQ(j["inputs"].size(), 2u);
  EXPECT_TRUE(j["inputs"][0].contains("before"));
  EXPECT_NE(j["inputs"][1]["error"].get<std::string>().find("invalid UTF-8"), std::string::npos);
  EXPECT_TRUE(fs::exists(out.path() / "buletin-sulteng-2021-07-14.brf"));
  EXPECT_FALSE(fs::exists(out.path() / "bad.brf"));
}

TEST(Cli, PlainFirstMakesEveryFormatFromThePlainVersion) {
  TempDir out;
  Result r = run("convert '" + example("buletin-sulteng-2021-07-14.txt") + "' --plain --to text,braille-text -o '" +
                 out.path().string() + "' --quiet");
  ASSERT_EQ(r.status, 0) << r.err;
  std::string text = read_file(out.path() / "buletin-sulteng-2021-07-14.text.txt");
  EXPECT_NE(text.find("Kata-kata sulit"), std::string::npos);
  EXPECT_EQ(text.find("terkonfirmasi"), std::string::npos);
  EXPECT_FALSE(read_file(out.path() / "buletin-sulteng-2021-07-14.braille.txt").empty());
}

TEST(Cli, ReportNeedsAFileName) {
  Result r = run("convert - --report -", kBulletin);
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("--report needs a file name"), std::string::npos) << r.err;
}

// Every file under `dir` (relative path → bytes).
std::map<std::string, std::string> tree(const fs::path& dir) {
  std::map<std::string, std::string> files;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) files[fs::relative(e.path(), dir).string()] = read_file(e.path());
  return files;
}

// --jobs N converts N inputs at once (issue 16); the output files, the
// report, every message in its order and the exit status are those of
// --jobs 1. The batch holds real bulletins, inputs that fail in the reader
// (empty, invalid UTF-8), one refused before it is read (its output would
// replace another input's), and one with a warning.
TEST(Cli, JobsGiveTheFilesMessagesAndStatusOfOneThread) {
  std::vector<fs::path> corpus;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(test::corpus_dir(), ec))
    if (e.path().extension() == ".txt") corpus.push_back(e.path());
  std::sort(corpus.begin(), corpus.end());
  if (corpus.size() < 8) GTEST_SKIP() << "no shared corpus in " << test::corpus_dir();
  TempDir dir;
  const fs::path in = dir.path() / "in";
  fs::create_directories(in);
  for (std::size_t i = 0; i < corpus.size(); i += corpus.size() / 8) fs::copy_file(corpus[i], in / corpus[i].filename());
  write_file(in / "00-kosong.txt", "");
  write_file(in / "10-rusak.txt", "Judul Berita\n\nPositif: 12\nSembuh: \xC3(\n");
  write_file(in / "20-sama.htm", "<p>Judul</p>");  // the same outputs as 20-sama.txt
  write_file(in / "20-sama.txt", kBulletin);
  write_file(in / "30-bel.txt", std::string(kBulletin) + "Sembuh 3 orang.\a\n");  // a warning under --lenient
  const std::string args = "convert in --to text,json,brf,pef,html --plain --lenient";
  std::map<std::string, Result> results;
  std::map<std::string, std::map<std::string, std::string>> trees;
  // With --report the jobs run on threads (the report's plain-language
  // versions stay in one process); without it, in worker processes. Both ways
  // are compared with --jobs 1 ("p" marks the runs without a report).
  for (const std::string jobs : {"1", "2", "4", ""}) {  // "": the default, one job per core
    // The same names every time: messages and the report name the output folder.
    results[jobs] = run(args + " -o out --report out.json" + (jobs.empty() ? "" : " --jobs " + jobs), "", dir.path());
    trees[jobs] = tree(dir.path() / "out");
    trees[jobs][".report"] = read_file(dir.path() / "out.json");
    fs::remove_all(dir.path() / "out");
    fs::remove(dir.path() / "out.json");
    results["p" + jobs] = run(args + " -o out" + (jobs.empty() ? "" : " --jobs " + jobs), "", dir.path());
    trees["p" + jobs] = tree(dir.path() / "out");
    fs::remove_all(dir.path() / "out");
  }
  const Result& one = results["1"];
  EXPECT_EQ(one.status, 1);
  for (const char* message : {"00-kosong.txt: input is empty", "10-rusak.txt: invalid UTF-8",
                              "would overwrite the output of in/20-sama.htm", "30-bel.txt: warning:"})
    EXPECT_NE(one.err.find(message), std::string::npos) << message << " in\n" << one.err;
  EXPECT_EQ(trees["1"].size(), 5 * 11 + 1) << "five files for each of the eleven good inputs, and the report";
  for (const std::string jobs : {"2", "4", ""}) {
    EXPECT_EQ(results[jobs].status, one.status) << "--jobs " << jobs;
    EXPECT_EQ(results[jobs].err, one.err) << "--jobs " << jobs;
    EXPECT_EQ(results[jobs].out, one.out) << "--jobs " << jobs;
    EXPECT_TRUE(trees[jobs] == trees["1"]) << "--jobs " << jobs << ": other files or other bytes";
  }
  const Result& one_p = results["p1"];
  EXPECT_EQ(one_p.status, 1);
  EXPECT_EQ(one_p.err, one.err);
  auto without_report = trees["1"];
  without_report.erase(".report");
  EXPECT_TRUE(trees["p1"] == without_report);
  for (const std::string jobs : {"2", "4", ""}) {
    EXPECT_EQ(results["p" + jobs].status, one_p.status) << "processes, --jobs " << jobs;
    EXPECT_EQ(results["p" + jobs].err, one_p.err) << "processes, --jobs " << jobs;
    EXPECT_EQ(results["p" + jobs].out, one_p.out) << "processes, --jobs " << jobs;
    EXPECT_TRUE(trees["p" + jobs] == trees["p1"]) << "processes, --jobs " << jobs << ": other files or other bytes";
  }
  // Standard output stays one input's, with any number of jobs.
  Result piped = run("convert in/30-bel.txt --to brf --plain --lenient -o - -j 4", "", dir.path());
  EXPECT_EQ(piped.status, 0) << piped.err;
  EXPECT_EQ(piped.out, trees["1"]["30-bel.brf"]);
}

// --progress: one line rewritten in place on standard error, cleared before
// each message (which stands on a line of its own) and at the end; off by
// default when standard error is no terminal (as here), and for one input.
TEST(Cli, ProgressOfABatch) {
  TempDir dir;
  fs::create_directories(dir.path() / "in");
  write_file(dir.path() / "in" / "a.txt", kBulletin);
  write_file(dir.path() / "in" / "b.txt", "");  // fails: a message between two progress lines
  write_file(dir.path() / "in" / "c.txt", kBulletin);
  const std::string clear = "\r\x1b[K";
  Result on = run("convert in --to text -o out --progress", "", dir.path());
  EXPECT_EQ(on.status, 1);
  EXPECT_NE(on.err.find(clear + "[1/3] in/a.txt"), std::string::npos) << on.err;
  EXPECT_NE(on.err.find(clear + "aksesibel: in/b.txt: input is empty"), std::string::npos) << on.err;
  EXPECT_NE(on.err.find(clear + "[3/3] in/c.txt"), std::string::npos) << on.err;
  EXPECT_EQ(on.err.substr(on.err.size() - clear.size()), clear) << "the line is cleared at the end";
  EXPECT_TRUE(fs::exists(dir.path() / "out" / "c.text.txt"));
  for (const char* quiet_or_not : {"", " --quiet", " --progress=false"}) {
    Result off = run(std::string("convert in --to text -o out2") + quiet_or_not, "", dir.path());
    EXPECT_EQ(off.err.find("\x1b"), std::string::npos) << quiet_or_not << ": " << off.err;
    EXPECT_EQ(off.err.find("[1/3]"), std::string::npos) << quiet_or_not;
  }
  Result bad = run("convert in --to text -o out3 --progress=maybe", "", dir.path());
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.err.find("--progress takes true or false"), std::string::npos) << bad.err;
}

// `aksesibel embossers` lists the presets; on the command line an explicit
// page option wins over --embosser wherever either stands.
TEST(Cli, EmbosserPresets) {
  Result list = run("embossers");
  EXPECT_EQ(list.status, 0) << list.err;
  const std::vector<EmbosserPreset> presets = embosser_presets();
  std::size_t lines = 0;
  for (char c : list.out) lines += c == '\n';
  EXPECT_EQ(lines, presets.size());
  EXPECT_NE(list.out.find("index-everest-a4\t33 cells x 28 lines\tinterpoint\tIndex Everest-D V5\tA4 sheets\n"),
            std::string::npos)
      << list.out;
  auto widest = [](const std::string& brf) {
    std::size_t most = 0, now = 0;
    for (char c : brf) {
      if (c == '\r' || c == '\n' || c == '\f') now = 0;
      else most = std::max(most, ++now);
    }
    return most;
  };
  Result preset = run("convert - --to brf -o - --embosser a4", kBulletin);
  EXPECT_EQ(preset.status, 0) << preset.err;
  EXPECT_EQ(widest(preset.out), 33u);
  Result before = run("convert - --to brf -o - --cells-per-line 30 --embosser a4", kBulletin);
  Result after = run("convert - --to brf -o - --embosser a4 --cells-per-line 30", kBulletin);
  EXPECT_EQ(widest(before.out), 30u);
  EXPECT_EQ(before.out, after.out);
  Result unknown = run("convert - --to brf -o - --embosser everest", kBulletin);
  EXPECT_EQ(unknown.status, 2);
  EXPECT_NE(unknown.err.find("--embosser: 'everest' is not allowed"), std::string::npos) << unknown.err;
  EXPECT_EQ(run("embossers extra").status, 2);
  // README.id.md shows the whole Indonesian listing: it must be what the command prints.
  const std::string readme = read_file(test::examples_dir().parent_path() / "README.id.md");
  const std::string shown = "$ aksesibel embossers\n";
  const std::size_t at = readme.find(shown);
  ASSERT_NE(at, std::string::npos);
  const std::string listing = readme.substr(at + shown.size(), readme.find("```", at) - at - shown.size());
  EXPECT_EQ(listing, run("embossers --lang id").out);
}

// Messages in Indonesian or English (cli/messages.hpp): by the locale
// variables, whether or not the system has an Indonesian locale, and by
// --lang anywhere on the line. (The tests run with LANGUAGE=en.)
TEST(Cli, MessagesInIndonesianAndEnglish) {
  TempDir dir;
  const std::string id = "LANGUAGE= LC_ALL= LC_MESSAGES= LANG=id_ID.UTF-8";
  // A usage error, a file that cannot be opened, a listing, the help.
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"", "belum ada perintah; coba 'aksesibel convert --help'"},
      {"convert tidak-ada.txt --to text -o out", "tidak-ada.txt: tidak dapat dibuka: "},
      {"convert - --to text -o - --jobs 0", "--jobs: '0' tidak dapat dipakai"},
      {"embossers", "a4\t33 sel x 28 baris\tsatu sisi\tembosser apa pun (satu sisi)\tkertas lembaran A4\n"},
      {"convert --help", "Opsi convert:"},
      {"--help", "Cara pakai:"},
  };
  for (const auto& [args, indonesian] : cases) {
    Result r = run(args, kBulletin, dir.path(), id);
    const std::string said = r.out + r.err;
    EXPECT_NE(said.find(indonesian), std::string::npos) << args << "\n" << said;
  }
  // The library's own messages too: an error, and a warning that names an option (as a flag).
  Result empty = run("convert - --to text -o -", "", dir.path(), id);
  EXPECT_NE(empty.err.find("masukan kosong (0 bita)"), std::string::npos) << empty.err;
  Result control = run("convert - --to text -o -", "Judul\n\nAda \x07 di sini.\n", dir.path(), id);
  EXPECT_NE(control.err.find("karakter kendali U+0007 di baris 3, posisi bita 11; hapus karakter itu, atau pakai --lenient"),
            std::string::npos)
      << control.err;
  EXPECT_EQ(control.err.find("baris 3: karakter"), std::string::npos) << "the line is not named twice";
  Result ambiguous = run("convert - --to text -o -", "Judul Berita\n\nPositif 178,883 orang.\n", dir.path(), id);
  EXPECT_NE(ambiguous.err.find("peringatan: baris 3: angka 178,883 bisa dibaca dua cara"), std::string::npos) << ambiguous.err;
  // The same in English: by LANG, and by --lang en over an Indonesian LANG.
  Result en = run("convert tidak-ada.txt --to text -o out", "", dir.path());
  EXPECT_NE(en.err.find("cannot open: "), std::string::npos) << en.err;
  Result over = run("convert tidak-ada.txt --lang en -o out", "", dir.path(), id);
  EXPECT_NE(over.err.find("cannot open: "), std::string::npos) << over.err;
  Result by_flag = run("--lang id formats");
  EXPECT_NE(by_flag.out.find("braille untuk embosser"), std::string::npos) << by_flag.out;
  // The help's placeholders are the Indonesian manual page's.
  Result help = run("--lang id --help");
  EXPECT_NE(help.out.find("aksesibel convert MASUKAN... [--to FORMAT] [-o FOLDER | -o -] [opsi]"), std::string::npos) << help.out;
  EXPECT_NE(help.out.find("aksesibel regions BERKAS daftar wilayah"), std::string::npos) << help.out;
  EXPECT_NE(help.out.find("[--listen ALAMAT:PORT] [--max-request-size UKURAN]"), std::string::npos) << help.out;
  Result convert_help = run("--lang id convert --help");
  for (const char* s : {"Cara pakai: aksesibel convert MASUKAN...", "FOLDER/<nama>", "--data-dir FOLDER", "--table TABEL",
                        "--report BERKAS.json", "--to ] FORMAT "})
    EXPECT_NE(convert_help.out.find(s), std::string::npos) << s << "\n" << convert_help.out;
  for (const char* s : {"INPUT", "OUTDIR", " DIR", "FORMATS", "FILE.json", "[options]"})
    EXPECT_EQ(convert_help.out.find(s), std::string::npos) << s << "\n" << convert_help.out;
  Result bad = run("--lang fr formats");
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.err.find("--lang takes id or en"), std::string::npos) << bad.err;
  // A batch's warnings and progress in Indonesian.
  fs::create_directories(dir.path() / "in");
  write_file(dir.path() / "in" / "a.txt", std::string(kBulletin) + "Sembuh 3 orang.\a\n");
  write_file(dir.path() / "in" / "b.txt", kBulletin);
  Result batch = run("--lang id convert in --to text --lenient --progress -o out2", "", dir.path());
  EXPECT_NE(batch.err.find("in/a.txt: peringatan: "), std::string::npos) << batch.err;
  EXPECT_NE(batch.err.find("[2/2] in/b.txt"), std::string::npos) << batch.err;
}

TEST(Cli, JobsTakeAWholeNumberFromOne) {
  for (const char* jobs : {"0", "x", "-1", "2.5", "", "99999999999999999999", "1025"}) {
    Result r = run(std::string("convert - --to text -o - --jobs '") + jobs + "'", kBulletin);
    EXPECT_EQ(r.status, 2) << jobs;
    EXPECT_EQ(r.err.rfind("aksesibel: ", 0), 0u) << r.err;
    EXPECT_NE(r.err.find("--jobs"), std::string::npos) << jobs << ": " << r.err;
    EXPECT_TRUE(r.out.empty());
  }
  for (const char* jobs : {"--jobs 1", "--jobs=3", "-j 2", "-j2"}) {
    Result r = run(std::string("convert - --to text -o - ") + jobs, kBulletin);
    EXPECT_EQ(r.status, 0) << jobs << ": " << r.err;
    EXPECT_NE(r.out.find("14.054 kasus"), std::string::npos) << jobs;
  }
}

}  // namespace
}  // namespace aksesibel
