// aksesibel — several files in one ZIP archive, in memory: an EPUB is one
// (format "epub"), and so is the web page's "download all".
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace aksesibel {

/// One file of an archive.
struct ArchiveEntry {
  std::string name;         ///< its path inside the archive, UTF-8, "/" between folders
  std::string content;      ///< its bytes
  bool compressed = true;   ///< false: stored as is (an EPUB's "mimetype" must be)
};

/// The bytes of a ZIP archive holding `entries` in their order, with no
/// extra fields. Every entry is dated `modified` (seconds since 1970 in UTC,
/// written as that UTC date and time), or the current time when absent.
/// Throws Error(Internal) when the ZIP library fails.
std::string zip_archive(const std::vector<ArchiveEntry>& entries, std::optional<std::int64_t> modified = std::nullopt);

}  // namespace aksesibel
