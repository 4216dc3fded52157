// aksesibel — the whole document model as JSON (format "json").
#pragma once

#include <string>

#include "aksesibel/document.hpp"

namespace aksesibel {

/// Options of the JSON output (format "json").
struct JsonOptions {
  /// Spaces per level of indentation; -1 writes everything on one line.
  int indent = 2;
};

/// Metadata, blocks with typed inlines (numbers with their value, dates with
/// their ISO form, abbreviations with their expansion), removed boilerplate
/// and warnings. The shape is described in docs/json-format.md.
std::string render_json(const Document& doc, const JsonOptions& options = {});

}  // namespace aksesibel
