// decode(topic, payload): dispatch by topic kind, and the payload must speak for its topic.
#include <gtest/gtest.h>

#include "protocol/codec.h"
#include "samples.h"

namespace anju::protocol {
namespace {

using namespace samples;

template <class T>
void expect_decodes_as(const std::string& topic_name, const T& message) {
  const auto decoded = decode(topic_name, encode(message));
  ASSERT_TRUE(decoded.ok()) << decoded.error().reason;
  ASSERT_TRUE(std::holds_alternative<T>(decoded->message));
  EXPECT_EQ(std::get<T>(decoded->message), message);
  EXPECT_EQ(topic(decoded->topic), topic_name);
  EXPECT_EQ(message_id(decoded->message), message.id);
}

TEST(DecodeEnvelope, DispatchesEveryTopicKindToItsMessage) {
  expect_decodes_as("anju/v1/demo/presence/kiosk-214", full_presence());
  expect_decodes_as("anju/v1/demo/heartbeat/vision-2", full_heartbeat());
  expect_decodes_as("anju/v1/demo/event/vision-2", full_event());
  expect_decodes_as("anju/v1/demo/alarm/al-214-7", full_alarm());
  expect_decodes_as("anju/v1/demo/room/214", full_room());
  expect_decodes_as("anju/v1/demo/cmd/kiosk-214", full_command());
  expect_decodes_as("anju/v1/demo/incident/inc-2024-0610-3", full_incident());
}

void expect_mismatch(const std::string& topic_name, const std::string& payload,
                     const std::string& field) {
  const auto decoded = decode(topic_name, payload);
  expect_rejected(decoded, ErrorCode::kInvalidValue, field);
  if (!decoded.ok()) {
    EXPECT_NE(decoded.error().reason.find("does not match"), std::string::npos)
        << decoded.error().reason;
  }
}

TEST(DecodeEnvelope, RejectsEventFromAnotherNodesTopic) {
  expect_mismatch("anju/v1/demo/event/kiosk-999", encode(full_event()), "node");
}

TEST(DecodeEnvelope, RejectsPresenceAndHeartbeatForAnotherNode) {
  expect_mismatch("anju/v1/demo/presence/kiosk-999", encode(full_presence()), "node");
  expect_mismatch("anju/v1/demo/heartbeat/kiosk-999", encode(full_heartbeat()), "node");
}

TEST(DecodeEnvelope, RejectsAlarmStateOnAnotherAlarmsTopic) {
  expect_mismatch("anju/v1/demo/alarm/al-other", encode(full_alarm()), "alarm");
}

TEST(DecodeEnvelope, RejectsRoomSummaryOnAnotherRoomsTopic) {
  expect_mismatch("anju/v1/demo/room/999", encode(full_room()), "room");
}

TEST(DecodeEnvelope, RejectsCommandAddressedToAnotherNode) {
  expect_mismatch("anju/v1/demo/cmd/kiosk-999", encode(full_command()), "node");
}

TEST(DecodeEnvelope, RejectsIncidentOnAnotherIncidentsTopic) {
  expect_mismatch("anju/v1/demo/incident/inc-other", encode(full_incident()), "incident");
}

TEST(DecodeEnvelope, ComparesLeafCaseSensitively) {
  expect_mismatch("anju/v1/demo/event/Vision-2", encode(full_event()), "node");
}

TEST(DecodeEnvelope, RejectsBadTopicBeforeLookingAtThePayload) {
  const auto decoded = decode("anju/v1/demo/event/+", "not json");
  ASSERT_FALSE(decoded.ok());
  EXPECT_EQ(decoded.error().code, ErrorCode::kBadTopic);
}

TEST(DecodeEnvelope, PassesPayloadErrorsThrough) {
  const auto decoded = decode("anju/v1/demo/event/vision-2", "[1]");
  ASSERT_FALSE(decoded.ok());
  EXPECT_EQ(decoded.error().code, ErrorCode::kNotAnObject);
}

TEST(DecodeEnvelope, RejectsAMessageOfAnotherKindOnTheTopic) {
  const auto decoded = decode("anju/v1/demo/event/kiosk-214", encode(full_presence()));
  expect_rejected(decoded, ErrorCode::kMissingField, "seq");
}

TEST(MessageId, ReturnsTheIdOfEveryMessageType) {
  EXPECT_EQ(message_id(Message{full_presence()}), full_presence().id);
  EXPECT_EQ(message_id(Message{full_heartbeat()}), full_heartbeat().id);
  EXPECT_EQ(message_id(Message{full_event()}), full_event().id);
  EXPECT_EQ(message_id(Message{full_alarm()}), full_alarm().id);
  EXPECT_EQ(message_id(Message{full_room()}), full_room().id);
  EXPECT_EQ(message_id(Message{full_command()}), full_command().id);
  EXPECT_EQ(message_id(Message{full_incident()}), full_incident().id);
  EXPECT_EQ(message_id(Message{Event{}}), "");
}

}  // namespace
}  // namespace anju::protocol
