// Wire names of the protocol's enums. Each enum has one table; to_string and parse_* both read it,
// so a name can never be encoded one way and decoded another.
#include "protocol/messages.h"

#include <algorithm>
#include <array>
#include <utility>

namespace anju::protocol {
namespace {

template <class E, std::size_t N>
using NameTable = std::array<std::pair<E, std::string_view>, N>;

constexpr NameTable<NodeKind, 6> kNodeKinds{{
    {NodeKind::kKiosk, "kiosk"},
    {NodeKind::kGateway, "gateway"},
    {NodeKind::kVision, "vision"},
    {NodeKind::kEngine, "engine"},
    {NodeKind::kConsole, "console"},
    {NodeKind::kSimulator, "simulator"},
}};

constexpr NameTable<EventType, kEventTypeCount> kEventTypes{{
    {EventType::kCall, "call"},
    {EventType::kBathroomCall, "bathroom_call"},
    {EventType::kEmergency, "emergency"},
    {EventType::kStaffEmergency, "staff_emergency"},
    {EventType::kCancel, "cancel"},
    {EventType::kResidentOk, "resident_ok"},
    {EventType::kServiceRequest, "service_request"},
    {EventType::kStaffPresent, "staff_present"},
    {EventType::kStaffLeft, "staff_left"},
    {EventType::kStaffNote, "staff_note"},
    {EventType::kFall, "fall"},
    {EventType::kFallCleared, "fall_cleared"},
    {EventType::kWander, "wander"},
    {EventType::kBedExit, "bed_exit"},
    {EventType::kDoor, "door"},
    {EventType::kLowBattery, "low_battery"},
    {EventType::kCameraOffline, "camera_offline"},
    {EventType::kCameraOnline, "camera_online"},
    {EventType::kAlarmAck, "alarm_ack"},
    {EventType::kAlarmResolve, "alarm_resolve"},
    {EventType::kClipReady, "clip_ready"},
    {EventType::kIncidentReview, "incident_review"},
    {EventType::kAssign, "assign"},
    {EventType::kAlertStatus, "alert_status"},
    {EventType::kPhoneStatus, "phone_status"},
}};

constexpr NameTable<PresenceState, 2> kPresenceStates{{
    {PresenceState::kOnline, "online"},
    {PresenceState::kOffline, "offline"},
}};

constexpr NameTable<Priority, 3> kPriorities{{
    {Priority::kHigh, "high"},
    {Priority::kMedium, "medium"},
    {Priority::kLow, "low"},
}};

constexpr NameTable<AlarmStatus, 5> kAlarmStatuses{{
    {AlarmStatus::kRaised, "raised"},
    {AlarmStatus::kAcknowledged, "acknowledged"},
    {AlarmStatus::kPresent, "present"},
    {AlarmStatus::kResolved, "resolved"},
    {AlarmStatus::kCancelled, "cancelled"},
}};

constexpr NameTable<CommandType, 6> kCommandTypes{{
    {CommandType::kAcknowledged, "acknowledged"},
    {CommandType::kPresent, "present"},
    {CommandType::kCleared, "cleared"},
    {CommandType::kTest, "test"},
    {CommandType::kConfig, "config"},
    {CommandType::kReceipt, "receipt"},
}};

constexpr NameTable<CallState, 4> kCallStates{{
    {CallState::kNone, "none"},
    {CallState::kPlaced, "placed"},
    {CallState::kAcknowledged, "acknowledged"},
    {CallState::kPresent, "present"},
}};
constexpr NameTable<RoundState, 3> kRoundStates{{
    {RoundState::kOk, "ok"},
    {RoundState::kDue, "due"},
    {RoundState::kOverdue, "overdue"},
}};
constexpr std::array<std::string_view, 4> kIncidentOutcomes{"fall", "self_lowering", "near_miss",
                                                            "false_alarm"};

template <class E, std::size_t N>
std::string_view name_of(const NameTable<E, N>& table, E value) {
  for (const auto& [e, name] : table) {
    if (e == value) return name;
  }
  return "unknown";  // only reachable with a value cast from outside the enum
}

template <class E, std::size_t N>
std::optional<E> value_of(const NameTable<E, N>& table, std::string_view name) {
  for (const auto& [e, n] : table) {
    if (n == name) return e;
  }
  return std::nullopt;
}

}  // namespace

std::string_view to_string(NodeKind v) {
  return name_of(kNodeKinds, v);
}
std::string_view to_string(EventType v) {
  return name_of(kEventTypes, v);
}
std::string_view to_string(PresenceState v) {
  return name_of(kPresenceStates, v);
}
std::string_view to_string(Priority v) {
  return name_of(kPriorities, v);
}
std::string_view to_string(AlarmStatus v) {
  return name_of(kAlarmStatuses, v);
}
std::string_view to_string(CommandType v) {
  return name_of(kCommandTypes, v);
}
std::string_view to_string(CallState v) {
  return name_of(kCallStates, v);
}
std::string_view to_string(RoundState v) {
  return name_of(kRoundStates, v);
}

std::optional<NodeKind> parse_node_kind(std::string_view s) {
  return value_of(kNodeKinds, s);
}
std::optional<EventType> parse_event_type(std::string_view s) {
  return value_of(kEventTypes, s);
}
std::optional<PresenceState> parse_presence_state(std::string_view s) {
  return value_of(kPresenceStates, s);
}
std::optional<Priority> parse_priority(std::string_view s) {
  return value_of(kPriorities, s);
}
std::optional<AlarmStatus> parse_alarm_status(std::string_view s) {
  return value_of(kAlarmStatuses, s);
}
std::optional<CommandType> parse_command_type(std::string_view s) {
  return value_of(kCommandTypes, s);
}
std::optional<CallState> parse_call_state(std::string_view s) {
  return value_of(kCallStates, s);
}
std::optional<RoundState> parse_round_state(std::string_view s) {
  return value_of(kRoundStates, s);
}
bool is_page_state(std::string_view state) {
  constexpr std::array<std::string_view, 7> kStates{
      "sent", "delivered", "read", "accepted", "declined", "timed_out", "unreachable"};
  return std::find(kStates.begin(), kStates.end(), state) != kStates.end();
}

bool is_incident_outcome(std::string_view s) {
  for (const auto& name : kIncidentOutcomes) {
    if (name == s) return true;
  }
  return false;
}

}  // namespace anju::protocol
