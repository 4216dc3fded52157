// Validating PEF against the project's RelaxNG schema (tests/schema/) with
// libxml2.
#pragma once

#include <libxml/parser.h>
#include <libxml/relaxng.h>

#include <cstdarg>
#include <cstdio>
#include <string>

namespace aksesibel::test {

inline void collect_error(void* ctx, const char* fmt, ...) {
  char buf[1024];
  va_list ap;
  va_start(ap, fmt);
  std::vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  static_cast<std::string*>(ctx)->append(buf);
}

/// "" when `pef` is valid, else libxml2's messages.
inline std::string pef_schema_errors(const std::string& pef) {
  std::string errors;
  xmlRelaxNGParserCtxtPtr pctx = xmlRelaxNGNewParserCtxt(AKSESIBEL_PEF_SCHEMA);
  xmlRelaxNGPtr schema = xmlRelaxNGParse(pctx);
  xmlRelaxNGFreeParserCtxt(pctx);
  if (!schema) return "the schema " AKSESIBEL_PEF_SCHEMA " does not parse";
  xmlDocPtr doc = xmlReadMemory(pef.data(), static_cast<int>(pef.size()), "out.pef", nullptr, XML_PARSE_NONET);
  if (!doc) {
    xmlRelaxNGFree(schema);
    return "not well-formed XML";
  }
  xmlRelaxNGValidCtxtPtr vctx = xmlRelaxNGNewValidCtxt(schema);
  xmlRelaxNGSetValidErrors(vctx, collect_error, collect_error, &errors);
  const int rc = xmlRelaxNGValidateDoc(vctx, doc);
  xmlRelaxNGFreeValidCtxt(vctx);
  xmlFreeDoc(doc);
  xmlRelaxNGFree(schema);
  if (rc != 0 && errors.empty()) errors = "invalid (rc " + std::to_string(rc) + ")";
  return errors;
}

}  // namespace aksesibel::test
