#include "console/sample_facility.h"

#include <ctime>

#include "engine/alarm_policy.h"
#include "protocol/codec.h"

namespace anju::console {

using namespace protocol;

std::vector<std::pair<QString, QByteArray>> sample_facility_messages(TimestampMs now, int alarms) {
  std::vector<std::pair<QString, QByteArray>> out;
  auto add = [&](TopicKind kind, const std::string& leaf, const std::string& payload) {
    out.emplace_back(QString::fromStdString(topic("demo", kind, leaf)),
                     QByteArray::fromStdString(payload));
  };
  struct Sample {
    const char* type;
    Priority priority;
    AlarmStatus status;
    const char* room;
    int age_s;
    int escalation;
    const char* by;
    const char* detail;
    const char* note;
  };
  const engine::AlarmPolicy policy = engine::AlarmPolicy::defaults();
  const std::vector<Sample> samples = {
      {"fall", Priority::kHigh, AlarmStatus::kRaised, "112", 48, 0, "", "", ""},
      {"emergency", Priority::kHigh, AlarmStatus::kAcknowledged, "105", 95, 0, "n02", "", ""},
      {"call", Priority::kMedium, AlarmStatus::kRaised, "103", 212, 1, "", "", ""},
      {"bed_exit", Priority::kMedium, AlarmStatus::kRaised, "108", 31, 0, "", "", ""},
      {"call", Priority::kMedium, AlarmStatus::kPresent, "101", 301, 0, "n01", "",
       "resident reports OK"},
      {"node_offline", Priority::kMedium, AlarmStatus::kRaised, "110", 620, 2, "", "", ""},
      {"service_request", Priority::kLow, AlarmStatus::kRaised, "107", 75, 0, "", "water", ""},
  };
  for (int i = 0; i < alarms; ++i) {
    const Sample& s = samples[static_cast<std::size_t>(i) % samples.size()];
    AlarmState a;
    a.id = "engine-sample-" + std::to_string(i);
    a.alarm = "al-sample-" + std::to_string(i);
    a.ts = now;
    a.type = s.type;
    a.priority = s.priority;
    a.status = s.status;
    a.room = i < static_cast<int>(samples.size()) ? s.room : std::to_string(101 + i % 24);
    a.node = a.type == "node_offline" ? "kiosk-110" : "kiosk-" + a.room;
    a.raised_ts = now - s.age_s * 1000LL - i;
    if (s.status != AlarmStatus::kRaised) a.acknowledged_ts = a.raised_ts + 40'000;
    if (s.status == AlarmStatus::kPresent) a.present_ts = a.raised_ts + 90'000;
    a.escalation = s.escalation;
    if (i == 2) {  // the waiting call in 103: its nurse did not answer, the next one has read it
      a.paged = {{"n01", "timed_out", a.raised_ts + 60'000}, {"n02", "read", now - 12'000}};
      a.paging = "floor";
      a.paging_deadline_ts = a.raised_ts + 120'000;
    }
    a.by = s.by;
    a.detail = s.detail;
    a.note = s.note;
    if (a.type == "fall") {  // seen by a camera: the alarm carries its clip
      a.node = "vision-1";
      a.device = "cam-" + a.room;
      a.clip = "vision-1/2026-11-23/cam-" + a.room + "-031502-fall";
    }
    a.actions = engine::console_actions(policy, a);  // as the engine publishes it
    add(TopicKind::kAlarm, a.alarm, encode(a));
  }
  for (int r = 0; r < 24; ++r) {
    RoomSummary room;
    room.id = "engine-room-" + std::to_string(r);
    room.ts = now;
    room.room = std::to_string(101 + r);
    for (int i = 0; i < std::min<int>(alarms, static_cast<int>(samples.size())); ++i) {
      const Sample& s = samples[static_cast<std::size_t>(i)];
      if (room.room != s.room) continue;
      ++room.active;
      if (!room.top || static_cast<int>(s.priority) < static_cast<int>(*room.top))
        room.top = s.priority;
      room.call = s.status == AlarmStatus::kPresent        ? CallState::kPresent
                  : s.status == AlarmStatus::kAcknowledged ? CallState::kAcknowledged
                                                           : CallState::kPlaced;
      if (s.status == AlarmStatus::kPresent) room.staff = s.by;
    }
    // Rounds every 2 h, visits spread over the last two hours; two rooms are late.
    const int late_min = r == 3 ? 12 : r == 8 ? 25 : 0;
    const TimestampMs last = now - (late_min > 0 ? 120 + late_min : 10 + (r * 37) % 115) * 60'000LL;
    room.round_last_ts = last;
    room.round_due_ts = last + 120 * 60'000LL;
    room.round_last_staff = r % 2 ? "n01" : "n02";
    // The charge nurse gave the rooms out at the start of the shift; the last six are not given.
    if (r < 18) room.assigned = r < 6 ? "n01" : r < 12 ? "n02" : "n04";
    const TimestampMs left = room.round_due_ts - now;
    room.round = late_min > 10           ? RoundState::kOverdue
                 : left <= 10 * 60'000LL ? RoundState::kDue
                                         : RoundState::kOk;
    add(TopicKind::kRoom, room.room, encode(room));
  }
  // The shift report so far: an evening shift started at 15:00 local.
  ShiftReport report;
  report.id = "engine-report-1";
  report.ts = now;
  report.report = "current";
  report.shift = "evening";
  report.to_ts = now;
  report.from_ts = now - 5 * 3'600'000LL;
  report.by_type = {
      {"bathroom_call", {4, 4, 0, 62, 118}},  {"bed_exit", {6, 6, 1, 95, 240}},
      {"call", {21, 20, 2, 104, 286}},        {"fall", {1, 1, 0, 48, 48}},
      {"round_overdue", {3, 3, 0, 420, 610}}, {"service_request", {9, 9, 0, 180, 395}}};
  for (const auto& [type, f] : report.by_type) {
    report.all.alarms += f.alarms;
    report.all.answered += f.answered;
    report.all.escalated += f.escalated;
  }
  report.all.p50_s = 112;
  report.all.p90_s = 318;
  report.alarms_per_hour = report.all.alarms / 5.0;
  report.rounds_on_time = 57;
  report.rounds_missed = 3;
  report.rounds_missed_by_room = {{"104", {2, 1}}, {"109", {1, 2}}};
  report.falls = 1;
  add(TopicKind::kReport, "current", encode(report));
  auto node = [&](const std::string& id, NodeKind kind, const std::string& room,
                  PresenceState state) {
    Presence p;
    p.id = "p-" + id;
    p.ts = now - 3'600'000;
    p.node = id;
    p.kind = kind;
    p.state = state;
    p.room = room;
    p.version = "0.1.0";
    p.heartbeat_s = 10;
    add(TopicKind::kPresence, id, encode(p));
  };
  node("engine", NodeKind::kEngine, "", PresenceState::kOnline);
  node("gw-1", NodeKind::kGateway, "", PresenceState::kOnline);
  node("vision-1", NodeKind::kVision, "", PresenceState::kOnline);
  for (int r = 101; r <= 112; ++r)
    node("kiosk-" + std::to_string(r), NodeKind::kKiosk, std::to_string(r),
         r == 110 ? PresenceState::kOffline : PresenceState::kOnline);
  Heartbeat h;
  h.id = "hb-vision-1";
  h.ts = now;
  h.node = "vision-1";
  h.seq = 42;
  h.uptime_s = 3600;
  h.stats = {{"cameras", 4}, {"fps", 15.0}, {"dropped", 0}, {"cpu_pct", 61.5}};
  add(TopicKind::kHeartbeat, "vision-1", encode(h));
  // Incidents with clips for the review page: the fall on the board (not reviewed yet) and a few
  // older ones, two of them reviewed.
  auto clip_of = [](TimestampMs ts, const std::string& camera, const std::string& event) {
    const std::time_t t = static_cast<std::time_t>(ts / 1000);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char day[16], hms[8];
    std::strftime(day, sizeof day, "%Y-%m-%d", &tm);
    std::strftime(hms, sizeof hms, "%H%M%S", &tm);
    return "vision-1/" + std::string(day) + "/" + camera + "-" + hms + "-" + event;
  };
  struct SampleIncident {
    const char* alarm;
    const char* type;
    const char* room;
    TimestampMs age_ms;
    int ack_s, present_s, closed_s;
    const char* by;
    const char* outcome;
    const char* notes;
    const char* root_cause;
  };
  const std::vector<SampleIncident> incidents = {
      {"al-sample-0", "fall", "112", 48'000, 0, 0, 0, "", "", "", ""},
      {"al-sample-f2", "fall", "108", 26 * 3'600'000LL, 35, 110, 900, "n01", "", "", ""},
      {"al-sample-f3", "fall", "105", 3 * 86'400'000LL + 7'200'000, 22, 74, 1'260, "n02",
       "self_lowering",
       "Resident lowered herself to the floor beside the bed while reaching for slippers; no "
       "injury found.",
       "Slippers out of reach; bed height too low after cleaning."},
      {"al-sample-f4", "fall", "103", 9 * 86'400'000LL + 3'600'000, 41, 150, 600, "n01",
       "false_alarm", "Visitor kneeling to tie shoes.", "Visitor in the detection zone."},
  };
  for (const auto& s : incidents) {
    Incident i;
    i.id = std::string("engine-inc-") + s.alarm;
    i.incident = i.alarm = s.alarm;
    i.room = s.room;
    i.type = s.type;
    i.camera = std::string("cam-") + s.room;
    i.node = "vision-1";
    i.raised_ts = now - s.age_ms;
    i.ts = now;
    i.clip = clip_of(i.raised_ts - 10'000, i.camera, s.type);
    i.clip_start_ts = i.raised_ts - 10'000;
    i.clip_end_ts = i.raised_ts + 20'000;
    i.priority = Priority::kHigh;
    if (s.ack_s) i.acknowledged_ts = i.raised_ts + s.ack_s * 1000LL;
    if (s.present_s) i.present_ts = i.raised_ts + s.present_s * 1000LL;
    if (s.closed_s) i.closed_ts = i.raised_ts + s.closed_s * 1000LL;
    i.by = s.by;
    i.outcome = s.outcome;
    i.notes = s.notes;
    i.root_cause = s.root_cause;
    if (!i.outcome.empty()) {
      i.reviewed_by = "m01";
      i.reviewed_ts = i.raised_ts + 86'400'000LL;
    }
    add(TopicKind::kIncident, i.incident, encode(i));
  }
  return out;
}

std::vector<auth::User> sample_staff() {
  return {{"n01", "Zhang Wei", auth::Role::kNurse},
          {"n02", "Chen Jing", auth::Role::kNurse},
          {"n03", "Li Na", auth::Role::kChargeNurse},
          {"n04", "Zhao Min", auth::Role::kNurse},
          {"m01", "Wang Fang", auth::Role::kManager}};
}

}  // namespace anju::console
