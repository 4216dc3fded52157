#include "worker_processes.hpp"

#include <sys/socket.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>

namespace aksesibel::cli {

namespace {

// Whole buffers over a stream socket. MSG_NOSIGNAL: a worker that died gives
// EPIPE here, not a SIGPIPE that would end the whole run.
bool send_all(int fd, const char* data, std::size_t size) {
  while (size > 0) {
    const ssize_t n = ::send(fd, data, size, MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data += n;
    size -= static_cast<std::size_t>(n);
  }
  return true;
}

bool receive_all(int fd, char* data, std::size_t size) {
  while (size > 0) {
    const ssize_t n = ::recv(fd, data, size, 0);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data += n;
    size -= static_cast<std::size_t>(n);
  }
  return true;
}

// A message: its length (8 bytes, this machine's order: both ends are one
// program on one machine), then its bytes.
bool send_message(int fd, std::string_view message) {
  const std::uint64_t size = message.size();
  return send_all(fd, reinterpret_cast<const char*>(&size), sizeof size) && send_all(fd, message.data(), message.size());
}

std::optional<std::string> receive_message(int fd) {
  std::uint64_t size = 0;
  if (!receive_all(fd, reinterpret_cast<char*>(&size), sizeof size)) return std::nullopt;
  std::string message(size, '\0');
  if (!receive_all(fd, message.data(), message.size())) return std::nullopt;
  return message;
}

}  // namespace

WorkerProcesses::WorkerProcesses(unsigned count, Serve serve) {
  for (unsigned k = 0; k < count; ++k) {
    int pair[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) != 0) break;
    const pid_t pid = ::fork();
    if (pid < 0) {
      ::close(pair[0]);
      ::close(pair[1]);
      break;
    }
    if (pid == 0) {
      // The child: only its own end. The parent's ends of the earlier workers
      // are closed too, or those workers would not see the end of their
      // socket when the parent goes.
      ::close(pair[0]);
      for (const Worker& w : workers_) ::close(w.socket);
      while (auto request = receive_message(pair[1]))
        if (!send_message(pair[1], serve(*request))) break;
      // No destructors, no atexit handlers, no flushing of the parent's
      // buffered output: the parent owns all of that.
      ::_exit(0);
    }
    ::close(pair[1]);
    workers_.push_back({pair[0], static_cast<int>(pid), false, true});
  }
}

WorkerProcesses::~WorkerProcesses() {
  for (const Worker& w : workers_) ::close(w.socket);
  for (const Worker& w : workers_) {
    int status = 0;
    while (::waitpid(w.pid, &status, 0) < 0 && errno == EINTR) {
    }
  }
}

bool WorkerProcesses::any_alive() {
  std::lock_guard lock(mutex_);
  for (const Worker& w : workers_)
    if (w.alive) return true;
  return false;
}

std::optional<std::string> WorkerProcesses::call(const std::string& request) {
  std::size_t k = 0;
  {
    std::unique_lock lock(mutex_);
    auto idle = [&] {
      for (k = 0; k < workers_.size(); ++k)
        if (workers_[k].alive && !workers_[k].busy) return true;
      bool any = false;
      for (const Worker& w : workers_) any = any || w.alive;
      return !any;  // none alive: stop waiting
    };
    idle_.wait(lock, idle);
    if (k == workers_.size()) return std::nullopt;
    workers_[k].busy = true;
  }
  std::optional<std::string> answer;
  if (send_message(workers_[k].socket, request)) answer = receive_message(workers_[k].socket);
  {
    std::lock_guard lock(mutex_);
    workers_[k].busy = false;
    if (!answer) workers_[k].alive = false;
  }
  // A death may leave no worker alive: every waiting caller must hear of it.
  if (answer) idle_.notify_one();
  else idle_.notify_all();
  return answer;
}

}  // namespace aksesibel::cli
