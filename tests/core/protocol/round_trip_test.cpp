// Every message type survives encode -> decode unchanged, with all fields and with the minimum.
#include <gtest/gtest.h>

#include <limits>

#include "protocol/codec.h"
#include "samples.h"

namespace anju::protocol {
namespace {

using namespace samples;

template <class T, class Decode>
void expect_round_trip(const T& original, Decode decode_fn) {
  const std::string payload = encode(original);
  const auto decoded = decode_fn(payload);
  ASSERT_TRUE(decoded.ok()) << payload << "\n" << decoded.error().reason;
  EXPECT_EQ(decoded.value(), original) << payload;
}

TEST(RoundTrip, PresenceWithAllFields) {
  expect_round_trip(full_presence(), decode_presence);
}
TEST(RoundTrip, PresenceWithRequiredFieldsOnly) {
  expect_round_trip(minimal_presence(), decode_presence);
}
TEST(RoundTrip, HeartbeatWithAllFieldsKeepsStatsOrder) {
  expect_round_trip(full_heartbeat(), decode_heartbeat);
}
TEST(RoundTrip, HeartbeatWithRequiredFieldsOnly) {
  expect_round_trip(minimal_heartbeat(), decode_heartbeat);
}
TEST(RoundTrip, EventWithAllFieldsIncludingEscapesAndNonAscii) {
  expect_round_trip(full_event(), decode_event);
}
TEST(RoundTrip, AlarmStateWithAllFields) {
  expect_round_trip(full_alarm(), decode_alarm_state);
}
TEST(RoundTrip, AlarmStateWithRequiredFieldsOnly) {
  expect_round_trip(minimal_alarm(), decode_alarm_state);
}
TEST(RoundTrip, AlarmActionsNoneIsAnEmptyListAndAbsentIsUnknown) {
  AlarmState none = minimal_alarm();
  none.actions = AlarmActions{};
  EXPECT_NE(encode(none).find(R"("actions":[])"), std::string::npos) << encode(none);
  expect_round_trip(none, decode_alarm_state);
  EXPECT_EQ(encode(minimal_alarm()).find("actions"), std::string::npos);
  auto decoded = decode_alarm_state(encode(minimal_alarm()));
  ASSERT_TRUE(decoded);
  EXPECT_FALSE(decoded->actions) << "an engine that does not say: the console falls back";
}
TEST(Decoding, AlarmActionsANewerEngineAddsAreSkipped) {
  std::string payload = encode(minimal_alarm());
  payload.insert(payload.size() - 1, R"(,"actions":["silence_all","resolve"])");
  auto decoded = decode_alarm_state(payload);
  ASSERT_TRUE(decoded) << decoded.error().reason;
  EXPECT_EQ(decoded->actions, (AlarmActions{.acknowledge = false, .resolve = true}));
}
TEST(RoundTrip, RoomSummaryWithAllFields) {
  expect_round_trip(full_room(), decode_room_summary);
}
TEST(RoundTrip, RoomSummaryWithRequiredFieldsOnly) {
  expect_round_trip(minimal_room(), decode_room_summary);
}
TEST(RoundTrip, CommandWithAllFields) {
  expect_round_trip(full_command(), decode_command);
}
TEST(RoundTrip, CommandWithRequiredFieldsOnly) {
  expect_round_trip(minimal_command(), decode_command);
}
TEST(RoundTrip, ReceiptKeepsItsEventIdsInOrder) {
  expect_round_trip(receipt_command(), decode_command);
}
TEST(RoundTrip, ReceiptWithTheMostEventIdsAllowed) {
  Command m = receipt_command();
  m.events.clear();
  for (std::size_t i = 0; i < kMaxReceiptEvents; ++i)
    m.events.push_back("gw-east-3f9c-" + std::to_string(i));
  expect_round_trip(m, decode_command);
}
TEST(RoundTrip, IncidentWithAllFields) {
  expect_round_trip(full_incident(), decode_incident);
}
TEST(RoundTrip, IncidentWithRequiredFieldsOnly) {
  expect_round_trip(minimal_incident(), decode_incident);
}
TEST(RoundTrip, ShiftReportWithFiguresPerType) {
  expect_round_trip(full_report(), decode_shift_report);
}
TEST(RoundTrip, ShiftReportWithRequiredFieldsOnly) {
  expect_round_trip(minimal_report(), decode_shift_report);
}
TEST(RoundTrip, ShiftReportTypesMissingFromOneFigureReadAsZero) {
  const std::string payload = edited(encode(full_report()), [](nlohmann::json& j) {
    j["p90_s_by_type"].erase("call");
    j["alarms_by_type"]["wander"] = 2;
  });
  const auto decoded = decode_shift_report(payload);
  ASSERT_TRUE(decoded.ok()) << decoded.error().reason;
  const auto& by_type = decoded.value().by_type;
  ASSERT_EQ(by_type.size(), 4u);
  EXPECT_EQ(by_type[0].first, "call");
  EXPECT_EQ(by_type[0].second.p90_s, 0);
  EXPECT_EQ(by_type[0].second.p50_s, 80);
  EXPECT_EQ(by_type[3].first, "wander");  // kept sorted by type
  EXPECT_EQ(by_type[3].second.alarms, 2);
}

class EventTypeRoundTrip : public ::testing::TestWithParam<int> {};

TEST_P(EventTypeRoundTrip, MinimalEventOfEachTypeRoundTrips) {
  expect_round_trip(minimal_event(static_cast<EventType>(GetParam())), decode_event);
}
INSTANTIATE_TEST_SUITE_P(AllEventTypes, EventTypeRoundTrip, ::testing::Range(0, kEventTypeCount));

TEST(RoundTrip, ExtremeNumbersSurvive) {
  Event e = full_event();
  e.ts = std::numeric_limits<std::int64_t>::max();
  e.seq = std::numeric_limits<std::uint64_t>::max();
  e.confidence = 1;
  e.box = Box{-1e300, 5e-324, 0, 1.7976931348623157e308};
  expect_round_trip(e, decode_event);
  e.confidence = 0.1 + 0.2;  // not exactly 0.3: the shortest form must still read back exactly
  e.box = Box{-0.0, 1.0 / 3, 123456789012345680.0, 2.5e-8};
  expect_round_trip(e, decode_event);
}

TEST(Encoding, OmitsEmptyOptionalFields) {
  const std::string payload = encode(call_event());
  EXPECT_EQ(payload,
            R"({"v":1,"id":"gw-east-3f9c-17","ts":1718035200123,"seq":17,"node":"gw-east",)"
            R"("type":"call","room":"214"})");
}

TEST(Encoding, WritesReceiptEventsAsAnArrayOfIds) {
  EXPECT_EQ(
      encode(receipt_command()),
      R"({"v":1,"id":"engine-1-0f0f-308","ts":1718035200123,"node":"gw-east","cmd":"receipt",)"
      R"("events":["gw-east-3f9c-17","gw-east-3f9c-18"]})");
}

TEST(Encoding, WritesAReceiptsEventsEvenWhenEmpty) {
  Command m = receipt_command();
  m.events.clear();  // a caller's mistake: the receiver must see it as an error
  const std::string payload = encode(m);
  EXPECT_NE(payload.find(R"("events":[])"), std::string::npos) << payload;
  const auto decoded = decode_command(payload);
  ASSERT_FALSE(decoded.ok());
  EXPECT_EQ(decoded.error().code, ErrorCode::kInvalidValue);
}

TEST(Encoding, WritesFieldsTheTypeRequiresEvenWhenEmpty) {
  Event e = call_event();
  e.room.clear();  // a caller's mistake: the receiver must see it as an error, not a roomless call
  const auto decoded = decode_event(encode(e));
  ASSERT_FALSE(decoded.ok());
  EXPECT_EQ(decoded.error().code, ErrorCode::kInvalidValue);
}

TEST(Encoding, WritesFallConfidenceEvenWhenZero) {
  Event e = minimal_event(EventType::kFall);
  e.confidence = 0;
  EXPECT_NE(encode(e).find(R"("confidence":0)"), std::string::npos);
  expect_round_trip(e, decode_event);
}

TEST(Encoding, ReplacesInvalidUtf8WithReplacementCharacter) {
  Event e = call_event();
  e.detail = "ok\xC0\xAFok\xED\xA0\x80";
  const std::string payload = encode(e);
  const auto decoded = decode_event(payload);
  ASSERT_TRUE(decoded.ok()) << decoded.error().reason;
  EXPECT_EQ(decoded->detail, "ok\uFFFD\uFFFDok\uFFFD\uFFFD\uFFFD");
}

TEST(Encoding, EscapesControlCharacters) {
  Event e = call_event();
  e.detail = std::string("a\x01\x1f\t\"\\b", 7) + std::string(1, '\0');
  const std::string payload = encode(e);
  EXPECT_NE(payload.find(R"("detail":"a\u0001\u001f\t\"\\b\u0000")"), std::string::npos) << payload;
  expect_round_trip(e, decode_event);
}

TEST(Encoding, OutputIsValidJsonForAnIndependentParser) {
  for (const std::string& payload :
       {encode(full_presence()), encode(full_heartbeat()), encode(full_event()),
        encode(full_alarm()), encode(full_room()), encode(full_command()),
        encode(receipt_command()), encode(full_incident())}) {
    EXPECT_TRUE(nlohmann::json::accept(payload)) << payload;
  }
}

TEST(Decoding, IgnoresUnknownFieldsOfAnyShape) {
  const auto payload = edited(encode(call_event()), [](nlohmann::json& j) {
    j["future"] = "x";
    j["nested"] = {{"room", 5}, {"deeper", {{"v", 9}}}, {"list", {1, {{"a", nullptr}}}}};
    j["list"] = {1, 2, {{"id", false}}};
  });
  const auto decoded = decode_event(payload);
  ASSERT_TRUE(decoded.ok()) << decoded.error().reason;
  EXPECT_EQ(decoded.value(), call_event());
}

TEST(Decoding, IgnoresAnEmptyKeyHoldingAnObject) {
  // Found by the fuzzer: "" once matched an unnamed table slot and called a null reader.
  std::string payload = encode(call_event());
  payload.insert(payload.size() - 1, R"(,"":{"x":1,"y":2,"w":3,"h":4},"":[1],"":"")");
  const auto decoded = decode_event(payload);
  ASSERT_TRUE(decoded.ok()) << decoded.error().reason;
  EXPECT_EQ(decoded.value(), call_event());
}

TEST(Decoding, AcceptsWhitespaceAndAnyFieldOrder) {
  const std::string payload =
      " \n{ \"room\" : \"214\" ,\t\"type\":\"call\",\"node\":\"gw-east\",\"seq\":17,"
      "\"ts\":1718035200123,\"id\":\"gw-east-3f9c-17\",\"v\":1 }\r\n";
  const auto decoded = decode_event(payload);
  ASSERT_TRUE(decoded.ok()) << decoded.error().reason;
  EXPECT_EQ(decoded.value(), call_event());
}

TEST(Decoding, DecodesEscapedStringsIncludingSurrogatePairs) {
  std::string payload = encode(call_event());
  payload.insert(payload.size() - 1, R"(,"detail":"\u0041\u00e9\u4e2d\ud83d\ude00\/")");
  const auto escaped = decode_event(payload);
  ASSERT_TRUE(escaped.ok()) << escaped.error().reason;
  EXPECT_EQ(escaped->detail, "A\u00e9\u4e2d\U0001F600/");
}

TEST(Decoding, AcceptsOptionalIdsGivenAsEmptyStrings) {
  const auto decoded = decode_event(edited(encode(call_event()), [](nlohmann::json& j) {
    j["bed"] = "";
    j["staff"] = "";
  }));
  ASSERT_TRUE(decoded.ok()) << decoded.error().reason;
  EXPECT_EQ(decoded.value(), call_event());
}

TEST(Decoding, AcceptsAnEmptyEventsArrayOnOtherCommands) {
  const auto decoded = decode_command(edited(
      encode(full_command()), [](nlohmann::json& j) { j["events"] = nlohmann::json::array(); }));
  ASSERT_TRUE(decoded.ok()) << decoded.error().reason;
  EXPECT_EQ(decoded.value(), full_command());
}

TEST(Decoding, AcceptsAReceiptWithWhitespaceAndEscapesInItsArray) {
  std::string payload = encode(receipt_command());
  const auto events = payload.find("\"events\"");
  ASSERT_NE(events, std::string::npos);
  payload.replace(events, std::string::npos,
                  "\"events\" : [ \"gw-east-3f9c-17\" ,\n\"gw\\u002deast-3f9c-18\" ] }");
  const auto decoded = decode_command(payload);
  ASSERT_TRUE(decoded.ok()) << payload << "\n" << decoded.error().reason;
  EXPECT_EQ(decoded.value(), receipt_command());
}

TEST(Decoding, AcceptsIntegersForNumberFields) {
  const auto decoded = decode_event(edited(encode(minimal_event(EventType::kFall)),
                                           [](nlohmann::json& j) { j["confidence"] = 1; }));
  ASSERT_TRUE(decoded.ok()) << decoded.error().reason;
  EXPECT_EQ(decoded->confidence, 1.0);
}

TEST(Decoding, PayloadOfExactlyTheLimitIsAccepted) {
  std::string payload = encode(call_event());
  payload.append(kMaxPayloadBytes - payload.size(), ' ');
  ASSERT_EQ(payload.size(), kMaxPayloadBytes);
  EXPECT_TRUE(decode_event(payload).ok());
}

}  // namespace
}  // namespace anju::protocol
