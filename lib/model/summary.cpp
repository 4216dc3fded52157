#include "model/summary.hpp"

#include <algorithm>
#include <map>

#include "data/data_dir.hpp"
#include "text/days.hpp"
#include "text/words.hpp"

namespace aksesibel::render {

namespace {

Inline number_of(const Fact& f) {
  Inline n;
  n.kind = Inline::Kind::Number;
  // In lower case inside the line: a headline's "78 Persen" or "LIMA" is "78 persen", "lima" here.
  n.text = text::lower_ascii(f.text);
  n.style = f.style;
  n.value = f.value;
  n.unit = f.unit;
  return n;
}

}  // namespace

std::string long_date(const std::string& iso, const data::Calendar& calendar) {
  const bool full = iso.size() == 10;
  if (!full && !(iso.size() == 7 && iso.rfind("--", 0) == 0)) return iso;
  for (std::size_t k : {iso.size() - 5, iso.size() - 4, iso.size() - 2, iso.size() - 1})
    if (iso[k] < '0' || iso[k] > '9') return iso;
  const int month = std::stoi(iso.substr(full ? 5 : 2, 2)), day = std::stoi(iso.substr(full ? 8 : 5, 2));
  std::string month_name;
  for (const auto& [word, number] : calendar.months)
    if (number == month && word.size() > month_name.size()) month_name = word;
  if (!month_name.empty() && month_name[0] >= 'a' && month_name[0] <= 'z') month_name[0] = static_cast<char>(month_name[0] - 'a' + 'A');
  std::string out = std::to_string(day);
  out += ' ';
  out += month_name;
  if (!full) return out;
  out += ' ';
  out.append(iso, 0, 4);
  if (auto n = text::day_number(iso))
    for (const std::string& w : calendar.weekdays) {
      auto it = calendar.weekday_numbers.find(text::lower_ascii(w));
      if (it != calendar.weekday_numbers.end() && it->second == text::iso_weekday(*n)) return w + ", " + out;
    }
  return out;
}

std::vector<Inlines> summary_items(const Document& doc, const data::LanguageData& data) {
  const auto& words = data.fact_words.words;
  const std::string in = words.at("in"), data_of = words.at("data-of");
  std::map<std::string, std::size_t> order;
  for (std::size_t k = 0; k < data.fact_words.kinds.size(); ++k) order.emplace(data.fact_words.kinds[k].kind, k);
  auto rank = [&](const Fact& f) {
    auto it = order.find(f.kind);
    return it == order.end() ? order.size() : it->second;
  };
  auto head = [&](const Fact& f) {
    std::string s = f.label;
    if (!f.population.empty()) s += " (" + f.population + ")";
    if (!f.scope.name.empty()) s += " " + in + " " + f.scope.name;
    return s + ": ";
  };
  std::vector<std::pair<std::size_t, Inlines>> items;
  // A figure the source gives twice with different values has no line: the
  // reader is not told either is the figure, and the warning of the fact layer
  // tells the editor (docs/facts.md). Saying "the source differs" in the
  // Ringkasan would be a claim about the source that a misreading can make false.
  for (const Fact& f : doc.facts) {
    if (!f.summary) continue;
    Inlines item{Inline::make_text(head(f)), number_of(f)};
    if (!f.date.empty()) {
      Inline date;
      date.kind = Inline::Kind::Date;
      date.iso = f.date;
      date.text = long_date(f.date, data.calendar);
      item.push_back(Inline::make_text(" (" + data_of + " "));
      item.push_back(date);
      item.push_back(Inline::make_text(")"));
    }
    item.push_back(Inline::make_text("."));  // each line a sentence of its own, for readers and the measures
    items.emplace_back(rank(f), std::move(item));
  }
  std::stable_sort(items.begin(), items.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<Inlines> out;
  for (auto& [r, item] : items) out.push_back(std::move(item));
  return out;
}

std::vector<Block> summary_blocks(const Document& doc, const data::LanguageData& data) {
  std::vector<Inlines> items = summary_items(doc, data);
  if (items.empty()) return {};
  Block heading;
  heading.kind = Block::Kind::Heading;
  heading.level = 2;
  heading.inlines = {Inline::make_text(data.fact_words.words.at("summary-heading"))};
  Block list;
  list.kind = Block::Kind::List;
  for (Inlines& item : items) {
    Block p;
    p.kind = Block::Kind::Paragraph;
    p.inlines = std::move(item);
    list.items.push_back({std::move(p)});
  }
  return {std::move(heading), std::move(list)};
}

const data::LanguageData& default_language_data() {
  static const auto data = data::load_language_data(data::data_directory(""));
  return *data;
}

}  // namespace aksesibel::render
