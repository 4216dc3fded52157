// The reading pipeline: bytes → validated text → reader → clean → front
// matter → recognition (see ARCHITECTURE.md).
#include "aksesibel/read.hpp"

#include "clean/boilerplate.hpp"
#include "data/data_dir.hpp"
#include "data/language_data.hpp"
#include "facts/facts.hpp"
#include "read/front_matter.hpp"
#include "read/html_reader.hpp"
#include "read/text_reader.hpp"
#include "text/input.hpp"
#include "text/recognise.hpp"

namespace aksesibel {

namespace {

bool has_content(const Document& doc) { return !doc.blocks.empty(); }

}  // namespace

Document read(std::string_view bytes, const ReadOptions& options) {
  const std::string name = options.source_name.empty() ? "-" : options.source_name;
  const auto data = data::load_language_data(data::data_directory(options.data_dir));

  text::PreparedText prepared = text::prepare_input(bytes, options);
  InputFormat format = options.format;
  if (format == InputFormat::Auto) format = detect_format(prepared.text, options.source_name);

  const clean::Boilerplate boilerplate(*data);
  Document doc = format == InputFormat::Html ? readers::read_html(prepared.text, boilerplate, name)
                                             : readers::read_text(prepared.text, boilerplate, name);
  doc.warnings.insert(doc.warnings.begin(), prepared.warnings.begin(), prepared.warnings.end());

  if (format == InputFormat::Html) {
    // The block texts of a page go through the same boilerplate rules as lines.
    clean::remove_boilerplate_blocks(doc, boilerplate);
  }
  if (!has_content(doc)) {
    const std::size_t removed = doc.removed.size();
    throw Error(ErrorCode::OnlyBoilerplate,
                removed > 0 ? "nothing is left after removing " + std::to_string(removed) +
                                  " line(s) of boilerplate (links, counters, comments, credits); this does not look like a bulletin"
                            : "no text found in the input; this does not look like a bulletin",
                {name, 0, std::nullopt});
  }
  readers::find_front_matter(doc, *data, format == InputFormat::Text || doc.metadata.title.empty());

  const text::Recogniser& recogniser = text::recogniser_for(*data);
  recogniser.recognise_document(doc);
  if (!doc.metadata.date_text.empty() && doc.metadata.date.empty()) {
    // The dateline's date is the bulletin's date. If it cannot be read, the
    // bulletin has no date rather than another date of its text.
    std::vector<Warning> ignored;
    for (const Inline& i : recogniser.recognise(doc.metadata.date_text, ignored, {}))
      if (i.kind == Inline::Kind::Date && i.iso.size() == 10) {
        doc.metadata.date = i.iso;
        break;
      }
    if (doc.metadata.date.empty())
      doc.warnings.push_back({"the date of the dateline, '" + doc.metadata.date_text +
                                  "', is not a date aksesibel can read; the bulletin is left without a date",
                              {name, 0, std::nullopt}});
  } else {
    readers::find_document_date(doc);
  }
  facts::find_facts(doc, *data, prepared.text);
  return doc;
}

}  // namespace aksesibel
