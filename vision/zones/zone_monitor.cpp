#include "zones/zone_monitor.h"

#include <algorithm>

namespace anju::vision {

const char* to_string(WanderRule rule) {
  switch (rule) {
    case WanderRule::kEnter:
      return "enter";
    case WanderRule::kCross:
      return "cross";
    case WanderRule::kLoiter:
      return "loiter";
    case WanderRule::kPacing:
      return "pacing";
  }
  return "?";
}

ZoneMonitor::ZoneMonitor(std::vector<Zone> zones, double settle_s)
    : zones_(std::move(zones)), settle_s_(settle_s) {
  for (const auto& zone : zones_) areas_.push_back(zone.area());
}

bool ZoneMonitor::fire(std::size_t zone, WanderRule rule, double t) {
  const auto key = std::make_pair(zone, rule);
  const auto it = last_fired_.find(key);
  if (it != last_fired_.end() && t - it->second < zones_[zone].cooldown_s) return false;
  last_fired_[key] = t;
  return true;
}

std::vector<WanderEvent> ZoneMonitor::update(const std::vector<PersonPosition>& people, double t,
                                             LocalTime now) {
  std::vector<WanderEvent> events;
  // Forget people who are gone.
  std::erase_if(presence_, [&](const auto& entry) {
    return std::none_of(people.begin(), people.end(),
                        [&](const PersonPosition& p) { return p.track == entry.first.first; });
  });
  for (const auto& person : people) {
    if (person.seen_for_s < settle_s_) continue;
    for (std::size_t z = 0; z < zones_.size(); ++z) {
      const Zone& zone = zones_[z];
      auto [it, fresh] = presence_.try_emplace({person.track, z});
      Presence& state = it->second;
      if (fresh) state.pacing = PacingDetector(zone.rules.pacing);
      const bool armed = any_contains(zone.windows, now);
      auto emit = [&](WanderRule rule) {
        if (armed && fire(z, rule, t))
          events.push_back({zone.name, rule, t, person.track, person.foot});
      };

      if (zone.shape == ZoneShape::kLine) {
        if (zone.rules.cross && state.has_last) {
          for (std::size_t i = 1; i < zone.points.size(); ++i) {
            if (segments_intersect(state.last, person.foot, zone.points[i - 1], zone.points[i])) {
              emit(WanderRule::kCross);
              break;
            }
          }
        }
      } else {
        const bool inside = areas_[z].contains(person.foot);
        if (inside && !state.inside) {
          state.since = t;
          state.loiter_fired = false;
          state.pacing.reset();
          if (zone.rules.enter) emit(WanderRule::kEnter);
        }
        state.inside = inside;
        if (inside && zone.rules.loiter_s > 0 && !state.loiter_fired &&
            t - state.since >= zone.rules.loiter_s) {
          state.loiter_fired = armed;  // outside the window it may still fire once armed
          emit(WanderRule::kLoiter);
        }
        if (inside && state.pacing.add(t, person.foot)) emit(WanderRule::kPacing);
      }
      state.last = person.foot;
      state.has_last = true;
    }
  }
  return events;
}

}  // namespace anju::vision
