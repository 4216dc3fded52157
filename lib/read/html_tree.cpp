#include "read/html_tree.hpp"

#include "aksesibel/messages.hpp"

#include <cstring>

#include "text/utf8.hpp"
#include "text/words.hpp"

namespace aksesibel::readers {

namespace {

bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::size_t line_of(const xmlNode* n) {
  const long line = xmlGetLineNo(n);
  return line > 0 ? static_cast<std::size_t>(line) : 0;
}

// The nearest line libxml2 knows for a node (text nodes and attributes often
// have none of their own).
std::size_t known_line(const xmlNode* n) {
  for (; n; n = n->parent)
    if (n->type == XML_ELEMENT_NODE || n->type == XML_TEXT_NODE)
      if (const std::size_t line = line_of(n)) return line;
  return 0;
}

// The character references of one text: Windows-1252 for &#128;–&#159;,
// refused characters reported or dropped. Returns true when `out` differs.
bool resolve_text(std::string_view in, std::string& out, bool lenient, std::size_t& dropped, char32_t& refused) {
  static const char32_t cp1252[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
  bool changed = false;
  out.clear();
  for (std::size_t i = 0; i < in.size();) {
    const std::size_t at = i;
    const char32_t cp = text::next_code_point(in, i);
    if (cp >= 0x80 && cp <= 0x9F && cp1252[cp - 0x80] != 0) {
      text::append_utf8(out, cp1252[cp - 0x80]);
      changed = true;
    } else if (text::is_refused_character(cp)) {
      if (!lenient) {
        refused = cp;
        return false;
      }
      ++dropped;
      changed = true;
    } else {
      out.append(in.substr(at, i - at));
    }
  }
  return changed;
}

// Every byte that may start one of the characters resolve_text changes: C0
// and DEL (ASCII), C1 (0xC2 0x80–0x9F) and the noncharacters (0xEF 0xB7/0xBF,
// 0xF0–0xF4 for the other planes).
bool may_need_resolving(std::string_view s) {
  for (unsigned char c : s)
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F || c == 0xC2 || c == 0xEF || c >= 0xF0)
      return true;
  return false;
}

}  // namespace

void check_attribute_counts(std::string_view html, const ReadLimits& limits, const std::string& source_name) {
  std::size_t line = 1;
  const std::size_t n = html.size();
  std::size_t i = 0;
  auto advance = [&](std::size_t to) {
    for (; i < to && i < n; ++i)
      if (html[i] == '\n') ++line;
  };
  while (i < n) {
    const std::size_t lt = html.find('<', i);
    if (lt == std::string_view::npos) break;
    advance(lt);
    if (html.substr(i, 4) == "<!--") {
      const std::size_t end = html.find("-->", i + 4);
      advance(end == std::string_view::npos ? n : end + 3);
      continue;
    }
    if (i + 1 >= n || !is_ascii_alpha(html[i + 1])) {
      advance(i + 1);
      continue;
    }
    const std::size_t tag_line = line;
    advance(i + 1);
    const std::size_t name_start = i;
    while (i < n && !text::is_ascii_space(html[i]) && html[i] != '>' && html[i] != '/') advance(i + 1);
    const std::string name = text::lower_ascii(html.substr(name_start, i - name_start));
    std::size_t count = 0;
    while (i < n && html[i] != '>') {
      if (text::is_ascii_space(html[i]) || html[i] == '/') {
        advance(i + 1);
        continue;
      }
      // An attribute's name, then perhaps "=" and a value.
      if (++count > limits.max_attributes)
        throw Error(ErrorCode::InputTooLarge,
                    fill_message(translate("an element at line {0} has more than {1} attributes; this is no ordinary web "
                                           "page (raise the limit with the option max-attributes only if you trust it)"),
                                 {std::to_string(tag_line), std::to_string(limits.max_attributes)}),
                    {source_name, tag_line, std::nullopt});
      while (i < n && !text::is_ascii_space(html[i]) && html[i] != '>' && html[i] != '/' && html[i] != '=') advance(i + 1);
      std::size_t j = i;
      while (j < n && text::is_ascii_space(html[j])) ++j;
      if (j >= n || html[j] != '=') continue;
      advance(j + 1);
      while (i < n && text::is_ascii_space(html[i])) advance(i + 1);
      if (i < n && (html[i] == '"' || html[i] == '\'')) {
        const std::size_t close = html.find(html[i], i + 1);
        advance(close == std::string_view::npos ? n : close + 1);
      } else {
        while (i < n && !text::is_ascii_space(html[i]) && html[i] != '>') advance(i + 1);
      }
    }
    // The text of <script>, <style>, <textarea>, <title> and <xmp> is no
    // markup ("for(i=0;i<n;i++)" opens no tag): on to its end tag.
    if (name == "script" || name == "style" || name == "textarea" || name == "title" || name == "xmp") {
      const std::string end = "</" + name;
      std::size_t k = i;
      while (k < n) {
        k = html.find("</", k);
        if (k == std::string_view::npos || text::lower_ascii(html.substr(k, end.size())) == end) break;
        k += 2;
      }
      advance(k == std::string_view::npos ? n : k);
    }
  }
}

void check_depth(xmlNode* root, const ReadLimits& limits, const std::string& source_name) {
  std::size_t depth = 1;
  xmlNode* n = root;
  while (n) {
    if (n->type == XML_ELEMENT_NODE && depth > limits.max_depth) {
      const std::size_t line = known_line(n);
      throw Error(ErrorCode::InputTooLarge,
                  fill_message(translate("elements nest more than {0} deep{1} (often tags that are opened and never "
                                         "closed); close them, or raise the limit with the option max-depth"),
                               {std::to_string(limits.max_depth), (line ? fill_message(translate(" at line {0}"), {std::to_string(line)}) : std::string())}),
                  {source_name, line, std::nullopt});
    }
    if (n->children && n->type == XML_ELEMENT_NODE) {
      n = n->children;
      ++depth;
      continue;
    }
    while (n != root && !n->next) {
      n = n->parent;
      --depth;
    }
    n = n == root ? nullptr : n->next;
  }
}

void hoist_void_children(xmlNode* root) {
  for (xmlNode* n = root; n;) {
    if (n->type == XML_ELEMENT_NODE && n->children && n != root && n->name) {
      const char* name = reinterpret_cast<const char*>(n->name);
      if (!std::strcmp(name, "embed") || !std::strcmp(name, "source") || !std::strcmp(name, "track") ||
          !std::strcmp(name, "wbr") || !std::strcmp(name, "keygen")) {
        xmlNode* first = n->children;
        xmlNode* last = n->last;
        for (xmlNode* c = first; c; c = c->next) c->parent = n->parent;
        last->next = n->next;
        if (n->next) n->next->prev = last;
        else if (n->parent) n->parent->last = last;
        first->prev = n;
        n->next = first;
        n->children = n->last = nullptr;
      }
    }
    if (n->children && n->type == XML_ELEMENT_NODE) {
      n = n->children;
      continue;
    }
    while (n != root && !n->next) n = n->parent;
    n = n == root ? nullptr : n->next;
  }
}

void drop_bogus_comments(xmlNode* root) {
  for (xmlNode* n = root; n;) {
    if (n->type == XML_TEXT_NODE && n->content && std::strstr(reinterpret_cast<const char*>(n->content), "<!")) {
      const std::string_view in(reinterpret_cast<const char*>(n->content));
      std::string out;
      std::size_t at = 0;
      for (std::size_t open; (open = in.find("<!", at)) != std::string_view::npos;) {
        const std::size_t close = in.find('>', open + 2);
        out.append(in.substr(at, open - at));
        at = close == std::string_view::npos ? in.size() : close + 1;
      }
      out.append(in.substr(at));
      xmlNodeSetContent(n, reinterpret_cast<const xmlChar*>(out.c_str()));
    }
    if (n->children && n->type == XML_ELEMENT_NODE) {
      n = n->children;
      continue;
    }
    while (n != root && !n->next) n = n->parent;
    n = n == root ? nullptr : n->next;
  }
}

void resolve_character_references(xmlNode* root, bool lenient, const std::string& source_name,
                                  std::vector<Warning>& warnings) {
  std::size_t dropped = 0, first_line = 0;
  std::string out;
  auto resolve = [&](xmlNode* text_node, const xmlNode* located) {
    if (!text_node->content) return;
    const std::string_view in(reinterpret_cast<const char*>(text_node->content));
    if (!may_need_resolving(in)) return;
    char32_t refused = 0;
    const std::size_t before = dropped;
    const bool changed = resolve_text(in, out, lenient, dropped, refused);
    if (refused) {
      const std::size_t line = known_line(located);
      throw Error(ErrorCode::ControlCharacter,
                  fill_message(translate("{0} (written as a character reference){1}; remove it, or set the option lenient "
                                         "to drop such characters with a warning"),
                               {text::refused_character_name(refused), (line ? fill_message(translate(" at line {0}"), {std::to_string(line)}) : std::string())}),
                  {source_name, line, std::nullopt});
    }
    if (dropped > before && first_line == 0) first_line = known_line(located);
    if (changed) xmlNodeSetContent(text_node, reinterpret_cast<const xmlChar*>(out.c_str()));
  };
  for (xmlNode* n = root; n;) {
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) resolve(n, n);
    if (n->type == XML_ELEMENT_NODE)
      for (xmlAttr* a = n->properties; a; a = a->next)
        for (xmlNode* v = a->children; v; v = v->next)
          if (v->type == XML_TEXT_NODE) resolve(v, n);
    if (n->children && n->type == XML_ELEMENT_NODE) {
      n = n->children;
      continue;
    }
    while (n != root && !n->next) n = n->parent;
    n = n == root ? nullptr : n->next;
  }
  if (dropped > 0)
    warnings.push_back({fill_message(dropped == 1 ? translate("{0} control character or noncharacter written as character "
                                                              "references removed (the option lenient){1}")
                                                  : translate("{0} control characters or noncharacters written as character "
                                                              "references removed (the option lenient){1}"),
                                     {std::to_string(dropped),
                                      first_line ? fill_message(translate("; the first at line {0}"), {std::to_string(first_line)})
                                                 : std::string()}),
                        {source_name, first_line, std::nullopt}});
}

}  // namespace aksesibel::readers
