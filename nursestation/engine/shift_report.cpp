#include "engine/shift_report.h"

#include <algorithm>
#include <cstdio>

#include "engine/journal.h"

namespace anju::engine {

double percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  const double rank = p / 100.0 * static_cast<double>(values.size() - 1);
  const auto lo = static_cast<std::size_t>(rank);
  const auto hi = std::min(lo + 1, values.size() - 1);
  return values[lo] + (values[hi] - values[lo]) * (rank - static_cast<double>(lo));
}

namespace {

void finish(ResponseStats& s, std::vector<double>& waits) {
  s.answered = static_cast<int>(waits.size());
  s.p50_s = percentile(waits, 50);
  s.p90_s = percentile(waits, 90);
}

}  // namespace

ShiftReport make_shift_report(const std::vector<protocol::AlarmState>& alarms, TimestampMs from,
                              TimestampMs to, RoundsCompliance rounds) {
  ShiftReport r;
  r.from = from;
  r.to = to;
  r.rounds = rounds;
  std::map<std::string, std::vector<double>> waits;
  std::vector<double> all_waits;
  for (const auto& a : alarms) {
    if (a.raised_ts < from || a.raised_ts >= to) continue;
    ++r.alarms;
    auto& s = r.by_type[a.type];
    ++s.alarms;
    ++r.all.alarms;
    if (a.escalation > 0) {
      ++s.escalated;
      ++r.all.escalated;
    }
    if (a.present_ts > 0) {
      const double wait = static_cast<double>(a.present_ts - a.raised_ts) / 1000.0;
      waits[a.type].push_back(wait);
      all_waits.push_back(wait);
    }
  }
  for (auto& [type, s] : r.by_type) finish(s, waits[type]);
  finish(r.all, all_waits);
  const double hours = static_cast<double>(to - from) / 3'600'000.0;
  r.alarms_per_hour = hours > 0 ? r.alarms / hours : 0;
  return r;
}

ShiftWindow shift_at(const ShiftPattern& pattern, TimestampMs t) {
  constexpr TimestampMs kHour = 3'600'000, kDay = 24 * kHour;
  const TimestampMs offset = pattern.utc_offset_min * 60'000LL;
  const TimestampMs local = t + offset;
  const TimestampMs midnight = local - ((local % kDay) + kDay) % kDay;  // local midnight
  auto starts = pattern.starts;
  std::sort(starts.begin(), starts.end());
  if (starts.empty()) return {"day", midnight - offset, midnight + kDay - offset};
  // Candidates: each start yesterday, today and tomorrow; the latest one not after `local`.
  ShiftWindow w;
  TimestampMs best = local - 2 * kDay;
  for (int day = -1; day <= 1; ++day) {
    for (std::size_t i = 0; i < starts.size(); ++i) {
      const TimestampMs s = midnight + day * kDay + starts[i].first * kHour;
      if (s > local || s < best) continue;
      best = s;
      const bool last = i + 1 == starts.size();
      const TimestampMs next = last ? midnight + (day + 1) * kDay + starts[0].first * kHour
                                    : midnight + day * kDay + starts[i + 1].first * kHour;
      w = {starts[i].second, s - offset, next - offset};
    }
  }
  return w;
}

Result<ShiftReport> report_from_journal(Journal& journal, const RoundsPolicy& policy,
                                        TimestampMs from, TimestampMs to,
                                        const std::map<std::string, TimestampMs>& rooms) {
  auto alarms = journal.alarms_raised_between(from, to);
  if (!alarms) return alarms.error();
  auto visits = journal.visits_between(from, to);
  if (!visits) return visits.error();
  auto& by_room = visits.value();
  for (const auto& [room, since] : rooms) by_room.try_emplace(room);  // no visit: all missed
  std::map<std::string, RoundsCompliance> per_room;
  RoundsCompliance rounds;
  for (const auto& [room, times] : by_room) {
    const auto since = rooms.find(room);
    const TimestampMs start = since == rooms.end() ? from : std::max(from, since->second);
    per_room[room] = RoundsTracker::replay(policy, room, times, start, to);
    rounds += per_room[room];
  }
  auto report = make_shift_report(alarms.value(), from, to, rounds);
  report.rounds_by_room = std::move(per_room);
  return report;
}

protocol::ShiftReport to_message(const ShiftReport& r, const std::string& which,
                                 const std::string& shift) {
  auto figures = [](const ResponseStats& s) {
    return protocol::ResponseFigures{s.alarms, s.answered, s.escalated, s.p50_s, s.p90_s};
  };
  protocol::ShiftReport m;
  m.report = which;
  m.shift = shift;
  m.from_ts = r.from;
  m.to_ts = r.to;
  m.alarms_per_hour = r.alarms_per_hour;
  m.all = figures(r.all);
  for (const auto& [type, s] : r.by_type) m.by_type.emplace_back(type, figures(s));
  m.rounds_on_time = r.rounds.on_time;
  m.rounds_missed = r.rounds.missed;
  for (const auto& [room, c] : r.rounds_by_room) {
    if (c.missed > 0) m.rounds_missed_by_room.push_back({room, {c.on_time, c.missed}});
  }
  if (auto f = r.by_type.find("fall"); f != r.by_type.end()) m.falls = f->second.alarms;
  return m;
}

std::string format_shift_report(const ShiftReport& r) {
  std::string out;
  char line[160];
  std::snprintf(line, sizeof line, "%-16s %7s %9s %10s %9s %9s\n", "type", "alarms", "answered",
                "escalated", "p50 (s)", "p90 (s)");
  out += line;
  auto row = [&](const std::string& name, const ResponseStats& s) {
    std::snprintf(line, sizeof line, "%-16s %7d %9d %10d %9.0f %9.0f\n", name.c_str(), s.alarms,
                  s.answered, s.escalated, s.p50_s, s.p90_s);
    out += line;
  };
  for (const auto& [type, s] : r.by_type) row(type, s);
  row("all", r.all);
  std::snprintf(line, sizeof line,
                "alarms per hour: %.1f\nrounds: %d on time, %d missed (%.0f%% compliance)\n",
                r.alarms_per_hour, r.rounds.on_time, r.rounds.missed, 100.0 * r.rounds.ratio());
  out += line;
  return out;
}

}  // namespace anju::engine
