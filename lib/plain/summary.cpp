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
};

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
      std::string qualifier;
      for (const char* q : {"total", "new"}) {
        auto it = data.qualifiers.find(q);
        if (it == data.qualifiers.end()) continue;
        for (const std::string& cue : it->second)
          if (mentions(l, cue)) qualifier = q;
        if (!qualifier.empty()) break;
      }
      std::string date = doc.metadata.date;
      for (const Inline& i : sentence)
        if (i.kind == Inline::Kind::Date && full_iso(i.iso)) date = i.iso;
      for (const FigureRule& rule : data.figures) {
        bool topic = false;
        for (const std::string& w : rule.topics) topic = topic || mentions(l, w);
        if (!topic) continue;
        if (rule.qualifier != "any" && rule.qualifier != qualifier) break;  // the topic matched; its qualifier did not
        if (labels.insert(rule.label).second) out.push_back({rule.label, *numbers.front(), date});
        break;
      }
    }
  }
}

}  // namespace

std::vector<Inlines> summary_items(const Document& doc, const PlainData& data, const Rewriter& rewriter) {
  std::vector<Inlines> items;
  const Metadata& m = doc.metadata;
  std::string when = full_iso(m.date) ? rewriter.full_date(m.date) : "";
  if (!m.place.empty() || !when.empty()) {
    std::string head = m.place.empty() ? when : when.empty() ? m.place : m.place + ", " + when;
    items.push_back({Inline::make_text(head)});
  }
  // Figures from label/figure tables first: they are labelled by the source.
  for (const render::KeyFigure& f : render::key_figures(doc, 12)) {
    Inlines item = f.label;
    trim_end(item, ":");
    item.push_back(Inline::make_text(": "));
    for (const Inline& i : f.value) item.push_back(i);
    if (!f.context.empty()) {
      item.push_back(Inline::make_text(" ("));
      for (const Inline& i : f.context) item.push_back(i);
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
      Inlines item{Inline::make_text(f.label + ": "), f.number};
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
  return items;
}

}  // namespace aksesibel::plain
