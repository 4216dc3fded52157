// Conversions may run on several threads at once and give the same result.
#include <gtest/gtest.h>

#include <thread>

#include "aksesibel/convert.hpp"
#include "support.hpp"

namespace aksesibel {
namespace {

TEST(Concurrency, ThreadsConvertingAtOnceAgreeWithOneThread) {
  const std::string txt = test::read_file(test::examples_dir() / "buletin-sulteng-2021-07-14.txt");
  const std::string html = test::read_file(test::examples_dir() / "buletin-sulteng-2021-07-14-web.html");
  ConvertOptions options;
  options.formats = {"text", "json", "plain", "plain-html"};
  ConvertOptions html_options = options;
  html_options.read.format = InputFormat::Html;
  const auto expected_txt = convert(txt, options).outputs;
  const auto expected_html = convert(html, html_options).outputs;
  std::vector<std::thread> threads;
  std::atomic<int> mismatches{0};
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 10; ++i) {
        const bool as_html = (t + i) % 2 == 0;
        auto out = convert(as_html ? html : txt, as_html ? html_options : options).outputs;
        const auto& want = as_html ? expected_html : expected_txt;
        for (std::size_t k = 0; k < out.size(); ++k)
          if (out[k].content != want[k].content) ++mismatches;
      }
    });
  for (auto& th : threads) th.join();
  EXPECT_EQ(mismatches.load(), 0);
}

}  // namespace
}  // namespace aksesibel
