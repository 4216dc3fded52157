// `aksesibel serve` as a client sees it: the page, the API, the form, the
// refusals and 50 requests at once; every file it sends back is byte for
// byte what the library (and so the command line) makes with the same options.
#include <gtest/gtest.h>

#include <httplib.h>
#include <nlohmann/json.hpp>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <regex>
#include <thread>

#include "aksesibel/convert.hpp"
#include "aksesibel/options.hpp"
#include "support.hpp"

// AddressSanitizer's shadow memory and quarantine multiply a process's
// memory many times over: the bound below holds for ordinary builds only.
#if defined(__SANITIZE_ADDRESS__)
#define AKSESIBEL_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define AKSESIBEL_UNDER_ASAN 1
#endif
#endif

namespace aksesibel {
namespace {

namespace fs = std::filesystem;

// The server, started on a free port of 127.0.0.1 (it prints the address) and stopped at the end.
class Server {
 public:
  explicit Server(const std::string& extra = "") {
    int err[2];
    if (pipe(err) != 0) return;
    pid_ = fork();
    if (pid_ == 0) {
      dup2(err[1], 2);
      close(err[0]);
      close(err[1]);
      const std::string cmd = "exec '" AKSESIBEL_CLI "' serve --listen 127.0.0.1:0 " + extra;
      execl("/bin/sh", "sh", "-c", cmd.c_str(), static_cast<char*>(nullptr));
      _exit(127);
    }
    close(err[1]);
    std::string said;
    char c;
    while (::read(err[0], &c, 1) == 1 && c != '\n') said += c;
    close(err[0]);
    std::smatch m;
    if (std::regex_search(said, m, std::regex(R"(http://127\.0\.0\.1:(\d+)/)"))) port_ = std::stoi(m[1]);
    first_line_ = said;
  }
  ~Server() {
    if (pid_ > 0) {
      kill(pid_, SIGTERM);
      waitpid(pid_, nullptr, 0);
    }
  }
  int port() const { return port_; }
  /// The server's peak resident memory so far, in bytes (VmHWM).
  std::size_t peak_memory() const {
    std::ifstream in("/proc/" + std::to_string(pid_) + "/status");
    for (std::string line; std::getline(in, line);)
      if (line.rfind("VmHWM:", 0) == 0) return std::stoul(line.substr(6)) * 1024;
    return 0;
  }
  const std::string& first_line() const { return first_line_; }
  httplib::Client client() const {
    httplib::Client c("127.0.0.1", port_);
    c.set_read_timeout(60, 0);
    return c;
  }

