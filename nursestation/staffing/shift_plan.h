#pragma once
// A charge nurse's shift plan without two taps per room: she gives each nurse on duty one room,
// and the rest are filled in, evenly (no nurse ends two rooms ahead of another). A room nobody has
// goes to the nurse with the fewest rooms; among those, to the one who did its last round (she
// knows the resident). "On duty" = holding a room this shift: the console cannot know who came in
// today, the charge nurse can. Rooms that have a nurse keep her. Pure logic.
#include <string>
#include <vector>

#include "protocol/messages.h"

namespace anju::staffing {

struct RoomGiven {
  std::string room, nurse;
  bool by_rounds = false;  // the nurse who did its last round
  bool operator==(const RoomGiven&) const = default;
};

// The assignments to make, in room order; empty when every room has a nurse or nobody holds a
// room yet (there is nobody known to be on duty).
std::vector<RoomGiven> fill_unassigned_rooms(const std::vector<protocol::RoomSummary>& rooms);

}  // namespace anju::staffing
