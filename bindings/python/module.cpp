// aksesibel._aksesibel: the Python binding, a thin layer over the public C++
// API (pybind11). The public Python API is re-exported by
// aksesibel/__init__.py; the exception classes live in aksesibel/_errors.py.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <string>
#include <vector>

#include "aksesibel/convert.hpp"
#include "aksesibel/options.hpp"
#include "aksesibel/plain.hpp"
#include "aksesibel/read.hpp"
#include "aksesibel/render_json.hpp"

namespace py = pybind11;
using namespace aksesibel;

namespace {

// The input as bytes: str is encoded as UTF-8; bytes, bytearray and
// memoryview are taken as they are.
std::string input_bytes(const py::handle& source) {
  if (py::isinstance<py::str>(source)) return source.cast<std::string>();
  if (py::isinstance<py::bytes>(source)) return std::string(source.cast<py::bytes>());
  if (py::isinstance<py::bytearray>(source) || py::isinstance<py::memoryview>(source))
    return std::string(py::bytes(py::module_::import("builtins").attr("bytes")(source)));
  throw py::type_error("the input must be str (text) or bytes, bytearray or memoryview (encoded text), not " +
                       std::string(py::str(source.get_type().attr("__name__"))));
}

// A keyword argument's value as option text.
std::string option_text(const std::string& key, const py::handle& value) {
  if (py::isinstance<py::bool_>(value)) return value.cast<bool>() ? "true" : "false";
  if (py::isinstance<py::int_>(value)) return std::to_string(value.cast<long long>());
  if (py::isinstance<py::str>(value)) return value.cast<std::string>();
  if (py::isinstance<py::list>(value) || py::isinstance<py::tuple>(value)) {
    std::string joined;
    for (const py::handle item : value) {
      if (!py::isinstance<py::str>(item)) throw py::type_error("option " + key + ": a list must hold str");
      if (!joined.empty()) joined += ',';
      joined += item.cast<std::string>();
    }
    return joined;
  }
  if (py::hasattr(value, "__fspath__")) return py::str(value.attr("__fspath__")()).cast<std::string>();
  throw py::type_error("option " + key + ": give str, int or bool, not " +
                       std::string(py::str(value.get_type().attr("__name__"))));
}

// Keyword arguments as options. One trailing "_" is dropped from a key, so
// that Python's reserved words can be given: from_="html".
ConvertOptions options_from(const py::kwargs& kwargs) {
  ConvertOptions o;
  for (const auto& [k, v] : kwargs) {
    if (v.is_none()) continue;  // None: keep the default
    std::string key = py::str(k).cast<std::string>();
    if (key.size() > 1 && key.back() == '_') key.pop_back();
    set_option(o, key, option_text(key, v));
  }
  return o;
}

// A str is text, already decoded: an encoding to decode it from is a mistake.
void check_encoding(const py::handle& source, const ConvertOptions& options) {
  if (!options.read.encoding.empty() && py::isinstance<py::str>(source)) {
    std::string m = "option encoding: the input is a str, which is already decoded; give bytes to have them decoded from ";
    m += options.read.encoding;
    throw Error(ErrorCode::InvalidOption, m);
  }
}

py::object output_object(const Output& out) {
  if (is_binary_format(out.format)) return py::bytes(out.content);
  return py::str(out.content);
}

// aksesibel.convert(): one format named in a str → str or bytes; a list, or
// a str naming several ("brf,pef") → {format: str or bytes}.
py::object convert_py(const py::handle& source, const py::handle& to, const py::kwargs& kwargs) {
  std::string bytes = input_bytes(source);
  ConvertOptions options = options_from(kwargs);
  check_encoding(source, options);
  if (!to.is_none()) set_option(options, "to", option_text("to", to));
  const bool single = !py::isinstance<py::list>(to) && !py::isinstance<py::tuple>(to) && options.formats.size() == 1;
  Conversion c;
  {
    py::gil_scoped_release release;
    c = convert(bytes, options);
  }
  if (single) return output_object(c.outputs.at(0));
  py::dict out;
  for (const Output& o : c.outputs) out[py::str(o.format)] = output_object(o);
  return out;
}

Document read_py(const py::handle& source, const py::kwargs& kwargs) {
  std::string bytes = input_bytes(source);
  ConvertOptions options = options_from(kwargs);
  check_encoding(source, options);
  py::gil_scoped_release release;
  return read(bytes, options.read);
}

Simplification simplify_py(const py::handle& source, const py::kwargs& kwargs) {
  if (py::isinstance<Document>(source)) {
    Document doc = source.cast<Document>();
    ConvertOptions options = options_from(kwargs);
    py::gil_scoped_release release;
    return simplify(doc, options.plain);
  }
  std::string bytes = input_bytes(source);
  ConvertOptions options = options_from(kwargs);
  check_encoding(source, options);
  py::gil_scoped_release release;
  return simplify(read(bytes, options.read), options.plain);
}

// aksesibel.Error and its subclasses are Python classes (_errors.py): an
// aksesibel::Error becomes the one its code names.
void raise_error(const Error& e) {
  py::module_ errors = py::module_::import("aksesibel._errors");
  py::object offset = e.where().byte_offset ? py::object(py::int_(*e.where().byte_offset)) : py::object(py::none());
  py::object exc = errors.attr("_make")(to_string(e.code()), e.message(), e.where().file, e.where().line, offset);
  PyErr_SetObject(reinterpret_cast<PyObject*>(Py_TYPE(exc.ptr())), exc.ptr());
}

template <typename T>
std::string repr_kind(T kind, const char* type) {
  return std::string("<aksesibel.") + type + " " + std::to_string(static_cast<int>(kind)) + ">";
}

}  // namespace

