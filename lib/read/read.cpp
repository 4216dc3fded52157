// The reading pipeline: bytes → validated text → reader → clean → front
// matter → recognition (see ARCHITECTURE.md).
#include "aksesibel/read.hpp"

#include "aksesibel/messages.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "clean/boilerplate.hpp"
#include "read/blocks.hpp"
#include "data/data_dir.hpp"
#include "data/language_data.hpp"
#include "facts/facts.hpp"
#include "read/characters.hpp"
#include "read/limits.hpp"
#include "read/data/bulletin.hpp"
#include "read/data/records.hpp"
#include "read/dates.hpp"
#include "read/definitions.hpp"
#include "read/front_matter.hpp"
#include "read/html_reader.hpp"
#include "read/text_reader.hpp"
#include "read/input.hpp"
#include "recognise/recognise.hpp"

namespace aksesibel {

namespace {

bool has_content(const Document& doc) { return !doc.blocks.empty(); }

// The column names of a statistics file: the project's, then the user's own file.
std::map<std::string, std::string> statistics_columns(const data::LanguageData& data, const ReadOptions& options) {
  std::map<std::string, std::string> columns = data.stats.columns;
  if (!options.columns_file.empty()) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(options.columns_file, ec))
      throw Error(ErrorCode::InvalidOption,
                  fill_message(translate("the option columns names {0}, which is no readable file; give the path of your "
                                         "column names file"),
                               {options.columns_file}));
    data::load_columns(options.columns_file, columns);
  }
  return columns;
}

}  // namespace

Document read(std::string_view bytes, const ReadOptions& options) {
  const std::string name = options.source_name.empty() ? "-" : options.source_name;
  const auto data = data::load_language_data(data::data_directory(options.data_dir));

  text::PreparedText prepared = text::prepare_input(bytes, options);
  InputFormat format = options.format;
  if (format == InputFormat::Auto) format = detect_format(prepared.text, options.source_name);

  if (format == InputFormat::Data) {
    const readers::Statistics stats = readers::read_statistics(prepared.text, name, statistics_columns(*data, options), options.lenient);
    Document doc = readers::write_bulletin(stats, options, *data, name);
    doc.warnings.insert(doc.warnings.begin(), prepared.warnings.begin(), prepared.warnings.end());
    return doc;
  }

  if (format == InputFormat::Text) readers::check_text_limits(prepared.text, options.limits, name);
  const clean::Boilerplate boilerplate(*data);
  Document doc = format == InputFormat::Html ? readers::read_html(prepared.text, boilerplate, *data, options, name)
                                             : readers::read_text(prepared.text, boilerplate, name);
  doc.warnings.insert(doc.warnings.begin(), prepared.warnings.begin(), prepared.warnings.end());

  if (format == InputFormat::Html) {
    // The block texts of a page go through the same boilerplate rules as lines.
    clean::remove_boilerplate_blocks(doc, boilerplate);
    readers::tables_of_label_lines(doc.blocks);
    readers::check_document_limits(doc, options.limits, name);
  }
  if (!has_content(doc)) {
    const std::size_t removed = doc.removed.size();
    throw Error(ErrorCode::OnlyBoilerplate,
                removed > 0 ? fill_message(translate("nothing is left after removing {0} line(s) of boilerplate (links, "
                                                     "counters, comments, credits); this does not look like a bulletin"),
                                           {std::to_string(removed)})
                            : std::string(translate("no text found in the input; this does not look like a bulletin")),
                {name, 0, std::nullopt});
  }
  // A page whose <title> only names the site has no headline to look for.
  const bool site_named = std::any_of(doc.removed.begin(), doc.removed.end(),
                                      [](const Removed& r) { return r.reason == "nama-situs"; });
  readers::find_front_matter(doc, *data, format == InputFormat::Text || (doc.metadata.title.empty() && !site_named));

  readers::spell_out_characters(doc, *data);
  const text::Recogniser& recogniser = text::recogniser_for(*data);
  recogniser.recognise_document(doc);
  readers::apply_own_definitions(doc, *data);
  readers::find_dates(doc, recogniser, *data);
  facts::find_facts(doc, *data, prepared.text);
  return doc;
}

std::vector<StatisticsRegion> statistics_regions(std::string_view bytes, const ReadOptions& options) {
  const std::string name = options.source_name.empty() ? "-" : options.source_name;
  const auto data = data::load_language_data(data::data_directory(options.data_dir));
  text::PreparedText prepared = text::prepare_input(bytes, options);
  const InputFormat format = options.format == InputFormat::Auto ? detect_format(prepared.text, options.source_name) : options.format;
  if (format != InputFormat::Data)
    throw Error(ErrorCode::InvalidData,
                translate("this is no statistics file (CSV or JSON); name it .csv or .json, or set the option from to data"),
                {name, 0, std::nullopt});
  const readers::Statistics stats = readers::read_statistics(prepared.text, name, statistics_columns(*data, options), options.lenient);
  std::vector<StatisticsRegion> out;
  for (const readers::Series& s : stats.series) {
    if (s.days.empty()) continue;
    StatisticsRegion r;
    r.name = s.region;
    const Scope scope = readers::official_region(s.region, s.level, *data);
    if (scope.level != Scope::Level::Unknown) r.official = scope.name;
    std::set<std::string> dates;
    for (const readers::Day& d : s.days) dates.insert(d.date);
    r.first_date = *dates.begin();
    r.last_date = *dates.rbegin();
    r.days = dates.size();
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace aksesibel
