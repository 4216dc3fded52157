// simplify(): the plain-language version of a document (docs/plain-language.md).
#include <algorithm>

#include "aksesibel/plain.hpp"
#include "data/data_dir.hpp"
#include "plain/attribution.hpp"
#include "plain/plain_data.hpp"
#include "plain/readability.hpp"
#include "plain/rewrite.hpp"
#include "plain/split.hpp"
#include "model/summary.hpp"
#include "model/inlines.hpp"
#include "text/sentences.hpp"
#include "text/words.hpp"

namespace aksesibel {

namespace {

constexpr std::size_t kHardLimit = 25;  // no output sentence longer (issue 5, Inclusion Europe)

// PlainOptions::max_sentence_words (default 400): a sentence of more words is
// not cut by the sentence rules (plain/split.hpp) nor has a name moved before
// its role (plain/attribution.hpp): their time grows faster than the
// sentence, and no sentence of a bulletin comes near (the longest of the
// shared corpus has under 200 words). Its words are still made plain; the
// report says it was left whole ("not-split"), and convert() warns.

// The inlines of sentences [s, e) of a block, in ascending order, exactly as
//   auto [before, rest] = model::cut(inlines, s);
//   auto [sentence, after] = model::cut(rest, e - s);
// gives them (a node that is not text and straddles s is left out, and the
// end counted from after it; one that straddles the end is kept), in one
// pass over the block rather than one per sentence.
class SentenceCutter {
 public:
  explicit SentenceCutter(const Inlines& inlines) : inlines_(inlines) {
    std::size_t pos = 0;
    for (const Inline& i : inlines) {
      start_.push_back(pos);
      pos += model::text_length(i);
    }
    start_.push_back(pos);
  }

  Inlines cut(std::size_t s, std::size_t e) {
    const std::size_t n = inlines_.size();
    while (next_ < n && start_[next_ + 1] <= s) ++next_;  // the first node that ends after s
    std::size_t k = next_, origin = s;
    if (k < n && start_[k] < s && inlines_[k].kind != Inline::Kind::Text) origin = start_[++k];
    const std::size_t end = origin + (e - s);
    Inlines out;
    for (; k < n; ++k) {
      const Inline& i = inlines_[k];
      const std::size_t b = start_[k], f = start_[k + 1];
      const std::size_t from = std::max(b, s);  // a text node that straddles s: from s
      if (f <= end) {
        out.push_back(from == b ? i : Inline::make_text(i.text.substr(from - b)));
        continue;
      }
      if (from >= end) break;
      out.push_back(i.kind == Inline::Kind::Text ? Inline::make_text(i.text.substr(from - b, end - from)) : i);
      break;
    }
    model::tidy(out);
    return out;
  }

 private:
  const Inlines& inlines_;
  std::vector<std::size_t> start_;  // of each node in the plain text, and the end
  std::size_t next_ = 0;
};

using Origins = std::vector<std::size_t>;  // per output sentence of a block: its source sentence (0: none)

class Simplifier {
 public:
  Simplifier(const Document& doc, const plain::PlainData& data, const PlainOptions& options, Simplification& result)
      : doc_(doc), data_(data), options_(options), result_(result),
        rewriter_(data, doc.metadata, result.changes) {}

  void run() {
    Document& out = result_.document;
    out.metadata = doc_.metadata;
    out.facts = doc_.facts;  // the figures keep their offsets in the source
    out.removed = doc_.removed;
    out.warnings = doc_.warnings;
    rewriter_.plan_readings(doc_.blocks);
    rewriter_.rewrite_title(out.metadata.title);

    std::vector<Block> body;
    std::vector<Origins> origins;
    for (const Block& b : doc_.blocks) {
      auto waiting = std::move(deferred_);
      deferred_.clear();
      block(b, body, origins);
      for (auto& [p, source] : waiting) push(std::move(p), body, origins, source);
    }
    for (auto& [p, source] : deferred_) push(std::move(p), body, origins, source);

    std::vector<Block> blocks;
    std::vector<Origins> all;
    if (options_.summary) {
      // The Ringkasan every variant has (render/summary.hpp), made from the facts.
      std::vector<Block> summary = render::summary_blocks(doc_, *data_.language);
      if (!summary.empty()) {
        const std::size_t n = summary.back().items.size();
        for (Block& b : summary) push(std::move(b), blocks, all, 0);
        result_.changes.push_back({"summary", "", std::to_string(n) + " items", 0, 0});
      }
    }
    for (std::size_t k = 0; k < body.size(); ++k) {
      blocks.push_back(std::move(body[k]));
      all.push_back(std::move(origins[k]));
    }
    if (options_.glossary) {
      auto words = rewriter_.glossary();
      if (!words.empty()) {
        std::vector<Inlines> items;
        for (const auto& [term, meaning] : words) {
          Inline strong = Inline::make_container(Inline::Kind::Strong, {Inline::make_text(term)});
          items.push_back({strong, Inline::make_text(": " + meaning + ".")});
        }
        push(heading(data_.word("glossary-heading")), blocks, all, 0);
        push(list(items), blocks, all, 0);
        result_.changes.push_back({"glossary", "", std::to_string(items.size()) + " words", 0, 0});
      }
    }
    out.blocks = std::move(blocks);

    // Number the output sentences as the measures count them.
    std::size_t n = 0;
    for (std::size_t k = 0; k < out.blocks.size(); ++k)
      for (std::size_t source : all[k]) {
        ++n;
        if (source > 0 && source <= result_.sentences.size()) result_.sentences[source - 1].outputs.push_back(n);
      }
    // A sentence over the limit that no rule could cut without changing its meaning
    // stays long; the report lists it for an editor (docs/plain-language.md).
    for (std::size_t k = 0; k < out.blocks.size(); ++k) {
      const auto sentences = plain::block_sentences(out.blocks[k], data_);
      // The editor reads the sentence as printed, abbreviations as written
      // (the measures read them as their full forms).
      Block printed = out.blocks[k];
      forget_expansions(printed);
      const auto shown = plain::block_sentences(printed, data_);
      for (std::size_t s = 0; s < sentences.size(); ++s)
        if (model::word_count(Inlines{Inline::make_text(sentences[s])}) > kHardLimit)
          result_.changes.push_back({"left-long", shown.size() == sentences.size() ? shown[s] : sentences[s], "",
                                     s < all[k].size() ? all[k][s] : 0, out.blocks[k].line});
    }
  }

