#pragma once
// The hallway kiosk's wayfinding: places and how to get there from this kiosk, from a JSON file
// per kiosk location (format in docs/kiosk.md, sample in assets/kiosk/directory.json).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "facility/localized_text.h"

namespace anju::kiosk {

enum class Direction { kLeft, kRight, kAhead, kBehind, kUp, kDown };
std::string_view to_string(Direction d);  // left | right | ahead | behind | up | down

struct Place {
  LocalizedText name;
  Direction direction = Direction::kAhead;
  std::optional<int> distance_m;
  std::optional<int> floor;
  std::string icon;  // one of the kiosk's icon names (assets/kiosk/icons), or empty
  bool operator==(const Place&) const = default;
};

Result<std::vector<Place>> parse_directory(std::string_view json);

}  // namespace anju::kiosk
