// The page before it is read: the checks and repairs between libxml2's HTML
// parser and the reader (read/html_reader.cpp). Each keeps a promise of
// docs/security.md: nesting, attributes and characters within limits, and no
// text lost to what libxml2 2.9 does not know of HTML5.
#pragma once

#include <libxml/tree.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "aksesibel/error.hpp"
#include "aksesibel/read.hpp"

namespace aksesibel::readers {

/// Before parsing, in one pass over the markup: refuse an element with more
/// attributes than `limits.max_attributes` (libxml2 compares each attribute
/// with every earlier one: the time grows with the square of their number).
/// Throws Error(InputTooLarge) with the line and byte offset of the tag.
void check_attribute_counts(std::string_view html, const ReadLimits& limits, const std::string& source_name);

/// Refuse a tree whose elements nest deeper than `limits.max_depth`, with the
/// line of the first element too deep. Walks without recursion.
void check_depth(xmlNode* root, const ReadLimits& limits, const std::string& source_name);

/// HTML5's void elements that libxml2 2.9 reads as containers (embed,
/// source, track, wbr, keygen): what it put inside them follows them instead,
/// so that an unclosed <embed> no longer swallows the rest of its container.
void hoist_void_children(xmlNode* root);

/// What HTML5 reads as a comment and libxml2 2.9 leaves in the text: "<!"
/// not opening a comment or a doctype, up to the next ">" ("<![CDATA[ … ]]>"
/// outside SVG and MathML). A browser shows none of it; neither does the
/// reader (it had put "<![CDATA[" into every output).
void drop_bogus_comments(xmlNode* root);

/// Character references resolved as HTML5 does: &#128;–&#159; are the
/// Windows-1252 characters pages meant (&#150; is "–"); a reference to a
/// character raw input may not hold (text::is_refused_character: DEL, C1
/// controls without a Windows-1252 meaning, noncharacters) is refused with its
/// line, as the same raw character would be, or with `lenient` dropped and
/// counted in `warnings`. Text nodes and attribute values alike.
void resolve_character_references(xmlNode* root, bool lenient, const std::string& source_name,
                                  std::vector<Warning>& warnings);

}  // namespace aksesibel::readers
