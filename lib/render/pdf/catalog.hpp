// What Cairo 1.16 cannot write into a PDF's catalog: the document's language
// (/Lang) and the request to show the title (/ViewerPreferences), added to
// the bytes Cairo wrote.
#pragma once

#include <string>

namespace aksesibel::pdf {

/// Add /Lang and /DisplayDocTitle to the catalog of `pdf` when Cairo wrote
/// the catalog as the last object before the cross-reference table (and
/// correct the table's position); otherwise leave the file as it is.
void add_language(std::string& pdf, const std::string& language);

}  // namespace aksesibel::pdf
