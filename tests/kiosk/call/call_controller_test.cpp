#include "call/call_controller.h"

#include <gtest/gtest.h>

#include "kiosk/kiosk_fakes.h"

namespace anju::kiosk {
namespace {

using protocol::CallState;
using protocol::CommandType;
using protocol::EventType;

class CallControllerTest : public ::testing::Test {
 protected:
  KioskPlace place{"demo", "kiosk-101", "101", "A"};
  ManualClock clock;
  test::RecordingSink sink;
  CallController controller{place, sink, clock};
  std::vector<CallChange> changes;

  void SetUp() override {
    controller.add_listener([this](const CallChange& c) { changes.push_back(c); });
  }

  protocol::RoomSummary summary(CallState call, const std::string& staff = {},
                                protocol::Priority top = protocol::Priority::kMedium) {
    protocol::RoomSummary s;
    s.id = "engine-x-" + std::to_string(++ids_);
    s.ts = clock.now_ms();
    s.room = "101";
    s.call = call;
    if (call != CallState::kNone) {
      s.active = 1;
      s.top = top;
      s.alarm = "al-1";
    }
    s.staff = staff;
    return s;
  }

  protocol::Command command(CommandType type, const std::string& staff = {},
                            const std::string& alarm = "al-1") {
    protocol::Command c;
    c.id = "engine-x-" + std::to_string(++ids_);
    c.ts = clock.now_ms();
    c.node = "kiosk-101";
    c.cmd = type;
    c.alarm = alarm;
    c.staff = staff;
    return c;
  }

  const CallSnapshot& snap() const { return controller.snapshot(); }

