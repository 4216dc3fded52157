// The pages of `aksesibel serve` (cli/serve.cpp): the form, the results and
// a refusal, in the language of messages (Indonesian by default). Plain
// HTML that works without script: a form POST converts; each output is a
// download link (data: URL, nothing is kept on the server) and the
// screen-reader page, the plain language and the braille proof are shown in
// sandboxed frames.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "serve_convert.hpp"

namespace aksesibel::cli {

std::string html_escape(std::string_view s);

/// The form: a bulletin pasted or files chosen, the formats, the braille
/// page (an embosser preset, cells, lines, interpoint), statistics' region and day.
std::string form_page();

/// The results of a form POST: per input its warnings, a link per file, the
/// previews, and all files in one ZIP.
std::string result_page(const std::vector<WebResult>& results);

/// The same page sent in pieces while several inputs are converted: the top
/// (with a log of progress when `with_progress`), a line started and
/// finished per input, the end of the log, then the rest of result_page.
std::string result_page_top(bool with_progress);
std::string progress_started(std::size_t number, std::size_t total, const std::string& name);
std::string progress_finished(const WebResult& result);
std::string progress_end();
std::string result_page_rest(const std::vector<WebResult>& results);
/// Ends a page sent in pieces that could not be finished (after what was open is closed): what went wrong, the way back.
std::string progress_failed(const std::string& message);

/// A request that could not be converted: what to do, and the way back.
std::string refusal_page(const std::string& message);

}  // namespace aksesibel::cli
