// libqpdf's reading of a PDF's structure for the tests: kept in a file of its
// own, compiled as C++17 (qpdf 11's JSON.hh does not compile as C++20 with clang).
#pragma once

#include <string>
#include <vector>

namespace aksesibel::test {

struct PdfStructure {
  std::vector<std::string> figure_alts;  ///< the /Alt of each Figure element, in document order ("" when none)
  std::string language;                  ///< the catalog's /Lang
  bool marked = false;                   ///< /MarkInfo /Marked
  std::size_t warnings = 0;              ///< libqpdf's warnings while reading
};

PdfStructure read_pdf_structure(const std::string& pdf);

}  // namespace aksesibel::test
