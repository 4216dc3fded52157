// The worker processes of `convert --jobs N` (cli/worker_processes.hpp) and
// what travels between them (cli/job_wire.hpp).
#include <gtest/gtest.h>

#include <unistd.h>

#include <atomic>
#include <stdexcept>
#include <thread>

#include "job_wire.hpp"
#include "worker_processes.hpp"

namespace aksesibel::cli {
namespace {

TEST(JobWire, AnAnswerComesBackWhole) {
  Job job;
  job.failure = std::make_exception_ptr(Error(ErrorCode::InvalidUtf8, "invalid UTF-8", {"in/a.txt", 4, 57}));
  job.warnings.push_back({"ambiguous number", {"in/a.txt", 3, std::nullopt}, true});
  job.warnings.push_back({"", {}, false});
  job.outputs.push_back({"brf", "brf", std::string("a\0b\xff", 4)});
  job.outputs.push_back({"text", "text.txt", ""});
  Job back;
  decode_answer(encode_answer(job), back);
  try {
    std::rethrow_exception(back.failure);
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::InvalidUtf8);
    EXPECT_EQ(e.message(), "invalid UTF-8");
    EXPECT_EQ(e.where().file, "in/a.txt");
    EXPECT_EQ(e.where().line, 4u);
    EXPECT_EQ(e.where().byte_offset, std::optional<std::size_t>(57));
  }
  ASSERT_EQ(back.warnings.size(), 2u);
  EXPECT_EQ(back.warnings[0].message, "ambiguous number");
  EXPECT_EQ(back.warnings[0].where.line, 3u);
  EXPECT_FALSE(back.warnings[0].where.byte_offset);
  EXPECT_TRUE(back.warnings[0].important);
  EXPECT_FALSE(back.warnings[1].important);
  ASSERT_EQ(back.outputs.size(), 2u);
  EXPECT_EQ(back.outputs[0].content, std::string("a\0b\xff", 4));
  EXPECT_EQ(back.outputs[1].extension, "text.txt");

  // Another exception keeps its message; no failure stays none.
  Job other;
  other.failure = std::make_exception_ptr(std::runtime_error("bad_alloc somewhere"));
  Job other_back;
  decode_answer(encode_answer(other), other_back);
  try {
    std::rethrow_exception(other_back.failure);
  } catch (const Error&) {
    ADD_FAILURE() << "not an aksesibel::Error";
  } catch (const std::exception& e) {
    EXPECT_STREQ(e.what(), "bad_alloc somewhere");
  }
  Job fine, fine_back;
  decode_answer(encode_answer(fine), fine_back);
  EXPECT_FALSE(fine_back.failure);

  // A cut answer is an error, not a read past its end.
  const std::string answer = encode_answer(job);
  Job cut;
  EXPECT_THROW(decode_answer(std::string_view(answer).substr(0, answer.size() - 1), cut), std::runtime_error);

  std::size_t index = 0;
  Job request, request_back;
  request.bytes_read = true;
  request.bytes = std::string("stdin\0bytes", 11);
  decode_request(encode_request(41, request), index, request_back);
  EXPECT_EQ(index, 41u);
  EXPECT_TRUE(request_back.bytes_read);
  EXPECT_EQ(request_back.bytes, request.bytes);
}

// Many callers on threads, two processes: every answer is its request's.
TEST(WorkerProcesses, EveryCallGetsItsOwnAnswer) {
  WorkerProcesses pool(2, [](std::string_view r) { return std::string(r.rbegin(), r.rend()) + "@" + std::to_string(getpid()); });
  ASSERT_EQ(pool.size(), 2u);
  std::atomic<int> wrong{0};
  std::vector<std::thread> callers;
  for (int t = 0; t < 4; ++t)
    callers.emplace_back([&, t] {
      for (int k = 0; k < 50; ++k) {
        std::string request = std::to_string(t);  // built by parts: gcc 12 warns (-Wrestrict) of "r" + a to_string
        request += '-';
        request += std::to_string(k);
        const auto answer = pool.call(request);
        const std::string expected(request.rbegin(), request.rend());
        if (!answer || answer->rfind(expected + "@", 0) != 0 || *answer == expected + "@" + std::to_string(getpid())) ++wrong;
      }
    });
  for (auto& c : callers) c.join();
  EXPECT_EQ(wrong, 0) << "answers from the wrong request, or from this process rather than a worker";
}

// A worker that dies gives no answer for its request; the others go on; with
// none left, calls return at once.
TEST(WorkerProcesses, AWorkerThatDiesGivesNoAnswer) {
  WorkerProcesses pool(2, [](std::string_view r) -> std::string {
    if (r == "die") ::_exit(3);
    return std::string(r);
  });
  ASSERT_EQ(pool.size(), 2u);
  EXPECT_FALSE(pool.call("die"));
  EXPECT_TRUE(pool.any_alive());
  for (int k = 0; k < 5; ++k) EXPECT_EQ(pool.call("live"), std::optional<std::string>("live"));
  EXPECT_FALSE(pool.call("die"));
  EXPECT_FALSE(pool.any_alive());
  EXPECT_FALSE(pool.call("live"));
}

}  // namespace
}  // namespace aksesibel::cli
