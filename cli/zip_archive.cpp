#include "zip_archive.hpp"

#include <zip.h>

#include <cstdio>
#include <memory>

#include "aksesibel/error.hpp"
#include "aksesibel/messages.hpp"

namespace aksesibel::cli {

namespace {

[[noreturn]] void fail(const char* what, zip_error_t* error) {
  const std::string detail = error ? zip_error_strerror(error) : "";
  throw Error(ErrorCode::Internal, fill_message(translate("cannot make the ZIP archive ({0}: {1})"), {what, detail}));
}

}  // namespace

std::string zip_archive(const std::vector<std::pair<std::string, std::string>>& files) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* memory = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (!memory) fail("buffer", &error);
  zip_source_keep(memory);  // kept past zip_close(), to read the archive back
  std::unique_ptr<zip_source_t, decltype(&zip_source_free)> keep(memory, zip_source_free);
  zip_t* archive = zip_open_from_source(memory, ZIP_TRUNCATE, &error);
  if (!archive) fail("open", &error);
  for (const auto& [name, content] : files) {
    zip_source_t* s = zip_source_buffer(archive, content.data(), content.size(), 0);
    if (!s || zip_file_add(archive, name.c_str(), s, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE) < 0) {
      if (s) zip_source_free(s);
      zip_error_t* e = zip_get_error(archive);
      const std::string detail = zip_error_strerror(e);
      zip_discard(archive);
      throw Error(ErrorCode::Internal, fill_message(translate("cannot make the ZIP archive ({0}: {1})"), {"add", detail}));
    }
  }
  if (zip_close(archive) < 0) {
    const std::string detail = zip_error_strerror(zip_get_error(archive));
    zip_discard(archive);
    throw Error(ErrorCode::Internal, fill_message(translate("cannot make the ZIP archive ({0}: {1})"), {"close", detail}));
  }
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

std::string base64(const std::string& bytes) {
  static const char* kDigits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  std::size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    const unsigned v = (static_cast<unsigned char>(bytes[i]) << 16) | (static_cast<unsigned char>(bytes[i + 1]) << 8) |
                       static_cast<unsigned char>(bytes[i + 2]);
    out += kDigits[v >> 18];
    out += kDigits[(v >> 12) & 63];
    out += kDigits[(v >> 6) & 63];
    out += kDigits[v & 63];
  }
  if (i < bytes.size()) {
    unsigned v = static_cast<unsigned char>(bytes[i]) << 16;
    if (i + 1 < bytes.size()) v |= static_cast<unsigned char>(bytes[i + 1]) << 8;
    out += kDigits[v >> 18];
    out += kDigits[(v >> 12) & 63];
    out += i + 1 < bytes.size() ? kDigits[(v >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

}  // namespace aksesibel::cli