 private:
  int ids_ = 0;
};

TEST_F(CallControllerTest, PressPublishesOneCallEventWithTheKiosksPlace) {
  controller.on_connection_changed(true);
  controller.press_call();
  ASSERT_EQ(sink.events.size(), 1u);
  const auto& e = sink.events[0];  // the envelope is the sender's (reliable_event_sender_test)
  EXPECT_EQ(e.type, EventType::kCall);
  EXPECT_EQ(e.room, "101");
  EXPECT_EQ(e.bed, "A");
  EXPECT_EQ(snap().phase, CallPhase::kPlaced);
  EXPECT_FALSE(snap().connecting());
  EXPECT_EQ(changes.back().cause, CallCause::kResidentCall);
}

TEST_F(CallControllerTest, FullFlowPlacedAcknowledgedPresentCancelled) {
  controller.on_connection_changed(true);
  controller.press_call();
  clock.advance(50);
  controller.on_room_summary(summary(CallState::kPlaced));
  EXPECT_TRUE(snap().station_confirmed);
  EXPECT_EQ(snap().alarm, "al-1");

  clock.advance(30'000);
  controller.on_room_summary(summary(CallState::kAcknowledged));
  controller.on_command(command(CommandType::kAcknowledged, "nurse-li"));
  EXPECT_EQ(snap().phase, CallPhase::kAcknowledged);
  EXPECT_EQ(snap().staff, "nurse-li");

  clock.advance(60'000);
  controller.staff_present("nurse-li");
  EXPECT_EQ(snap().phase, CallPhase::kPresent);
  EXPECT_EQ(sink.events.back().type, EventType::kStaffPresent);
  EXPECT_EQ(sink.events.back().staff, "nurse-li");

  clock.advance(5);
  controller.on_room_summary(summary(CallState::kPresent, "nurse-li"));
  EXPECT_EQ(snap().phase, CallPhase::kPresent);

  clock.advance(120'000);
  controller.staff_cancel("nurse-li");
  EXPECT_EQ(snap().phase, CallPhase::kNone);
  EXPECT_EQ(sink.events.back().type, EventType::kCancel);
  EXPECT_EQ(sink.events.back().staff, "nurse-li");
  EXPECT_EQ(snap().placed_ts, 0);
}

TEST_F(CallControllerTest, OfflinePressShowsConnectingUntilTheStationConfirms) {
  controller.press_call();  // never connected yet: the event waits in the outbox
  ASSERT_EQ(sink.events.size(), 1u);
  EXPECT_TRUE(snap().connecting());

  clock.advance(20'000);
  controller.on_connection_changed(true);
  EXPECT_FALSE(snap().connecting());
  EXPECT_EQ(snap().phase, CallPhase::kPlaced);
  EXPECT_EQ(changes.back().cause, CallCause::kConnection);
  EXPECT_TRUE(changes.back().before.connecting());

  // The retained summary from before the press comes first after the reconnect: ignored.
  auto stale = summary(CallState::kNone);
  stale.ts = clock.now_ms() - 60'000;
  controller.on_room_summary(stale);
  EXPECT_EQ(snap().phase, CallPhase::kPlaced);

  controller.on_room_summary(summary(CallState::kPlaced));
  EXPECT_TRUE(snap().station_confirmed);
  EXPECT_EQ(sink.events.size(), 1u) << "the reconnect publishes nothing more: the outbox delivers";
}

TEST_F(CallControllerTest, RepeatedPressesWithinTheResendIntervalPublishOnce) {
  controller.on_connection_changed(true);
  for (int i = 0; i < 5; ++i) {
    controller.press_call();
    clock.advance(500);
  }
  EXPECT_EQ(sink.events.size(), 1u);
  EXPECT_EQ(changes.back().cause, CallCause::kResidentRepeat);

  clock.advance(CallController::kResendIntervalMs);
  controller.press_call();
  EXPECT_EQ(sink.events.size(), 2u)
      << "a later repeat reaches the station (it may have lost track)";
}

TEST_F(CallControllerTest, ANewCallRightAfterACancelIsAlwaysSent) {
  controller.on_connection_changed(true);
  controller.press_call();
  clock.advance(2000);
  controller.staff_cancel("nurse-li");
  clock.advance(1000);
  controller.press_call();
  ASSERT_EQ(sink.events.size(), 3u);
  EXPECT_EQ(sink.events[2].type, EventType::kCall);
  EXPECT_EQ(snap().phase, CallPhase::kPlaced);
  controller.press_emergency();
  ASSERT_EQ(sink.events.size(), 4u) << "an emergency on top of a call is news";
  EXPECT_EQ(sink.events[3].type, EventType::kEmergency);
}

TEST_F(CallControllerTest, ResidentCannotCancelImOkIsReportedOnce) {
  controller.on_connection_changed(true);
  controller.report_ok();
  EXPECT_TRUE(sink.events.empty()) << "no call, nothing to report";

  controller.press_call();
  controller.report_ok();
  controller.report_ok();
  ASSERT_EQ(sink.events.size(), 2u);
  EXPECT_EQ(sink.events[1].type, EventType::kResidentOk);
  EXPECT_EQ(snap().phase, CallPhase::kPlaced) << "I'm OK never ends a call";
  EXPECT_TRUE(snap().resident_reported_ok);
}

TEST_F(CallControllerTest, EmergencyIsItsOwnEventAndMarksTheCall) {
  controller.on_connection_changed(true);
  controller.press_call();
  clock.advance(1000);
  controller.press_emergency();
  ASSERT_EQ(sink.events.size(), 2u);
  EXPECT_EQ(sink.events[1].type, EventType::kEmergency);
  EXPECT_EQ(snap().kind, CallKind::kEmergency);
}

TEST_F(CallControllerTest, ServiceRequestsCarryTheirKindAndStayUntilTheRoomIsClear) {
  controller.on_connection_changed(true);
  controller.request_service(ServiceKind::kWater);
  controller.request_service(ServiceKind::kWater);  // tapped twice
  controller.request_service(ServiceKind::kPain);
  ASSERT_EQ(sink.events.size(), 2u);
  EXPECT_EQ(sink.events[0].type, EventType::kServiceRequest);
  EXPECT_EQ(sink.events[0].detail, "water");
  EXPECT_EQ(sink.events[1].detail, "pain");
  EXPECT_EQ(snap().requests.size(), 2u);
  EXPECT_EQ(changes.back().service, ServiceKind::kPain);

  clock.advance(10);
  controller.on_room_summary(summary(CallState::kPlaced, {}, protocol::Priority::kLow));
  EXPECT_EQ(snap().requests.size(), 2u);
  clock.advance(10);
  controller.on_room_summary(summary(CallState::kNone));
  EXPECT_TRUE(snap().requests.empty());
  EXPECT_EQ(snap().phase, CallPhase::kNone);
}

TEST_F(CallControllerTest, StationCanRaiseAndEndACallThisKioskDidNotPlace) {
  controller.on_connection_changed(true);
  controller.on_room_summary(summary(CallState::kPlaced, {}, protocol::Priority::kHigh));
  EXPECT_EQ(snap().phase, CallPhase::kPlaced);
  EXPECT_EQ(snap().kind, CallKind::kEmergency);
  EXPECT_TRUE(snap().station_confirmed);
  clock.advance(10);
  controller.on_command(command(CommandType::kCleared));
  EXPECT_EQ(snap().phase, CallPhase::kNone);
}

TEST_F(CallControllerTest, CommandsForAnotherAlarmOrNodeDoNotMoveTheCall) {
  controller.on_connection_changed(true);
  controller.press_call();
  clock.advance(10);
  controller.on_room_summary(summary(CallState::kPlaced));
  clock.advance(10);
  controller.on_command(command(CommandType::kAcknowledged, "nurse-li", "al-water"));
  EXPECT_EQ(snap().phase, CallPhase::kPlaced);
  auto other = command(CommandType::kAcknowledged, "nurse-li");
  other.node = "kiosk-102";
  controller.on_command(other);
  EXPECT_EQ(snap().phase, CallPhase::kPlaced);
}

TEST_F(CallControllerTest, OutOfOrderAckDoesNotUndoPresence) {
  controller.on_connection_changed(true);
  controller.press_call();
  clock.advance(10);
  controller.on_command(command(CommandType::kPresent, "nurse-li"));
  controller.on_command(command(CommandType::kAcknowledged, "nurse-wang"));
  EXPECT_EQ(snap().phase, CallPhase::kPresent);
}

TEST_F(CallControllerTest, StaffCancelIsNotUndoneByAStaleRetainedSummary) {
  controller.on_connection_changed(true);
  controller.press_call();
  clock.advance(10);
  auto placed = summary(CallState::kPlaced);
  controller.on_room_summary(placed);
  clock.advance(60'000);
  controller.staff_cancel("nurse-li");
  controller.on_room_summary(placed);  // redelivered after a reconnect, older than the cancel
  EXPECT_EQ(snap().phase, CallPhase::kNone);
}

TEST_F(CallControllerTest, RestoredSnapshotContinuesAfterARestart) {
  CallSnapshot saved;
  saved.phase = CallPhase::kAcknowledged;
  saved.station_confirmed = true;
  saved.staff = "nurse-li";
  saved.alarm = "al-1";
  saved.placed_ts = clock.now_ms() - 60'000;
  saved.last_action_ts = saved.placed_ts;
  saved.connected = true;  // never trusted from disk
  CallController restarted(place, sink, clock, saved);
  EXPECT_EQ(restarted.snapshot().phase, CallPhase::kAcknowledged);
  EXPECT_FALSE(restarted.snapshot().connected);
  protocol::RoomSummary s = summary(CallState::kPresent, "nurse-li");
  restarted.on_room_summary(s);
  EXPECT_EQ(restarted.snapshot().phase, CallPhase::kPresent);
}

TEST_F(CallControllerTest, StaffNoteIsPublishedWithTheText) {
  controller.staff_note("nurse-li", "Gave water");
  ASSERT_EQ(sink.events.size(), 1u);
  EXPECT_EQ(sink.events[0].type, EventType::kStaffNote);
  EXPECT_EQ(sink.events[0].detail, "Gave water");
  EXPECT_EQ(sink.events[0].staff, "nurse-li");
}

TEST_F(CallControllerTest, TheSendersConfirmationOfTheCallEventConfirmsIt) {
  controller.on_connection_changed(true);
  controller.request_service(ServiceKind::kWater);
  controller.press_call();
  clock.advance(5);
  controller.on_confirmed(sink.events.at(0).id);  // the water request, not the call
  EXPECT_FALSE(snap().station_confirmed);
  controller.on_confirmed(sink.events.at(1).id);
  EXPECT_TRUE(snap().station_confirmed);
  EXPECT_EQ(snap().phase, CallPhase::kPlaced);
}

TEST_F(CallControllerTest, AReceiptCommandIsTheSendersNotTheControllers) {
  controller.on_connection_changed(true);
  controller.press_call();
  auto receipt = command(CommandType::kReceipt, {}, {});
  receipt.events = {sink.events.at(0).id};
  controller.on_command(receipt);  // the sender consumes receipts and says on_confirmed
  EXPECT_FALSE(snap().station_confirmed);
}

TEST_F(CallControllerTest, SummariesForOtherRoomsAreIgnored) {
  auto s = summary(CallState::kPlaced);
  s.room = "102";
  controller.on_room_summary(s);
  EXPECT_EQ(snap().phase, CallPhase::kNone);
  EXPECT_TRUE(changes.empty());
}

}  // namespace
}  // namespace anju::kiosk

#include "core/node/node_test_support.h"
#include "node/reliable_event_sender.h"
#include "protocol/codec.h"
#include "protocol/topics.h"

namespace anju::kiosk {
namespace {

// Every event the kiosk can send, stamped by the real sender, passes the station's strict decoder
// (the sender refuses what would not, and nothing would reach the station).
TEST(KioskEvents, EveryActionProducesAnEventTheStationAccepts) {
  ManualClock clock;
  auto channel = std::make_shared<node::testing::FakeChannel>();
  node::ReliableEventSenderOptions options;
  options.check_every = std::chrono::milliseconds(0);
  auto sender = node::ReliableEventSender::open(channel, "demo", "kiosk-101", options, clock);
  ASSERT_TRUE(sender) << sender.error().reason;
  CallController controller({"demo", "kiosk-101", "101", "A"}, **sender, clock);
  controller.press_call();
  controller.report_ok();
  controller.press_emergency();
  for (auto kind : {ServiceKind::kWater, ServiceKind::kToilet, ServiceKind::kPain,
                    ServiceKind::kTurn, ServiceKind::kMeal})
    controller.request_service(kind);
  controller.staff_present("nurse-li");
  controller.staff_note("nurse-li", "老人在休息");
  controller.staff_cancel("nurse-li");
  const auto sent = channel->published();
  ASSERT_EQ(sent.size(), 11u);
  const auto topic = protocol::topic("demo", protocol::TopicKind::kEvent, "kiosk-101");
  for (const auto& [to, payload] : sent) {
    EXPECT_EQ(to, topic);
    auto decoded = protocol::decode(topic, payload);
    ASSERT_TRUE(decoded) << payload << ": " << decoded.error().reason;
    const auto& e = std::get<protocol::Event>(decoded.value().message);
    EXPECT_EQ(e.node, "kiosk-101");
    EXPECT_EQ(e.room, "101");
    EXPECT_EQ(e.ts, clock.now_ms());
  }
  EXPECT_EQ((*sender)->pending(), 11u);
}

}  // namespace
}  // namespace anju::kiosk
