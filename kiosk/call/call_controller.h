#pragma once
// The kiosk's call state machine, free of Qt: resident and staff actions, station messages and
// connection changes in; events to the station and snapshot changes out. Time comes from an
// injected clock so tests replay whole call flows without sleeping.
//
//   idle --press--> placed --station ack--> acknowledged --staff at bedside--> present
//     ^               |  (connecting while the broker is unreachable:                |
//     |               |   the event waits in the bus outbox)                         |
//     +---------------+---- staff cancel / station clears the call <-----------------+
//
// The resident can never end a call: "I'm OK" is reported to the station, and only staff (in
// staff mode, or anywhere the station accepts a cancel) end it.
#include <functional>
#include <optional>
#include <vector>

#include "call/call_snapshot.h"
#include "call/event_factory.h"
#include "common/clock.h"
#include "node/event_sink.h"
#include "protocol/messages.h"

namespace anju::kiosk {

// Why the snapshot was looked at again; the voice says something different for each.
enum class CallCause {
  kResidentCall,    // a new call
  kResidentRepeat,  // pressed again while a call is active
  kEmergency,       // emergency pressed (new or repeated)
  kResidentOk,
  kServiceRequest,
  kStaffPresent,
  kStaffCancel,
  kStaffNote,
  kStation,     // room summary or command from the engine
  kConnection,  // broker reachable / unreachable
};

struct CallChange {
  CallCause cause = CallCause::kStation;
  CallSnapshot before;
  CallSnapshot after;
  std::optional<ServiceKind> service;  // for kServiceRequest
};

class CallController {
 public:
  // A tremor or an anxious resident presses many times; one event per this interval reaches the
  // station (the engine treats a repeat as the same alarm and answers with its state).
  static constexpr TimestampMs kResendIntervalMs = 10'000;

  using Listener = std::function<void(const CallChange&)>;

  CallController(KioskPlace place, node::EventSink& sink, const Clock& clock,
                 CallSnapshot restored = {});

  // Listeners run synchronously after every action, and after station or connection input that
  // changed the snapshot.
  void add_listener(Listener listener) { listeners_.push_back(std::move(listener)); }

  // Resident.
  void press_call();
  void press_emergency();
  void report_ok();
  void request_service(ServiceKind kind);

  // Staff (after PIN entry); staff is the staff id.
  void staff_present(const std::string& staff);
  void staff_cancel(const std::string& staff);
  void staff_note(const std::string& staff, const std::string& text);

  // Station and network.
  void on_room_summary(const protocol::RoomSummary& summary);
  void on_command(const protocol::Command& command);
  // The sender says the engine journalled this event (receipts are the sender's, not ours).
  void on_confirmed(const std::string& event_id);
  void on_connection_changed(bool connected);

  const CallSnapshot& snapshot() const { return snap_; }
  const KioskPlace& place() const { return events_.place(); }

 private:
  void start_call(CallKind kind, TimestampMs now);
  void go_idle();
  bool outdated(TimestampMs station_ts) const { return station_ts < snap_.last_action_ts; }
  void send(protocol::Event event);
  void notify(CallCause cause, const CallSnapshot& before,
              std::optional<ServiceKind> service = std::nullopt);

  node::EventSink& sink_;
  const Clock& clock_;
  EventFactory events_;
  CallSnapshot snap_;
  TimestampMs last_call_sent_ts_ = 0;
  TimestampMs last_emergency_sent_ts_ = 0;
  std::string last_call_event_id_;  // matched against the sender's confirmations
  std::vector<Listener> listeners_;
};

}  // namespace anju::kiosk
