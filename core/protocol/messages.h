#pragma once
// The messages every Anju part speaks (schema version 1). docs/protocol.md documents each one with
// an example; change both together. Fields that a message type does not use stay empty/zero and are
// not encoded.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/clock.h"

namespace anju::protocol {

inline constexpr int kSchemaVersion = 1;
inline constexpr std::size_t kMaxPayloadBytes = 64 * 1024;
// Event ids one receipt may name; the engine splits longer lists over several receipts.
inline constexpr std::size_t kMaxReceiptEvents = 1000;

// What a node is; decides its broker rights and how the station supervises it.
enum class NodeKind { kKiosk, kGateway, kVision, kEngine, kConsole, kSimulator };

// Source events published on anju/v1/<site>/event/<node>. Console and kiosk staff actions are
// events too (alarm_ack, alarm_resolve, staff_present, ...): the engine is the only writer of
// state.
enum class EventType {
  kCall,            // nurse call from a bedside button or kiosk
  kBathroomCall,    // call from a bathroom pull cord / button: cancelled only where raised
  kEmergency,       // resident emergency (bathroom / emergency mode kiosk)
  kStaffEmergency,  // staff needs help (code call)
  kCancel,          // staff cancels the active call at the bedside
  kResidentOk,      // resident pressed "I'm OK": reported, never a cancel
  kServiceRequest,  // detail: water | toilet | pain | turn | meal | other
  kStaffPresent,    // staff checked in at the bedside (counts as a round); staff required
  kStaffLeft,       // staff left the room
  kStaffNote,       // short note from staff mode; detail = text
  kFall,            // vision: fall confirmed; confidence, box
  kFallCleared,     // vision: the person got up
  kWander,          // vision: zone rule fired; detail = zone name, box optional
  kBedExit,         // bed sensor: resident left the bed
  kDoor,            // door sensor; detail = open | closed
  kLowBattery,      // device battery low; device required
  kCameraOffline,   // vision: a camera stopped delivering frames; device = camera
  kCameraOnline,    // vision: camera back
  kAlarmAck,        // console: acknowledge alarm; alarm + staff required
  kAlarmResolve,    // console: resolve alarm; alarm + staff required
  kClipReady,       // vision: a clip is complete; clip, device (camera), clip_start/end_ts required
  kIncidentReview,  // console: a manager's review; alarm (= incident), staff, outcome required
  kAssign,          // console: a charge nurse gives a room to a nurse (assignee; none = unassign)
  kAlertStatus,  // a nurse's phone: alarm, staff, detail = delivered | read | accepted | declined
  kPhoneStatus,  // the phone gateway: staff's phone is reachable or not; detail = online | offline
};
// Every event type, for tables and tests that go through them all.
constexpr int kEventTypeCount = static_cast<int>(EventType::kPhoneStatus) + 1;

enum class PresenceState { kOnline, kOffline };
enum class Priority { kHigh, kMedium, kLow };
enum class AlarmStatus { kRaised, kAcknowledged, kPresent, kResolved, kCancelled };
// Raised, acknowledged or present: someone still has to act on it (not resolved or cancelled).
constexpr bool is_active(AlarmStatus s) {
  return s == AlarmStatus::kRaised || s == AlarmStatus::kAcknowledged || s == AlarmStatus::kPresent;
}
// kReceipt: the engine journalled the events named in `events` (see docs/protocol.md, Receipts).
enum class CommandType { kAcknowledged, kPresent, kCleared, kTest, kConfig, kReceipt };
enum class CallState { kNone, kPlaced, kAcknowledged, kPresent };
// kDue: the round is due now (within its grace time); kOverdue: late beyond the grace time.
enum class RoundState { kOk, kDue, kOverdue };

struct Box {
  double x = 0, y = 0, w = 0, h = 0;  // pixels of the camera frame
  bool operator==(const Box&) const = default;
};

// anju/v1/<site>/presence/<node>, retained. The Last Will publishes the same record, state offline.
struct Presence {
  int v = kSchemaVersion;
  std::string id;
  TimestampMs ts = 0;
  std::string node;
  NodeKind kind = NodeKind::kKiosk;
  PresenceState state = PresenceState::kOnline;
  std::string room;     // optional: where the node is installed
  std::string version;  // software version
  int heartbeat_s = 0;  // promised heartbeat interval; 0 = none
  bool operator==(const Presence&) const = default;
};

// anju/v1/<site>/heartbeat/<node>, QoS 0, not retained: liveness plus a few figures.
struct Heartbeat {
  int v = kSchemaVersion;
  std::string id;
  TimestampMs ts = 0;
  std::string node;
  std::uint64_t seq = 0;
  std::int64_t uptime_s = 0;
  std::vector<std::pair<std::string, double>> stats;  // e.g. fps, dropped, cpu_pct
  bool operator==(const Heartbeat&) const = default;
};

// anju/v1/<site>/event/<node>, QoS 1.
struct Event {
  int v = kSchemaVersion;
  std::string id;         // unique; consumers drop duplicates by id
  TimestampMs ts = 0;     // when it happened at the source
  std::uint64_t seq = 0;  // per-node sequence, for ordering and gap detection
  std::string node;       // the publisher (must match the topic's node)
  EventType type = EventType::kCall;
  std::string room;
  std::string bed;        // optional
  std::string device;     // optional: the button/sensor/camera behind a gateway or vision node
  std::string staff;      // staff id for staff actions
  std::string alarm;      // target alarm id for console actions
  std::string detail;     // service request kind, zone name, door state, note text
  double confidence = 0;  // vision events, 0..1
  std::optional<Box> box;
  std::string clip;               // vision: clip reference "<vision-node>/<YYYY-MM-DD>/<name>"
  TimestampMs clip_start_ts = 0;  // clip_ready: what the clip spans (wall clock)
  TimestampMs clip_end_ts = 0;
  std::string outcome;     // incident_review: fall | self_lowering | near_miss | false_alarm
  std::string root_cause;  // incident_review: free text
  std::string assignee;    // assign: the nurse the room is given to; empty = nobody
  bool operator==(const Event&) const = default;
};

// anju/v1/<site>/alarm/<alarm-id>, retained, written only by the engine.
// What a console may do with an alarm now, as the engine's policy decides (a facility's policy
// file included): consoles show the buttons from this and never carry rules of their own.
struct AlarmActions {
  bool acknowledge = false;  // raised, nobody has acknowledged it yet
  bool resolve = false;      // may be closed from the console (falls, wandering, device faults)
  bool operator==(const AlarmActions&) const = default;
};

// One staff member paged about an alarm (IHE PCD ACM-like): the latest state and when it changed.
struct Page {
  std::string staff;
  std::string state;  // sent delivered read accepted declined timed_out unreachable
  TimestampMs ts = 0;
  bool operator==(const Page&) const = default;
};
bool is_page_state(std::string_view state);

struct AlarmState {
  int v = kSchemaVersion;
  std::string id;      // message id
  TimestampMs ts = 0;  // when this state was published
  std::string alarm;   // alarm id (also the topic leaf)
  std::string type;    // event type that raised it, or node_offline / round_overdue
  Priority priority = Priority::kMedium;
  AlarmStatus status = AlarmStatus::kRaised;
  std::string room;
  std::string bed;
  std::string node;          // source node
  std::string device;        // source device behind the node (button, pull cord, camera), if any
  std::string source_event;  // event id that raised it
  TimestampMs raised_ts = 0;
  TimestampMs acknowledged_ts = 0;  // 0 = not yet
  TimestampMs present_ts = 0;
  TimestampMs closed_ts = 0;  // resolved or cancelled
  int escalation = 0;         // 0 none, 1 charge nurse, 2 all staff
  std::string by;             // staff who made the last transition
  std::string detail;         // from the raising event (request kind, zone, ...)
  std::string note;           // latest report on it: "resident reports OK", "person got up"
  std::string clip;
  // Wire "actions": ["acknowledge", "resolve"]; nullopt from an engine older than the field
  // (consoles then offer acknowledge while raised, and no resolve).
  std::optional<AlarmActions> actions;
  // Who was paged (wire: "paged": {staff: state}, "paged_ts": {staff: ts}), where the paging is
  // (assigned | floor | charge | everyone; empty = not paged) and when it moves on unless accepted.
  std::vector<Page> paged;
  std::string paging;
  TimestampMs paging_deadline_ts = 0;
  bool operator==(const AlarmState&) const = default;
};

// anju/v1/<site>/room/<room>, retained: what kiosks and corridor lights show.
struct RoomSummary {
  int v = kSchemaVersion;
  std::string id;
  TimestampMs ts = 0;
  std::string room;
  int active = 0;               // active alarms in the room
  std::optional<Priority> top;  // highest active priority
  CallState call = CallState::kNone;
  std::string alarm;     // the top alarm id
  std::string staff;     // staff present, if any
  std::string assigned;  // the nurse the room is assigned to this shift (an assign event), if any
  // Rounds (absent when the room has no round schedule): the state, when the next round is due
  // and the last bedside check-in.
  std::optional<RoundState> round;
  TimestampMs round_due_ts = 0;
  TimestampMs round_last_ts = 0;
  std::string round_last_staff;
  bool operator==(const RoomSummary&) const = default;
};

// anju/v1/<site>/cmd/<node>, QoS 1: one node is told something.
struct Command {
  int v = kSchemaVersion;
  std::string id;
  TimestampMs ts = 0;
  std::string node;  // the target (must match the topic's node)
  CommandType cmd = CommandType::kAcknowledged;
  std::string alarm;
  std::string staff;
  std::string text;
  std::vector<std::string> events;  // receipt only: ids of the target's events now journalled
  bool operator==(const Command&) const = default;
};

// anju/v1/<site>/incident/<id>, retained, written only by the engine for every alarm with a clip:
// references to a clip, never images or residents' names; how fast staff came; the review.
struct Incident {
  int v = kSchemaVersion;
  std::string id;
  TimestampMs ts = 0;
  std::string incident;  // = the alarm id
  std::string alarm;
  std::string room;
  std::string type;
  std::string camera;
  std::string node;  // the vision node that holds the clip
  std::string clip;
  TimestampMs clip_start_ts = 0;
  TimestampMs clip_end_ts = 0;
  std::optional<Priority> priority;
  TimestampMs raised_ts = 0;
  TimestampMs acknowledged_ts = 0;
  TimestampMs present_ts = 0;
  TimestampMs closed_ts = 0;
  std::string by;       // who attended / closed the alarm
  std::string outcome;  // fall | self_lowering | near_miss | false_alarm; empty = not reviewed
  std::string notes;
  std::string root_cause;
  std::string reviewed_by;
  TimestampMs reviewed_ts = 0;
  bool operator==(const Incident&) const = default;
};

// Response figures of one alarm type over a shift.
struct ResponseFigures {
  int alarms = 0;
  int answered = 0;  // someone came (reached "present")
  int escalated = 0;
  double p50_s = 0;  // raised -> present, of the answered ones
  double p90_s = 0;
  bool operator==(const ResponseFigures&) const = default;
};

// anju/v1/<site>/report/<current|previous>, retained, from the engine's journal: the shift report
// every console shows. by_type is encoded as one flat object per figure, keyed by alarm type.
struct ShiftReport {
  int v = kSchemaVersion;
  std::string id;
  TimestampMs ts = 0;
  std::string report;  // "current" or "previous" (also the topic leaf)
  std::string shift;   // shift name from the engine's settings, e.g. "night"
  TimestampMs from_ts = 0;
  TimestampMs to_ts = 0;
  double alarms_per_hour = 0;
  ResponseFigures all;
  std::vector<std::pair<std::string, ResponseFigures>> by_type;  // sorted by type
  int rounds_on_time = 0;
  int rounds_missed = 0;
  // Rooms (residents) that missed rounds in the window: room -> {on time, missed}. Rooms not
  // listed had every round on time.
  std::vector<std::pair<std::string, std::pair<int, int>>> rounds_missed_by_room;
  int falls = 0;
  bool operator==(const ShiftReport&) const = default;
};

// Wire names ("kiosk", "bathroom_call", "high", ...). parse_* return nullopt on unknown names.
std::string_view to_string(NodeKind v);
std::string_view to_string(EventType v);
std::string_view to_string(PresenceState v);
std::string_view to_string(Priority v);
std::string_view to_string(AlarmStatus v);
std::string_view to_string(CommandType v);
std::string_view to_string(CallState v);
std::string_view to_string(RoundState v);
std::optional<NodeKind> parse_node_kind(std::string_view s);
std::optional<EventType> parse_event_type(std::string_view s);
std::optional<PresenceState> parse_presence_state(std::string_view s);
std::optional<Priority> parse_priority(std::string_view s);
std::optional<AlarmStatus> parse_alarm_status(std::string_view s);
std::optional<CommandType> parse_command_type(std::string_view s);
std::optional<CallState> parse_call_state(std::string_view s);
std::optional<RoundState> parse_round_state(std::string_view s);
// Incident outcomes a reviewer may choose.
bool is_incident_outcome(std::string_view s);

}  // namespace anju::protocol