 private:
  pid_t pid_ = -1;
  int port_ = 0;
  std::string first_line_;
};

std::string unbase64(const std::string& s) {
  static const std::string digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  unsigned v = 0;
  int bits = 0;
  for (char c : s) {
    if (c == '=') break;
    const std::size_t d = digits.find(c);
    if (d == std::string::npos) continue;
    v = (v << 6) | static_cast<unsigned>(d);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((v >> bits) & 0xFF);
    }
  }
  return out;
}

// A PDF says when it was made (/CreationDate): the one difference allowed
// between two conversions of the same input.
std::string undated(std::string s) {
  const std::size_t at = s.find("/CreationDate (D:");
  if (at != std::string::npos) s.erase(at, s.find(')', at) + 1 - at);
  return s;
}

// What the library makes of `text` named `name` for `formats` with the a4 embosser.
std::map<std::string, std::string> library_outputs(const std::string& text, const std::string& name,
                                                   const std::string& formats) {
  ConvertOptions o;
  set_option(o, "to", formats);
  set_option(o, "embosser", "a4");
  o.read.source_name = name;
  std::map<std::string, std::string> out;
  for (Output& x : convert(text, o).outputs) out[x.format] = std::move(x.content);
  return out;
}

// The bytes of the data: link whose download name is `file` in `page` ("" when none).
std::string download(const std::string& page, const std::string& file) {
  const std::size_t at = page.find("download=\"" + file + "\" href=\"data:");
  if (at == std::string::npos) return "";
  const std::size_t start = page.find(";base64,", at);
  const std::size_t end = page.find('"', start);
  if (start == std::string::npos || end == std::string::npos) return "";
  return unbase64(page.substr(start + 8, end - start - 8));
}

const std::string& bulletin() {
  static const std::string b = test::read_file(test::examples_dir() / "buletin-sulteng-2021-07-14.txt");
  return b;
}

TEST(Serve, ThePageInIndonesianWithAStrictPolicy) {
  Server server;
  ASSERT_GT(server.port(), 0) << server.first_line();
  auto c = server.client();
  auto page = c.Get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_NE(page->body.find("<html lang=\"id\">"), std::string::npos);
  EXPECT_NE(page->body.find("Ubah buletin Covid-19 menjadi aksesibel"), std::string::npos);
  EXPECT_NE(page->body.find("<form method=\"post\" action=\"/ubah\" enctype=\"multipart/form-data\">"), std::string::npos);
  EXPECT_NE(page->body.find("index-everest-a4"), std::string::npos) << "the embosser presets are offered";
  EXPECT_EQ(page->body.find("<script"), std::string::npos) << "no script is needed";
  const std::string csp = page->get_header_value("Content-Security-Policy");
  EXPECT_NE(csp.find("default-src 'none'"), std::string::npos) << csp;
  EXPECT_EQ(csp.find("script-src"), std::string::npos) << "no script allowed from anywhere";
  auto health = c.Get("/health");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
  EXPECT_EQ(nlohmann::json::parse(health->body)["status"], "ok");
  auto missing = c.Get("/etc/passwd");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
}

TEST(Serve, TheApiGivesTheLibrarysBytes) {
  Server server;
  ASSERT_GT(server.port(), 0) << server.first_line();
  auto c = server.client();
  const nlohmann::json request = {{"name", "buletin.txt"},
                                  {"text", bulletin()},
                                  {"to", {"brf", "large-print-pdf", "html"}},
                                  {"options", {{"embosser", "a4"}}}};
  auto res = c.Post("/api/convert", request.dump(), "application/json");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body.substr(0, 500);
  const auto j = nlohmann::json::parse(res->body);
  const auto expected = library_outputs(bulletin(), "buletin.txt", "brf,large-print-pdf,html");
  ASSERT_EQ(j["results"].size(), 1u);
  ASSERT_EQ(j["results"][0]["outputs"].size(), 3u);
  for (const auto& o : j["results"][0]["outputs"])
    EXPECT_TRUE(undated(unbase64(o["content"].get<std::string>())) == undated(expected.at(o["format"].get<std::string>())))
        << o["format"];
}

TEST(Serve, TheFormUploadsAFileAndOffersEveryFileAndAZip) {
  Server server;
  ASSERT_GT(server.port(), 0) << server.first_line();
  auto c = server.client();
  httplib::MultipartFormDataItems form = {
      {"teks", "", "", ""},
      {"berkas", bulletin(), "../../rahasia/buletin.txt", "text/plain"},
      {"to", "brf", "", ""},
      {"to", "large-print-pdf", "", ""},
      {"embosser", "a4", "", ""},
      {"cells-per-line", "", "", ""},
  };
  auto res = c.Post("/ubah", form);
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body.substr(0, 800);
  const std::string& page = res->body;
  EXPECT_NE(page.find("<h2>buletin.txt</h2>"), std::string::npos) << "a path from the client is reduced to its name";
  const auto expected = library_outputs(bulletin(), "buletin.txt", "brf,large-print-pdf");
  EXPECT_TRUE(download(page, "buletin.brf") == expected.at("brf"));
  EXPECT_TRUE(undated(download(page, "buletin.large-print.pdf")) == undated(expected.at("large-print-pdf")));
  EXPECT_EQ(download(page, "aksesibel.zip").substr(0, 2), "PK");
  EXPECT_NE(page.find("Unduh semua 2 berkas (ZIP)"), std::string::npos);
}

// Several files: the page comes in pieces while they are converted, a line
// of the log started before each conversion and finished after it, so that
// "2 of 3" reaches the browser before the third is done; the finished page
// equals the one-piece page's results.
TEST(Serve, SeveralFilesShowTheirProgressWhileConverted) {
  Server server;
  ASSERT_GT(server.port(), 0) << server.first_line();
  const std::string boundary = "----aksesibel-test-boundary";
  std::string body;
  auto part = [&](const std::string& name, const std::string& content, const std::string& file) {
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"" +
            (file.empty() ? "" : "; filename=\"" + file + "\"") + "\r\n\r\n" + content + "\r\n";
  };
  part("berkas", bulletin(), "satu.txt");
  part("berkas", "", "kosong.txt");  // fails: an empty file
  part("berkas", bulletin(), "tiga.txt");
  part("to", "brf", "");
  part("embosser", "a4", "");
  body += "--" + boundary + "--\r\n";
  httplib::Request req;
  req.method = "POST";
  req.path = "/ubah";
  req.body = body;
  req.set_header("Content-Type", "multipart/form-data; boundary=" + boundary);
  req.set_header("Accept-Encoding", "gzip, deflate, br");  // as a browser asks: the pieces must still come as made
  std::vector<std::string> pieces;
  req.content_receiver = [&pieces](const char* data, std::size_t size, std::uint64_t, std::uint64_t) {
    pieces.emplace_back(data, size);
    return true;
  };
  auto c = server.client();
  auto res = c.send(req);
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200);
  EXPECT_EQ(res->get_header_value("Transfer-Encoding"), "chunked");
  EXPECT_EQ(res->get_header_value("Content-Security-Policy").rfind("default-src 'none';", 0), 0u);
  std::string page;
  for (const std::string& p : pieces) page += p;
  // Each step of the log is a piece of its own, in order.
  auto piece_of = [&pieces](const std::string& text) {
    for (std::size_t i = 0; i < pieces.size(); ++i)
      if (pieces[i].find(text) != std::string::npos) return static_cast<long>(i);
    return -1L;
  };
  const long started2 = piece_of("2 dari 3: mengubah kosong.txt");
  const long started3 = piece_of("3 dari 3: mengubah tiga.txt");
  const long results = piece_of("2 dari 3 masukan berhasil diubah");
  ASSERT_GE(started2, 0) << page.substr(0, 2000);
  EXPECT_GT(piece_of("1 dari 3: mengubah satu.txt"), 0) << "the top of the page comes first, alone";
  EXPECT_LT(piece_of("1 dari 3: mengubah satu.txt"), started2);
  EXPECT_LT(started2, started3);
  EXPECT_LT(started3, results);
  EXPECT_NE(page.find("<div role=\"log\" aria-labelledby=\"kemajuan\"><ol>"), std::string::npos);
  EXPECT_NE(page.find("kosong.txt\u2026 tidak berhasil diubah.</li>"), std::string::npos) << page.substr(0, 3000);
  EXPECT_NE(page.find("tiga.txt\u2026 selesai.</li>"), std::string::npos);
  EXPECT_EQ(page.substr(page.size() - 8), "</html>\n");
  EXPECT_TRUE(download(page, "tiga.brf") == library_outputs(bulletin(), "tiga.txt", "brf").at("brf"));
  EXPECT_TRUE(download(page, "satu.brf") == library_outputs(bulletin(), "satu.txt", "brf").at("brf"));
  EXPECT_EQ(download(page, "aksesibel.zip").substr(0, 2), "PK");
}

