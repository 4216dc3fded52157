// ZIP archives with libzip, written in memory and read back.
#include "aksesibel/archive.hpp"

#include <zip.h>

#include <cstdio>
#include <ctime>
#include <memory>

#include "aksesibel/error.hpp"
#include "aksesibel/messages.hpp"

namespace aksesibel {

namespace {

[[noreturn]] void fail(const char* what, const std::string& detail) {
  throw Error(ErrorCode::Internal, fill_message(translate("cannot make the ZIP archive ({0}: {1})"), {what, detail}));
}

[[noreturn]] void fail(const char* what, zip_error_t* error) { fail(what, error ? zip_error_strerror(error) : ""); }

// The archive is discarded when a step fails.
struct ArchiveCloser {
  void operator()(zip_t* z) const {
    if (z) zip_discard(z);
  }
};

// A UTC time as MS-DOS date and time fields (2-second steps, 1980–2107),
// without the local time zone: the same input gives the same bytes anywhere.
void dos_time(std::int64_t seconds, zip_uint16_t& time, zip_uint16_t& date) {
  const std::time_t t = static_cast<std::time_t>(seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  const int year = tm.tm_year + 1900;
  if (year < 1980) {  // before the format's first day: 1 January 1980, 00:00
    time = 0;
    date = (1 << 5) | 1;
    return;
  }
  if (year > 2107) {  // after its last: 31 December 2107, 23:59:58
    time = (23 << 11) | (59 << 5) | 29;
    date = static_cast<zip_uint16_t>((127 << 9) | (12 << 5) | 31);
    return;
  }
  time = static_cast<zip_uint16_t>((tm.tm_hour << 11) | (tm.tm_min << 5) | (tm.tm_sec / 2));
  date = static_cast<zip_uint16_t>(((year - 1980) << 9) | ((tm.tm_mon + 1) << 5) | tm.tm_mday);
}

}  // namespace

std::string zip_archive(const std::vector<ArchiveEntry>& entries, std::optional<std::int64_t> modified) {
  // libzip removes an archive left with no entries: an empty one is only its
  // end-of-central-directory record.
  if (entries.empty()) return std::string("PK\x05\x06", 4) + std::string(18, '\0');
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* memory = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (!memory) fail("buffer", &error);
  zip_source_keep(memory);  // kept past zip_close(), to read the archive back
  std::unique_ptr<zip_source_t, decltype(&zip_source_free)> keep(memory, zip_source_free);
  std::unique_ptr<zip_t, ArchiveCloser> archive(zip_open_from_source(memory, ZIP_TRUNCATE, &error));
  if (!archive) fail("open", &error);
  zip_uint16_t dtime = 0, ddate = 0;
  dos_time(modified ? *modified : static_cast<std::int64_t>(std::time(nullptr)), dtime, ddate);
  for (const ArchiveEntry& e : entries) {
    zip_source_t* s = zip_source_buffer(archive.get(), e.content.data(), e.content.size(), 0);
    if (!s) fail("add", zip_get_error(archive.get()));
    const zip_int64_t index = zip_file_add(archive.get(), e.name.c_str(), s, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
    if (index < 0) {
      zip_source_free(s);
      fail("add", zip_get_error(archive.get()));
    }
    const auto i = static_cast<zip_uint64_t>(index);
    if (zip_set_file_compression(archive.get(), i, e.compressed ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0) < 0 ||
        zip_file_set_dostime(archive.get(), i, dtime, ddate, 0) < 0)
      fail("add", zip_get_error(archive.get()));
  }
  if (zip_close(archive.get()) < 0) fail("close", zip_get_error(archive.get()));
  archive.release();  // closed: nothing to discard
  if (zip_source_open(memory) < 0) fail("read", zip_source_error(memory));
  zip_source_seek(memory, 0, SEEK_END);
  const zip_int64_t size = zip_source_tell(memory);
  zip_source_seek(memory, 0, SEEK_SET);
  std::string out(static_cast<std::size_t>(size < 0 ? 0 : size), '\0');
  const zip_int64_t read = zip_source_read(memory, out.data(), out.size());
  zip_source_close(memory);
  if (read != size) fail("read", zip_source_error(memory));
  return out;
}

}  // namespace aksesibel
