// Worker processes for `convert --jobs N`: each input converted in a process
// of its own rather than on a thread, so that conversions never wait for one
// another. liblouis keeps its translation state in global buffers; the
// library therefore translates braille under one lock (lib/braille), and a
// batch of threads spent about a third of its time in that one queue (a 2-core
// batch ran 1.41× faster than one core). Processes share nothing.
//
// A request and its answer are bytes (cli/job_wire.hpp says which); each
// worker answers one request at a time over a socket pair.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace aksesibel::cli {

class WorkerProcesses {
 public:
  using Serve = std::function<std::string(std::string_view request)>;

  /// Starts up to `count` processes, each answering requests with `serve`
  /// until the socket closes. Call it while the process has only one thread
  /// (before any is started): the children are forks of it. Fewer (or none)
  /// when the system gives no more processes; size() says how many.
  /// `serve` must not throw; a child never returns from here.
  WorkerProcesses(unsigned count, Serve serve);
  ~WorkerProcesses();  ///< closes the sockets and waits for the children
  WorkerProcesses(const WorkerProcesses&) = delete;
  WorkerProcesses& operator=(const WorkerProcesses&) = delete;

  std::size_t size() const { return workers_.size(); }
  /// Whether any worker is still there to answer (thread-safe).
  bool any_alive();

  /// `request`'s answer from an idle worker (waiting for one to be idle);
  /// thread-safe. Nothing when no worker is alive, or when the worker ended
  /// before answering (it crashed: the caller reports this input as failed).
  std::optional<std::string> call(const std::string& request);

 private:
  struct Worker {
    int socket = -1;
    int pid = -1;
    bool busy = false;
    bool alive = true;
  };
  std::vector<Worker> workers_;
  std::mutex mutex_;
  std::condition_variable idle_;
};

}  // namespace aksesibel::cli
