#include "engine/alarm_engine.h"

#include <algorithm>
#include <array>
#include <functional>
#include <utility>

namespace anju::engine {

using protocol::AlarmState;
using protocol::AlarmStatus;
using protocol::CommandType;
using protocol::Event;
using protocol::EventType;
using protocol::Priority;

namespace {

constexpr TimestampMs kDay = 24LL * 3600 * 1000;

// Alarms about equipment, not residents: a bedside cancel or a nurse's presence does not end them.
bool is_system_type(const std::string& type) {
  return type == "node_offline" || type == "camera_offline" || type == "low_battery" ||
         type == "round_overdue";
}

int rank(Priority p) {
  switch (p) {
    case Priority::kHigh:
      return 0;
    case Priority::kMedium:
      return 1;
    case Priority::kLow:
      return 2;
  }
  return 3;
}

// Event types that raise an alarm of the same name.
bool raises_alarm(EventType t) {
  switch (t) {
    case EventType::kCall:
    case EventType::kBathroomCall:
    case EventType::kEmergency:
    case EventType::kStaffEmergency:
    case EventType::kServiceRequest:
    case EventType::kFall:
    case EventType::kWander:
    case EventType::kBedExit:
    case EventType::kLowBattery:
    case EventType::kCameraOffline:
      return true;
    default:
      return false;
  }
}

}  // namespace

void EngineOutput::append(EngineOutput&& other) {
  auto move_all = [](auto& to, auto& from) {
    to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
  };
  move_all(alarms, other.alarms);
  move_all(rooms, other.rooms);
  move_all(commands, other.commands);
  move_all(cleared_alarms, other.cleared_alarms);
  move_all(incidents, other.incidents);
  move_all(notes, other.notes);
  duplicate = duplicate || other.duplicate;
}

AlarmEngine::AlarmEngine(AlarmPolicy policy, const Clock& clock, EngineSettings settings,
                         RoundsPolicy rounds)
    : policy_(std::move(policy)),
      clock_(clock),
      settings_(settings),
      rounds_(std::move(rounds)),
      started_(clock.now_ms()) {}

void AlarmEngine::touch_room(const std::string& room) {
  dirty_rooms_.insert(room);
  rounds_.track(room, now());
}

void AlarmEngine::track_rooms(const std::vector<std::string>& rooms) {
  for (const auto& room : rooms) {
    known_rooms_.insert(room);
    rounds_.track(room, now());
  }
}

bool AlarmEngine::remember(const std::string& event_id) {
  if (!seen_ids_.insert(event_id).second) return false;
  seen_order_.push_back(event_id);
  while (seen_order_.size() > settings_.dedup_window) {
    seen_ids_.erase(seen_order_.front());
    seen_order_.pop_front();
  }
  return true;
}

std::string AlarmEngine::dedup_key(const std::string& type, const std::string& room,
                                   const std::string& bed, const std::string& node,
                                   const std::string& device, const std::string& detail) const {
  // One alarm per kind of need per place: a second press of the same call is the same alarm;
  // water and pain are different requests; two cameras offline are two alarms.
  std::string key = type + '|' + room + '|' + bed;
  if (type == "service_request" || type == "wander") key += '|' + detail;
  if (type == "node_offline") key += '|' + node;
  if (type == "camera_offline" || type == "low_battery") key += '|' + node + '/' + device;
  return key;
}

void AlarmEngine::raise(const std::string& type, const Event* source, const std::string& room,
                        const std::string& node, const std::string& device,
                        const std::string& detail, EngineOutput& out) {
  const AlarmRule* rule = policy_.rule(type);
  if (!rule) return;
  const std::string bed = source ? source->bed : "";
  const std::string key = dedup_key(type, room, bed, node, device, detail);
  if (auto it = active_by_key_.find(key); it != active_by_key_.end()) {
    // Pressed again: not a second alarm. Tell the source where its call stands.
    const AlarmState& existing = active_.at(it->second);
    out.notes.push_back("repeat of active alarm " + existing.alarm);
    if (existing.status == AlarmStatus::kAcknowledged)
      notify_source(existing, CommandType::kAcknowledged, out);
    if (existing.status == AlarmStatus::kPresent)
      notify_source(existing, CommandType::kPresent, out);
    return;
  }
  const TimestampMs t = now();
  AlarmState a;
  a.id = message_ids_.next();
  a.ts = t;
  a.alarm = alarm_ids_.next();
  a.type = type;
  a.priority = rule->priority;
  a.status = AlarmStatus::kRaised;
  a.room = room;
  a.bed = bed;
  a.node = node;
  a.device = device;
  a.detail = detail;
  if (source) {
    a.source_event = source->id;
    a.clip = source->clip;
    // The press time counts for response time if the event was delayed (outbox after an outage);
    // a source clock far off is not trusted.
    a.raised_ts = (source->ts <= t && source->ts > t - kDay) ? source->ts : t;
  } else {
    a.raised_ts = t;
  }
  active_by_key_[key] = a.alarm;
  key_of_[a.alarm] = key;
  if (!room.empty()) {
    known_rooms_.insert(room);
    touch_room(room);
  }
  page(a);
  publish(a, out);
  active_.emplace(a.alarm, std::move(a));
}

// Residents' alarms page the room's nurse once rooms are assigned; device faults do not.
void AlarmEngine::page(AlarmState& a) {
  if (assigned_.empty() || a.room.empty() || is_system_type(a.type)) return;
  const auto assigned = assigned_.find(a.room);
  const AlarmRule* rule = policy_.rule(a.type);
  const TimestampMs within = rule ? rule->page_accept_s * 1000LL : 0;  // 0: by priority
  show_route(router_.open(a.alarm, a.room, a.priority,
                          assigned == assigned_.end() ? "" : assigned->second, within),
             a);
}

void AlarmEngine::show_moved(const std::vector<AlertRoute>& routes, EngineOutput& out) {
  for (const auto& route : routes) {
    auto it = active_.find(route.alarm);
    if (it == active_.end()) continue;
    show_route(route, it->second);
    it->second.ts = now();
    it->second.id = message_ids_.next();
    publish(it->second, out);
  }
}

void AlarmEngine::show_route(const AlertRoute& route, AlarmState& a) {
  a.paged.clear();
  for (const auto& r : route.recipients) {
    auto it = std::find_if(a.paged.begin(), a.paged.end(),
                           [&](const protocol::Page& p) { return p.staff == r.staff; });
    protocol::Page page{r.staff, std::string(to_string(r.state)), r.changed_ts};
    if (it == a.paged.end())
      a.paged.push_back(std::move(page));
    else
      *it = std::move(page);  // paged again (everyone): the latest
  }
  constexpr std::array<const char*, 4> kSteps{"assigned", "floor", "charge", "everyone"};
  a.paging = kSteps[static_cast<std::size_t>(route.step)];
  a.paging_deadline_ts = route.deadline;
}

void AlarmEngine::update_staffing() {
  Staffing staffing;
  for (const auto& [room, nurse] : assigned_)
    if (std::find(staffing.nurses.begin(), staffing.nurses.end(), nurse) == staffing.nurses.end())
      staffing.nurses.push_back(nurse);
  staffing.charge_nurse = charge_nurse_;
  router_.set_staffing(std::move(staffing));
}

// A nurse's phone answers a page; accepting is taking the alarm: it is acknowledged by her.
void AlarmEngine::on_alert_status(const Event& e, EngineOutput& out) {
  auto it = active_.find(e.alarm);
  if (it == active_.end()) {
    out.notes.push_back("alert_status from " + e.staff + ": alarm " + e.alarm + " is not active");
    return;
  }
  const AlertState state = e.detail == "accepted"   ? AlertState::kAccepted
                           : e.detail == "declined" ? AlertState::kDeclined
                           : e.detail == "read"     ? AlertState::kRead
                                                    : AlertState::kDelivered;
  const auto route = router_.on_answer(e.alarm, e.staff, state);
  if (!route) {
    out.notes.push_back("alert_status from " + e.staff + ": not paged for alarm " + e.alarm);
    return;
  }
  AlarmState& a = it->second;
  show_route(*route, a);
  if (state == AlertState::kAccepted && a.status == AlarmStatus::kRaised) {
    transition(a, AlarmStatus::kAcknowledged, e.staff, out);  // closes the route
    return;
  }
  a.ts = now();
  a.id = message_ids_.next();
  publish(a, out);
}

protocol::AlarmActions AlarmEngine::actions_for(const AlarmState& a) const {
  return console_actions(policy_, a);
}

void AlarmEngine::publish(AlarmState& a, EngineOutput& out) const {
  a.actions = actions_for(a);
  out.alarms.push_back(a);
}

void AlarmEngine::notify_source(const AlarmState& alarm, CommandType cmd, EngineOutput& out) {
  if (alarm.node.empty() || alarm.node == "engine") return;
  protocol::Command c;
  c.id = message_ids_.next();
  c.ts = now();
  c.node = alarm.node;
  c.cmd = cmd;
  c.alarm = alarm.alarm;
  c.staff = alarm.by;
  out.commands.push_back(std::move(c));
}

void AlarmEngine::transition(AlarmState& a, AlarmStatus status, const std::string& by,
                             EngineOutput& out) {
  const TimestampMs t = now();
  a.status = status;
  a.ts = t;
  a.id = message_ids_.next();
  if (!by.empty()) a.by = by;
  switch (status) {
    case AlarmStatus::kAcknowledged:
      a.acknowledged_ts = t;
      break;
    case AlarmStatus::kPresent:
      if (a.acknowledged_ts == 0) a.acknowledged_ts = t;  // presence implies someone came
      a.present_ts = t;
      break;
    case AlarmStatus::kResolved:
    case AlarmStatus::kCancelled:
      a.closed_ts = t;
      break;
    case AlarmStatus::kRaised:
      break;
  }
  if (!a.room.empty()) touch_room(a.room);
  if (status != AlarmStatus::kRaised && router_.find(a.alarm)) {
    router_.close(a.alarm);  // someone has it: nobody else is paged
    a.paging_deadline_ts = 0;
  }
  publish(a, out);
  if (status == AlarmStatus::kAcknowledged) notify_source(a, CommandType::kAcknowledged, out);
  if (status == AlarmStatus::kPresent) notify_source(a, CommandType::kPresent, out);
  if (!is_active(status)) {
    notify_source(a, CommandType::kCleared, out);
    closed_.emplace_back(t, a.alarm);
    if (auto k = key_of_.find(a.alarm); k != key_of_.end()) {
      active_by_key_.erase(k->second);
      key_of_.erase(k);
    }
    active_.erase(a.alarm);  // a is dangling from here on
  }
}

void AlarmEngine::close_where(EngineOutput& out, AlarmStatus status, const std::string& by,
                              const std::function<bool(const AlarmState&)>& match) {
  std::vector<std::string> ids;
  for (const auto& [id, a] : active_)
    if (match(a)) ids.push_back(id);
  for (const auto& id : ids) transition(active_.at(id), status, by, out);
}

void AlarmEngine::on_cancel(const Event& e, EngineOutput& out) {
  room_cancelled_at_[e.room] = std::max(room_cancelled_at_[e.room], e.ts);
  const std::size_t before = out.alarms.size();
  close_where(out, AlarmStatus::kCancelled, e.staff, [&](const AlarmState& a) {
    if (a.room != e.room || is_system_type(a.type)) return false;
    const AlarmRule* rule = policy_.rule(a.type);
    if (rule && rule->close == CloseRule::kAtSource) {
      // Bathroom and emergency calls end only where they were raised (UL 2560).
      const bool same_node = a.node == e.node;
      const bool same_device = e.device.empty() || a.device == e.device;
      return same_node && same_device;
    }
    return true;
  });
  if (out.alarms.size() == before)
    out.notes.push_back("cancel in room " + e.room + ": nothing to cancel");
}

void AlarmEngine::on_staff_present(const Event& e, EngineOutput& out) {
  room_staff_[e.room] = e.staff;
  known_rooms_.insert(e.room);
  touch_room(e.room);
  // A bedside check-in is the round: it ends an overdue-round alarm in the room.
  rounds_.check_in(e.room, e.staff, std::min(e.ts, now()));
  close_where(out, AlarmStatus::kResolved, e.staff,
              [&](const AlarmState& a) { return a.type == "round_overdue" && a.room == e.room; });
  std::vector<std::string> ids;
  for (const auto& [id, a] : active_)
    if (a.room == e.room && !is_system_type(a.type) &&
        (a.status == AlarmStatus::kRaised || a.status == AlarmStatus::kAcknowledged))
      ids.push_back(id);
  for (const auto& id : ids) transition(active_.at(id), AlarmStatus::kPresent, e.staff, out);
}

void AlarmEngine::on_console_action(const Event& e, EngineOutput& out) {
  auto it = active_.find(e.alarm);
  if (it == active_.end()) {
    out.notes.push_back(std::string(protocol::to_string(e.type)) + " by " + e.staff + ": alarm " +
                        e.alarm + " is not active");
    return;
  }
  AlarmState& a = it->second;
  const protocol::AlarmActions allowed = actions_for(a);  // what the consoles were told
  if (e.type == EventType::kAlarmAck) {
    if (!allowed.acknowledge) {
      out.notes.push_back("alarm " + a.alarm + " already " +
                          std::string(protocol::to_string(a.status)));
      return;
    }
    transition(a, AlarmStatus::kAcknowledged, e.staff, out);
    return;
  }
  if (!allowed.resolve) {
    // Nurse-call practice: calls are cancelled in the room, after someone went there.
    out.notes.push_back("alarm " + a.alarm + " (" + a.type +
                        ") is cancelled at the bedside, not from the console");
    return;
  }
  transition(a, AlarmStatus::kResolved, e.staff, out);
}

EngineOutput AlarmEngine::on_event(const Event& e) {
  EngineOutput out;
  if (!remember(e.id)) {
    out.duplicate = true;
    return out;
  }
  if (auto n = nodes_.find(e.node); n != nodes_.end()) n->second.last_seen = now();
  const std::string type(protocol::to_string(e.type));

  if (raises_alarm(e.type)) {
    const AlarmRule* rule = policy_.rule(type);
    auto cancelled = room_cancelled_at_.find(e.room);
    if (rule && rule->close == CloseRule::kAtBedside && cancelled != room_cancelled_at_.end() &&
        e.ts < cancelled->second) {
      // Arrived after a cancel that was pressed later at the bedside (out of order): stale.
      out.notes.push_back("stale " + type + " from " + e.node + ": room " + e.room +
                          " was cancelled at the bedside after it");
    } else {
      raise(type, &e, e.room, e.node, e.device, e.detail, out);
    }
  } else {
    switch (e.type) {
      case EventType::kCancel:
        on_cancel(e, out);
        break;
      case EventType::kStaffPresent:
        on_staff_present(e, out);
        break;
      case EventType::kStaffLeft:
        if (room_staff_.erase(e.room)) touch_room(e.room);
        break;
      case EventType::kAssign:
        // Kept until reassigned: a charge nurse hands the rooms over at the start of a shift.
        if (e.assignee.empty() ? assigned_.erase(e.room) > 0
                               : std::exchange(assigned_[e.room], e.assignee) != e.assignee)
          touch_room(e.room);
        charge_nurse_ = e.staff;
        update_staffing();
        break;
      case EventType::kAlertStatus:
        on_alert_status(e, out);
        break;
      case EventType::kPhoneStatus:
        // A page waiting on a phone that went away moves on now, not at its deadline.
        show_moved(router_.set_reachable(e.staff, e.detail == "online"), out);
        break;
      case EventType::kAlarmAck:
      case EventType::kAlarmResolve:
        on_console_action(e, out);
        break;
      case EventType::kClipReady:
        if (auto i = incidents_.on_clip_ready(e)) out.incidents.push_back(std::move(*i));
        break;
      case EventType::kIncidentReview: {
        std::string note;
        if (auto i = incidents_.on_review(e, now(), note))
          out.incidents.push_back(std::move(*i));
        else
          out.notes.push_back(note);
        break;
      }
      case EventType::kCameraOnline:
        close_where(out, AlarmStatus::kResolved, "system", [&](const AlarmState& a) {
          return a.type == "camera_offline" && a.node == e.node && a.device == e.device;
        });
        break;
      case EventType::kResidentOk:
      case EventType::kFallCleared: {
        // Reported on the alarm; never a cancel: someone still has to go and look.
        const char* what =
            e.type == EventType::kResidentOk ? "resident reports OK" : "person got up";
        for (auto& [id, a] : active_) {
          if (a.room != e.room || is_system_type(a.type)) continue;
          if (e.type == EventType::kFallCleared && a.type != "fall") continue;
          a.note = what;
          a.ts = now();
          a.id = message_ids_.next();
          publish(a, out);
        }
        break;
      }
      default:
        break;  // door, staff_note: journalled only
    }
  }
  finish(out);
  return out;
}

void AlarmEngine::node_offline(const std::string& node, const std::string& why, EngineOutput& out) {
  auto& info = nodes_[node];
  info.online = false;
  raise("node_offline", nullptr, info.room, node, "", why, out);
}

void AlarmEngine::node_online(const std::string& node, EngineOutput& out) {
  close_where(out, AlarmStatus::kResolved, "system",
              [&](const AlarmState& a) { return a.type == "node_offline" && a.node == node; });
}

EngineOutput AlarmEngine::on_presence(const protocol::Presence& p) {
  EngineOutput out;
  auto& info = nodes_[p.node];
  info.kind = p.kind;
  info.room = p.room;
  info.heartbeat_s = p.heartbeat_s;
  info.last_seen = now();
  if (p.state == protocol::PresenceState::kOnline) {
    info.online = true;
    node_online(p.node, out);
  } else {
    node_offline(p.node, "went offline", out);
  }
  finish(out);
  return out;
}

EngineOutput AlarmEngine::on_heartbeat(const protocol::Heartbeat& h) {
  EngineOutput out;
  auto& info = nodes_[h.node];
  info.last_seen = now();
  if (!info.online) {
    info.online = true;
    node_online(h.node, out);
  }
  finish(out);
  return out;
}

EngineOutput AlarmEngine::tick() {
  EngineOutput out;
  const TimestampMs t = now();
  // Escalation: unacknowledged too long goes to the charge nurse, then to everyone.
  for (auto& [id, a] : active_) {
    if (a.status != AlarmStatus::kRaised) continue;
    const AlarmRule* rule = policy_.rule(a.type);
    if (!rule) continue;
    const TimestampMs waited = t - a.raised_ts;
    const int level = waited >= rule->escalate_all_after_s * 1000LL ? 2
                      : waited >= rule->escalate_after_s * 1000LL   ? 1
                                                                    : 0;
    if (level > a.escalation) {
      a.escalation = level;
      a.ts = t;
      a.id = message_ids_.next();
      publish(a, out);
      if (!a.room.empty()) touch_room(a.room);
    }
  }
  // Paging: not accepted in time moves on to the next nurse.
  show_moved(router_.tick(), out);
  // Supervision: a node that promised heartbeats and missed several is offline.
  for (auto& [node, info] : nodes_) {
    if (!info.online || info.heartbeat_s <= 0) continue;
    const TimestampMs silent_for = t - std::max(info.last_seen, started_);
    if (silent_for >
        static_cast<TimestampMs>(settings_.supervision_misses) * info.heartbeat_s * 1000)
      node_offline(node, "no heartbeat for " + std::to_string(silent_for / 1000) + " s", out);
  }
  // Rounds that ran late.
  for (const auto& room : rounds_.newly_overdue(t))
    raise("round_overdue", nullptr, room, "engine", "", "", out);
  watch_rounds(t);
  // Closed alarms leave the broker's retained store after a while.
  while (!closed_.empty() && t - closed_.front().first >= settings_.closed_retained_s * 1000LL) {
    out.cleared_alarms.push_back(closed_.front().second);
    closed_.pop_front();
  }
  finish(out);
  return out;
}

protocol::RoomSummary AlarmEngine::summarize(const std::string& room) const {
  protocol::RoomSummary s;
  s.room = room;
  const AlarmState* top = nullptr;
  for (const auto& [id, a] : active_) {
    if (a.room != room) continue;
    ++s.active;
    if (!top || rank(a.priority) < rank(top->priority) ||
        (a.priority == top->priority && a.raised_ts < top->raised_ts))
      top = &a;
  }
  if (top) {
    s.top = top->priority;
    s.alarm = top->alarm;
    s.call = top->status == AlarmStatus::kPresent        ? protocol::CallState::kPresent
             : top->status == AlarmStatus::kAcknowledged ? protocol::CallState::kAcknowledged
                                                         : protocol::CallState::kPlaced;
  }
  if (auto it = room_staff_.find(room); it != room_staff_.end()) s.staff = it->second;
  if (auto it = assigned_.find(room); it != assigned_.end()) s.assigned = it->second;
  if (auto round = rounds_.status(room, now())) {
    s.round = round->state;
    s.round_due_ts = round->due;
    s.round_last_ts = round->last_visit;
    s.round_last_staff = round->last_staff;
  }
  return s;
}

// A round turning due or overdue changes what the rounds board shows: publish the room again.
void AlarmEngine::watch_rounds(TimestampMs t) {
  for (const auto& r : rounds_.status(t)) {
    auto [it, added] = round_shown_.try_emplace(r.room, r.state);
    if (added || it->second == r.state) continue;
    it->second = r.state;
    touch_room(r.room);
  }
}

void AlarmEngine::finish(EngineOutput& out) {
  flush_rooms(out);
  for (const auto& a : out.alarms) {
    if (auto i = incidents_.on_alarm(a)) out.incidents.push_back(std::move(*i));
  }
  for (auto& i : out.incidents) {
    i.id = message_ids_.next();
    i.ts = now();
  }
}

void AlarmEngine::flush_rooms(EngineOutput& out) {
  for (const auto& room : dirty_rooms_) {
    auto s = summarize(room);
    s.id = message_ids_.next();
    s.ts = now();
    out.rooms.push_back(std::move(s));
  }
  dirty_rooms_.clear();
}

void AlarmEngine::restore(const std::vector<AlarmState>& alarms,
                          const std::vector<std::string>& seen_event_ids,
                          const std::vector<protocol::Incident>& incidents) {
  incidents_.restore(incidents);
  for (const auto& a : alarms) {
    if (!is_active(a.status)) continue;
    const std::string key = dedup_key(a.type, a.room, a.bed, a.node, a.device, a.detail);
    active_by_key_[key] = a.alarm;
    key_of_[a.alarm] = key;
    if (!a.room.empty()) known_rooms_.insert(a.room);
    AlarmState restored = a;
    restored.actions = actions_for(restored);  // the policy may have changed since the restart
    active_[a.alarm] = std::move(restored);
  }
  for (const auto& id : seen_event_ids) remember(id);
}

void AlarmEngine::restore_assignments(const std::map<std::string, std::string>& assigned) {
  assigned_ = assigned;
  for (const auto& [room, nurse] : assigned_) known_rooms_.insert(room);
  update_staffing();
  // The router's memory died with the last process: alarms still waiting are paged again.
  for (auto& [id, a] : active_)
    if (a.status == AlarmStatus::kRaised && !a.paging.empty()) page(a);
}

EngineOutput AlarmEngine::snapshot() const {
  EngineOutput out;
  out.alarms = active_alarms();
  out.rooms = room_summaries();
  return out;
}

std::vector<AlarmState> AlarmEngine::active_alarms() const {
  std::vector<AlarmState> out;
  out.reserve(active_.size());
  for (const auto& [id, a] : active_) out.push_back(a);
  return out;
}

std::vector<protocol::RoomSummary> AlarmEngine::room_summaries() const {
  std::vector<protocol::RoomSummary> out;
  for (const auto& room : known_rooms_) {
    out.push_back(summarize(room));
    // Published as they are after a restart: each needs its own message id (receivers refuse
    // messages without one).
    out.back().id = message_ids_.next();
    out.back().ts = now();
  }
  return out;
}

const AlarmState* AlarmEngine::find(const std::string& alarm_id) const {
  auto it = active_.find(alarm_id);
  return it == active_.end() ? nullptr : &it->second;
}

std::map<std::string, int> AlarmEngine::active_by(bool priority) const {
  std::map<std::string, int> counts;
  for (const auto& [id, a] : active_)
    ++counts[std::string(priority ? protocol::to_string(a.priority)
                                  : protocol::to_string(a.status))];
  return counts;
}

}  // namespace anju::engine
