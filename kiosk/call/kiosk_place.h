#pragma once
// Where a kiosk is and who it is on the bus.
#include <string>

namespace anju::kiosk {

struct KioskPlace {
  std::string site = "demo";
  std::string node;  // the kiosk's node id (its broker user)
  std::string room;  // the room it serves (a corridor id for hallway kiosks)
  std::string bed;   // optional
};

}  // namespace anju::kiosk
