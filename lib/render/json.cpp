// Renderer: the document model as JSON (docs/json-format.md).
//
// The document is written piece by piece (each paragraph's inlines, each
// table row, each fact) rather than built as one nlohmann::json value and
// dumped: a JSON DOM of a large document takes several times the memory of
// the model itself. The pieces are dumped by nlohmann::json and indented to
// their depth, so the bytes are those nlohmann::json writes for the whole.
#include <nlohmann/json.hpp>

#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "aksesibel/version.hpp"
#include "aksesibel/render_json.hpp"

namespace aksesibel {

namespace {

using json = nlohmann::ordered_json;

json inlines_json(const Inlines& inlines);

json inline_json(const Inline& i) {
  json j;
  switch (i.kind) {
    case Inline::Kind::Text: j = {{"type", "text"}, {"text", i.text}}; break;
    case Inline::Kind::Emphasis: j = {{"type", "emphasis"}, {"children", inlines_json(i.children)}}; break;
    case Inline::Kind::Strong: j = {{"type", "strong"}, {"children", inlines_json(i.children)}}; break;
    case Inline::Kind::Link: j = {{"type", "link"}, {"href", i.href}, {"children", inlines_json(i.children)}}; break;
    case Inline::Kind::LineBreak: j = {{"type", "line_break"}}; break;
    case Inline::Kind::Abbreviation:
      j = {{"type", "abbreviation"}, {"text", i.text}, {"expansion", i.expansion.empty() ? json(nullptr) : json(i.expansion)}};
      break;
    case Inline::Kind::Number: {
      j = {{"type", "number"}, {"text", i.text}};
      const double v = i.value;
      if (std::floor(v) == v && std::fabs(v) < 9007199254740992.0) j["value"] = static_cast<long long>(v);
      else j["value"] = v;
      j["unit"] = i.unit.empty() ? json(nullptr) : json(i.unit);
      j["style"] = i.style == NumberStyle::English ? "english" : i.style == NumberStyle::Indonesian ? "indonesian" : "plain";
      if (i.ambiguous) j["ambiguous"] = true;
      break;
    }
    case Inline::Kind::Date:
      j = {{"type", "date"}, {"text", i.text}, {"iso", i.iso}};
      if (!i.weekday.empty()) j["weekday"] = i.weekday;
      break;
    case Inline::Kind::Time:
      j = {{"type", "time"}, {"text", i.text}, {"iso", i.iso}, {"zone", i.zone.empty() ? json(nullptr) : json(i.zone)}};
      break;
  }
  return j;
}

json inlines_json(const Inlines& inlines) {
  json a = json::array();
  for (const Inline& i : inlines) a.push_back(inline_json(i));
  return a;
}

json or_null(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

const char* level_name(Scope::Level l) {
  switch (l) {
    case Scope::Level::World: return "world";
    case Scope::Level::Country: return "country";
    case Scope::Level::Province: return "province";
    case Scope::Level::Regency: return "regency";
    case Scope::Level::City: return "city";
    case Scope::Level::Unknown: break;
  }
  return "unknown";
}

json fact_json(const Fact& f) {
  json j;
  j["kind"] = f.kind;
  j["label"] = f.label;
  if (std::floor(f.value) == f.value && std::fabs(f.value) < 9007199254740992.0) j["value"] = static_cast<long long>(f.value);
  else j["value"] = f.value;
  j["text"] = f.text;
  j["unit"] = or_null(f.unit);
  j["scope"] = {{"level", level_name(f.scope.level)}, {"name", or_null(f.scope.name)}, {"code", or_null(f.scope.code)}};
  j["population"] = or_null(f.population);
  j["date"] = or_null(f.date);
  j["summary"] = f.summary;
  j["note"] = or_null(f.note);
  if (f.line > 0) j["line"] = f.line;
  if (f.end > f.begin) j["source"] = {{"begin", f.begin}, {"end", f.end}};
  if (!f.sources.empty()) {
    json cells = json::array();
    for (const Provenance& p : f.sources) {
      json c = {{"file", p.file}, {"record", p.record}, {"field", p.field}};
      if (p.line > 0) c["line"] = p.line;
      cells.push_back(std::move(c));
    }
    j["cells"] = std::move(cells);
  }
  if (!f.derived.empty()) j["derived"] = f.derived;
  return j;
}

// Writes JSON the way nlohmann::json::dump(indent) lays it out, a container
// at a time; values are dumped by nlohmann::json and indented to their depth.
class Writer {
 public:
  // Writes into `out`, or with `out` null only counts the bytes it would write.
  Writer(std::string* out, int indent) : out_(out), indent_(indent) {}

  std::size_t size() const { return size_; }

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }

  // A member's name; its value follows (a value() or a begin_…()).
  void key(const char* name) {
    next();
    put("\"");
    put(name);
    put(indent_ >= 0 ? "\": " : "\":");
    keyed_ = true;
  }

  void value(const json& v) {
    next();
    const std::string s = v.dump(indent_, ' ', false, json::error_handler_t::strict);
    if (indent_ <= 0 || depth() == 0) {
      put(s);
      return;
    }
    // Strings are escaped: every line end in `s` is one of its layout.
    const std::size_t pad = depth() * static_cast<std::size_t>(indent_);
    std::size_t from = 0;
    for (std::size_t nl = s.find('\n'); nl != std::string::npos; nl = s.find('\n', from)) {
      put(std::string_view(s).substr(from, nl + 1 - from));
      spaces(pad);
      from = nl + 1;
    }
    put(std::string_view(s).substr(from));
  }

  template <class T>
  void member(const char* name, const T& v) {
    key(name);
    value(json(v));
  }

 private:
  std::size_t depth() const { return empty_.size(); }

  // Before a value or a member: the comma and line end after the one before.
  void next() {
    if (keyed_) {
      keyed_ = false;
      return;
    }
    if (empty_.empty()) return;
    if (!empty_.back()) put(",");
    empty_.back() = false;
    if (indent_ >= 0) {
      put("\n");
      spaces(depth() * static_cast<std::size_t>(indent_));
    }
  }

  void open(char c) {
    next();
    put(std::string_view(&c, 1));
    empty_.push_back(true);
  }

  void close(char c) {
    const bool empty = empty_.back();
    empty_.pop_back();
    if (!empty && indent_ >= 0) {
      put("\n");
      spaces(depth() * static_cast<std::size_t>(indent_));
    }
    put(std::string_view(&c, 1));
  }

  void put(std::string_view s) {
    size_ += s.size();
    if (out_) out_->append(s);
  }
  void spaces(std::size_t n) {
    size_ += n;
    if (out_) out_->append(n, ' ');
  }

  std::string* out_;
  std::size_t size_ = 0;
  int indent_;
  std::vector<bool> empty_;  // per open container: nothing written in it yet
  bool keyed_ = false;       // a member's name was written; its value comes next
};

void write_blocks(Writer& w, const std::vector<Block>& blocks);

void write_block(Writer& w, const Block& b) {
  w.begin_object();
  switch (b.kind) {
    case Block::Kind::Heading:
      w.member("type", "heading");
      w.member("level", b.level);
      w.key("inlines");
      w.value(inlines_json(b.inlines));
      break;
    case Block::Kind::Paragraph:
    case Block::Kind::Note:
      w.member("type", b.kind == Block::Kind::Note ? "note" : "paragraph");
      w.key("inlines");
      w.value(inlines_json(b.inlines));
      break;
    case Block::Kind::Quote:
      w.member("type", "quote");
      w.key("blocks");
      write_blocks(w, b.children);
      break;
    case Block::Kind::List:
      w.member("type", "list");
      w.member("ordered", b.ordered);
      if (b.ordered) w.member("start", b.start);
      w.key("items");
      w.begin_array();
      for (const auto& item : b.items) write_blocks(w, item);
      w.end_array();
      break;
    case Block::Kind::Table:
      w.member("type", "table");
      w.key("caption");
      w.value(inlines_json(b.inlines));
      w.key("header");
      w.begin_array();
      for (const auto& c : b.header) w.value(inlines_json(c));
      w.end_array();
      w.key("rows");
      w.begin_array();
      for (const auto& r : b.rows) {
        w.begin_array();
        for (const auto& c : r) w.value(inlines_json(c));
        w.end_array();
      }
      w.end_array();
      w.member("row_headers", b.row_headers);
      break;
  }
  if (b.line > 0) w.member("line", b.line);
  w.end_object();
}

void write_blocks(Writer& w, const std::vector<Block>& blocks) {
  w.begin_array();
  for (const Block& b : blocks) write_block(w, b);
  w.end_array();
}

}  // namespace

std::string render_json(const Document& doc, const JsonOptions& options) {
  const Metadata& m = doc.metadata;
  // Twice: first counting the bytes, then writing them into a string of
  // that size (grown by doubling, a 35 MB string left its smaller copies
  // behind on the heap, as much again).
  const auto write = [&](std::string* out) {
    Writer w(out, options.indent);
    w.begin_object();
    w.member("aksesibel", version());
    w.key("metadata");
    w.value({
        {"title", plain_text(m.title)},   {"title_inferred", m.title_inferred},
        {"title_inlines", inlines_json(m.title)},
        {"section", or_null(m.section)},  {"byline", or_null(m.byline)},
        {"dateline", or_null(m.dateline)}, {"place", or_null(m.place)},
        {"publisher", or_null(m.publisher)}, {"date", or_null(m.date)},
        {"date_text", or_null(m.date_text)}, {"data_date", or_null(m.data_date)},
        {"data_date_text", or_null(m.data_date_text)}, {"main_place", or_null(m.main_place)},
        {"language", m.language},
        {"source_name", m.source_name},   {"source_format", m.source_format},
    });
    w.key("blocks");
    write_blocks(w, doc.blocks);
    w.key("removed");
    w.begin_array();
    for (const Removed& r : doc.removed) {
      json e = {{"text", r.text}, {"reason", r.reason}};
      if (r.line > 0) e["line"] = r.line;
      w.value(e);
    }
    w.end_array();
    w.key("warnings");
    w.begin_array();
    for (const Warning& wn : doc.warnings) {
      json e = {{"message", wn.message}};
      if (wn.where.line > 0) e["line"] = wn.where.line;
      if (wn.where.byte_offset) e["byte_offset"] = *wn.where.byte_offset;
      e["important"] = wn.important;
      w.value(e);
    }
    w.end_array();
    w.key("facts");
    w.begin_array();
    for (const Fact& f : doc.facts) w.value(fact_json(f));
    w.end_array();
    w.end_object();
    return w.size();
  };
  std::string out;
  out.reserve(write(nullptr) + 1);
  write(&out);
  out += '\n';
  return out;
}

}  // namespace aksesibel
