#include "plain/summary.hpp"

#include <set>

#include "plain/inline_edit.hpp"
#include "plain/sentences.hpp"
#include "render/key_figures.hpp"

namespace aksesibel::plain {

namespace {

bool full_iso(const std::string& iso) { return iso.size() == 10 && iso[4] == '-' && iso[7] == '-' && iso[0] != '-'; }

bool mentions(const std::string& lower_text, const std::string& phrase) {
  return !find_phrase(Inlines{Inline::make_text(lower_text)}, split_words(phrase)).empty();
}

// Numbers that count something (not percentages, money, or the 19 of Covid-19).
void counts(const Inlines& inlines, std::vector<const Inline*>& out) {
  for (const Inline& i : inlines) {
    if (i.kind == Inline::Kind::Number && i.unit.empty()) out.push_back(&i);
    else if (i.kind == Inline::Kind::Emphasis || i.kind == Inline::Kind::Strong || i.kind == Inline::Kind::Link)
      counts(i.children, out);
  }
}

struct Figure {
  std::string label;
  Inline number;
  std::string date;  ///< iso
  std::string place; ///< "Kota Palu", "Morowali Moutong dan Kota Palu", or ""
};

// The place a sentence's figure belongs to: the names after its first " di "
// ("… di Kota Palu yaitu 30 kasus" → "Kota Palu"; "di Morowali Moutong dan
// Kota Palu" → both).
std::string place_of(const std::string& sentence) {
  for (std::size_t at = sentence.find(" di "); at != std::string::npos; at = sentence.find(" di ", at + 1)) {
    std::string out;
    std::size_t pos = at + 4;
    bool expect_name = true;
    while (pos < sentence.size()) {
      std::size_t end = sentence.find_first_of(" ,.;:()", pos);
      if (end == std::string::npos) end = sentence.size();
      std::string word = sentence.substr(pos, end - pos);
      bool name = !word.empty() && word[0] >= 'A' && word[0] <= 'Z';
      if (name) {
        if (!out.empty()) out += ' ';
        out += word;
        expect_name = false;
      } else if (!expect_name && (word == "dan" || word == "serta")) {
        out += ' ' + word;
        expect_name = true;
      } else {
        break;
      }
      pos = end;
      while (pos < sentence.size() && (sentence[pos] == ' ' || sentence[pos] == ',')) {
        if (sentence[pos] == ',' && !expect_name) {
          out += ',';
          expect_name = true;
        }
        ++pos;
      }
    }
    while (!out.empty() && (out.back() == ',' || out.back() == ' ')) out.pop_back();
    for (std::string_view joiner : {" dan", " serta"})
      if (out.size() > joiner.size() && std::string_view(out).substr(out.size() - joiner.size()) == joiner)
        out.erase(out.size() - joiner.size());
    if (!out.empty()) return out;
  }
  return "";
}

// Key figures stated in prose: a sentence with exactly one count, one topic
// and the rule's qualifier.
void prose_figures(const Document& doc, const PlainData& data, std::vector<Figure>& out, std::set<std::string>& labels) {
  for (const Block& b : doc.blocks) {
    if (b.kind != Block::Kind::Paragraph) continue;
    std::string t = plain_text(b.inlines);
    for (auto [s, e] : sentence_ranges(t, data.no_break_after)) {
      auto [before, rest] = cut(b.inlines, s);
      auto [sentence, after] = cut(rest, e - s);
      std::vector<const Inline*> numbers;
      counts(sentence, numbers);
      if (numbers.size() != 1) continue;
      std::string l = lower(plain_text(sentence));
      // Not from a quotation: what someone said is not labelled by us.
      if (l.find('"') != std::string::npos || l.find("\xE2\x80\x9C") != std::string::npos ||
          l.find("\xE2\x80\x9D") != std::string::npos)
        continue;
      bool attributed = false;
      for (const std::string& w : split_words(l)) attributed = attributed || data.speech_verbs.count(w) > 0;
      if (attributed) continue;
      // The qualifier: "total" or "new", and nothing when the sentence has
      // cues of both ("total 17 kasus baru": which is it?).
      std::string qualifier;
      int kinds = 0;
      for (const char* q : {"total", "new"}) {
        auto it = data.qualifiers.find(q);
        if (it == data.qualifiers.end()) continue;
        bool cued = false;
        for (const std::string& cue : it->second) cued = cued || mentions(l, cue);
        if (cued) qualifier = q, ++kinds;
      }
      if (kinds > 1) qualifier = "both";
      std::string date = doc.metadata.date;
      for (const Inline& i : sentence)
        if (i.kind == Inline::Kind::Date && full_iso(i.iso)) date = i.iso;
      // The first rule whose topic and qualifier both match; once a topic has
      // matched, only rules of that same topic are tried.
      const std::vector<std::string>* topic_seen = nullptr;
      for (const FigureRule& rule : data.figures) {
        if (topic_seen && rule.topics != *topic_seen) break;
        bool topic = false;
        for (const std::string& w : rule.topics) topic = topic || mentions(l, w);
        if (!topic) continue;
        topic_seen = &rule.topics;
        if (rule.qualifier != "any" && rule.qualifier != qualifier) continue;
        std::string place;
        for (const std::string& w : split_words(place_of(plain_text(sentence)))) {
          std::string word = w;
          for (const data::Abbreviation& a : data.language->abbreviations)
            if (a.key == w && split_words(a.expansion).size() <= 2) word = a.expansion;  // "Sulteng"
          place += (place.empty() ? "" : " ") + word;
        }
        if (labels.insert(rule.label + "|" + place).second) out.push_back({rule.label, *numbers.front(), date, place});
        break;
      }
    }
  }
}

}  // namespace

std::vector<Inlines> summary_items(const Document& doc, const PlainData& data, Rewriter& rewriter) {
  std::vector<Inlines> items;
  const Metadata& m = doc.metadata;
  std::string when = full_iso(m.date) ? rewriter.full_date(m.date) : "";
  if (!m.place.empty() || !when.empty()) {
    std::string head = m.place.empty() ? when : when.empty() ? m.place : m.place + ", " + when;
    items.push_back({Inline::make_text(head)});
  }
  // Figures from label/figure tables first: they are labelled by the source.
  // When two have the same label and context they are a breakdown (per
  // regency, per hospital) without their area: none is used.
  auto table_figures = render::key_figures(doc, 12);
  std::set<std::string> seen;
  for (const render::KeyFigure& f : table_figures)
    if (!seen.insert(plain_text(f.label) + "|" + plain_text(f.context)).second) {
      table_figures.clear();
      break;
    }
  // A context (the table's caption) is shown only when there are several.
  std::set<std::string> contexts;
  for (const render::KeyFigure& f : table_figures) contexts.insert(plain_text(f.context));
  for (const render::KeyFigure& f : table_figures) {
    Inlines item = f.label;
    trim_end(item, ":");
    item.push_back(Inline::make_text(": "));
    for (const Inline& i : f.value) item.push_back(i);
    // "(Sulawesi Tengah, data Jumat, 23 Oktober 2020)": its table, when there
    // are several, and the bulletin's date.
    bool context = !f.context.empty() && contexts.size() > 1;
    if (context || full_iso(m.date)) {
      item.push_back(Inline::make_text(" ("));
      if (context)
        for (const Inline& i : f.context) item.push_back(i);
      if (full_iso(m.date)) {
        item.push_back(Inline::make_text((context ? ", " : "") + data.word("data-of") + " "));
        Inline date;
        date.kind = Inline::Kind::Date;
        date.iso = m.date;
        date.text = rewriter.full_date(m.date);
        item.push_back(date);
      }
      item.push_back(Inline::make_text(")"));
    }
    tidy(item);
    items.push_back(std::move(item));
  }
  if (items.size() <= 1) {
    std::vector<Figure> figures;
    std::set<std::string> labels;
    prose_figures(doc, data, figures, labels);
    for (const Figure& f : figures) {
      Inlines item{Inline::make_text(f.label + (f.place.empty() ? "" : " " + data.word("in") + " " + f.place) + ": "),
                   f.number};
      if (full_iso(f.date)) {
        Inline date;
        date.kind = Inline::Kind::Date;
        date.iso = f.date;
        date.text = rewriter.full_date(f.date);
        item.push_back(Inline::make_text(" (" + data.word("data-of") + " "));
        item.push_back(date);
        item.push_back(Inline::make_text(")"));
      }
      items.push_back(std::move(item));
    }
  }
  // Short full forms ("Sulteng" → "Sulawesi Tengah"), as in the headline.
  for (Inlines& item : items) rewriter.rewrite_title(item);
  return items;
}

}  // namespace aksesibel::plain