TEST(Serve, RefusalsSayWhy) {
  Server server("--max-request-size 64KiB");
  ASSERT_GT(server.port(), 0) << server.first_line();
  auto c = server.client();
  // An option that names a file of the server is no client's to set.
  auto res = c.Post("/api/convert",
                    nlohmann::json{{"text", bulletin()}, {"to", "text"}, {"options", {{"data-dir", "/etc"}}}}.dump(),
                    "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400);
  EXPECT_NE(res->body.find("opsi data-dir tidak dapat diatur di sini"), std::string::npos) << res->body;
  res = c.Post("/api/convert", nlohmann::json{{"to", "text"}}.dump(), "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400);
  res = c.Post("/api/convert", "{", "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400);
  // The library's error, with its code, for an input that cannot be converted.
  res = c.Post("/api/convert", nlohmann::json{{"text", "   \n"}, {"to", "text"}}.dump(), "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 422);
  EXPECT_EQ(nlohmann::json::parse(res->body)["results"][0]["error"]["code"], "empty-input") << res->body;
  // Too large: refused before it is read.
  res = c.Post("/api/convert", nlohmann::json{{"text", std::string(100 * 1024, 'a')}, {"to", "text"}}.dump(),
               "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 413);
  // The form's refusal is a page that says what to do, announced.
  auto page = c.Post("/ubah", httplib::MultipartFormDataItems{{"to", "brf", "", ""}});
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 400);
  EXPECT_NE(page->body.find("role=\"alert\""), std::string::npos);
  EXPECT_NE(page->body.find("tempel buletin atau pilih berkasnya"), std::string::npos) << page->body;
}

// 50 requests at once: every one answered, each with the same bytes.
TEST(Serve, FiftyRequestsAtOnce) {
  Server server("--workers 4");
  ASSERT_GT(server.port(), 0) << server.first_line();
  const std::string expected = library_outputs(bulletin(), "buletin.txt", "brf").at("brf");
  const std::string body =
      nlohmann::json{{"name", "buletin.txt"}, {"text", bulletin()}, {"to", "brf"}, {"options", {{"embosser", "a4"}}}}.dump();
  std::atomic<int> good{0};
  std::mutex failures_mutex;
  std::vector<std::string> failures;
  std::vector<std::thread> clients;
  for (int k = 0; k < 50; ++k)
    clients.emplace_back([&] {
      auto c = server.client();
      auto res = c.Post("/api/convert", body, "application/json");
      if (!res) {
        std::lock_guard lock(failures_mutex);
        failures.push_back(httplib::to_string(res.error()));
        return;
      }
      if (res->status == 200 &&
          unbase64(nlohmann::json::parse(res->body)["results"][0]["outputs"][0]["content"].get<std::string>()) == expected)
        ++good;
    });
  for (auto& t : clients) t.join();
  EXPECT_EQ(good, 50) << (failures.empty() ? std::string() : failures.front());
  // Bounded: four workers hold four requests' work at a time, whatever the
  // number waiting (the bound is generous; docs/serve.md has the figure).
  const std::size_t peak = server.peak_memory();
  EXPECT_GT(peak, 0u);
#ifndef AKSESIBEL_UNDER_ASAN
  EXPECT_LT(peak, 300u << 20) << peak;
#endif
  std::cerr << "serve: 50 requests, peak memory " << (peak >> 20) << " MiB\n";
}

}  // namespace
}  // namespace aksesibel
