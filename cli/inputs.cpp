#include "inputs.hpp"
#include "messages.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>

#include "aksesibel/convert.hpp"
#include "aksesibel/error.hpp"

namespace fs = std::filesystem;

namespace aksesibel::cli {

namespace {

bool convertible(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext == ".txt" || ext == ".html" || ext == ".htm";
}

// Whether a file name ends like an output of aksesibel's whose extension has
// two parts ("x.text.txt", "x.large-print.html"): such a file in an input
// folder is an earlier run's output, not a bulletin.
bool an_output(const fs::path& p) {
  std::string name = p.filename().string();
  std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
  for (const FormatInfo& f : output_formats()) {
    if (f.extension.find('.') == std::string::npos) continue;
    const std::string tail = "." + f.extension;
    if (name.size() > tail.size() && name.compare(name.size() - tail.size(), tail.size(), tail) == 0) return true;
  }
  return false;
}

std::string size_text(std::size_t bytes) {
  if (bytes >= 1024 * 1024) return std::to_string(bytes / (1024 * 1024)) + " MiB";
  if (bytes >= 1024) return std::to_string(bytes / 1024) + " KiB";
  return fill(tr("{0} bytes"), {std::to_string(bytes)});
}

}  // namespace

std::vector<Source> expand_inputs(const std::vector<std::string>& inputs) {
  std::vector<Source> out;
  for (const std::string& in : inputs) {
    if (in == "-") {
      out.push_back({"-", "stdin", ""});
      continue;
    }
    std::error_code ec;
    const fs::path p(in);
    if (fs::is_directory(p, ec)) {
      std::vector<fs::path> files;
      // Only regular files (a FIFO named .txt would block the batch for ever),
      // and not the outputs of an earlier run into the same folder
      // ("buletin.text.txt", "buletin.plain.html").
      for (fs::directory_iterator it(p, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code rc;
        if (convertible(it->path()) && fs::is_regular_file(it->path(), rc) && !an_output(it->path())) files.push_back(it->path());
      }
      if (ec) {
        out.push_back({in, "", std::string(tr("cannot list the folder: ")) + ec.message()});
        continue;
      }
      std::sort(files.begin(), files.end());
      if (files.empty())
        out.push_back({in, "", tr("the folder has no .txt, .html or .htm files to convert")});
      for (const fs::path& f : files) out.push_back({f.string(), f.stem().string(), ""});
      continue;
    }
    out.push_back({in, p.stem().string(), ""});
  }
  return out;
}

std::string read_source(const Source& source, std::size_t max_size) {
  const auto too_large = [&](std::size_t size) {
    return Error(ErrorCode::InputTooLarge,
                 fill(size > max_size + 1 ? tr("input is {0}, more than the limit of {1}; split the bulletin, or raise the "
                                               "limit with --max-input-size")
                                          : tr("input is {0} or more, more than the limit of {1}; split the bulletin, or "
                                               "raise the limit with --max-input-size"),
                      {size_text(size), size_text(max_size)}),
                 {source.path, 0, std::nullopt});
  };
  std::FILE* f = source.path == "-" ? stdin : std::fopen(source.path.c_str(), "rb");
  if (!f)
    throw Error(ErrorCode::Io, std::string(tr("cannot open: ")) + std::strerror(errno) +
                                   (errno == ENOENT   ? tr("; check the path")
                                    : errno == EACCES ? tr("; check the file's permissions")
                                                      : ""),
                {source.path, 0, std::nullopt});
  if (source.path != "-") {
    std::error_code ec;
    if (fs::is_directory(source.path, ec)) {
      std::fclose(f);
      throw Error(ErrorCode::Io, tr("is a folder"), {source.path, 0, std::nullopt});
    }
    auto size = fs::file_size(source.path, ec);
    if (!ec && size > max_size) {
      std::fclose(f);
      throw too_large(static_cast<std::size_t>(size));
    }
  }
  std::string bytes;
  char buf[65536];
  for (;;) {
    const std::size_t n = std::fread(buf, 1, sizeof buf, f);
    bytes.append(buf, n);
    if (bytes.size() > max_size) {
      if (f != stdin) std::fclose(f);
      throw too_large(bytes.size());
    }
    if (n < sizeof buf) break;
  }
  const bool failed = std::ferror(f);
  const int err = errno;
  if (f != stdin) std::fclose(f);
  if (failed)
    throw Error(ErrorCode::Io, std::string(tr("cannot read: ")) + std::strerror(err), {source.path, 0, std::nullopt});
  return bytes;
}

}  // namespace aksesibel::cli
