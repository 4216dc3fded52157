// aksesibel — the library's version, for every layer that writes it into an
// output (PEF metadata, JSON) without needing the conversion facade.
#pragma once

namespace aksesibel {

/// The library's version ("0.1.0").
const char* version() noexcept;

}  // namespace aksesibel
