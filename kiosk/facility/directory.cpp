#include "facility/directory.h"

#include <array>

#include "facility/json_fields.h"

namespace anju::kiosk {
namespace {

constexpr int kDirectoryFormatVersion = 1;
constexpr std::array<std::pair<Direction, std::string_view>, 6> kDirections{{
    {Direction::kLeft, "left"},
    {Direction::kRight, "right"},
    {Direction::kAhead, "ahead"},
    {Direction::kBehind, "behind"},
    {Direction::kUp, "up"},
    {Direction::kDown, "down"},
}};

}  // namespace

std::string_view to_string(Direction d) {
  for (const auto& [value, name] : kDirections)
    if (value == d) return name;
  return "?";
}

Result<std::vector<Place>> parse_directory(std::string_view text) {
  namespace jf = json_fields;
  auto root = jf::parse_object(text, kDirectoryFormatVersion);
  if (!root) return root.error();
  std::vector<Place> out;
  const auto places = root->find("places");
  if (places == root->end()) return out;
  if (!places->is_array()) return Error{ErrorCode::kWrongType, "places: expected a list"};
  for (std::size_t i = 0; i < places->size(); ++i) {
    const std::string where = "places[" + std::to_string(i) + "]";
    const auto& e = places->at(i);
    if (!e.is_object()) return Error{ErrorCode::kWrongType, where + ": expected an object"};
    Place p;
    auto name = jf::text(e, "name", where, true);
    if (!name) return name.error();
    p.name = name.value();
    auto direction = jf::string(e, "direction", where, true);
    if (!direction) return direction.error();
    bool known = false;
    for (const auto& [value, word] : kDirections) {
      if (word != direction.value()) continue;
      p.direction = value;
      known = true;
    }
    if (!known)
      return Error{ErrorCode::kInvalidValue, where + ".direction: unknown '" + direction.value() +
                                                 "' (left right ahead behind up down)"};
    auto distance = jf::integer(e, "distance_m", where);
    if (!distance) return distance.error();
    p.distance_m = distance.value();
    auto floor = jf::integer(e, "floor", where);
    if (!floor) return floor.error();
    p.floor = floor.value();
    auto icon = jf::string(e, "icon", where, false);
    if (!icon) return icon.error();
    p.icon = icon.value();
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace anju::kiosk
