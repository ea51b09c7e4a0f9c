// Wire names of every enum: each value has one unique name and reads back as itself.
#include <gtest/gtest.h>

#include <set>

#include "protocol/messages.h"

namespace anju::protocol {
namespace {

template <class E>
void expect_names_round_trip(int count, std::optional<E> (*parse)(std::string_view)) {
  std::set<std::string_view> names;
  for (int i = 0; i < count; ++i) {
    const auto value = static_cast<E>(i);
    const auto name = to_string(value);
    EXPECT_NE(name, "unknown");
    EXPECT_TRUE(names.insert(name).second) << "duplicate name " << name;
    EXPECT_EQ(parse(name), value) << name;
  }
  EXPECT_EQ(parse(""), std::nullopt);
  EXPECT_EQ(parse("no_such_name"), std::nullopt);
  EXPECT_EQ(parse(std::string(*names.begin()) + " "), std::nullopt);
}

TEST(EnumNames, NodeKindsRoundTrip) {
  expect_names_round_trip<NodeKind>(6, parse_node_kind);
  EXPECT_EQ(to_string(NodeKind::kGateway), "gateway");
}

TEST(EnumNames, EventTypesRoundTrip) {
  expect_names_round_trip<EventType>(kEventTypeCount, parse_event_type);
  EXPECT_EQ(to_string(EventType::kBathroomCall), "bathroom_call");
  EXPECT_EQ(to_string(EventType::kAlarmAck), "alarm_ack");
}

TEST(EnumNames, PresenceStatesRoundTrip) {
  expect_names_round_trip<PresenceState>(2, parse_presence_state);
}

TEST(EnumNames, PrioritiesRoundTrip) {
  expect_names_round_trip<Priority>(3, parse_priority);
  EXPECT_EQ(to_string(Priority::kHigh), "high");
}

TEST(EnumNames, AlarmStatusesRoundTrip) {
  expect_names_round_trip<AlarmStatus>(5, parse_alarm_status);
}

TEST(EnumNames, CommandTypesRoundTrip) {
  expect_names_round_trip<CommandType>(6, parse_command_type);
  EXPECT_EQ(to_string(CommandType::kReceipt), "receipt");
}

TEST(EnumNames, CallStatesRoundTrip) {
  expect_names_round_trip<CallState>(4, parse_call_state);
}

TEST(EnumNames, NamesAreCaseSensitive) {
  EXPECT_EQ(parse_event_type("Call"), std::nullopt);
  EXPECT_EQ(parse_priority("HIGH"), std::nullopt);
}

}  // namespace
}  // namespace anju::protocol