PYBIND11_MODULE(_aksesibel, m) {
  m.doc() = "aksesibel: accessible variants of Indonesian Covid-19 bulletins (native part)";

  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const Error& e) {
      raise_error(e);
    }
  });

  m.attr("version") = version();

  py::class_<SourceLocation>(m, "SourceLocation")
      .def_readonly("file", &SourceLocation::file)
      .def_readonly("line", &SourceLocation::line)
      .def_readonly("byte_offset", &SourceLocation::byte_offset)
      .def("__repr__", [](const SourceLocation& l) { return "<aksesibel.SourceLocation " + l.file + " " + l.describe() + ">"; });

  // ConversionWarning, not Warning: the builtin Warning is a different thing.
  // The old name stays as an alias (not in __all__).
  py::class_<Warning>(m, "ConversionWarning")
      .def_readonly("message", &Warning::message)
      .def_readonly("where", &Warning::where)
      .def_readonly("important", &Warning::important)
      .def("__repr__", [](const Warning& w) {
        std::string r = "<aksesibel.ConversionWarning ";
        r += w.message;
        r += ">";
        return r;
      });
  m.attr("Warning") = m.attr("ConversionWarning");

  py::class_<Inline> inl(m, "Inline");
  py::enum_<Inline::Kind>(inl, "Kind")
      .value("TEXT", Inline::Kind::Text)
      .value("EMPHASIS", Inline::Kind::Emphasis)
      .value("STRONG", Inline::Kind::Strong)
      .value("ABBREVIATION", Inline::Kind::Abbreviation)
      .value("NUMBER", Inline::Kind::Number)
      .value("DATE", Inline::Kind::Date)
      .value("TIME", Inline::Kind::Time)
      .value("LINK", Inline::Kind::Link)
      .value("LINE_BREAK", Inline::Kind::LineBreak);
  py::enum_<NumberStyle>(inl, "NumberStyle")
      .value("PLAIN", NumberStyle::Plain)
      .value("INDONESIAN", NumberStyle::Indonesian)
      .value("ENGLISH", NumberStyle::English);
  inl.def_readonly("kind", &Inline::kind)
      .def_readonly("text", &Inline::text)
      .def_readonly("children", &Inline::children)
      .def_readonly("expansion", &Inline::expansion)
      .def_readonly("href", &Inline::href)
      .def_readonly("value", &Inline::value)
      .def_readonly("unit", &Inline::unit)
      .def_readonly("iso", &Inline::iso)
      .def_readonly("zone", &Inline::zone)
      .def_readonly("weekday", &Inline::weekday)
      .def_readonly("style", &Inline::style)
      .def_readonly("ambiguous", &Inline::ambiguous)
      .def("reader_text", [](const Inline& i) { return reader_text(i); })
      .def("__eq__", [](const Inline& a, const Inline& b) { return a == b; })
      .def("__repr__", [](const Inline& i) {
        return "<aksesibel.Inline " + std::string(py::str(py::cast(i.kind))) + " " + plain_text({i}) + ">";
      });

  py::class_<Block> block(m, "Block");
  py::enum_<Block::Kind>(block, "Kind")
      .value("HEADING", Block::Kind::Heading)
      .value("PARAGRAPH", Block::Kind::Paragraph)
      .value("LIST", Block::Kind::List)
      .value("TABLE", Block::Kind::Table)
      .value("QUOTE", Block::Kind::Quote)
      .value("NOTE", Block::Kind::Note);
  block.def_readonly("kind", &Block::kind)
      .def_readonly("level", &Block::level)
      .def_readonly("inlines", &Block::inlines)
      .def_readonly("ordered", &Block::ordered)
      .def_readonly("start", &Block::start)
      .def_readonly("items", &Block::items)
      .def_readonly("children", &Block::children)
      .def_readonly("header", &Block::header)
      .def_readonly("rows", &Block::rows)
      .def_readonly("row_headers", &Block::row_headers)
      .def_readonly("line", &Block::line)
      .def_property_readonly("text", [](const Block& b) { return plain_text(b.inlines); })
      .def("__eq__", [](const Block& a, const Block& b) { return a == b; })
      .def("__repr__", [](const Block& b) {
        return "<aksesibel.Block " + std::string(py::str(py::cast(b.kind))) + " line " + std::to_string(b.line) + ">";
      });

  py::class_<Metadata>(m, "Metadata")
      .def_readonly("title", &Metadata::title)
      .def_readonly("title_inferred", &Metadata::title_inferred)
      .def_readonly("section", &Metadata::section)
      .def_readonly("byline", &Metadata::byline)
      .def_readonly("dateline", &Metadata::dateline)
      .def_readonly("place", &Metadata::place)
      .def_readonly("publisher", &Metadata::publisher)
      .def_readonly("date", &Metadata::date)
      .def_readonly("date_text", &Metadata::date_text)
      .def_readonly("language", &Metadata::language)
      .def_readonly("source_name", &Metadata::source_name)
      .def_readonly("source_format", &Metadata::source_format)
      .def_property_readonly("title_text", [](const Metadata& md) { return plain_text(md.title); });

  py::class_<Removed>(m, "Removed")
      .def_readonly("text", &Removed::text)
      .def_readonly("reason", &Removed::reason)
      .def_readonly("line", &Removed::line);

  py::class_<Document>(m, "Document")
      .def_readonly("metadata", &Document::metadata)
      .def_readonly("blocks", &Document::blocks)
      .def_readonly("removed", &Document::removed)
      .def_readonly("warnings", &Document::warnings)
      .def_property_readonly("title", [](const Document& d) { return title_text(d); })
      .def(
          "render",
          [](const Document& d, const std::string& format, const py::kwargs& kwargs) {
            ConvertOptions options = options_from(kwargs);
            std::string content;
            {
              py::gil_scoped_release release;
              content = render(d, format, options);
            }
            return output_object({output_format(format).name, "", content});
          },
          py::arg("format"))
      .def(
          "to_dict",
          [](const Document& d) {
            std::string json;
            {
              py::gil_scoped_release release;
              json = render_json(d);
            }
            return py::module_::import("json").attr("loads")(json);
          },
          "The document as plain dicts and lists: the \"json\" format (docs/json-format.md), parsed.")
      .def("__repr__", [](const Document& d) {
        return "<aksesibel.Document '" + title_text(d) + "', " + std::to_string(d.blocks.size()) + " blocks>";
      });

  m.def("plain_text", &plain_text, py::arg("inlines"), "The text of inlines as printed, without markup.");

  m.def("convert", &convert_py, py::arg("source"), py::arg("to") = "text");
  m.def("read", &read_py, py::arg("source"));

  m.def("formats", [] {
    py::list out;
    for (const FormatInfo& f : output_formats())
      out.append(py::make_tuple(f.name, f.extension, f.description, is_binary_format(f.name)));
    return out;
  });
  m.def("options", [] {
    py::list out;
    for (const OptionInfo& o : option_keys()) out.append(py::make_tuple(o.key, o.values, o.default_value, o.description));
    return out;
  });
  m.def("data_directory", [](const py::kwargs& kwargs) { return data_directory(options_from(kwargs)); });
  m.def("braille_table", [](const py::kwargs& kwargs) { return braille_table(options_from(kwargs)); });
  m.def("set_message_language", [](const std::string& language) { return set_message_language(language); },
        py::arg("language"),
        "Errors and warnings in 'id' (Indonesian) or 'en'; process-wide. False when the Indonesian catalogue is missing.");
  m.def("message_language", [] { return message_language(); }, "'id' or 'en': the language of errors and warnings.");

  py::class_<Readability>(m, "Readability")
      .def_readonly("sentences", &Readability::sentences)
      .def_readonly("words", &Readability::words)
      .def_readonly("syllables", &Readability::syllables)
      .def_readonly("words_per_sentence", &Readability::words_per_sentence)
      .def_readonly("longest_sentence", &Readability::longest_sentence)
      .def_readonly("syllables_per_word", &Readability::syllables_per_word)
      .def_readonly("long_words", &Readability::long_words)
      .def_readonly("uncommon_words", &Readability::uncommon_words)
      .def_readonly("reading_ease", &Readability::reading_ease)
      .def_readonly("grade_level", &Readability::grade_level);
  py::class_<PlainChange>(m, "PlainChange")
      .def_readonly("rule", &PlainChange::rule)
      .def_readonly("before", &PlainChange::before)
      .def_readonly("after", &PlainChange::after)
      .def_readonly("sentence", &PlainChange::sentence)
      .def_readonly("line", &PlainChange::line);
  py::class_<SentenceMap>(m, "SentenceMap")
      .def_readonly("sentence", &SentenceMap::sentence)
      .def_readonly("text", &SentenceMap::text)
      .def_readonly("outputs", &SentenceMap::outputs);
  py::class_<Simplification>(m, "Simplification")
      .def_readonly("document", &Simplification::document)
      .def_readonly("changes", &Simplification::changes)
      .def_readonly("sentences", &Simplification::sentences)
      .def_readonly("before", &Simplification::before)
      .def_readonly("after", &Simplification::after)
      .def("report", [](const Simplification& s, const std::string& input) {
        return render_plain_report({{input, s, "", s.document.warnings}});
      }, py::arg("input") = "");
  m.def("simplify", &simplify_py, py::arg("source"));
}
