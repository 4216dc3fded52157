// Bytes as base64, for the data: links of the web page (cli/serve.cpp).
#pragma once

#include <string>

namespace aksesibel::cli {

/// `bytes` in base64 (RFC 4648), for data: links.
std::string base64(const std::string& bytes);

}  // namespace aksesibel::cli
