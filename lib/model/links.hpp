// Which link targets the model keeps and the HTML outputs make live: one
// rule for the readers and the writers.
#pragma once

#include <string_view>

namespace aksesibel::model {

/// `href` is http, https or mailto (control characters and spaces ignored,
/// any case), or, when `relative` is true, a relative address ("/berita",
/// "laporan.html?id=1"). Everything else (javascript:, data:, vbscript:, …)
/// is refused.
bool safe_href(std::string_view href, bool relative);

}  // namespace aksesibel::model
