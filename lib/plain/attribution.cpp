#include "plain/attribution.hpp"

#include <algorithm>
#include "model/inlines.hpp"


namespace aksesibel::plain {

using namespace model;  // operations on inlines (model/inlines.hpp)

namespace {

bool capitalised(const std::string& w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }

}  // namespace

bool name_before_role(Inlines& s, const PlainData& data) {
  const std::string t = plain_text(s);
  const std::string l = lower(t);
  for (const std::string& verb : data.speech_verbs) {
    for (std::size_t at : find_phrase(s, {verb})) {
      if (inside_quotes(t, at)) continue;  // the speaker's own words stay
      // The role: from after the word of saying to the first ", ".
      std::size_t role_begin = at + verb.size();
      while (role_begin < t.size() && t[role_begin] == ' ') ++role_begin;
      bool role = false;
      for (const auto& r : data.roles)
        if (!find_phrase(Inlines{Inline::make_text(l.substr(role_begin))}, r).empty() &&
            find_phrase(Inlines{Inline::make_text(l.substr(role_begin))}, r).front() == 0)
          role = true;
      if (!role) continue;
      std::size_t comma = t.find(", ", role_begin);
      if (comma == std::string::npos) continue;
      // The name: two or more capitalised words after the comma, up to
      // punctuation, a lower-case word or the end of its text.
      std::size_t name_begin = comma + 2, pos = name_begin, name_end = name_begin;
      std::size_t words = 0;
      while (pos < t.size()) {
        std::size_t e = t.find_first_of(" ,.;:()", pos);
        if (e == std::string::npos) e = t.size();
        std::string w = t.substr(pos, e - pos);
        if (!capitalised(w) || data.weekdays.end() != std::find(data.weekdays.begin(), data.weekdays.end(), w)) break;
        ++words;
        name_end = e;
        if (e >= t.size() || t[e] != ' ') break;
        pos = e + 1;
      }
      if (words < 2) continue;
      // Only plain text may be moved: the name must lie in one Text inline.
      auto [head, tail] = cut(s, name_begin);
      auto [name, after] = cut(tail, name_end - name_begin);
      if (name.size() != 1 || name[0].kind != Inline::Kind::Text) continue;
      auto [before, rest] = cut(head, role_begin);
      auto [role_inlines, comma_text] = cut(rest, comma - role_begin);
      Inlines out = before;
      out.push_back(name[0]);
      out.push_back(Inline::make_text(", "));
      for (const Inline& i : role_inlines) out.push_back(i);
      // What followed the name ("Sabtu, 20 Februari 2021.") follows the role.
      trim_start(after);
      std::string next = plain_text(after);
      if (!next.empty() && next[0] != '.' && next[0] != ',' && next[0] != ')') out.push_back(Inline::make_text(", "));
      for (const Inline& i : after) out.push_back(i);
      tidy(out);
      s = std::move(out);
      return true;
    }
  }
  return false;
}

}  // namespace aksesibel::plain
