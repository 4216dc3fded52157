// The meaning check of issue 11, shared by the corpus tests and the rule
// specs: in every enumeration of the source (a sentence with two or more
// figures, each a count of something at a place: "Palu 30 orang", "12 kasus
// di Donggala"), the number, what it counts and the place stay together in
// one line of the plain text (one output sentence or one list item). The
// enumerations are found with patterns of this file's own, independently of
// the rewriter's rules, so that a rule that parts them cannot also hide it.
#pragma once

#include <algorithm>
#include <cctype>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace aksesibel::test {

struct Unit {
  std::string number, counted, place, sentence;
};

inline std::vector<Unit> enumeration_units(const std::string& text) {
  static const std::string count = R"((\d{1,3}(?:\.\d{3})+|\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh))";
  static const std::string thing = R"((orang|kasus|pasien|dosis|spesimen|sampel|jiwa))";
  static const std::string name = R"(((?:[A-Z][A-Za-z'-]+ )*[A-Z][A-Za-z'-]+))";
  static const std::regex name_first(name + R"( (?:sebanyak |ada |berjumlah |dengan |tercatat )?)" + count + " " + thing + R"(\b)");
  static const std::regex count_first(R"(\b)" + count + " " + thing + R"((?: [a-z]+){0,2}? (?:di|dari|asal) )" + name);
  std::vector<Unit> out;
  // Sentences: a full stop, question or exclamation mark, then a space and a capital or a quotation mark.
  std::vector<std::string> sentences;
  std::size_t from = 0;
  for (std::size_t k = 0; k + 2 < text.size(); ++k)
    if ((text[k] == '.' || text[k] == '!' || text[k] == '?') && (text[k + 1] == ' ' || text[k + 1] == '\n') &&
        (std::isupper(static_cast<unsigned char>(text[k + 2])) || text[k + 2] == '"' || text[k + 2] == '\n')) {
      sentences.push_back(text.substr(from, k + 1 - from));
      from = k + 2;
    }
  sentences.push_back(text.substr(from));
  static const std::set<std::string> generic{"Kota", "Kabupaten", "Kab", "Provinsi", "Kecamatan", "Distrik", "Desa", "Kelurahan",
                                              "Data", "Dari", "Di", "Sebanyak", "Total", "Jumlah", "Kemudian", "Lalu", "Sedangkan",
                                              "Sementara", "Selanjutnya", "Untuk", "Ada", "Dengan", "Yakni", "Yaitu", "Dan", "Serta"};
  for (const std::string& sentence : sentences) {
    std::vector<Unit> found;
    for (const std::regex* re : {&name_first, &count_first}) {
      for (auto it = std::sregex_iterator(sentence.begin(), sentence.end(), *re); it != std::sregex_iterator(); ++it) {
        const std::smatch& m = *it;
        bool first = re == &name_first;
        std::string place = first ? m[1].str() : m[3].str();
        // The most telling word of the place ("Kota Palu" → "Palu"), not an abbreviation.
        std::string word;
        std::istringstream words(place);
        for (std::string w; words >> w;)
          if (!generic.count(w) && w.size() >= 3) word = w;
        bool abbreviation = !word.empty() && std::all_of(word.begin(), word.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
        if (word.empty() || abbreviation) continue;
        // "Penambahan lima kasus …": a capital that only opens the sentence names nothing.
        if (first && m.position(1) == 0 && place.find(' ') == std::string::npos) continue;
        // "8 orang dari Kabupaten Jayapura 3 orang, …": the place heads a figure of its own.
        if (!first) {
          std::string after = sentence.substr(static_cast<std::size_t>(m.position(0) + m.length(0)));
          if (std::regex_search(after, std::regex("^ (?:sebanyak )?" + count + " " + thing))) continue;
        }
        found.push_back({first ? m[2].str() : m[1].str(), first ? m[3].str() : m[2].str(), word, sentence});
      }
    }
    if (found.size() >= 2) out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

// Whether `word` stands in `line` as a whole word.
inline bool has_word(const std::string& line, const std::string& word) {
  for (std::size_t at = line.find(word); at != std::string::npos; at = line.find(word, at + 1)) {
    bool left = at == 0 || !std::isalnum(static_cast<unsigned char>(line[at - 1]));
    bool right = at + word.size() >= line.size() || !std::isalnum(static_cast<unsigned char>(line[at + word.size()]));
    if (left && right) return true;
  }
  return false;
}

// The units that no one line of `plain` (the "plain" output) holds whole,
// each as a message for a failing test.
inline std::vector<std::string> parted_units(const std::vector<Unit>& units, const std::string& plain) {
  std::vector<std::string> lines, problems;
  std::istringstream in(plain);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  for (const Unit& u : units) {
    bool together = false;
    for (const std::string& line : lines)
      together = together || (has_word(line, u.number) && has_word(line, u.counted) && has_word(line, u.place));
    if (!together)
      problems.push_back("\"" + u.number + " " + u.counted + "\" and \"" + u.place +
                         "\" are in no one line of the plain text; the source sentence: " + u.sentence);
  }
  return problems;
}

}  // namespace aksesibel::test
