#include "output_files.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "aksesibel/error.hpp"

namespace aksesibel::cli {

namespace {

std::string write_temporary(const OutputFile& file) {
  std::string hidden_name = ".";
  hidden_name += file.path.filename().string();
  hidden_name += ".XXXXXX";
  std::string tmpl = (file.path.parent_path() / hidden_name).string();
  const int fd = mkstemp(tmpl.data());
  if (fd < 0)
    throw Error(ErrorCode::Io, std::string("cannot create a file in ") + file.path.parent_path().string() + ": " +
                                   std::strerror(errno),
                {file.path.string(), 0, std::nullopt});
  const char* p = file.content.data();
  std::size_t left = file.content.size();
  while (left > 0) {
    const ssize_t n = ::write(fd, p, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      const int err = errno;
      ::close(fd);
      ::unlink(tmpl.c_str());
      throw Error(ErrorCode::Io, std::string("cannot write: ") + std::strerror(err), {file.path.string(), 0, std::nullopt});
    }
    p += n;
    left -= static_cast<std::size_t>(n);
  }
  if (::fchmod(fd, 0644) != 0 || ::close(fd) != 0) {
    const int err = errno;
    ::unlink(tmpl.c_str());
    throw Error(ErrorCode::Io, std::string("cannot write: ") + std::strerror(err), {file.path.string(), 0, std::nullopt});
  }
  return tmpl;
}

}  // namespace

void write_all_or_nothing(const std::vector<OutputFile>& files) {
  std::vector<std::string> temporaries;
  try {
    for (const OutputFile& f : files) temporaries.push_back(write_temporary(f));
  } catch (...) {
    for (const std::string& t : temporaries) ::unlink(t.c_str());
    throw;
  }
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (std::rename(temporaries[i].c_str(), files[i].path.c_str()) != 0) {
      const int err = errno;
      for (std::size_t j = i; j < temporaries.size(); ++j) ::unlink(temporaries[j].c_str());
      for (std::size_t j = 0; j < i; ++j) ::unlink(files[j].path.c_str());
      throw Error(ErrorCode::Io, std::string("cannot put the file in place: ") + std::strerror(err),
                  {files[i].path.string(), 0, std::nullopt});
    }
  }
}

}  // namespace aksesibel::cli
