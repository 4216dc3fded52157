#include "read/definitions.hpp"
#include "text/words.hpp"

#include <cctype>
#include <functional>
#include <map>
#include <sstream>
#include <vector>

namespace aksesibel::readers {

namespace {

// The runs without white space, punctuation and all: an acronym's letters are
// matched against the first letters of these.
std::vector<std::string> tokens_of(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

// The letters of an abbreviation, lower case ("PDP" → "pdp"); "" when it is
// no plain acronym (digits, "Covid-19", "Kab.").
std::string letters(const std::string& abbreviation) {
  std::string out;
  for (char c : abbreviation) {
    if (!std::isupper(static_cast<unsigned char>(c))) return "";
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out.size() >= 2 ? out : "";
}

// The words whose initials spell `acronym`, joined; "" when they do not.
std::string spelled(const std::vector<std::string>& words, const std::string& acronym) {
  if (words.size() != acronym.size()) return "";
  std::string out;
  for (std::size_t k = 0; k < words.size(); ++k) {
    std::string w = words[k];
    while (!w.empty() && std::ispunct(static_cast<unsigned char>(w.back()))) w.pop_back();
    if (w.empty() || !std::isalpha(static_cast<unsigned char>(w[0])) ||
        std::tolower(static_cast<unsigned char>(w[0])) != acronym[k])
      return "";
    out += (out.empty() ? "" : " ") + w;
  }
  return out;
}

void find_in(const Inlines& inlines, const std::vector<std::string>& alternatives, std::map<std::string, std::string>& own) {
  for (std::size_t k = 0; k < inlines.size(); ++k) {
    const Inline& i = inlines[k];
    if (!i.children.empty()) find_in(i.children, alternatives, own);
    if (i.kind != Inline::Kind::Abbreviation) continue;
    const std::string acronym = letters(i.text);
    if (acronym.empty() || own.count(i.text)) continue;
    std::string found;
    // "Provinsi Dalam Pengawasan (PDP)"
    if (k > 0 && inlines[k - 1].kind == Inline::Kind::Text) {
      std::string before = inlines[k - 1].text;
      while (!before.empty() && before.back() == ' ') before.pop_back();
      if (!before.empty() && before.back() == '(') {
        auto w = tokens_of(before.substr(0, before.size() - 1));
        if (w.size() >= acronym.size())
          found = spelled(std::vector<std::string>(w.end() - static_cast<std::ptrdiff_t>(acronym.size()), w.end()), acronym);
      }
    }
    // "PDP, Provinsi Dalam Pengawasan", "PDP atau …", "PDP (…)"
    if (found.empty() && k + 1 < inlines.size() && inlines[k + 1].kind == Inline::Kind::Text) {
      const std::string& after = inlines[k + 1].text;
      std::vector<std::string> leads = {", ", " ("};
      for (const std::string& a : alternatives) leads.push_back(" " + a + " ");
      for (const std::string& lead : leads) {
        if (after.rfind(lead, 0) != 0) continue;
        auto w = tokens_of(after.substr(lead.size()));
        if (w.size() >= acronym.size())
          found = spelled(std::vector<std::string>(w.begin(), w.begin() + static_cast<std::ptrdiff_t>(acronym.size())), acronym);
        if (!found.empty()) break;
      }
    }
    if (!found.empty() && text::lower_ascii(found) != text::lower_ascii(i.expansion)) own[i.text] = found;
  }
}

void apply_in(Inlines& inlines, const std::map<std::string, std::string>& own) {
  for (Inline& i : inlines) {
    apply_in(i.children, own);
    if (i.kind == Inline::Kind::Abbreviation)
      if (auto it = own.find(i.text); it != own.end()) i.expansion = it->second;
  }
}

template <typename F>
void each_inlines(std::vector<Block>& blocks, const F& f) {
  for (Block& b : blocks) {
    f(b.inlines);
    for (auto& row : b.rows)
      for (auto& cell : row) f(cell);
    for (auto& item : b.items) each_inlines(item, f);
    each_inlines(b.children, f);
  }
}

}  // namespace

void apply_own_definitions(Document& doc, const data::LanguageData& data) {
  std::map<std::string, std::string> own;
  const std::vector<std::string>& alternatives = data.fact_words.set("alternative");  // "atau"
  each_inlines(doc.blocks, [&](Inlines& in) { find_in(in, alternatives, own); });
  if (own.empty()) return;
  each_inlines(doc.blocks, [&](Inlines& in) { apply_in(in, own); });
}

}  // namespace aksesibel::readers
