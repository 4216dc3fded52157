#include "model/lists.hpp"

namespace aksesibel::model {

std::vector<std::string> list_markers(const Block& list, std::string_view bullet) {
  std::vector<std::string> out;
  out.reserve(list.items.size());
  int number = list.start;
  for (std::size_t i = 0; i < list.items.size(); ++i)
    out.push_back(list.ordered ? std::to_string(number++) + "." : std::string(bullet));
  return out;
}

}  // namespace aksesibel::model
