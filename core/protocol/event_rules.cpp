#include "protocol/event_rules.h"

#include <array>

namespace anju::protocol {
namespace {

constexpr std::array<std::string_view, 6> kServiceRequests{"water", "toilet", "pain",
                                                           "turn",  "meal",   "other"};
constexpr std::array<std::string_view, 2> kDoorStates{"open", "closed"};
constexpr std::array<std::string_view, 4> kAlertAnswers{"delivered", "read", "accepted",
                                                        "declined"};
constexpr std::array<std::string_view, 2> kPhoneStates{"online", "offline"};

}  // namespace

EventNeeds needs_of(EventType type) {
  EventNeeds needs;
  switch (type) {
    case EventType::kServiceRequest:
    case EventType::kDoor:
    case EventType::kWander:  // the zone whose rule fired
      needs.detail = true;
      break;
    case EventType::kStaffPresent:
    case EventType::kStaffLeft:
      needs.staff = true;
      break;
    case EventType::kStaffNote:
      needs.staff = true;
      needs.detail = true;  // the note itself
      break;
    case EventType::kFall:
      needs.confidence = true;
      break;
    case EventType::kLowBattery:
    case EventType::kCameraOffline:
    case EventType::kCameraOnline:
      needs.room = false;  // a device may serve no single room (corridor camera, gateway)
      needs.device = true;
      break;
    case EventType::kClipReady:
      needs.device = true;  // the camera
      needs.clip = true;
      break;
    case EventType::kIncidentReview:
      needs.room = false;  // the incident already knows its room
      needs.staff = true;
      needs.alarm = true;  // the incident id
      needs.outcome = true;
      break;
    case EventType::kAlertStatus:
      needs.room = false;  // the alarm knows its room
      needs.staff = true;  // whose phone
      needs.alarm = true;
      needs.detail = true;  // see allowed_details()
      break;
    case EventType::kPhoneStatus:
      needs.room = false;
      needs.staff = true;   // whose phone
      needs.detail = true;  // online | offline
      break;
    case EventType::kAssign:
      needs.staff = true;  // who assigned it (a charge nurse); the room is required as usual
      break;
    case EventType::kAlarmAck:
    case EventType::kAlarmResolve:
      needs.room = false;  // the alarm already knows its room
      needs.staff = true;
      needs.alarm = true;
      break;
    default:
      break;
  }
  return needs;
}

std::span<const std::string_view> allowed_details(EventType type) {
  if (type == EventType::kServiceRequest) return kServiceRequests;
  if (type == EventType::kDoor) return kDoorStates;
  if (type == EventType::kAlertStatus) return kAlertAnswers;
  if (type == EventType::kPhoneStatus) return kPhoneStates;
  return {};
}

}  // namespace anju::protocol
