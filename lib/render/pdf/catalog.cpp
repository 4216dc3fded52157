#include "render/pdf/catalog.hpp"

#include <cctype>

namespace aksesibel::pdf {

// Cairo 1.16 has no way to name the document's language, nor to ask viewers
// to show the title instead of the file name. Cairo writes the catalog as the
// last object before the cross-reference table; when that is so, both entries
// are added to it and the table's position is corrected. Otherwise the file is
// left as it is.
void add_language(std::string& pdf, const std::string& language) {
  if (language.empty() || language.size() > 35) return;
  for (char c : language)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-') return;
  const std::size_t sx = pdf.rfind("startxref");
  if (sx == std::string::npos) return;
  std::size_t p = sx + 9;
  while (p < pdf.size() && std::isspace(static_cast<unsigned char>(pdf[p]))) ++p;
  std::size_t q = p;
  while (q < pdf.size() && std::isdigit(static_cast<unsigned char>(pdf[q]))) ++q;
  if (q == p || q - p > 12) return;
  const std::size_t xref = std::stoul(pdf.substr(p, q - p));
  if (xref >= sx || pdf.compare(xref, 4, "xref") != 0) return;
  const std::size_t trailer = pdf.find("trailer", xref);
  const std::size_t root = trailer == std::string::npos ? trailer : pdf.find("/Root ", trailer);
  if (root == std::string::npos || root > sx) return;
  std::size_t r = root + 6, re = r;
  while (re < pdf.size() && std::isdigit(static_cast<unsigned char>(pdf[re]))) ++re;
  if (re == r) return;
  const std::string header = "\n" + pdf.substr(r, re - r) + " 0 obj\n<< /Type /Catalog";
  const std::size_t obj = pdf.rfind(header, xref);
  if (obj == std::string::npos) return;
  const std::size_t end = pdf.find("endobj", obj);
  if (end == std::string::npos || end > xref) return;
  for (std::size_t k = end + 6; k < xref; ++k)
    if (!std::isspace(static_cast<unsigned char>(pdf[k]))) return;  // the catalog is not the last object
  const std::string dict = pdf.substr(obj, end - obj);
  if (dict.find("/Lang") != std::string::npos || dict.find("/ViewerPreferences") != std::string::npos) return;
  const std::string added = "\n   /Lang (" + language + ")\n   /ViewerPreferences << /DisplayDocTitle true >>";
  std::string out = pdf.substr(0, obj + header.size()) + added + pdf.substr(obj + header.size(), sx - obj - header.size());
  out += "startxref\n" + std::to_string(xref + added.size()) + "\n%%EOF\n";
  pdf = std::move(out);
}

}  // namespace aksesibel::pdf
