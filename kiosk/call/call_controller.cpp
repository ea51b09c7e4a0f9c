#include "call/call_controller.h"

#include <algorithm>
#include <iostream>

namespace anju::kiosk {

using protocol::CallState;
using protocol::CommandType;
using protocol::EventType;

namespace {

bool due(TimestampMs now, TimestampMs last_sent) {
  return last_sent == 0 || now - last_sent >= CallController::kResendIntervalMs;
}

}  // namespace

CallController::CallController(KioskPlace place, node::EventSink& sink, const Clock& clock,
                               CallSnapshot restored)
    : sink_(sink), clock_(clock), events_(std::move(place)), snap_(std::move(restored)) {
  snap_.connected = false;  // known only once the bus says so
}

void CallController::send(protocol::Event event) {
  const bool call = event.type == EventType::kCall || event.type == EventType::kEmergency;
  const auto type = event.type;
  auto id = sink_.publish(std::move(event));
  if (!id) {
    // Only an event the engine would refuse is refused here: a bug worth a loud line.
    std::cerr << "anju-kiosk: " << protocol::to_string(type) << " NOT SENT: " << id.error().reason
              << std::endl;
    return;
  }
  if (call) last_call_event_id_ = id.value();
}

void CallController::on_confirmed(const std::string& event_id) {
  // The engine journalled our call: it is at the station even before any summary says so.
  if (event_id != last_call_event_id_ || !snap_.active() || snap_.station_confirmed) return;
  const CallSnapshot before = snap_;
  snap_.station_confirmed = true;
  notify(CallCause::kStation, before);
}

void CallController::notify(CallCause cause, const CallSnapshot& before,
                            std::optional<ServiceKind> service) {
  const CallChange change{cause, before, snap_, service};
  for (const auto& listener : listeners_) listener(change);
}

void CallController::start_call(CallKind kind, TimestampMs now) {
  snap_.phase = CallPhase::kPlaced;
  snap_.kind = kind;
  snap_.station_confirmed = false;
  snap_.resident_reported_ok = false;
  snap_.staff.clear();
  snap_.alarm.clear();
  snap_.placed_ts = now;
}

void CallController::go_idle() {
  snap_.phase = CallPhase::kNone;
  snap_.kind = CallKind::kCall;
  snap_.station_confirmed = false;
  snap_.resident_reported_ok = false;
  snap_.staff.clear();
  snap_.alarm.clear();
  snap_.placed_ts = 0;
}

void CallController::press_call() {
  const CallSnapshot before = snap_;
  const TimestampMs now = clock_.now_ms();
  const bool is_new = !snap_.active();
  if (is_new) start_call(CallKind::kCall, now);
  // A new call always goes out. A repeat goes out too, at most once per interval: if the station's
  // call ended without this kiosk hearing of it, the repeat raises a new one instead of being
  // swallowed here.
  if (is_new || due(now, last_call_sent_ts_)) {
    send(events_.make(EventType::kCall));
    last_call_sent_ts_ = now;
    snap_.last_action_ts = now;
  }
  notify(is_new ? CallCause::kResidentCall : CallCause::kResidentRepeat, before);
}

void CallController::press_emergency() {
  const CallSnapshot before = snap_;
  const TimestampMs now = clock_.now_ms();
  const bool is_new = !snap_.active() || snap_.kind != CallKind::kEmergency;
  if (!snap_.active()) start_call(CallKind::kEmergency, now);
  snap_.kind = CallKind::kEmergency;
  if (is_new || due(now, last_emergency_sent_ts_)) {
    send(events_.make(EventType::kEmergency));
    last_emergency_sent_ts_ = now;
    snap_.last_action_ts = now;
  }
  notify(CallCause::kEmergency, before);
}

void CallController::report_ok() {
  const CallSnapshot before = snap_;
  if (!snap_.active()) return;  // the button is shown only during a call
  if (!snap_.resident_reported_ok) send(events_.make(EventType::kResidentOk));
  snap_.resident_reported_ok = true;
  notify(CallCause::kResidentOk, before);
}

void CallController::request_service(ServiceKind kind) {
  const CallSnapshot before = snap_;
  const TimestampMs now = clock_.now_ms();
  auto it = std::find_if(snap_.requests.begin(), snap_.requests.end(),
                         [&](const PendingRequest& r) { return r.kind == kind; });
  if (it == snap_.requests.end() || due(now, it->asked_ts)) {
    send(events_.service_request(kind));
    snap_.last_action_ts = now;
    if (it == snap_.requests.end())
      snap_.requests.push_back({kind, now});
    else
      it->asked_ts = now;
  }
  notify(CallCause::kServiceRequest, before, kind);
}

void CallController::staff_present(const std::string& staff) {
  const CallSnapshot before = snap_;
  send(events_.make(EventType::kStaffPresent, staff));
  snap_.last_action_ts = clock_.now_ms();
  if (snap_.active()) {
    snap_.phase = CallPhase::kPresent;
    snap_.staff = staff;
  }
  notify(CallCause::kStaffPresent, before);
}

void CallController::staff_cancel(const std::string& staff) {
  const CallSnapshot before = snap_;
  send(events_.make(EventType::kCancel, staff));
  snap_.last_action_ts = clock_.now_ms();
  go_idle();
  snap_.requests.clear();  // a bedside cancel ends the room's requests too (engine: same room)
  notify(CallCause::kStaffCancel, before);
}

void CallController::staff_note(const std::string& staff, const std::string& text) {
  const CallSnapshot before = snap_;
  send(events_.make(EventType::kStaffNote, staff, text));
  notify(CallCause::kStaffNote, before);
}

void CallController::on_room_summary(const protocol::RoomSummary& s) {
  if (s.room != place().room || outdated(s.ts)) return;
  const CallSnapshot before = snap_;
  const CallPhase phase = s.call;
  if (phase == CallPhase::kNone) {
    go_idle();
    snap_.requests.clear();  // no active alarm in the room: every request was seen to
  } else {
    if (!snap_.active()) snap_.placed_ts = clock_.now_ms();
    snap_.phase = phase;
    snap_.station_confirmed = true;
    snap_.alarm = s.alarm;
    snap_.kind = s.top == protocol::Priority::kHigh ? CallKind::kEmergency : CallKind::kCall;
    if (phase == CallPhase::kPresent && !s.staff.empty()) snap_.staff = s.staff;
    if (phase == CallPhase::kPlaced) snap_.staff.clear();
  }
  if (snap_ != before) notify(CallCause::kStation, before);
}

void CallController::on_command(const protocol::Command& c) {
  if (c.node != place().node || outdated(c.ts)) return;
  if (c.cmd == CommandType::kReceipt) return;  // the sender's (on_confirmed)
  // Commands about another alarm of this kiosk (a water request under an active call) do not
  // change what the call display shows; the room summary carries the room's top alarm.
  if (!snap_.alarm.empty() && c.alarm != snap_.alarm) return;
  const CallSnapshot before = snap_;
  switch (c.cmd) {
    case CommandType::kAcknowledged:
      if (!snap_.active()) snap_.placed_ts = clock_.now_ms();
      if (snap_.phase == CallPhase::kNone || snap_.phase == CallPhase::kPlaced)
        snap_.phase = CallPhase::kAcknowledged;
      snap_.station_confirmed = true;
      snap_.alarm = c.alarm;
      if (!c.staff.empty()) snap_.staff = c.staff;
      break;
    case CommandType::kPresent:
      if (!snap_.active()) snap_.placed_ts = clock_.now_ms();
      snap_.phase = CallPhase::kPresent;
      snap_.station_confirmed = true;
      snap_.alarm = c.alarm;
      if (!c.staff.empty()) snap_.staff = c.staff;
      break;
    case CommandType::kCleared:
      go_idle();
      break;
    case CommandType::kTest:
    case CommandType::kConfig:
    case CommandType::kReceipt:
      break;
  }
  if (snap_ != before) notify(CallCause::kStation, before);
}

void CallController::on_connection_changed(bool connected) {
  if (snap_.connected == connected) return;
  const CallSnapshot before = snap_;
  snap_.connected = connected;
  notify(CallCause::kConnection, before);
}

}  // namespace anju::kiosk
