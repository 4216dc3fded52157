// Spec files of cases (tests/plain/specs, tests/text/specs): "==" starts a
// case with its title; every other line starts with one of the file kind's
// markers ("<", ">", "!", …) and belongs to the case; "#" lines are comments.
// A malformed line fails the test that reads the file, naming its place.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

namespace aksesibel::test {

struct SpecCase {
  std::filesystem::path file;
  std::size_t line = 0;  ///< of its "==" line
  std::string title;
  std::map<std::string, std::vector<std::string>> lines;  ///< marker → the rest of each line, in order
  const std::vector<std::string>& operator[](const std::string& marker) const {
    static const std::vector<std::string> none;
    auto it = lines.find(marker);
    return it == lines.end() ? none : it->second;
  }
};

inline std::string strip_spaces(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.pop_back();
  const std::size_t b = s.find_first_not_of(' ');
  return b == std::string::npos ? "" : s.substr(b);
}

inline std::vector<SpecCase> read_spec_file(const std::filesystem::path& file, std::vector<std::string> markers) {
  // Longest markers first: "!-" before "!".
  std::sort(markers.begin(), markers.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  std::vector<SpecCase> cases;
  std::ifstream in(file);
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (strip_spaces(line).empty() || line[0] == '#') continue;
    if (line.rfind("==", 0) == 0) {
      cases.push_back({file, number, strip_spaces(line.substr(2)), {}});
      continue;
    }
    if (cases.empty()) {
      ADD_FAILURE() << file.string() << ":" << number << ": a case starts with a '==' line";
      continue;
    }
    auto marker = std::find_if(markers.begin(), markers.end(), [&](const std::string& m) { return line.rfind(m, 0) == 0; });
    if (marker == markers.end()) {
      std::string known;
      for (const std::string& m : markers) known += " " + m;
      ADD_FAILURE() << file.string() << ":" << number << ": a line starts with ==," << known << " (or # for a comment)";
      continue;
    }
    cases.back().lines[*marker].push_back(strip_spaces(line.substr(marker->size())));
  }
  return cases;
}

}  // namespace aksesibel::test
