#include "model/inlines.hpp"

#include "text/sentences.hpp"
#include "text/utf8.hpp"
#include "text/words.hpp"

namespace aksesibel::model {

using text::printed_words;

// The length of plain_text(Inlines{i}) (document.cpp's append_plain_text),
// without copying the inline and its children to measure it.
std::size_t text_length(const Inline& i) {
  switch (i.kind) {
    case Inline::Kind::Emphasis:
    case Inline::Kind::Strong:
    case Inline::Kind::Link: {
      std::size_t n = 0;
      for (const Inline& c : i.children) n += text_length(c);
      return n;
    }
    case Inline::Kind::LineBreak: return 1;
    default: return i.text.size();
  }
}

std::pair<Inlines, Inlines> cut(const Inlines& inlines, std::size_t offset) {
  std::pair<Inlines, Inlines> out;
  std::size_t pos = 0;
  for (const Inline& i : inlines) {
    std::size_t len = text_length(i);
    if (pos + len <= offset) out.first.push_back(i);
    else if (pos >= offset) out.second.push_back(i);
    else if (i.kind == Inline::Kind::Text) {
      out.first.push_back(Inline::make_text(i.text.substr(0, offset - pos)));
      out.second.push_back(Inline::make_text(i.text.substr(offset - pos)));
    } else {
      out.first.push_back(i);
    }
    pos += len;
  }
  tidy(out.first);
  tidy(out.second);
  return out;
}

void tidy(Inlines& inlines) {
  Inlines out;
  for (Inline& i : inlines) {
    if (i.kind == Inline::Kind::Text) {
      if (i.text.empty()) continue;
      if (!out.empty() && out.back().kind == Inline::Kind::Text) {
        out.back().text += i.text;
        continue;
      }
    }
    out.push_back(std::move(i));
  }
  inlines = std::move(out);
}

void trim_start(Inlines& inlines) {
  while (!inlines.empty() && inlines.front().kind == Inline::Kind::Text) {
    std::string& t = inlines.front().text;
    std::size_t k = 0;
    while (k < t.size() && (t[k] == ' ' || t[k] == '\n' || t[k] == ',' || t[k] == ';')) ++k;
    t.erase(0, k);
    if (!t.empty()) break;
    inlines.erase(inlines.begin());
  }
}

void trim_end(Inlines& inlines, std::string_view also) {
  while (!inlines.empty() && inlines.back().kind == Inline::Kind::Text) {
    std::string& t = inlines.back().text;
    // White space as text::trim() knows it (ASCII and the no-break space), and `also`.
    for (;;) {
      if (!t.empty() && (text::is_ascii_space(t.back()) || also.find(t.back()) != std::string_view::npos)) t.pop_back();
      else if (t.size() >= 2 && t[t.size() - 2] == '\xC2' && t.back() == '\xA0') t.resize(t.size() - 2);
      else break;
    }
    if (!t.empty()) break;
    inlines.pop_back();
  }
}

void capitalise(Inlines& inlines) {
  if (inlines.empty() || inlines.front().kind != Inline::Kind::Text) return;
  std::string& t = inlines.front().text;
  std::size_t k = 0;
  // Past an opening quote or bracket.
  while (k < t.size() && (t[k] == '"' || t[k] == '(' || t[k] == '\'')) ++k;
  if (k + 3 <= t.size() && t.compare(k, 3, "\xE2\x80\x9C") == 0) k += 3;
  if (k < t.size() && t[k] >= 'a' && t[k] <= 'z') t[k] = static_cast<char>(t[k] - 'a' + 'A');
}

bool ends_sentence(const Inlines& inlines) {
  std::string t = plain_text(inlines);
  while (!t.empty() && (t.back() == ' ' || t.back() == '"' || t.back() == ')' || t.back() == '\'')) t.pop_back();
  if (t.size() >= 3 && t.compare(t.size() - 3, 3, "\xE2\x80\x9D") == 0) t.resize(t.size() - 3);
  return !t.empty() && (t.back() == '.' || t.back() == '!' || t.back() == '?');
}

bool ends_with_colon(const Inlines& inlines) {
  std::string t = plain_text(inlines);
  while (!t.empty() && t.back() == ' ') t.pop_back();
  return !t.empty() && t.back() == ':';
}

void add_full_stop(Inlines& inlines) {
  trim_end(inlines, ",;:");
  if (inlines.empty() || ends_sentence(inlines)) return;
  inlines.push_back(Inline::make_text("."));
  tidy(inlines);
}

std::vector<std::string> words_in(const Inlines& inlines) {
  std::string t = plain_text(inlines);
  std::vector<std::string> out;
  for (std::string_view w : printed_words(t)) out.emplace_back(w);
  return out;
}

std::size_t word_count(const Inlines& inlines) { return printed_words(plain_text(inlines)).size(); }

std::size_t phrase_end(const Inlines& inlines, std::size_t at, const std::vector<std::string>& phrase) {
  std::string t = plain_text(inlines);
  std::size_t pos = at;
  for (std::size_t w = 0; w < phrase.size(); ++w) {
    if (w > 0) {
      while (pos < t.size() && t[pos] == ' ') ++pos;
    }
    pos += phrase[w].size();
  }
  return pos;
}

std::vector<std::size_t> find_phrase(const Inlines& inlines, const std::vector<std::string>& phrase) {
  std::vector<std::size_t> out;
  std::size_t base = 0;
  for (const Inline& i : inlines) {
    std::size_t len = text_length(i);
    if (i.kind == Inline::Kind::Text) {
      std::string l = text::lower_ascii(i.text);
      for (std::size_t k = 0; k < l.size(); ++k) {
        if (k > 0 && text::is_word_byte(static_cast<unsigned char>(l[k - 1]))) continue;
        std::size_t pos = k;
        bool ok = true;
        for (std::size_t w = 0; w < phrase.size() && ok; ++w) {
          if (w > 0) {
            if (pos >= l.size() || l[pos] != ' ') ok = false;
            while (pos < l.size() && l[pos] == ' ') ++pos;
          }
          if (ok && l.compare(pos, phrase[w].size(), phrase[w]) == 0) pos += phrase[w].size();
          else ok = false;
        }
        if (ok && (pos >= l.size() || !text::is_word_byte(static_cast<unsigned char>(l[pos])))) out.push_back(base + k);
      }
    }
    base += len;
  }
  return out;
}

bool inside_quotes(std::string_view text, std::size_t offset) {
  bool open = false, ascii = false;
  for (std::size_t k = 0; k < offset && k < text.size(); ++k) {
    if (text.compare(k, 3, "\xE2\x80\x9C") == 0) open = true;
    else if (text.compare(k, 3, "\xE2\x80\x9D") == 0) open = false;
    else if (text[k] == '"') ascii = !ascii;
  }
  return open || ascii;
}

std::string match_case(std::string s, std::string_view model) {
  if (!s.empty() && !model.empty() && model[0] >= 'A' && model[0] <= 'Z' && s[0] >= 'a' && s[0] <= 'z')
    s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

void drop_prefix(Inlines& inlines, std::size_t bytes) {
  Inlines out;
  for (Inline& i : inlines) {
    if (bytes == 0) {
      out.push_back(std::move(i));
      continue;
    }
    switch (i.kind) {
      case Inline::Kind::Emphasis:
      case Inline::Kind::Strong:
      case Inline::Kind::Link: {
        const std::size_t len = plain_text(i.children).size();
        if (len <= bytes) {
          bytes -= len;
        } else {
          drop_prefix(i.children, bytes);
          bytes = 0;
          out.push_back(std::move(i));
        }
        break;
      }
      case Inline::Kind::LineBreak: --bytes; break;
      default:
        if (i.text.size() <= bytes) {
          bytes -= i.text.size();
        } else {
          // Whatever kind it was, what is left is plain text.
          out.push_back(Inline::make_text(i.text.substr(bytes)));
          bytes = 0;
        }
    }
  }
  inlines = std::move(out);
}

bool expansion_around(std::string_view before, std::string_view after, std::string_view expansion) {
  const auto lower = [](std::string_view v) { return text::lower_ascii(std::string(v)); };
  const std::string b = lower(before), a = lower(after), e = lower(expansion);
  const auto ends = [](const std::string& s, const std::string& x) {
    return s.size() >= x.size() && s.compare(s.size() - x.size(), x.size(), x) == 0;
  };
  if (ends(b, e + " (") || ends(b, e + " ") || a.rfind(" (" + e, 0) == 0 || a.rfind("(" + e, 0) == 0) return true;
  // In brackets straight after the source's own wording of it ("Dinas Komunikasi,
  // Informatika, Persandian dan Statistik (DKIPS)", commas differing from the list's).
  const std::string_view t = text::trim(before);
  return !t.empty() && t.back() == '(';
}

std::vector<Inlines> sentences(const Inlines& inlines, const std::vector<std::string>& no_break_after) {
  const std::string t = plain_text(inlines);
  std::vector<Inlines> out;
  Inlines rest = inlines;
  std::size_t consumed = 0;  // bytes of plain text before `rest`
  const auto keep = [&](Inlines piece) {
    trim_start(piece);
    trim_end(piece);
    if (!piece.empty()) out.push_back(std::move(piece));
  };
  const auto bounds = text::sentences(t, no_break_after);
  for (std::size_t k = 1; k < bounds.size(); ++k) {
    if (bounds[k].first <= consumed) continue;  // inside an inline that the last cut kept whole
    auto [head, tail] = cut(rest, bounds[k].first - consumed);
    consumed += plain_text(head).size();
    keep(std::move(head));
    rest = std::move(tail);
  }
  keep(std::move(rest));
  return out;
}

}  // namespace aksesibel::model
