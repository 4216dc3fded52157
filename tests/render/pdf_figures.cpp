#include "render/pdf_figures.hpp"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

#include <functional>

namespace aksesibel::test {

PdfStructure read_pdf_structure(const std::string& pdf) {
  PdfStructure s;
  QPDF q;
  q.setSuppressWarnings(true);
  q.processMemoryFile("test.pdf", pdf.data(), pdf.size());
  std::function<void(QPDFObjectHandle)> walk = [&](QPDFObjectHandle e) {
    if (e.isArray()) {
      for (int i = 0; i < e.getArrayNItems(); ++i) walk(e.getArrayItem(i));
    } else if (e.isDictionary()) {
      if (e.getKey("/S").isName() && e.getKey("/S").getName() == "/Figure")
        s.figure_alts.push_back(e.hasKey("/Alt") ? e.getKey("/Alt").getUTF8Value() : "");
      if (e.hasKey("/K")) walk(e.getKey("/K"));
    }
  };
  QPDFObjectHandle root = q.getRoot();
  if (root.getKey("/StructTreeRoot").isDictionary()) walk(root.getKey("/StructTreeRoot").getKey("/K"));
  if (root.getKey("/Lang").isString()) s.language = root.getKey("/Lang").getUTF8Value();
  QPDFObjectHandle mark = root.getKey("/MarkInfo");
  s.marked = mark.isDictionary() && mark.getKey("/Marked").isBool() && mark.getKey("/Marked").getBoolValue();
  s.warnings = q.getWarnings().size();
  return s;
}

}  // namespace aksesibel::test
