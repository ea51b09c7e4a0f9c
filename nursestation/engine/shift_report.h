#pragma once
// The shift report a charge nurse hands over and a manager reviews: how fast calls were answered
// (raised -> staff present, p50/p90 by alarm type), how many alarms per hour, how many escalated,
// and rounds compliance. Computed from the journal, so it is the same on every console.
#include <map>
#include <string>
#include <vector>

#include "common/clock.h"
#include "common/result.h"
#include "engine/rounds.h"
#include "protocol/messages.h"

namespace anju::engine {

struct ResponseStats {
  int alarms = 0;
  int answered = 0;   // reached "present" (someone came)
  int escalated = 0;  // reached escalation level 1 or 2
  double p50_s = 0;   // raised -> present, of the answered ones
  double p90_s = 0;
};

struct ShiftReport {
  TimestampMs from = 0, to = 0;
  int alarms = 0;
  double alarms_per_hour = 0;
  std::map<std::string, ResponseStats> by_type;
  ResponseStats all;
  RoundsCompliance rounds;
  std::map<std::string, RoundsCompliance> rounds_by_room;  // compliance per room (resident)
};

ShiftReport make_shift_report(const std::vector<protocol::AlarmState>& alarms, TimestampMs from,
                              TimestampMs to, RoundsCompliance rounds = {});

// Shifts of the day, by local start hour: the report a console shows covers the current shift.
struct ShiftPattern {
  std::vector<std::pair<int, std::string>> starts{{7, "day"}, {15, "evening"}, {23, "night"}};
  int utc_offset_min = 480;  // facility local time (China: UTC+8)
};
struct ShiftWindow {
  std::string name;
  TimestampMs from = 0, to = 0;
  bool operator==(const ShiftWindow&) const = default;
};
// The shift that contains `t`.
ShiftWindow shift_at(const ShiftPattern& pattern, TimestampMs t);

class Journal;
// The report of [from, to) from the journal: alarms raised in it and rounds made in it. `rooms`
// are the rooms on a round schedule with the time tracking began: a room nobody visited still
// counts its missed rounds, from then on.
Result<ShiftReport> report_from_journal(Journal& journal, const RoundsPolicy& rounds,
                                        TimestampMs from, TimestampMs to,
                                        const std::map<std::string, TimestampMs>& rooms = {});
// As published on anju/v1/<site>/report/<report>.
protocol::ShiftReport to_message(const ShiftReport& report, const std::string& which,
                                 const std::string& shift);

// A plain-text table for the terminal and for logs.
std::string format_shift_report(const ShiftReport& report);

// p-th percentile (0..100) with linear interpolation; 0 for no values.
double percentile(std::vector<double> values, double p);

}  // namespace anju::engine
