// `aksesibel serve`: a web page and an HTTP API that convert (cli/serve.cpp).
#pragma once

#include <cstddef>
#include <string>

namespace aksesibel::cli {

struct ServeOptions {
  std::string host = "127.0.0.1";        ///< --listen ADDR:PORT; loopback unless said otherwise
  int port = 8080;                       ///< 0: any free port (printed)
  std::size_t max_request_size = 8u << 20;  ///< --max-request-size: larger requests are refused (413)
  unsigned workers = 4;                  ///< requests handled at once; the others wait their turn
  std::size_t max_files = 50;            ///< inputs in one request
};

/// Serves until the process is stopped. 1 when the address cannot be used.
int serve(const ServeOptions& options);

}  // namespace aksesibel::cli
