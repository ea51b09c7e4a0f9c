// What each event type needs beyond the common fields (event_rules.h), enforced by the decoder.
#include "protocol/event_rules.h"

#include <gtest/gtest.h>

#include "protocol/codec.h"
#include "samples.h"

namespace anju::protocol {
namespace {

using namespace samples;
using nlohmann::json;

Result<Event> without(EventType type, const char* field) {
  return decode_event(edited(encode(minimal_event(type)), [&](json& j) { j.erase(field); }));
}

Result<Event> with(EventType type, const char* field, const json& value) {
  return decode_event(edited(encode(minimal_event(type)), [&](json& j) { j[field] = value; }));
}

TEST(EventRules, RoomMayBeAbsentOnlyForDeviceAndConsoleEvents) {
  for (int i = 0; i <= static_cast<int>(EventType::kAlarmResolve); ++i) {
    const auto type = static_cast<EventType>(i);
    SCOPED_TRACE(std::string(to_string(type)));
    Event e = minimal_event(type);
    e.room.clear();
    const auto decoded = decode_event(edited(encode(e), [](json& j) { j.erase("room"); }));
    const bool roomless = type == EventType::kCameraOffline || type == EventType::kCameraOnline ||
                          type == EventType::kLowBattery || type == EventType::kAlarmAck ||
                          type == EventType::kAlarmResolve;
    if (roomless) {
      EXPECT_TRUE(decoded.ok());
    } else {
      expect_rejected(decoded, ErrorCode::kMissingField, "room");
    }
  }
}

TEST(EventRules, StaffActionsNeedStaff) {
  for (auto type : {EventType::kStaffPresent, EventType::kStaffLeft, EventType::kStaffNote,
                    EventType::kAlarmAck, EventType::kAlarmResolve}) {
    SCOPED_TRACE(std::string(to_string(type)));
    const auto decoded = without(type, "staff");
    expect_rejected(decoded, ErrorCode::kMissingField, "staff");
    EXPECT_NE(decoded.error().reason.find(to_string(type)), std::string::npos);
    expect_rejected(with(type, "staff", ""), ErrorCode::kInvalidValue, "staff");
  }
}

TEST(EventRules, AlarmActionsNeedTheAlarm) {
  for (auto type : {EventType::kAlarmAck, EventType::kAlarmResolve}) {
    expect_rejected(without(type, "alarm"), ErrorCode::kMissingField, "alarm");
  }
}

TEST(EventRules, FallNeedsConfidence) {
  expect_rejected(without(EventType::kFall, "confidence"), ErrorCode::kMissingField, "confidence");
}

TEST(EventRules, DeviceEventsNeedTheDevice) {
  for (auto type : {EventType::kLowBattery, EventType::kCameraOffline, EventType::kCameraOnline}) {
    expect_rejected(without(type, "device"), ErrorCode::kMissingField, "device");
  }
}

TEST(EventRules, ServiceRequestDetailIsOneOfTheKnownKinds) {
  for (const char* kind : {"water", "toilet", "pain", "turn", "meal", "other"}) {
    EXPECT_TRUE(with(EventType::kServiceRequest, "detail", kind).ok()) << kind;
  }
  expect_rejected(with(EventType::kServiceRequest, "detail", "coffee"), ErrorCode::kInvalidValue,
                  "detail");
  expect_rejected(without(EventType::kServiceRequest, "detail"), ErrorCode::kMissingField,
                  "detail");
}

TEST(EventRules, DoorDetailIsOpenOrClosed) {
  EXPECT_TRUE(with(EventType::kDoor, "detail", "open").ok());
  EXPECT_TRUE(with(EventType::kDoor, "detail", "closed").ok());
  expect_rejected(with(EventType::kDoor, "detail", "ajar"), ErrorCode::kInvalidValue, "detail");
}

TEST(EventRules, StaffNoteAndWanderNeedADetail) {
  expect_rejected(without(EventType::kStaffNote, "detail"), ErrorCode::kMissingField, "detail");
  expect_rejected(with(EventType::kWander, "detail", ""), ErrorCode::kInvalidValue, "detail");
}

TEST(EventRules, OtherTypesTakeFreeTextDetail) {
  EXPECT_TRUE(with(EventType::kCall, "detail", "any words, 任何").ok());
  EXPECT_TRUE(allowed_details(EventType::kCall).empty());
}

}  // namespace
}  // namespace anju::protocol