 private:
  static void forget_expansions(Inlines& inlines) {
    for (Inline& i : inlines) {
      if (i.kind == Inline::Kind::Abbreviation) i.expansion.clear();
      forget_expansions(i.children);
    }
  }
  static void forget_expansions(Block& b) {
    forget_expansions(b.inlines);
    for (auto& row : b.rows)
      for (auto& cell : row) forget_expansions(cell);
    for (auto& item : b.items)
      for (Block& c : item) forget_expansions(c);
    for (Block& c : b.children) forget_expansions(c);
  }
  static Block heading(const std::string& text) {
    Block h;
    h.kind = Block::Kind::Heading;
    h.level = 2;
    h.inlines = {Inline::make_text(text)};
    return h;
  }

  static Block list(const std::vector<Inlines>& items) {
    Block l;
    l.kind = Block::Kind::List;
    for (const Inlines& i : items) {
      Block p;
      p.inlines = i;
      l.items.push_back({p});
    }
    return l;
  }

  // Add a block whose every sentence comes from `source`.
  void push(Block b, std::vector<Block>& blocks, std::vector<Origins>& origins, std::size_t source) {
    origins.push_back(Origins(plain::block_sentences(b, data_).size(), source));
    blocks.push_back(std::move(b));
  }

  std::size_t new_source(std::string text) {
    result_.sentences.push_back({result_.sentences.size() + 1, std::move(text), {}});
    return result_.sentences.size();
  }

  // A paragraph-like block: sentence by sentence, each to its own paragraph.
  void sentences(const Block& b, std::vector<Block>& out, std::vector<Origins>& origins) {
    std::string t = plain_text(b.inlines);
    std::string reopen;  // a quotation that goes on from the sentence before
    std::vector<std::pair<Inlines, std::size_t>> explanations;  // of hard words, with their source sentence
    bool introduces = false;  // the last sentence introduces a list of the source
    SentenceCutter cutter(b.inlines);
    for (auto [s, e] : text::sentences(t, data_.no_break_after)) {
      std::size_t source = new_source(t.substr(s, e - s));
      rewriter_.at(source, b.line);
      Inlines sentence = cutter.cut(s, e);
      model::trim_start(sentence);
      // Each sentence on its own line carries its own quotation marks.
      if (!reopen.empty()) {
        sentence.insert(sentence.begin(), Inline::make_text(reopen));
        model::tidy(sentence);
        reopen.clear();
      }
      // 'pendataan."Mungkin …': the quotation mark glued to the end opens the
      // next sentence; it goes there.
      if (std::string st = plain_text(sentence); st.size() >= 2 && st.back() == '"' && model::inside_quotes(st, st.size()) &&
                                                 std::string(".!?").find(st[st.size() - 2]) != std::string::npos &&
                                                 sentence.back().kind == Inline::Kind::Text) {
        sentence.back().text.pop_back();
        model::tidy(sentence);
        reopen.assign(1, '"');
      } else if (model::inside_quotes(st, st.size())) {
        bool typographic = st.find("\xE2\x80\x9C") != std::string::npos;
        sentence.push_back(Inline::make_text(typographic ? "\xE2\x80\x9D" : "\""));
        model::tidy(sentence);
        reopen = typographic ? "\xE2\x80\x9C" : "\"";
      }
      auto extra = rewriter_.rewrite(sentence);
      std::vector<plain::Piece> pieces;
      if (const std::size_t words = model::word_count(sentence); words > options_.max_sentence_words) {
        result_.changes.push_back({"not-split", t.substr(s, e - s), std::to_string(words) + " words", source, b.line});
        pieces.push_back({sentence, {}});
      } else {
        if (plain::name_before_role(sentence, data_))
          result_.changes.push_back({"attribution", t.substr(s, e - s), plain_text(sentence), source, b.line});
        pieces = plain::split_sentence(sentence, data_, options_.split_over, kHardLimit, result_.changes, source, b.line);
      }
      for (auto& piece : pieces) {
        Block p;
        p.kind = b.kind == Block::Kind::Heading ? Block::Kind::Heading : b.kind == Block::Kind::Note ? Block::Kind::Note
                                                                                                        : Block::Kind::Paragraph;
        p.level = b.level;
        p.line = b.line;
        p.inlines = std::move(piece.sentence);
        push(std::move(p), out, origins, source);
        if (!piece.items.empty()) {
          Block l = list(piece.items);
          l.line = b.line;
          push(std::move(l), out, origins, source);
        }
      }
      for (Inlines& x : extra) explanations.push_back({std::move(x), source});
      introduces = model::ends_with_colon(sentence);
    }
    // Explanations follow the paragraph, not the sentence: between a sentence
    // and the next one of the same paragraph ("Yaitu …", "Sehingga …") they
    // would seem to be what the next one continues. After a paragraph that
    // introduces a list ("…:"), they wait until the list has been given.
    for (auto& [x, source] : explanations) {
      Block p;
      p.line = b.line;
      p.inlines = std::move(x);
      if (introduces) deferred_.push_back({std::move(p), source});
      else push(std::move(p), out, origins, source);
    }
  }

