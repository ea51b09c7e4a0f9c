#include "engine/rounds.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace anju::engine {

namespace {
constexpr TimestampMs kMinute = 60'000;
constexpr TimestampMs kDueSoon = 10 * kMinute;  // shown as "due" this long before the due time

Result<RoundSchedule> read_schedule(const nlohmann::json& j, RoundSchedule base,
                                    const std::string& where) {
  if (!j.is_object()) return Error{ErrorCode::kWrongType, where + ": expected an object"};
  for (auto [key, target] : {std::pair{"day_interval_min", &base.day_interval_min},
                             std::pair{"night_interval_min", &base.night_interval_min}}) {
    if (auto it = j.find(key); it != j.end()) {
      if (!it->is_number_integer() || it->get<long long>() < 10 || it->get<long long>() > 24 * 60)
        return Error{ErrorCode::kInvalidValue, where + ": " + key + " must be 10..1440 minutes"};
      *target = it->get<int>();
    }
  }
  return base;
}
}  // namespace

Result<RoundsPolicy> RoundsPolicy::from_json(std::string_view text) {
  auto doc = nlohmann::json::parse(text, nullptr, false);
  if (doc.is_discarded()) return Error{ErrorCode::kMalformed, "rounds policy: not valid JSON"};
  if (!doc.is_object()) return Error{ErrorCode::kNotAnObject, "rounds policy: expected an object"};
  RoundsPolicy p;
  if (auto it = doc.find("default"); it != doc.end()) {
    auto s = read_schedule(*it, p.default_schedule, "rounds policy 'default'");
    if (!s) return s.error();
    p.default_schedule = s.value();
  }
  if (auto it = doc.find("rooms"); it != doc.end()) {
    if (!it->is_object())
      return Error{ErrorCode::kWrongType, "rounds policy 'rooms': expected an object"};
    for (const auto& [room, spec] : it->items()) {
      auto s = read_schedule(spec, p.default_schedule, "rounds policy room '" + room + "'");
      if (!s) return s.error();
      p.rooms[room] = s.value();
    }
  }
  if (auto it = doc.find("night"); it != doc.end()) {
    // Whole hours only: a string, 7.5 or 1e300 is refused, never converted (value() would throw
    // or overflow the int).
    const auto hour = [&](const char* key) {
      if (!it->is_object()) return -1;
      const auto h = it->find(key);
      if (h == it->end() || !h->is_number_integer()) return -1;
      const auto v = h->get<long long>();
      return v >= 0 && v <= 23 ? static_cast<int>(v) : -1;
    };
    const int start = hour("start_hour"), end = hour("end_hour");
    if (start < 0 || end < 0)
      return Error{ErrorCode::kInvalidValue,
                   "rounds policy 'night': start_hour and end_hour must be 0..23"};
    p.night_start_hour = start;
    p.night_end_hour = end;
  }
  if (auto it = doc.find("grace_min"); it != doc.end()) {
    if (!it->is_number_integer() || it->get<long long>() < 0 || it->get<long long>() > 120)
      return Error{ErrorCode::kInvalidValue, "rounds policy 'grace_min' must be 0..120"};
    p.grace_min = it->get<int>();
  }
  if (auto it = doc.find("utc_offset_min"); it != doc.end()) {
    if (!it->is_number_integer() || it->get<long long>() < -14 * 60 ||
        it->get<long long>() > 14 * 60)
      return Error{ErrorCode::kInvalidValue, "rounds policy 'utc_offset_min' out of range"};
    p.utc_offset_min = it->get<int>();
  }
  return p;
}

const RoundSchedule& RoundsPolicy::schedule(const std::string& room) const {
  auto it = rooms.find(room);
  return it == rooms.end() ? default_schedule : it->second;
}

bool RoundsPolicy::is_night(TimestampMs t) const {
  const TimestampMs local_min = t / kMinute + utc_offset_min;
  const int hour = static_cast<int>(((local_min / 60) % 24 + 24) % 24);
  if (night_start_hour == night_end_hour) return false;
  if (night_start_hour < night_end_hour) return hour >= night_start_hour && hour < night_end_hour;
  return hour >= night_start_hour || hour < night_end_hour;
}

TimestampMs RoundsPolicy::interval_ms(const std::string& room, TimestampMs t) const {
  const auto& s = schedule(room);
  return (is_night(t) ? s.night_interval_min : s.day_interval_min) * kMinute;
}

void RoundsTracker::track(const std::string& room, TimestampMs now) {
  if (rooms_.count(room)) return;
  Room& r = rooms_[room];
  r.tracked_since = now;
  r.due = now + policy_.interval_ms(room, now);
}

void RoundsTracker::check_in(const std::string& room, const std::string& staff, TimestampMs t) {
  auto [it, fresh] = rooms_.try_emplace(room);
  Room& r = it->second;
  if (fresh) r.tracked_since = t;
  r.visits.push_back(t);
  std::erase_if(r.visits, [t](TimestampMs v) { return v < t - 7 * 24 * 60 * kMinute; });
  r.last_visit = t;
  r.staff = staff;
  r.due = t + policy_.interval_ms(room, t);
  r.overdue_reported = false;
}

RoundState RoundsTracker::state_of(const Room& r, TimestampMs now) const {
  if (now > r.due + policy_.grace_min * kMinute) return RoundState::kOverdue;
  if (now >= r.due - kDueSoon) return RoundState::kDue;
  return RoundState::kOk;
}

std::vector<std::string> RoundsTracker::newly_overdue(TimestampMs now) {
  std::vector<std::string> out;
  for (auto& [room, r] : rooms_) {
    if (r.overdue_reported || state_of(r, now) != RoundState::kOverdue) continue;
    r.overdue_reported = true;
    out.push_back(room);
  }
  return out;
}

std::optional<RoomRound> RoundsTracker::status(const std::string& room, TimestampMs now) const {
  auto it = rooms_.find(room);
  if (it == rooms_.end()) return std::nullopt;
  return RoomRound{room,           it->second.last_visit,     it->second.staff,
                   it->second.due, state_of(it->second, now), it->second.tracked_since};
}

std::vector<RoomRound> RoundsTracker::status(TimestampMs now) const {
  std::vector<RoomRound> out;
  for (const auto& [room, r] : rooms_)
    out.push_back({room, r.last_visit, r.staff, r.due, state_of(r, now), r.tracked_since});
  return out;
}

RoundsCompliance RoundsTracker::compliance(TimestampMs from, TimestampMs now) const {
  RoundsCompliance total;
  for (const auto& [room, r] : rooms_)
    total += replay(policy_, room, r.visits, std::max(from, r.tracked_since), now);
  return total;
}

RoundsCompliance RoundsTracker::replay(const RoundsPolicy& policy, const std::string& room,
                                       const std::vector<TimestampMs>& visits, TimestampMs from,
                                       TimestampMs to) {
  RoundsCompliance c;
  const TimestampMs grace = policy.grace_min * kMinute;
  TimestampMs due = from + policy.interval_ms(room, from);
  for (TimestampMs v : visits) {
    if (v < from || v >= to) continue;
    // Intervals that ran out entirely before this visit were missed rounds.
    while (v > due + grace) {
      ++c.missed;
      due += policy.interval_ms(room, due);
    }
    ++c.on_time;
    due = v + policy.interval_ms(room, v);
  }
  while (to > due + grace) {
    ++c.missed;
    due += policy.interval_ms(room, due);
  }
  return c;
}

}  // namespace anju::engine
