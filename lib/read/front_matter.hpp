// Finding what stands before the body of a news bulletin: rubric, headline,
// dateline (the bulletin's dates are found after recognition: dates.hpp).
#pragma once

#include "aksesibel/document.hpp"
#include "data/language_data.hpp"

namespace aksesibel::readers {

/// Take the rubric and headline from the leading blocks (when `find_title`
/// and the document has no title yet) and the dateline from the first
/// paragraphs, moving them into the metadata. When no headline exists, the
/// first sentence stands in (metadata.title_inferred).
void find_front_matter(Document& doc, const data::LanguageData& data, bool find_title);

}  // namespace aksesibel::readers