  void cells(Block::Row& row, std::size_t source, std::size_t line) {
    rewriter_.at(source, line);
    for (auto& cell : row) rewriter_.rewrite(cell, true);
  }

  void block(const Block& b, std::vector<Block>& out, std::vector<Origins>& origins) {
    rewriter_.block_starts(b.inlines);
    switch (b.kind) {
      case Block::Kind::Heading:
        if (b.inlines.empty()) return;
        sentences(b, out, origins);
        // Headings stay one block: join what was cut.
        return;
      case Block::Kind::Paragraph:
      case Block::Kind::Note:
        sentences(b, out, origins);
        return;
      case Block::Kind::Quote: {
        Block q = b;
        q.children.clear();
        Origins o;
        std::vector<Origins> child_origins;
        for (const Block& c : b.children) block(c, q.children, child_origins);
        for (const Origins& co : child_origins) o.insert(o.end(), co.begin(), co.end());
        out.push_back(std::move(q));
        origins.push_back(std::move(o));
        return;
      }
      case Block::Kind::List: {
        Block l = b;
        l.items.clear();
        Origins o;
        for (const auto& item : b.items) {
          std::vector<Block> blocks;
          std::vector<Origins> item_origins;
          for (const Block& c : item) block(c, blocks, item_origins);
          for (const Origins& io : item_origins) o.insert(o.end(), io.begin(), io.end());
          l.items.push_back(std::move(blocks));
        }
        out.push_back(std::move(l));
        origins.push_back(std::move(o));
        return;
      }
      case Block::Kind::Table: {
        Block t = b;
        Origins o;
        if (!t.inlines.empty()) {
          std::string caption = plain_text(t.inlines);
          for (auto [s, e] : text::sentences(caption, data_.no_break_after)) {
            std::size_t source = new_source(caption.substr(s, e - s));
            o.push_back(source);
          }
          rewriter_.at(o.empty() ? 0 : o.front(), b.line);
          rewriter_.rewrite(t.inlines, true);
          o.resize(text::sentences(plain_text(t.inlines), data_.no_break_after).size(), o.empty() ? 0 : o.back());
        }
        for (auto& row : t.rows) {
          std::string text = plain::row_text(row, false);
          if (text.empty()) continue;
          std::size_t source = new_source(text);
          cells(row, source, b.line);
          o.push_back(source);
        }
        out.push_back(std::move(t));
        origins.push_back(std::move(o));
        return;
      }
    }
  }

  const Document& doc_;
  const plain::PlainData& data_;
  const PlainOptions& options_;
  Simplification& result_;
  plain::Rewriter rewriter_;
  std::vector<std::pair<Block, std::size_t>> deferred_;  ///< explanations waiting for the list a sentence introduces
};

}  // namespace

Simplification simplify(const Document& doc, const PlainOptions& options) {
  auto data = plain::load_plain_data(data::data_directory(options.data_dir));
  Simplification result;
  Simplifier(doc, *data, options, result).run();
  std::vector<std::string> before, after;
  for (const Block& b : doc.blocks)
    for (std::string& s : plain::block_sentences(b, *data)) before.push_back(std::move(s));
  for (const Block& b : result.document.blocks)
    for (std::string& s : plain::block_sentences(b, *data)) after.push_back(std::move(s));
  result.before = plain::measure_sentences(before, *data);
  result.after = plain::measure_sentences(after, *data);
  return result;
}

}  // namespace aksesibel
