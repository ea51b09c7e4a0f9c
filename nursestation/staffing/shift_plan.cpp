#include "staffing/shift_plan.h"

#include <algorithm>
#include <map>

namespace anju::staffing {

std::vector<RoomGiven> fill_unassigned_rooms(const std::vector<protocol::RoomSummary>& rooms) {
  std::map<std::string, int> load;  // nurse on duty -> rooms she holds
  for (const auto& r : rooms)
    if (!r.assigned.empty()) ++load[r.assigned];
  std::vector<RoomGiven> given;
  if (load.empty()) return given;
  std::vector<const protocol::RoomSummary*> open;
  for (const auto& r : rooms)
    if (r.assigned.empty()) open.push_back(&r);
  std::sort(open.begin(), open.end(),
            [](const auto* a, const auto* b) { return a->room < b->room; });
  for (const auto* r : open) {
    // The least loaded nurse; ties go to the first id, so the plan is the same on every console.
    const auto least = std::min_element(
        load.begin(), load.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    auto pick = least;
    bool by_rounds = false;
    if (const auto last = load.find(r->round_last_staff);
        last != load.end() && last->second <= least->second) {
      pick = last;
      by_rounds = true;
    }
    ++pick->second;
    given.push_back({r->room, pick->first, by_rounds});
  }
  return given;
}

}  // namespace anju::staffing
