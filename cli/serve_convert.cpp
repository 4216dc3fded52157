#include "serve_convert.hpp"

#include <new>
#include <set>

#include "aksesibel/messages.hpp"
#include "aksesibel/options.hpp"

namespace aksesibel::cli {

bool web_option_allowed(const std::string& key) {
  static const std::set<std::string> allowed = {
      "from",          "region",          "date",           "encoding",       "lenient",       "embosser",
      "cells-per-line", "lines-per-page", "paragraph-style", "page-numbers",  "duplex",        "pef-date",
      "font-size",     "paper",           "no-summary",     "text-headline", "json-indent",   "plain",
      "plain-summary", "plain-glossary",  "plain-split-over", "message-where"};
  return allowed.count(key) > 0;
}

std::string safe_input_name(const std::string& name) {
  std::string base = name.substr(name.find_last_of("/\\") == std::string::npos ? 0 : name.find_last_of("/\\") + 1);
  std::string out;
  for (char c : base)
    if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7F) out += c;
  while (!out.empty() && (out.front() == '.' || out.front() == ' ')) out.erase(0, 1);
  if (out.size() > 120) out = out.substr(out.size() - 120);
  return out.empty() ? "buletin.txt" : out;
}

CheckedRequest check_request(const WebRequest& request, std::size_t max_inputs) {
  if (request.inputs.empty())
    throw Error(ErrorCode::InvalidOption, translate("nothing to convert: paste a bulletin or choose a file"));
  if (request.inputs.size() > max_inputs)
    throw Error(ErrorCode::InvalidOption, fill_message(translate("at most {0} files at once"), {std::to_string(max_inputs)}));
  ConvertOptions base;
  if (request.formats.empty()) throw Error(ErrorCode::InvalidOption, translate("choose at least one format"));
  std::string formats;
  for (const std::string& f : request.formats) formats += (formats.empty() ? "" : ",") + f;
  set_option(base, "to", formats);
  // The embosser first, so that page settings sent with it win (as on the command line).
  if (auto it = request.options.find("embosser"); it != request.options.end() && !it->second.empty())
    set_option(base, "embosser", it->second);
  for (const auto& [key, value] : request.options) {
    if (!web_option_allowed(key))
      throw Error(ErrorCode::InvalidOption, fill_message(translate("the option {0} cannot be set here"), {key}));
    if (key == "embosser" || value.empty()) continue;  // an empty field: the default
    set_option(base, key, value);
  }
  return {request.inputs, std::move(base)};
}

WebResult convert_input(const WebInput& input, const ConvertOptions& options) {
  WebResult r;
  r.name = safe_input_name(input.name);
  ConvertOptions o = options;
  o.read.source_name = r.name;
  try {
    Conversion c = convert(input.bytes, o);
    r.outputs = std::move(c.outputs);
    r.warnings = std::move(c.document.warnings);
  } catch (const Error& e) {
    r.error = e;
  } catch (const std::bad_alloc&) {
    // One input too large for this server's memory fails alone; the others go on.
    r.outputs.clear();
    r.error = Error(ErrorCode::InputTooLarge, translate("the server ran out of memory converting this input"));
  } catch (const std::exception& e) {
    r.outputs.clear();
    r.error = Error(ErrorCode::Internal, fill_message(translate("internal error: {0} (please report this)"), {e.what()}));
  }
  return r;
}

std::vector<WebResult> convert_request(const WebRequest& request, std::size_t max_inputs) {
  const CheckedRequest checked = check_request(request, max_inputs);
  std::vector<WebResult> results;
  for (const WebInput& in : checked.inputs) results.push_back(convert_input(in, checked.options));
  return results;
}

}  // namespace aksesibel::cli
