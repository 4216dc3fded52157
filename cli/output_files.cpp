#include "output_files.hpp"
#include "messages.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <set>

#include "aksesibel/error.hpp"

namespace aksesibel::cli {

namespace {

constexpr const char* kTemporaryTag = ".aksesibel-";

[[noreturn]] void fail(const std::string& what, int err, const std::filesystem::path& path) {
  throw Error(ErrorCode::Io, what + ": " + std::strerror(err), {path.string(), 0, std::nullopt});
}

mode_t umask_now() {
  static const mode_t mask = [] {
    const mode_t m = ::umask(0);
    ::umask(m);
    return m;
  }();
  return mask;
}

// ".NAME.aksesibel-[old-]PID-XXXXXX": the PID lets a later run tell a killed
// run's file from a running one's.
std::string temporary_template(const std::filesystem::path& target, bool old) {
  std::string name = ".";
  name += target.filename().string();
  name += kTemporaryTag;
  if (old) name += "old-";
  name += std::to_string(::getpid());
  name += "-XXXXXX";
  return (target.parent_path() / name).string();
}

// A temporary file of ours whose process is gone: "." ... ".aksesibel-" ["old-"] PID "-" six characters.
bool is_stale_temporary(const std::string& name) {
  if (name.size() < 2 || name[0] != '.') return false;
  const std::size_t tag = name.rfind(kTemporaryTag);
  if (tag == std::string::npos || tag == 0) return false;
  std::size_t p = tag + std::strlen(kTemporaryTag);
  if (name.compare(p, 4, "old-") == 0) p += 4;
  const std::size_t dash = name.find('-', p);
  if (dash == std::string::npos || dash == p || dash > p + 10 || name.size() != dash + 7) return false;
  long pid = 0;
  for (std::size_t i = p; i < dash; ++i) {
    if (name[i] < '0' || name[i] > '9') return false;
    pid = pid * 10 + (name[i] - '0');
  }
  if (pid <= 0 || pid == ::getpid()) return false;
  return ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
}

// Once per folder and run: remove the temporary files killed runs left there.
void remove_stale_temporaries(const std::filesystem::path& folder) {
  static std::set<std::string> cleaned;
  const std::string dir = folder.empty() ? "." : folder.string();
  if (!cleaned.insert(dir).second) return;
  DIR* d = ::opendir(dir.c_str());
  if (!d) return;
  while (const dirent* e = ::readdir(d)) {
    const std::string name = e->d_name;
    if (!is_stale_temporary(name)) continue;
    struct stat st;
    const std::string path = dir + "/" + name;
    if (::lstat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && st.st_uid == ::geteuid()) ::unlink(path.c_str());
  }
  ::closedir(d);
}

void write_fd(int fd, const std::string& content, const std::string& tmp, const std::filesystem::path& target) {
  const char* p = content.data();
  std::size_t left = content.size();
  while (left > 0) {
    const ssize_t n = ::write(fd, p, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      const int err = errno;
      ::close(fd);
      ::unlink(tmp.c_str());
      fail(tr("cannot write"), err, target);
    }
    p += n;
    left -= static_cast<std::size_t>(n);
  }
}

// The new content in a temporary file beside `target`, with the mode the
// file will have: the replaced file's, else what the umask allows.
std::string write_temporary(const OutputFile& file) {
  std::string tmp = temporary_template(file.path, false);
  const int fd = ::mkstemp(tmp.data());
  if (fd < 0) fail(fill(tr("cannot create a file in {0}"), {file.path.parent_path().string()}), errno, file.path);
  write_fd(fd, file.content, tmp, file.path);
  struct stat old;
  const mode_t mode = ::stat(file.path.c_str(), &old) == 0 && S_ISREG(old.st_mode) ? (old.st_mode & 07777)
                                                                                  : (0666 & ~umask_now());
  if (::fchmod(fd, mode) != 0 || ::close(fd) != 0) {
    const int err = errno;
    ::unlink(tmp.c_str());
    fail(tr("cannot write"), err, file.path);
  }
  return tmp;
}

// The file `target` holds now, kept under a temporary name until the set is
// in place: a hard link, else (a file system without them) a copy. "" when
// there is no file to keep.
std::string keep_old(const std::filesystem::path& target) {
  struct stat st;
  if (::lstat(target.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return "";
  for (int attempt = 0; attempt < 100; ++attempt) {
    std::string name = temporary_template(target, true);
    name.replace(name.size() - 6, 6, std::to_string(100000 + (attempt * 7919 + ::getpid()) % 900000));
    if (::link(target.c_str(), name.c_str()) == 0) return name;
    if (errno == EEXIST) continue;
    break;
  }
  // No hard link: a copy of the bytes.
  std::string content;
  const int in = ::open(target.c_str(), O_RDONLY | O_CLOEXEC);
  if (in < 0) fail(tr("cannot keep the earlier version"), errno, target);
  char buf[65536];
  for (;;) {
    const ssize_t n = ::read(in, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      const int err = errno;
      ::close(in);
      fail(tr("cannot keep the earlier version"), err, target);
    }
    if (n == 0) break;
    content.append(buf, static_cast<std::size_t>(n));
  }
  ::close(in);
  std::string copy = temporary_template(target, true);
  const int fd = ::mkstemp(copy.data());
  if (fd < 0) fail(tr("cannot keep the earlier version"), errno, target);
  write_fd(fd, content, copy, target);
  if (::fchmod(fd, st.st_mode & 07777) != 0 || ::close(fd) != 0) {
    const int err = errno;
    ::unlink(copy.c_str());
    fail(tr("cannot keep the earlier version"), err, target);
  }
  return copy;
}

}  // namespace

void write_all_or_nothing(const std::vector<OutputFile>& files) {
  for (const OutputFile& f : files) remove_stale_temporaries(f.path.parent_path());
  std::vector<std::string> temporaries, kept;
  auto remove_all = [](const std::vector<std::string>& paths) {
    for (const std::string& t : paths)
      if (!t.empty()) ::unlink(t.c_str());
  };
  try {
    for (const OutputFile& f : files) temporaries.push_back(write_temporary(f));
    for (const OutputFile& f : files) kept.push_back(keep_old(f.path));
  } catch (...) {
    remove_all(temporaries);
    remove_all(kept);
    throw;
  }
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (std::rename(temporaries[i].c_str(), files[i].path.c_str()) != 0) {
      const int err = errno;
      for (std::size_t j = i; j < temporaries.size(); ++j) ::unlink(temporaries[j].c_str());
      // The files already put in place go back to what they were, or away.
      for (std::size_t j = 0; j < i; ++j) {
        if (!kept[j].empty()) std::rename(kept[j].c_str(), files[j].path.c_str());
        else ::unlink(files[j].path.c_str());
      }
      for (std::size_t j = i; j < kept.size(); ++j)
        if (!kept[j].empty()) ::unlink(kept[j].c_str());
      fail(tr("cannot put the file in place"), err, files[i].path);
    }
  }
  remove_all(kept);
}

}  // namespace aksesibel::cli
