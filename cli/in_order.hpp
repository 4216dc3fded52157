// Work on several threads, results taken in order: `convert --jobs N`.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

namespace aksesibel::cli {

/// For every i in 0..count-1, in this order: `begin(i)` makes item i's job
/// (on the calling thread), `work(i, job)` does the slow part, `commit(i, job)`
/// takes the result (on the calling thread). `work` runs on up to `jobs`
/// threads (never more than there are items) and must not throw: it keeps a
/// failure in the job for `commit`. `begin` and `commit` run in the order of
/// i, as when everything ran on one thread, so whatever they print or write
/// comes out the same whatever `jobs` is.
///
/// At most 2 × jobs items are begun and not yet committed: a batch of
/// thousands of bulletins never holds more than a few results in memory,
/// even when one slow bulletin keeps the others waiting for their turn.
///
/// With jobs 1 (or one item) there is no thread at all: begin, work, commit,
/// one item after the other; so too when no thread can be started. Should
/// `begin` or `commit` throw, the workers finish the job in hand and stop,
/// and the exception goes on.
template <class Job, class Begin, class Work, class Commit>
void run_in_order(std::size_t count, unsigned jobs, Begin begin, Work work, Commit commit) {
  auto one_thread = [&] {
    for (std::size_t i = 0; i < count; ++i) {
      Job job = begin(i);
      work(i, job);
      commit(i, job);
    }
  };
  if (jobs <= 1 || count <= 1) return one_thread();
  const std::size_t workers = std::min<std::size_t>(jobs, count);
  const std::size_t window = 2 * workers;
  // Item i lives in slots[i % window] from begin to commit; the slot is free
  // again once item i - window is committed.
  struct Slot {
    Job job;
    bool done = false;
  };
  std::vector<Slot> slots(window);
  std::mutex mutex;
  std::condition_variable to_workers, to_caller;
  // Under the mutex: items begun by the caller, taken by a worker; the item
  // the caller waits for (only its end wakes the caller).
  std::size_t begun = 0, taken = 0, awaited = 0;
  bool stop = false;

  auto worker = [&] {
    std::unique_lock lock(mutex);
    for (;;) {
      to_workers.wait(lock, [&] { return stop || taken < begun; });
      if (stop) return;
      const std::size_t i = taken++;
      Slot& slot = slots[i % window];
      lock.unlock();
      work(i, slot.job);  // the slot is this worker's alone until `done`
      lock.lock();
      slot.done = true;
      if (i == awaited) {
        // Woken after the unlock, the caller does not wait for the mutex.
        lock.unlock();
        to_caller.notify_one();
        lock.lock();
      }
    }
  };
  std::vector<std::thread> threads;
  // Stops and joins the workers however this function is left.
  struct Joiner {
    std::vector<std::thread>& threads;
    std::mutex& mutex;
    bool& stop;
    std::condition_variable& cv;
    ~Joiner() {
      {
        std::lock_guard lock(mutex);
        stop = true;
      }
      cv.notify_all();
      for (std::thread& t : threads) t.join();
    }
  } joiner{threads, mutex, stop, to_workers};
  try {
    for (std::size_t t = 0; t < workers; ++t) threads.emplace_back(worker);
  } catch (const std::system_error&) {
    // The system gives no more threads (a limit on processes): the batch
    // goes on with those it has, or on this thread alone.
    if (threads.empty()) return one_thread();
  }

  for (std::size_t committed = 0; committed < count; ++committed) {
    // Fill the window. `begin` runs without the lock: it may read standard
    // input; no worker touches a slot before `begun` counts it.
    for (std::size_t i; (i = begun) < count && i < committed + window;) {
      slots[i % window].job = begin(i);
      slots[i % window].done = false;
      {
        std::lock_guard lock(mutex);
        ++begun;
      }
      to_workers.notify_one();
    }
    Slot& slot = slots[committed % window];
    {
      std::unique_lock lock(mutex);
      awaited = committed;
      to_caller.wait(lock, [&] { return slot.done; });
    }
    commit(committed, slot.job);
    slot.job = Job();  // its memory goes now, not when the slot is used again
  }
}

}  // namespace aksesibel::cli
