// A bulletin cut into sections at its highest heading level: the EPUB has
// one content document per section, the talking bulletin one chapter.
#pragma once

#include <cstddef>
#include <vector>

#include "aksesibel/document.hpp"

namespace aksesibel::model {

/// Blocks [begin, end) of Document::blocks.
struct Section {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool lead = false;  ///< the blocks before the first section heading (may be empty)
};

/// The lead (always first, possibly empty), then one section per heading of
/// the highest level among the top-level blocks, each starting with it. A
/// bulletin without headings is its lead.
std::vector<Section> sections(const std::vector<Block>& blocks);

}  // namespace aksesibel::model
