#include "text/days.hpp"

#include <chrono>
#include <cstdio>

namespace aksesibel::text {

std::optional<long> day_number(std::string_view iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  int y = 0, m = 0, d = 0;
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
    if (iso[i] < '0' || iso[i] > '9') return std::nullopt;
  y = std::stoi(std::string(iso.substr(0, 4)));
  m = std::stoi(std::string(iso.substr(5, 2)));
  d = std::stoi(std::string(iso.substr(8, 2)));
  using namespace std::chrono;
  year_month_day ymd{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return std::nullopt;
  return sys_days{ymd}.time_since_epoch().count();
}

std::string iso_of_day(long n) {
  using namespace std::chrono;
  year_month_day ymd{sys_days{days{n}}};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day()));
  return buf;
}

int iso_weekday(long n) {
  using namespace std::chrono;
  return static_cast<int>(weekday{sys_days{days{n}}}.iso_encoding());
}

std::string add_days(std::string_view iso, long days) {
  auto n = day_number(iso);
  return n ? iso_of_day(*n + days) : "";
}

std::string with_year(std::string_view partial, std::string_view reference) {
  auto ref = day_number(reference);
  if (partial.size() != 7 || partial.substr(0, 2) != "--" || !ref) return std::string(partial);
  const std::string year(reference.substr(0, 4));
  for (int back = 0; back <= 1; ++back) {
    std::string candidate = std::to_string(std::stoi(year) - back) + std::string(partial.substr(1));
    auto n = day_number(candidate);
    if (n && *n <= *ref + 1) return candidate;  // a day's grace: a statement "tonight" published after midnight
  }
  return std::string(partial);
}

}  // namespace aksesibel::text
