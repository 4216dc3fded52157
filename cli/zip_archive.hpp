// Files in one ZIP archive, in memory (libzip): the web page's "download
// all" (cli/serve.cpp).
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace aksesibel::cli {

/// The archive's bytes holding `files` (name, content) in their order,
/// compressed. Throws Error(Internal) when libzip fails.
std::string zip_archive(const std::vector<std::pair<std::string, std::string>>& files);

/// `bytes` in base64 (RFC 4648), for data: links.
std::string base64(const std::string& bytes);

}  // namespace aksesibel::cli
