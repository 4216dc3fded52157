// Renderer: the document model as JSON (docs/json-format.md).
#include <nlohmann/json.hpp>

#include <cmath>

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

json blocks_json(const std::vector<Block>& blocks);

json block_json(const Block& b) {
  json j;
  switch (b.kind) {
    case Block::Kind::Heading: j = {{"type", "heading"}, {"level", b.level}, {"inlines", inlines_json(b.inlines)}}; break;
    case Block::Kind::Paragraph: j = {{"type", "paragraph"}, {"inlines", inlines_json(b.inlines)}}; break;
    case Block::Kind::Note: j = {{"type", "note"}, {"inlines", inlines_json(b.inlines)}}; break;
    case Block::Kind::Quote: j = {{"type", "quote"}, {"blocks", blocks_json(b.children)}}; break;
    case Block::Kind::List: {
      j = {{"type", "list"}, {"ordered", b.ordered}};
      if (b.ordered) j["start"] = b.start;
      json items = json::array();
      for (const auto& item : b.items) items.push_back(blocks_json(item));
      j["items"] = items;
      break;
    }
    case Block::Kind::Table: {
      j = {{"type", "table"}, {"caption", inlines_json(b.inlines)}};
      json header = json::array();
      for (const auto& c : b.header) header.push_back(inlines_json(c));
      json rows = json::array();
      for (const auto& r : b.rows) {
        json row = json::array();
        for (const auto& c : r) row.push_back(inlines_json(c));
        rows.push_back(row);
      }
      j["header"] = header;
      j["rows"] = rows;
      j["row_headers"] = b.row_headers;
      break;
    }
  }
  if (b.line > 0) j["line"] = b.line;
  return j;
}

json blocks_json(const std::vector<Block>& blocks) {
  json a = json::array();
  for (const Block& b : blocks) a.push_back(block_json(b));
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

}  // namespace

std::string render_json(const Document& doc, const JsonOptions& options) {
  const Metadata& m = doc.metadata;
  json j;
  j["aksesibel"] = version();
  j["metadata"] = {
      {"title", plain_text(m.title)},   {"title_inferred", m.title_inferred},
      {"title_inlines", inlines_json(m.title)},
      {"section", or_null(m.section)},  {"byline", or_null(m.byline)},
      {"dateline", or_null(m.dateline)}, {"place", or_null(m.place)},
      {"publisher", or_null(m.publisher)}, {"date", or_null(m.date)},
      {"date_text", or_null(m.date_text)}, {"data_date", or_null(m.data_date)},
      {"data_date_text", or_null(m.data_date_text)}, {"main_place", or_null(m.main_place)},
      {"language", m.language},
      {"source_name", m.source_name},   {"source_format", m.source_format},
  };
  j["blocks"] = blocks_json(doc.blocks);
  json removed = json::array();
  for (const Removed& r : doc.removed) {
    json e = {{"text", r.text}, {"reason", r.reason}};
    if (r.line > 0) e["line"] = r.line;
    removed.push_back(e);
  }
  j["removed"] = removed;
  json warnings = json::array();
  for (const Warning& w : doc.warnings) {
    json e = {{"message", w.message}};
    if (w.where.line > 0) e["line"] = w.where.line;
    if (w.where.byte_offset) e["byte_offset"] = *w.where.byte_offset;
    e["important"] = w.important;
    warnings.push_back(e);
  }
  j["warnings"] = warnings;
  json facts = json::array();
  for (const Fact& f : doc.facts) facts.push_back(fact_json(f));
  j["facts"] = facts;
  return j.dump(options.indent, ' ', false, json::error_handler_t::strict) + "\n";
}

}  // namespace aksesibel
