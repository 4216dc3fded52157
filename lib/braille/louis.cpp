#include "braille/louis.hpp"

#include <liblouis/liblouis.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iterator>
#include <map>
#include <mutex>
#include <sstream>
#include <unordered_map>
#include <vector>

#include "aksesibel/messages.hpp"
#include "aksesibel/error.hpp"
#include "data/data_dir.hpp"

static_assert(sizeof(widechar) == sizeof(char32_t), "liblouis must be built with 32-bit widechar (as on Debian)");

namespace aksesibel::braille {

namespace {

std::mutex& louis_mutex() {
  static std::mutex m;
  return m;
}

// liblouis reports problems through a log callback; by default it prints.
// The library never prints: messages are kept for the next error. The
// callback is process-wide, and a host program may call liblouis from other
// threads without our lock: each thread keeps its own messages, read and
// cleared by the thread that made the call.
std::string& last_log() {
  thread_local std::string log;
  return log;
}

void capture_log(logLevels level, const char* message) {
  if (level >= LOU_LOG_WARN && message) {
    std::string& log = last_log();
    if (log.size() >= 2000) return;
    try {
      if (!log.empty()) log += "; ";
      log += message;
    } catch (...) {
      // Out of memory: the message is lost, liblouis (C) must not see an exception.
    }
  }
}

void ensure_setup_locked() {
  static bool done = false;
  if (done) return;
  lou_registerLogCallback(capture_log);
  lou_setLogLevel(LOU_LOG_WARN);
  done = true;
}

// liblouis' messages about a table, summarised: the files and lines it
// names ("FILE:LINE: error: …"), never the rest, which quotes the file's text
// (a path given by mistake, /etc/passwd, would be echoed into a message).
std::string summarise_log(const std::string& log) {
  std::vector<std::string> places;
  std::size_t errors = 0;
  for (std::size_t at = 0; (at = log.find(": error: ", at)) != std::string::npos; at += 9) {
    ++errors;
    std::size_t begin = log.rfind("; ", at);
    begin = begin == std::string::npos ? 0 : begin + 2;
    const std::string place = log.substr(begin, at - begin);  // "FILE:LINE"
    const std::size_t colon = place.rfind(':');
    if (colon == std::string::npos || place.find_first_not_of("0123456789", colon + 1) != std::string::npos) continue;
    if (places.size() < 3) places.push_back(place.substr(0, colon) + " line " + place.substr(colon + 1));
  }
  if (errors == 0) return log.empty() ? "" : " (liblouis cannot find or open it)";
  std::string out = " (liblouis found " + std::to_string(errors) + " error" + (errors == 1 ? "" : "s");
  for (std::size_t i = 0; i < places.size(); ++i) out += (i == 0 ? ": " : ", ") + places[i];
  return out + ")";
}

void check_table_locked(const std::string& table_list, const std::string& shown) {
  ensure_setup_locked();
  last_log().clear();
  if (!lou_getTable(table_list.c_str()))
    throw Error(ErrorCode::DataFile, fill_message(aksesibel::translate("cannot load the braille table {0}{1}; check the option table "
                                                            "and that aksesibel's tables/ folder is installed"),
                                                  {shown, summarise_log(last_log())}));
}

void check_table_locked(const std::string& table_list) { check_table_locked(table_list, table_list); }

constexpr int kMode = ucBrl;

}  // namespace

Translation translate(const std::string& table_list, const std::u32string& text,
                      const std::vector<unsigned short>& typeform) {
  Translation t;
  if (text.empty()) return t;
  // The lock is held for liblouis' call alone: the buffers are made and the
  // result copied out while other threads translate (convert --jobs).
  std::vector<widechar> in(text.begin(), text.end());
  for (int factor = 4;; factor *= 2) {
    int inlen = static_cast<int>(in.size());
    int outlen = inlen * factor + 64;
    std::vector<widechar> out(outlen);
    std::vector<int> input_pos(outlen);
    // liblouis may use the typeform buffer beyond the input's length: give it the output's.
    std::vector<formtype> forms(typeform.begin(), typeform.end());
    forms.resize(std::max<std::size_t>(in.size(), static_cast<std::size_t>(outlen)) + 16, 0);
    bool translated;
    {
      std::lock_guard lock(louis_mutex());
      check_table_locked(table_list);
      translated = lou_translate(table_list.c_str(), in.data(), &inlen, out.data(), &outlen, forms.data(), nullptr,
                                 nullptr, input_pos.data(), nullptr, kMode);
    }
    if (!translated)
      throw Error(ErrorCode::Internal, fill_message(aksesibel::translate("liblouis could not translate a text with {0}{1}"),
                                                    {table_list, last_log().empty() ? std::string() : ": " + last_log()}));
    if (inlen < static_cast<int>(in.size())) {
      if (factor < 64) continue;  // output buffer was too small
      throw Error(ErrorCode::Internal, fill_message(aksesibel::translate("liblouis translated only part of a text with {0}"), {table_list}));
    }
    t.cells.assign(out.begin(), out.begin() + outlen);
    t.input_pos.assign(input_pos.begin(), input_pos.begin() + outlen);
    for (char32_t& c : t.cells)
      if (c == U' ') c = U'\u2800';
    return t;
  }
}

std::u32string back_translate_cells(const std::string& table_list, const std::u32string& cells) {
  if (cells.empty()) return {};
  std::vector<widechar> in(cells.begin(), cells.end());
  for (int factor = 4;; factor *= 2) {
    int inlen = static_cast<int>(in.size());
    int outlen = inlen * factor + 64;
    std::vector<widechar> out(outlen);
    bool translated;
    {
      std::lock_guard lock(louis_mutex());  // for liblouis' call alone
      check_table_locked(table_list);
      translated = lou_backTranslateString(table_list.c_str(), in.data(), &inlen, out.data(), &outlen, nullptr,
                                           nullptr, kMode);
    }
    if (!translated)
      throw Error(ErrorCode::Internal, fill_message(aksesibel::translate("liblouis could not back-translate with {0}"), {table_list}));
    if (inlen < static_cast<int>(in.size())) {
      if (factor < 64) continue;
      throw Error(ErrorCode::Internal,
                  fill_message(aksesibel::translate("liblouis back-translated only part of a text with {0}"), {table_list}));
    }
    return std::u32string(out.begin(), out.begin() + outlen);
  }
}

bool defines(const std::string& table_list, char32_t c) {
  // Asked for the characters of every run of text, some 500 times a
  // bulletin. Each thread keeps the answers it has had: with the shared map
  // alone, every question took its lock and searched it by the table's
  // whole path, and conversions on several threads (`convert --jobs`)
  // queued for that lock. A thread sees a few tables at most.
  struct Answers {
    std::string table_list;
    std::unordered_map<char32_t, bool> defined;
  };
  thread_local std::vector<Answers> known;
  auto mine = std::find_if(known.begin(), known.end(), [&](const Answers& a) { return a.table_list == table_list; });
  if (mine != known.end()) {
    if (auto it = mine->defined.find(c); it != mine->defined.end()) return it->second;
  }
  auto remember = [&](bool defined) {
    if (mine == known.end()) {
      known.push_back({table_list, {}});
      mine = std::prev(known.end());
    }
    mine->defined.emplace(c, defined);
    return defined;
  };
  // Then the answers of every thread, so that liblouis is asked once a process.
  static std::mutex cache_mutex;
  static std::map<std::pair<std::string, char32_t>, bool> cache;
  {
    std::lock_guard lock(cache_mutex);
    auto it = cache.find({table_list, c});
    if (it != cache.end()) return remember(it->second);
  }
  bool defined;
  {
    std::lock_guard lock(louis_mutex());
    check_table_locked(table_list);
    widechar in[1] = {static_cast<widechar>(c)};
    widechar out[64];
    int inlen = 1, outlen = 64;
    defined = lou_translateString(table_list.c_str(), in, &inlen, out, &outlen, nullptr, nullptr,
                                  kMode | noUndefined) &&
              outlen > 0;
    // A table may "define" a character as itself (en-ueb-g1.ctb passes
    // U+00A0 through): only braille cells count as a sign.
    for (int k = 0; defined && k < outlen; ++k)
      if (out[k] < 0x2800 || out[k] > 0x28FF) defined = false;
  }
  {
    std::lock_guard lock(cache_mutex);
    cache[{table_list, c}] = defined;
  }
  return remember(defined);
}

std::string resolve_table(const std::string& table, const std::string& language, const std::string& tables_dir,
                          bool paths) {
  namespace fs = std::filesystem;
  // Resolved once a process for each question, as data/ is read once: a
  // batch asked again for every bulletin, a dozen file-system calls each.
  // Only a table that loaded is remembered; a failure is looked for again.
  const char* env_dir = std::getenv("AKSESIBEL_TABLES_DIR");
  const std::string key = table + '\n' + language + '\n' + tables_dir + '\n' + (paths ? "1" : "0") + '\n' +
                          (env_dir ? env_dir : "");
  static std::mutex resolved_mutex;
  static std::map<std::string, std::string> resolved;
  {
    std::lock_guard lock(resolved_mutex);
    if (auto it = resolved.find(key); it != resolved.end()) return it->second;
  }
  std::vector<fs::path> dirs;
  if (!tables_dir.empty()) dirs.push_back(tables_dir);
  else {
    if (const char* env = std::getenv("AKSESIBEL_TABLES_DIR"); env && *env) dirs.push_back(env);
    for (const fs::path& share : data::installed_share_directories()) dirs.push_back(share / "tables");
  }
  std::string wanted = table;
  if (wanted.empty()) wanted = language == "en" ? "en-ueb-g1.ctb" : "id-id-g1.utb";
  dirs.push_back(AKSESIBEL_LOUIS_TABLES_DIR);  // stock tables, by absolute path: LOUIS_TABLEPATH cannot hide them
  // Only regular files reach liblouis: /dev/zero made it crash, a FIFO made it wait for ever.
  auto regular = [&](const std::string& path) {
    std::error_code ec;
    const fs::file_status st = fs::status(path, ec);
    if (!ec && fs::exists(st) && !fs::is_regular_file(st))
      throw Error(ErrorCode::DataFile, fill_message(aksesibel::translate("the braille table {0} is not a regular file (a device, a pipe "
                                                              "or a folder); name a table file with the option table"),
                                                    {path}));
    return path;
  };
  auto resolve = [&](const std::string& name) {
    if (!fs::path(name).is_relative() || name.find('/') != std::string::npos) {
      if (!paths)
        throw Error(ErrorCode::InvalidOption,
                    aksesibel::translate("the option table takes names of braille tables (id-id-g1.utb, en-ueb-g1.ctb), not paths; "
                              "put the table in the tables folder (the option tables-dir), or set the option table-paths "
                              "for a table file you trust"));
      return regular(name);
    }
    for (const fs::path& d : dirs) {
      std::error_code ec;
      if (fs::is_regular_file(d / name, ec)) return (d / name).string();
    }
    return name;  // let liblouis look for it (and report it if it is nowhere)
  };
  // unicode.dis first: whatever display table a stock table brings, cells come out as Unicode braille.
  std::string out = resolve("unicode.dis");
  std::stringstream ss(wanted);
  std::string name;
  while (std::getline(ss, name, ',')) {
    out += ',';
    out += resolve(name);
  }
  {
    std::lock_guard lock(louis_mutex());
    check_table_locked(out, wanted);
  }
  std::lock_guard lock(resolved_mutex);
  resolved.emplace(key, out);
  return out;
}

}  // namespace aksesibel::braille
