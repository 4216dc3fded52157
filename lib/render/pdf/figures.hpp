// Alternative text for the large-print PDF's figures (the charts). Cairo
// 1.16 tags a "Figure" but cannot give it /Alt: libqpdf opens the finished
// PDF, sets /Alt on each Figure structure element in order, and writes it
// again (a maintained PDF library, not an edit of bytes).
#pragma once

#include <string>
#include <vector>

namespace aksesibel::pdf {

/// Set the /Alt of the Figure elements of `pdf`, in document order, to
/// `alts`. Returns false, leaving `pdf` as it was, when the PDF cannot be
/// read or written (libqpdf's messages are not printed).
bool add_figure_alt(std::string& pdf, const std::vector<std::string>& alts);

}  // namespace aksesibel::pdf
