#include "aksesibel/version.hpp"

namespace aksesibel {

const char* version() noexcept { return AKSESIBEL_VERSION; }

}  // namespace aksesibel
