#include "engine/alert_router.h"

#include <algorithm>

namespace anju::engine {

using protocol::Priority;

std::string_view to_string(AlertState s) {
  switch (s) {
    case AlertState::kSent:
      return "sent";
    case AlertState::kDelivered:
      return "delivered";
    case AlertState::kRead:
      return "read";
    case AlertState::kAccepted:
      return "accepted";
    case AlertState::kDeclined:
      return "declined";
    case AlertState::kTimedOut:
      return "timed_out";
    case AlertState::kUnreachable:
      return "unreachable";
  }
  return "sent";
}

TimestampMs RoutingPolicy::accept_within_ms(Priority p) const {
  const int s = p == Priority::kHigh     ? accept_high_s
                : p == Priority::kMedium ? accept_medium_s
                                         : accept_low_s;
  return static_cast<TimestampMs>(s) * 1000;
}

namespace {
bool waiting(AlertState s) {
  return s == AlertState::kSent || s == AlertState::kDelivered || s == AlertState::kRead;
}
bool anyone_waiting(const AlertRoute& route) {
  return std::any_of(route.recipients.begin(), route.recipients.end(),
                     [](const AlertRecipient& r) { return waiting(r.state); });
}
}  // namespace

std::vector<AlertRoute> AlertRouter::set_reachable(const std::string& staff, bool reachable) {
  reachable_[staff] = reachable;
  std::vector<AlertRoute> changed;
  if (reachable) return changed;
  for (auto& [alarm, route] : routes_) {
    if (!route.accepted_by.empty()) continue;
    bool touched = false;
    for (auto& r : route.recipients)
      if (r.staff == staff && waiting(r.state)) {
        r.state = AlertState::kUnreachable;
        r.changed_ts = now();
        touched = true;
      }
    if (!touched) continue;
    if (!anyone_waiting(route)) move_on(route);
    changed.push_back(route);
  }
  return changed;
}

bool AlertRouter::reachable(const std::string& staff) const {
  const auto it = reachable_.find(staff);
  return it == reachable_.end() || it->second;
}

bool AlertRouter::tried(const AlertRoute& route, const std::string& staff) const {
  return std::any_of(route.recipients.begin(), route.recipients.end(),
                     [&](const AlertRecipient& r) { return r.staff == staff; });
}

bool AlertRouter::send_to(AlertRoute& route, const std::string& staff) {
  const bool up = reachable(staff);
  route.recipients.push_back(
      {staff, up ? AlertState::kSent : AlertState::kUnreachable, now(), now()});
  return up;
}

const AlertRoute& AlertRouter::open(const std::string& alarm, const std::string& room,
                                    Priority priority, const std::string& assigned,
                                    TimestampMs accept_within_ms) {
  AlertRoute route;
  route.alarm = alarm;
  route.room = room;
  route.priority = priority;
  route.step = AlertStep::kAssigned;
  route.accept_within_ms =
      accept_within_ms > 0 ? accept_within_ms : policy_.accept_within_ms(priority);
  if (!assigned.empty() && send_to(route, assigned)) {
    route.deadline = now() + route.accept_within_ms;
  } else {
    move_on(route);  // nobody assigned, or her phone is off: straight to the floor
  }
  return routes_[alarm] = std::move(route);
}

void AlertRouter::move_on(AlertRoute& route) {
  for (auto& r : route.recipients)
    if (waiting(r.state)) {
      r.state = AlertState::kTimedOut;
      r.changed_ts = now();
    }
  route.deadline = 0;
  const TimestampMs within = route.accept_within_ms;
  // The other nurses one at a time, starting after the room's nurse so the load spreads.
  if (route.step <= AlertStep::kFloor) {
    const auto& nurses = staffing_.nurses;
    std::size_t start = 0;
    if (!route.recipients.empty()) {
      const auto first = std::find(nurses.begin(), nurses.end(), route.recipients.front().staff);
      if (first != nurses.end()) start = static_cast<std::size_t>(first - nurses.begin()) + 1;
    }
    for (std::size_t i = 0; i < nurses.size(); ++i) {
      const auto& nurse = nurses[(start + i) % nurses.size()];
      if (tried(route, nurse)) continue;
      route.step = AlertStep::kFloor;
      if (send_to(route, nurse)) {
        route.deadline = now() + within;
        return;
      }
    }
  }
  if (route.step <= AlertStep::kCharge && !staffing_.charge_nurse.empty() &&
      !tried(route, staffing_.charge_nurse)) {
    route.step = AlertStep::kCharge;
    if (send_to(route, staffing_.charge_nurse)) {
      route.deadline = now() + within;
      return;
    }
  }
  // Everyone who has not declined, at once; after that the console's escalation carries it.
  route.step = AlertStep::kEveryone;
  std::vector<std::string> everyone = staffing_.nurses;
  if (!staffing_.charge_nurse.empty()) everyone.push_back(staffing_.charge_nurse);
  for (const auto& staff : everyone) {
    const bool declined =
        std::any_of(route.recipients.begin(), route.recipients.end(), [&](const AlertRecipient& r) {
          return r.staff == staff && r.state == AlertState::kDeclined;
        });
    if (declined || !reachable(staff)) continue;
    route.recipients.push_back({staff, AlertState::kSent, now(), now()});
  }
}

std::optional<AlertRoute> AlertRouter::on_answer(const std::string& alarm, const std::string& staff,
                                                 AlertState state) {
  auto it = routes_.find(alarm);
  if (it == routes_.end()) return std::nullopt;
  AlertRoute& route = it->second;
  // The latest time she was sent it (everyone-step sends again).
  auto r = std::find_if(route.recipients.rbegin(), route.recipients.rend(),
                        [&](const AlertRecipient& x) { return x.staff == staff; });
  if (r == route.recipients.rend()) return std::nullopt;
  if (r->state == AlertState::kAccepted || r->state == AlertState::kDeclined) return route;
  // Forward only: a late "delivered" never undoes a "read".
  if (state <= r->state && state != AlertState::kAccepted && state != AlertState::kDeclined)
    return route;
  r->state = state;
  r->changed_ts = now();
  if (state == AlertState::kAccepted) {
    route.accepted_by = staff;
    route.deadline = 0;
  } else if (state == AlertState::kDeclined && route.accepted_by.empty()) {
    if (!anyone_waiting(route)) move_on(route);  // at once, not at the deadline
  }
  return route;
}

std::vector<AlertRoute> AlertRouter::tick() {
  std::vector<AlertRoute> moved;
  for (auto& [alarm, route] : routes_) {
    if (route.deadline == 0 || now() < route.deadline || !route.accepted_by.empty()) continue;
    move_on(route);
    moved.push_back(route);
  }
  return moved;
}

const AlertRoute* AlertRouter::find(const std::string& alarm) const {
  const auto it = routes_.find(alarm);
  return it == routes_.end() ? nullptr : &it->second;
}

}  // namespace anju::engine
