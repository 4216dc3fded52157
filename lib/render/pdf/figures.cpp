#include "render/pdf/figures.hpp"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFLogger.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>
#include <functional>
#include <memory>

namespace aksesibel::pdf {

bool add_figure_alt(std::string& pdf, const std::vector<std::string>& alts) {
  if (alts.empty()) return true;
  try {
    QPDF q;
    // The library never prints: libqpdf's warnings go nowhere.
    auto logger = QPDFLogger::create();
    logger->setInfo(logger->discard());
    logger->setWarn(logger->discard());
    logger->setError(logger->discard());
    q.setLogger(logger);
    q.setSuppressWarnings(true);
    q.processMemoryFile("large-print.pdf", pdf.data(), pdf.size());
    QPDFObjectHandle tree = q.getRoot().getKey("/StructTreeRoot");
    if (!tree.isDictionary()) return false;
    std::size_t next = 0;
    // Depth first through /K, which is document order; never through /P
    // (the parent) or /Pg (the page).
    std::function<void(QPDFObjectHandle, int)> walk = [&](QPDFObjectHandle e, int depth) {
      if (depth > 200 || next == alts.size()) return;
      if (e.isArray()) {
        for (int i = 0; i < e.getArrayNItems(); ++i) walk(e.getArrayItem(i), depth + 1);
        return;
      }
      if (!e.isDictionary()) return;
      QPDFObjectHandle s = e.getKey("/S");
      if (s.isName() && s.getName() == "/Figure") e.replaceKey("/Alt", QPDFObjectHandle::newUnicodeString(alts[next++]));
      if (e.hasKey("/K")) walk(e.getKey("/K"), depth + 1);
    };
    walk(tree.getKey("/K"), 0);
    if (next == 0) return false;
    QPDFWriter w(q);
    w.setOutputMemory();
    w.setDeterministicID(true);  // the same PDF in, the same PDF out
    w.write();
    const std::shared_ptr<Buffer> b = w.getBufferSharedPointer();
    pdf.assign(reinterpret_cast<const char*>(b->getBuffer()), b->getSize());
    return true;
  } catch (const std::exception&) {
    return false;
  }
}

}  // namespace aksesibel::pdf
