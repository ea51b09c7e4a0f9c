#pragma once
// What the kiosk knows about help for its room at one moment. The CallController owns it; the
// screen, the voice and the local state file are all views of it.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/clock.h"
#include "protocol/messages.h"

namespace anju::kiosk {

// none -> placed -> acknowledged -> present -> none: the engine's CallState, one enum from the
// room summary on the wire to the screen (CallSession::Phase mirrors it for QML). "Connecting" is
// not a phase of its own: it is a placed call that the station has not confirmed while the broker
// is unreachable (the event waits in the node's outbox).
using CallPhase = protocol::CallState;

// What the resident pressed; an emergency is shown and spoken with more urgency.
enum class CallKind { kCall, kEmergency };

// Service requests the resident can make from the tiles; wire names are protocol details.
enum class ServiceKind { kWater, kToilet, kPain, kTurn, kMeal };

struct PendingRequest {
  ServiceKind kind = ServiceKind::kWater;
  TimestampMs asked_ts = 0;
  bool operator==(const PendingRequest&) const = default;
};

struct CallSnapshot {
  CallPhase phase = CallPhase::kNone;
  CallKind kind = CallKind::kCall;
  bool station_confirmed = false;     // the engine reported the call (room summary or command)
  bool connected = false;             // broker reachable now; never persisted
  bool resident_reported_ok = false;  // "I'm OK" pressed during this call
  std::string staff;                  // who acknowledged, or who is present
  std::string alarm;                  // the engine's alarm id, once known
  TimestampMs placed_ts = 0;          // when this call began (0 when idle)
  // Station messages stamped before this describe the room as it was before the resident's or
  // staff's latest action (a retained summary after a reconnect, a queued command): ignored.
  TimestampMs last_action_ts = 0;
  std::vector<PendingRequest> requests;  // service requests not yet seen through

  bool active() const { return phase != CallPhase::kNone; }
  // A call that exists only in this kiosk's outbox so far.
  bool connecting() const {
    return phase == CallPhase::kPlaced && !station_confirmed && !connected;
  }
  bool operator==(const CallSnapshot&) const = default;
};

std::string_view to_string(ServiceKind kind);  // the protocol's detail: water | toilet | ...
std::optional<ServiceKind> parse_service_kind(std::string_view s);
// The protocol's names; "idle", as state files before 2026-12 wrote "none", too.
std::optional<CallPhase> parse_call_phase(std::string_view s);

}  // namespace anju::kiosk
