// Every way a payload can be refused, one test each: the error code, and a reason naming the field.
#include <gtest/gtest.h>

#include "protocol/codec.h"
#include "samples.h"

namespace anju::protocol {
namespace {

using namespace samples;
using nlohmann::json;

std::string call_with(void (*change)(json&)) {
  return edited(encode(call_event()), change);
}

std::string call_with_raw_detail(const std::string& raw_bytes) {
  std::string payload = encode(call_event());
  payload.insert(payload.size() - 1, ",\"detail\":\"" + raw_bytes + "\"");
  return payload;
}

// --- before parsing: size and encoding ---

TEST(Rejects, PayloadOverTheLimitAsTooLarge) {
  std::string payload = encode(call_event());
  payload.append(kMaxPayloadBytes + 1 - payload.size(), ' ');
  expect_rejected(decode_event(payload), ErrorCode::kTooLarge, "");
}

TEST(Rejects, OverlongUtf8AsInvalidUtf8) {
  expect_rejected(decode_event(call_with_raw_detail("\xC0\xAF")), ErrorCode::kInvalidUtf8, "");
  expect_rejected(decode_event(call_with_raw_detail("\xE0\x80\xAF")), ErrorCode::kInvalidUtf8, "");
  expect_rejected(decode_event(call_with_raw_detail("\xF0\x80\x80\xAF")), ErrorCode::kInvalidUtf8,
                  "");
}

TEST(Rejects, EncodedSurrogateAsInvalidUtf8) {
  expect_rejected(decode_event(call_with_raw_detail("\xED\xA0\x80")), ErrorCode::kInvalidUtf8, "");
}

TEST(Rejects, CodePointAboveU10FFFFAsInvalidUtf8) {
  expect_rejected(decode_event(call_with_raw_detail("\xF4\x90\x80\x80")), ErrorCode::kInvalidUtf8,
                  "");
}

TEST(Rejects, TruncatedOrStrayUtf8BytesAsInvalidUtf8) {
  expect_rejected(decode_event(call_with_raw_detail("\xE2\x82")), ErrorCode::kInvalidUtf8, "");
  expect_rejected(decode_event(call_with_raw_detail("\x80")), ErrorCode::kInvalidUtf8, "");
  expect_rejected(decode_event(call_with_raw_detail("\xFF")), ErrorCode::kInvalidUtf8, "");
}

TEST(Rejects, InvalidUtf8EvenWhereJsonWouldAlsoFail) {
  expect_rejected(decode_event("{\"v\":\xC3"), ErrorCode::kInvalidUtf8, "");
}

// --- JSON shape ---

TEST(Rejects, JsonSyntaxErrorAsMalformed) {
  for (const char* payload : {"", "{", R"({"v":1,})", R"({"v":1 "id":"a"})", R"({'v':1})",
                              R"({"v":01})", "{\"v\":1}x", "\xEF\xBB\xBF{\"v\":1}"}) {
    const auto result = decode_event(payload);
    expect_rejected(result, ErrorCode::kMalformed, "");
    if (!result.ok()) {
      EXPECT_NE(result.error().reason.find("malformed JSON"), std::string::npos);
    }
  }
}

TEST(Rejects, SyntaxErrorWinsOverAnEarlierFieldError) {
  expect_rejected(decode_event(R"({"v":1,"room":5,"id":)"), ErrorCode::kMalformed, "");
}

TEST(Rejects, NumberTooLargeForADoubleAsMalformed) {
  std::string payload = encode(call_event());
  payload.insert(1, R"("unknown":1e400,)");
  expect_rejected(decode_event(payload), ErrorCode::kMalformed, "");
}

TEST(Rejects, TopLevelArrayOrScalarAsNotAnObject) {
  for (const char* payload : {"[]", R"([{"v":1}])", "\"call\"", "42", "null", "true"}) {
    expect_rejected(decode_event(payload), ErrorCode::kNotAnObject, "");
  }
}

// --- schema version ---

TEST(Rejects, MissingVersionAsMissingField) {
  expect_rejected(decode_event(call_with([](json& j) { j.erase("v"); })), ErrorCode::kMissingField,
                  "v");
}

TEST(Rejects, OtherVersionAsUnsupportedVersion) {
  expect_rejected(decode_event(call_with([](json& j) { j["v"] = 2; })),
                  ErrorCode::kUnsupportedVersion, "v");
  expect_rejected(decode_event(call_with([](json& j) { j["v"] = -1; })),
                  ErrorCode::kUnsupportedVersion, "v");
}

TEST(Rejects, VersionThatIsNotAnIntegerAsWrongType) {
  expect_rejected(decode_event(call_with([](json& j) { j["v"] = "1"; })), ErrorCode::kWrongType,
                  "v");
  expect_rejected(decode_event(call_with([](json& j) { j["v"] = 1.0; })), ErrorCode::kWrongType,
                  "v");
}

TEST(Rejects, UnsupportedVersionWinsOverFieldErrors) {
  // A later version may define fields differently: report the version, not the fields.
  expect_rejected(decode_event(call_with([](json& j) {
                    j["v"] = 2;
                    j["type"] = "new_type";
                  })),
                  ErrorCode::kUnsupportedVersion, "v");
}

// --- fields ---

TEST(Rejects, MissingRequiredFieldAsMissingField) {
  for (const char* field : {"id", "ts", "seq", "node", "type", "room"}) {
    SCOPED_TRACE(field);
    const auto payload = edited(encode(call_event()), [&](json& j) { j.erase(field); });
    expect_rejected(decode_event(payload), ErrorCode::kMissingField, field);
  }
}

TEST(Rejects, StringFieldGivenANumberAsWrongType) {
  const auto result = decode_event(call_with([](json& j) { j["room"] = 5; }));
  expect_rejected(result, ErrorCode::kWrongType, "room");
  EXPECT_EQ(result.error().reason, "field 'room': expected string, got number");
}

TEST(Rejects, WrongJsonTypesAsWrongType) {
  expect_rejected(decode_event(call_with([](json& j) { j["ts"] = "1718035200123"; })),
                  ErrorCode::kWrongType, "ts");
  expect_rejected(decode_event(call_with([](json& j) { j["ts"] = 1.5; })), ErrorCode::kWrongType,
                  "ts");
  expect_rejected(decode_event(call_with([](json& j) { j["seq"] = nullptr; })),
                  ErrorCode::kWrongType, "seq");
  expect_rejected(decode_event(call_with([](json& j) { j["type"] = json::array({"call"}); })),
                  ErrorCode::kWrongType, "type");
  expect_rejected(decode_event(call_with([](json& j) { j["node"] = json::object(); })),
                  ErrorCode::kWrongType, "node");
  expect_rejected(decode_event(call_with([](json& j) { j["confidence"] = "0.5"; })),
                  ErrorCode::kWrongType, "confidence");
  expect_rejected(decode_event(call_with([](json& j) {
                    j["box"] = json::array({1, 2, 3, 4});
                  })),
                  ErrorCode::kWrongType, "box");
  expect_rejected(decode_event(call_with([](json& j) { j["detail"] = true; })),
                  ErrorCode::kWrongType, "detail");
}

TEST(Rejects, UnknownEnumNameAsInvalidValue) {
  expect_rejected(decode_event(call_with([](json& j) { j["type"] = "Call"; })),
                  ErrorCode::kInvalidValue, "type");
}

TEST(Rejects, EmptyRequiredIdAsInvalidValue) {
  expect_rejected(decode_event(call_with([](json& j) { j["node"] = ""; })),
                  ErrorCode::kInvalidValue, "node");
  expect_rejected(decode_event(call_with([](json& j) { j["id"] = ""; })), ErrorCode::kInvalidValue,
                  "id");
  expect_rejected(decode_event(call_with([](json& j) { j["room"] = ""; })),
                  ErrorCode::kInvalidValue, "room");
}

TEST(Rejects, NegativeTimestampAsInvalidValue) {
  expect_rejected(decode_event(call_with([](json& j) { j["ts"] = -1; })), ErrorCode::kInvalidValue,
                  "ts");
}

TEST(Rejects, NegativeSequenceAsInvalidValue) {
  expect_rejected(decode_event(call_with([](json& j) { j["seq"] = -3; })), ErrorCode::kInvalidValue,
                  "seq");
}

TEST(Rejects, ConfidenceOutsideZeroToOneAsInvalidValue) {
  expect_rejected(decode_event(call_with([](json& j) { j["confidence"] = 1.01; })),
                  ErrorCode::kInvalidValue, "confidence");
  expect_rejected(decode_event(call_with([](json& j) { j["confidence"] = -0.1; })),
                  ErrorCode::kInvalidValue, "confidence");
}

TEST(Rejects, IdsThatAreNotValidTopicLevelsAsInvalidValue) {
  for (const char* field : {"node", "room", "bed", "device", "staff", "alarm"}) {
    for (const char* bad : {"a/b", "+", "#", "room 1", "r\u00f6om", "x\ny"}) {
      SCOPED_TRACE(std::string(field) + " = " + bad);
      const auto payload = edited(encode(call_event()), [&](json& j) { j[field] = bad; });
      expect_rejected(decode_event(payload), ErrorCode::kInvalidValue, field);
    }
  }
  expect_rejected(decode_event(call_with([](json& j) { j["room"] = std::string(65, 'r'); })),
                  ErrorCode::kInvalidValue, "room");
}

TEST(Rejects, MessageIdLongerThan128AsInvalidValue) {
  const std::string ok(128, 'i');
  EXPECT_TRUE(decode_event(edited(encode(call_event()), [&](json& j) { j["id"] = ok; })).ok());
  expect_rejected(decode_event(call_with([](json& j) { j["id"] = std::string(129, 'i'); })),
                  ErrorCode::kInvalidValue, "id");
}

TEST(Rejects, BoxWithNegativeWidthOrHeightAsInvalidValue) {
  expect_rejected(decode_event(call_with([](json& j) {
                    j["box"] = {{"x", 0}, {"y", 0}, {"w", -1}, {"h", 1}};
                  })),
                  ErrorCode::kInvalidValue, "box.w");
  expect_rejected(decode_event(call_with([](json& j) {
                    j["box"] = {{"x", 0}, {"y", 0}, {"w", 1}, {"h", -0.5}};
                  })),
                  ErrorCode::kInvalidValue, "box.h");
}

TEST(Rejects, BoxWithAMissingOrNonNumericSideAsMissingOrWrongType) {
  expect_rejected(decode_event(call_with([](json& j) {
                    j["box"] = {{"x", 0}, {"y", 0}, {"w", 1}};
                  })),
                  ErrorCode::kMissingField, "box.h");
  expect_rejected(decode_event(call_with([](json& j) {
                    j["box"] = {{"x", "0"}, {"y", 0}, {"w", 1}, {"h", 1}};
                  })),
                  ErrorCode::kWrongType, "box.x");
}

TEST(Rejects, RepeatedFieldAsInvalidValue) {
  std::string payload = encode(call_event());
  payload.insert(payload.size() - 1, R"(,"room":"215")");
  expect_rejected(decode_event(payload), ErrorCode::kInvalidValue, "room");
}

TEST(Rejects, RepeatedVersionAsInvalidValue) {
  std::string payload = encode(call_event());
  payload.insert(payload.size() - 1, R"(,"v":1)");
  expect_rejected(decode_event(payload), ErrorCode::kInvalidValue, "v");
}

// --- other message types ---

TEST(Rejects, PresenceWithUnknownKindOrState) {
  expect_rejected(
      decode_presence(edited(encode(full_presence()), [](json& j) { j["kind"] = "toaster"; })),
      ErrorCode::kInvalidValue, "kind");
  expect_rejected(
      decode_presence(edited(encode(full_presence()), [](json& j) { j["state"] = "away"; })),
      ErrorCode::kInvalidValue, "state");
}

TEST(Rejects, PresenceWithHeartbeatIntervalOverADay) {
  expect_rejected(
      decode_presence(edited(encode(full_presence()), [](json& j) { j["heartbeat_s"] = 86401; })),
      ErrorCode::kInvalidValue, "heartbeat_s");
}

TEST(Rejects, HeartbeatStatWithNonNumericValue) {
  expect_rejected(
      decode_heartbeat(edited(encode(full_heartbeat()), [](json& j) { j["stats"]["fps"] = "15"; })),
      ErrorCode::kWrongType, "stats.fps");
}

TEST(Rejects, HeartbeatStatWithInvalidOrRepeatedName) {
  expect_rejected(decode_heartbeat(edited(encode(full_heartbeat()),
                                          [](json& j) { j["stats"]["bad name"] = 1; })),
                  ErrorCode::kInvalidValue, "stats");
  std::string payload = encode(full_heartbeat());
  payload.insert(payload.find("\"fps\""), R"("fps":1,)");
  expect_rejected(decode_heartbeat(payload), ErrorCode::kInvalidValue, "stats");
}

TEST(Rejects, HeartbeatStatsThatAreNotAnObject) {
  expect_rejected(decode_heartbeat(edited(encode(full_heartbeat()),
                                          [](json& j) { j["stats"] = json::array({1}); })),
                  ErrorCode::kWrongType, "stats");
}

TEST(Rejects, AlarmWithEscalationAboveTwo) {
  expect_rejected(
      decode_alarm_state(edited(encode(full_alarm()), [](json& j) { j["escalation"] = 3; })),
      ErrorCode::kInvalidValue, "escalation");
}

TEST(Rejects, AlarmWithInvalidDeviceId) {
  expect_rejected(
      decode_alarm_state(edited(encode(full_alarm()), [](json& j) { j["device"] = "cam 214"; })),
      ErrorCode::kInvalidValue, "device");
}

TEST(Rejects, AlarmWithUnknownPriorityOrStatus) {
  expect_rejected(
      decode_alarm_state(edited(encode(full_alarm()), [](json& j) { j["priority"] = "urgent"; })),
      ErrorCode::kInvalidValue, "priority");
  expect_rejected(
      decode_alarm_state(edited(encode(full_alarm()), [](json& j) { j["status"] = "done"; })),
      ErrorCode::kInvalidValue, "status");
}

TEST(Rejects, AlarmPagesThatDoNotAddUp) {
  expect_rejected(decode_alarm_state(
                      edited(encode(full_alarm()), [](json& j) { j["paged"]["n-0042"] = "seen"; })),
                  ErrorCode::kInvalidValue, "paged.n-0042");
  expect_rejected(decode_alarm_state(
                      edited(encode(full_alarm()), [](json& j) { j["paged_ts"]["n-0099"] = 5; })),
                  ErrorCode::kMissingField, "paged");
  expect_rejected(
      decode_alarm_state(edited(encode(full_alarm()), [](json& j) { j["paging"] = "boss"; })),
      ErrorCode::kInvalidValue, "paging");
  expect_rejected(decode_event(edited(encode(minimal_event(EventType::kAlertStatus)),
                                      [](json& j) { j["detail"] = "ignored"; })),
                  ErrorCode::kInvalidValue, "detail");
}

TEST(Rejects, AlarmActionsThatAreNotAListOfNames) {
  expect_rejected(
      decode_alarm_state(edited(encode(full_alarm()), [](json& j) { j["actions"] = "resolve"; })),
      ErrorCode::kWrongType, "actions");
  const auto with_actions = [](json actions) {
    return decode_alarm_state(
        edited(encode(full_alarm()), [&](json& j) { j["actions"] = actions; }));
  };
  expect_rejected(with_actions(json::array({"ok", 3})), ErrorCode::kWrongType, "actions[1]");
  expect_rejected(with_actions(json::array({"a/b"})), ErrorCode::kInvalidValue, "actions[0]");
}

TEST(Rejects, AlarmWithoutTheTimestampOfItsStatus) {
  expect_rejected(
      decode_alarm_state(edited(encode(full_alarm()), [](json& j) { j.erase("closed_ts"); })),
      ErrorCode::kMissingField, "closed_ts");
  expect_rejected(decode_alarm_state(edited(encode(minimal_alarm()),
                                            [](json& j) { j["status"] = "acknowledged"; })),
                  ErrorCode::kMissingField, "acknowledged_ts");
  expect_rejected(decode_alarm_state(edited(encode(minimal_alarm()),
                                            [](json& j) {
                                              j["status"] = "present";
                                              j["present_ts"] = 0;
                                            })),
                  ErrorCode::kInvalidValue, "present_ts");
}

TEST(Rejects, RoomWithActiveAlarmsButNoTopPriority) {
  expect_rejected(decode_room_summary(edited(encode(full_room()), [](json& j) { j.erase("top"); })),
                  ErrorCode::kMissingField, "top");
}

TEST(Rejects, RoomWithTopPriorityButNothingActive) {
  expect_rejected(
      decode_room_summary(edited(encode(full_room()), [](json& j) { j["active"] = 0; })),
      ErrorCode::kInvalidValue, "top");
}

TEST(Rejects, RoomWithUnknownCallState) {
  expect_rejected(
      decode_room_summary(edited(encode(full_room()), [](json& j) { j["call"] = "ringing"; })),
      ErrorCode::kInvalidValue, "call");
}

TEST(Rejects, RoomWithARoundStateButNoDueTime) {
  expect_rejected(
      decode_room_summary(edited(encode(full_room()), [](json& j) { j.erase("round_due_ts"); })),
      ErrorCode::kMissingField, "round_due_ts");
  expect_rejected(
      decode_room_summary(edited(encode(full_room()), [](json& j) { j["round"] = "late"; })),
      ErrorCode::kInvalidValue, "round");
}

TEST(Rejects, ClipReadyWithoutItsClipOrTimes) {
  const Event ready = minimal_event(EventType::kClipReady);
  for (const char* field : {"clip", "clip_start_ts", "clip_end_ts", "device"}) {
    SCOPED_TRACE(field);
    expect_rejected(decode_event(edited(encode(ready), [&](json& j) { j.erase(field); })),
                    ErrorCode::kMissingField, field);
  }
  expect_rejected(
      decode_event(edited(encode(ready),
                          [](json& j) { j["clip_end_ts"] = j["clip_start_ts"].get<long>() - 1; })),
      ErrorCode::kInvalidValue, "clip_end_ts");
}

TEST(Rejects, IncidentReviewWithoutAKnownOutcome) {
  const Event review = minimal_event(EventType::kIncidentReview);
  expect_rejected(decode_event(edited(encode(review), [](json& j) { j.erase("outcome"); })),
                  ErrorCode::kMissingField, "outcome");
  expect_rejected(decode_event(edited(encode(review), [](json& j) { j["outcome"] = "oops"; })),
                  ErrorCode::kInvalidValue, "outcome");
  expect_rejected(decode_event(edited(encode(review), [](json& j) { j.erase("alarm"); })),
                  ErrorCode::kMissingField, "alarm");
}

TEST(Rejects, ShiftReportWithBadFigures) {
  expect_rejected(decode_shift_report(edited(encode(full_report()),
                                             [](json& j) { j["p50_s_by_type"]["call"] = -1; })),
                  ErrorCode::kInvalidValue, "p50_s_by_type.call");
  expect_rejected(decode_shift_report(edited(encode(full_report()),
                                             [](json& j) { j["alarms_by_type"]["a/b"] = 1; })),
                  ErrorCode::kInvalidValue, "alarms_by_type");
  expect_rejected(
      decode_shift_report(edited(encode(full_report()), [](json& j) { j["answered"] = 99; })),
      ErrorCode::kInvalidValue, "answered");
  expect_rejected(
      decode_shift_report(edited(encode(full_report()), [](json& j) { j["to_ts"] = 0; })),
      ErrorCode::kInvalidValue, "to_ts");
}

TEST(Rejects, CommandAboutAnAlarmWithoutTheAlarm) {
  for (const char* cmd : {"acknowledged", "present", "cleared"}) {
    SCOPED_TRACE(cmd);
    expect_rejected(decode_command(edited(encode(full_command()),
                                          [&](json& j) {
                                            j["cmd"] = cmd;
                                            j.erase("alarm");
                                          })),
                    ErrorCode::kMissingField, "alarm");
  }
}

TEST(Rejects, ConfigCommandWithoutText) {
  expect_rejected(
      decode_command(edited(encode(minimal_command()), [](json& j) { j["cmd"] = "config"; })),
      ErrorCode::kMissingField, "text");
}

std::string receipt_with(void (*change)(json&)) {
  return edited(encode(receipt_command()), change);
}

TEST(Rejects, ReceiptWithoutEventsAsMissingField) {
  expect_rejected(decode_command(receipt_with([](json& j) { j.erase("events"); })),
                  ErrorCode::kMissingField, "events");
}

TEST(Rejects, ReceiptWithAnEmptyEventsArrayAsInvalidValue) {
  expect_rejected(decode_command(receipt_with([](json& j) { j["events"] = json::array(); })),
                  ErrorCode::kInvalidValue, "events");
}

TEST(Rejects, ReceiptWithMoreEventsThanTheLimitAsInvalidValue) {
  const auto payload = edited(encode(receipt_command()), [](json& j) {
    j["events"] = json::array();
    for (std::size_t i = 0; i <= kMaxReceiptEvents; ++i)
      j["events"].push_back("e-" + std::to_string(i));
  });
  expect_rejected(decode_command(payload), ErrorCode::kInvalidValue, "events");
}

TEST(Rejects, ReceiptEventThatIsNotAMessageIdNamedByItsPosition) {
  for (const std::string& bad :
       {std::string(""), std::string("a/b"), std::string("gw east"), std::string(129, 'i')}) {
    SCOPED_TRACE(bad);
    const auto payload = edited(encode(receipt_command()), [&](json& j) { j["events"][1] = bad; });
    expect_rejected(decode_command(payload), ErrorCode::kInvalidValue, "events[1]");
  }
  expect_rejected(decode_command(receipt_with([](json& j) { j["events"][0] = 17; })),
                  ErrorCode::kWrongType, "events[0]");
  expect_rejected(
      decode_command(receipt_with([](json& j) { j["events"][0] = json::array({"x"}); })),
      ErrorCode::kWrongType, "events[0]");
  expect_rejected(decode_command(receipt_with([](json& j) {
                    j["events"][0] = {{"id", "x"}};
                  })),
                  ErrorCode::kWrongType, "events[0]");
}

TEST(Rejects, ReceiptEventsThatAreNotAnArrayAsWrongType) {
  const auto result =
      decode_command(receipt_with([](json& j) { j["events"] = "gw-east-3f9c-17"; }));
  expect_rejected(result, ErrorCode::kWrongType, "events");
  EXPECT_EQ(result.error().reason, "field 'events': expected array, got string");
  expect_rejected(decode_command(receipt_with([](json& j) {
                    j["events"] = {{"0", "gw-east-1"}};
                  })),
                  ErrorCode::kWrongType, "events");
}

TEST(Rejects, RepeatedEventsArrayAsInvalidValue) {
  std::string payload = encode(receipt_command());
  payload.insert(payload.size() - 1, R"(,"events":["gw-east-3f9c-19"])");
  expect_rejected(decode_command(payload), ErrorCode::kInvalidValue, "events");
}

TEST(Rejects, EventsOnACommandOtherThanAReceipt) {
  // An "acknowledged" with events must not make a node forget events it has to resend.
  expect_rejected(decode_command(edited(encode(full_command()),
                                        [](json& j) { j["events"] = json::array({"gw-east-1"}); })),
                  ErrorCode::kInvalidValue, "events");
}

TEST(Rejects, ArrayForAScalarOrObjectFieldNamesTheExpectedType) {
  const auto scalar =
      decode_command(edited(encode(full_command()), [](json& j) { j["alarm"] = json::array(); }));
  expect_rejected(scalar, ErrorCode::kWrongType, "alarm");
  EXPECT_EQ(scalar.error().reason, "field 'alarm': expected string, got array");
  const auto object = decode_event(call_with([](json& j) { j["box"] = json::array(); }));
  expect_rejected(object, ErrorCode::kWrongType, "box");
  EXPECT_EQ(object.error().reason, "field 'box': expected object, got array");
  expect_rejected(decode_event(call_with([](json& j) { j["v"] = json::array({1}); })),
                  ErrorCode::kWrongType, "v");
}

TEST(Rejects, IncidentClipEndingBeforeItStarts) {
  expect_rejected(
      decode_incident(edited(encode(full_incident()), [](json& j) { j["clip_end_ts"] = 1; })),
      ErrorCode::kInvalidValue, "clip_end_ts");
}

TEST(Rejects, IncidentWithoutAlarmOrType) {
  expect_rejected(
      decode_incident(edited(encode(full_incident()), [](json& j) { j.erase("alarm"); })),
      ErrorCode::kMissingField, "alarm");
  expect_rejected(
      decode_incident(edited(encode(full_incident()), [](json& j) { j.erase("type"); })),
      ErrorCode::kMissingField, "type");
}

TEST(Rejects, EveryDecoderRefusesEveryOtherMessageType) {
  // A message published on the wrong topic kind must not decode as something else.
  EXPECT_FALSE(decode_presence(encode(full_event())).ok());
  EXPECT_FALSE(decode_heartbeat(encode(full_alarm())).ok());
  EXPECT_FALSE(decode_event(encode(full_presence())).ok());
  EXPECT_FALSE(decode_alarm_state(encode(full_room())).ok());
  EXPECT_FALSE(decode_room_summary(encode(full_command())).ok());
  EXPECT_FALSE(decode_command(encode(full_incident())).ok());
  EXPECT_FALSE(decode_incident(encode(full_heartbeat())).ok());
}

}  // namespace
}  // namespace anju::protocol
