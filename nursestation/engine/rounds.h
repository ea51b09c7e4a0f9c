#pragma once
// Rounds: every resident is visited on a schedule (GB 38600-2019 asks that day and night rounds are
// recorded), e.g. hourly at night for a high fall risk, every two hours otherwise. A visit is a
// staff check-in at the bedside (staff_present). A room whose visit is late raises a low-priority
// "round overdue" alarm; the next visit ends it. Pure logic with times passed in.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/clock.h"
#include "common/result.h"
#include "protocol/messages.h"

namespace anju::engine {

struct RoundSchedule {
  int day_interval_min = 120;
  int night_interval_min = 120;
};

struct RoundsPolicy {
  RoundSchedule default_schedule;
  std::map<std::string, RoundSchedule> rooms;  // rooms with their own schedule
  int night_start_hour = 22;                   // local time, [start, end) wraps midnight
  int night_end_hour = 6;
  int grace_min = 10;        // late by more than this = overdue
  int utc_offset_min = 480;  // facility local time (China: UTC+8)

  // {"default": {"day_interval_min": 120, "night_interval_min": 60}, "rooms": {"101": {...}},
  //  "night": {"start_hour": 22, "end_hour": 6}, "grace_min": 10, "utc_offset_min": 480}
  static Result<RoundsPolicy> from_json(std::string_view json);
  const RoundSchedule& schedule(const std::string& room) const;
  bool is_night(TimestampMs t) const;
  // Interval that applies to a visit made at `t`.
  TimestampMs interval_ms(const std::string& room, TimestampMs t) const;
};

using protocol::RoundState;  // ok | due (within the last minutes) | overdue (beyond grace)

struct RoomRound {
  std::string room;
  TimestampMs last_visit = 0;  // 0 = none since tracking started
  std::string last_staff;
  TimestampMs due = 0;
  RoundState state = RoundState::kOk;
  TimestampMs tracked_since = 0;  // rounds before this are not counted
};

// Each round interval is either covered by a visit in time (due + grace) or missed.
struct RoundsCompliance {
  int on_time = 0;
  int missed = 0;
  double ratio() const {
    return on_time + missed == 0 ? 1.0 : double(on_time) / (on_time + missed);
  }
  RoundsCompliance& operator+=(const RoundsCompliance& o) {
    on_time += o.on_time;
    missed += o.missed;
    return *this;
  }
};

class RoundsTracker {
 public:
  explicit RoundsTracker(RoundsPolicy policy) : policy_(std::move(policy)) {}

  // Starts tracking a room: its first round is due one interval after `now`.
  void track(const std::string& room, TimestampMs now);
  void check_in(const std::string& room, const std::string& staff, TimestampMs t);
  // Rooms that became overdue since the last call (each once per late round).
  std::vector<std::string> newly_overdue(TimestampMs now);
  std::vector<RoomRound> status(TimestampMs now) const;
  std::optional<RoomRound> status(const std::string& room, TimestampMs now) const;
  // Compliance of all tracked rooms over [from, now) from the visits seen since tracking started.
  RoundsCompliance compliance(TimestampMs from, TimestampMs now) const;
  // Compliance of one room from its visit times over [from, to): what a report recomputes from
  // the journal.
  static RoundsCompliance replay(const RoundsPolicy& policy, const std::string& room,
                                 const std::vector<TimestampMs>& visits, TimestampMs from,
                                 TimestampMs to);
  const RoundsPolicy& policy() const { return policy_; }

 private:
  struct Room {
    TimestampMs tracked_since = 0;
    TimestampMs last_visit = 0;
    TimestampMs due = 0;
    std::string staff;
    bool overdue_reported = false;
    std::vector<TimestampMs> visits;  // the last week
  };
  RoundState state_of(const Room& r, TimestampMs now) const;

  RoundsPolicy policy_;
  std::map<std::string, Room> rooms_;
};

}  // namespace anju::engine
