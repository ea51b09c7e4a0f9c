#include "engine/alarm_engine.h"

#include <gtest/gtest.h>

#include "engine_test_support.h"
#include "protocol/codec.h"

namespace anju::engine {
namespace {

using protocol::AlarmStatus;
using protocol::CallState;
using protocol::CommandType;
using protocol::EventType;
using protocol::Priority;
using testing::assign;
using testing::console_action;
using testing::make_event;

class AlarmEngineTest : public ::testing::Test {
 protected:
  ManualClock clock;
  AlarmEngine engine{AlarmPolicy::defaults(), clock};

  EngineOutput send(EventType type, const std::string& room = "101",
                    const std::string& node = "kiosk-101") {
    return engine.on_event(make_event(type, room, node, clock.now_ms()));
  }
  std::string raise_call(const std::string& room = "101") {
    auto out = send(EventType::kCall, room, "kiosk-" + room);
    EXPECT_EQ(out.alarms.size(), 1u);
    return out.alarms.empty() ? "" : out.alarms[0].alarm;
  }
};

TEST_F(AlarmEngineTest, ACallRaisesAMediumAlarmAndMarksTheRoomCallPlaced) {
  auto out = send(EventType::kCall);
  ASSERT_EQ(out.alarms.size(), 1u);
  const auto& a = out.alarms[0];
  EXPECT_EQ(a.type, "call");
  EXPECT_EQ(a.priority, Priority::kMedium);
  EXPECT_EQ(a.status, AlarmStatus::kRaised);
  EXPECT_EQ(a.room, "101");
  EXPECT_EQ(a.node, "kiosk-101");
  EXPECT_EQ(a.raised_ts, clock.now_ms());
  ASSERT_EQ(out.rooms.size(), 1u);
  EXPECT_EQ(out.rooms[0].room, "101");
  EXPECT_EQ(out.rooms[0].call, CallState::kPlaced);
  EXPECT_EQ(out.rooms[0].active, 1);
  EXPECT_EQ(out.rooms[0].top, Priority::kMedium);
}

TEST_F(AlarmEngineTest, ASecondPressOfTheSameCallIsNotASecondAlarm) {
  raise_call();
  clock.advance(5000);
  auto out = send(EventType::kCall);
  EXPECT_TRUE(out.alarms.empty());
  EXPECT_EQ(engine.active_count(), 1u);
}

TEST_F(AlarmEngineTest, ARedeliveredEventIdIsIgnored) {
  const auto e = make_event(EventType::kCall, "101", "kiosk-101", clock.now_ms());
  EXPECT_FALSE(engine.on_event(e).duplicate);
  const auto again = engine.on_event(e);
  EXPECT_TRUE(again.duplicate);
  EXPECT_TRUE(again.empty());
}

TEST_F(AlarmEngineTest, AcknowledgeTellsTheKioskANurseIsComing) {
  const auto id = raise_call();
  clock.advance(20'000);
  auto out = engine.on_event(console_action(EventType::kAlarmAck, id, "n01", clock.now_ms()));
  ASSERT_EQ(out.alarms.size(), 1u);
  EXPECT_EQ(out.alarms[0].status, AlarmStatus::kAcknowledged);
  EXPECT_EQ(out.alarms[0].acknowledged_ts, clock.now_ms());
  EXPECT_EQ(out.alarms[0].by, "n01");
  ASSERT_EQ(out.commands.size(), 1u);
  EXPECT_EQ(out.commands[0].node, "kiosk-101");
  EXPECT_EQ(out.commands[0].cmd, CommandType::kAcknowledged);
  EXPECT_EQ(out.commands[0].staff, "n01");
  ASSERT_EQ(out.rooms.size(), 1u);
  EXPECT_EQ(out.rooms[0].call, CallState::kAcknowledged);
}

TEST_F(AlarmEngineTest, AcknowledgingTwiceChangesNothing) {
  const auto id = raise_call();
  engine.on_event(console_action(EventType::kAlarmAck, id, "n01", clock.now_ms()));
  auto out = engine.on_event(console_action(EventType::kAlarmAck, id, "n02", clock.now_ms()));
  EXPECT_TRUE(out.alarms.empty());
  EXPECT_EQ(engine.find(id)->by, "n01");
  EXPECT_FALSE(out.notes.empty());
}

TEST_F(AlarmEngineTest, StaffPresenceAtTheBedsideMarksEveryResidentAlarmInTheRoomPresent) {
  const auto call = raise_call();
  auto water = make_event(EventType::kServiceRequest, "101", "kiosk-101", clock.now_ms());
  water.detail = "water";
  engine.on_event(water);
  clock.advance(90'000);
  auto present = make_event(EventType::kStaffPresent, "101", "kiosk-101", clock.now_ms());
  present.staff = "n02";
  auto out = engine.on_event(present);
  ASSERT_EQ(out.alarms.size(), 2u);
  for (const auto& a : out.alarms) {
    EXPECT_EQ(a.status, AlarmStatus::kPresent);
    EXPECT_EQ(a.present_ts, clock.now_ms());
    EXPECT_EQ(a.by, "n02");
  }
  ASSERT_EQ(out.rooms.size(), 1u);
  EXPECT_EQ(out.rooms[0].call, CallState::kPresent);
  EXPECT_EQ(out.rooms[0].staff, "n02");
  EXPECT_EQ(engine.find(call)->present_ts - engine.find(call)->raised_ts, 90'000);
}

TEST_F(AlarmEngineTest, CancelAtTheBedsideClosesTheCallAndClearsTheRoom) {
  const auto id = raise_call();
  auto cancel = make_event(EventType::kCancel, "101", "kiosk-101", clock.now_ms() + 1);
  cancel.staff = "n01";
  clock.advance(1);
  auto out = engine.on_event(cancel);
  ASSERT_EQ(out.alarms.size(), 1u);
  EXPECT_EQ(out.alarms[0].status, AlarmStatus::kCancelled);
  EXPECT_EQ(out.alarms[0].closed_ts, clock.now_ms());
  EXPECT_EQ(engine.find(id), nullptr);
  ASSERT_EQ(out.rooms.size(), 1u);
  EXPECT_EQ(out.rooms[0].active, 0);
  EXPECT_EQ(out.rooms[0].call, CallState::kNone);
  ASSERT_EQ(out.commands.size(), 1u);
  EXPECT_EQ(out.commands[0].cmd, CommandType::kCleared);
}

TEST_F(AlarmEngineTest, ACallCannotBeResolvedFromTheConsole) {
  const auto id = raise_call();
  auto out = engine.on_event(console_action(EventType::kAlarmResolve, id, "n01", clock.now_ms()));
  EXPECT_TRUE(out.alarms.empty());
  ASSERT_NE(engine.find(id), nullptr);
  ASSERT_EQ(out.notes.size(), 1u);
  EXPECT_NE(out.notes[0].find("bedside"), std::string::npos);
}

TEST_F(AlarmEngineTest, AFallIsHighAndCanBeResolvedFromTheConsoleAfterReview) {
  auto fall = make_event(EventType::kFall, "102", "vision-1", clock.now_ms());
  fall.confidence = 0.9;
  fall.device = "cam-102";
  auto raised = engine.on_event(fall);
  ASSERT_EQ(raised.alarms.size(), 1u);
  EXPECT_EQ(raised.alarms[0].priority, Priority::kHigh);
  EXPECT_EQ(raised.alarms[0].device, "cam-102");
  const auto id = raised.alarms[0].alarm;
  auto out = engine.on_event(console_action(EventType::kAlarmResolve, id, "n03", clock.now_ms()));
  ASSERT_EQ(out.alarms.size(), 1u);
  EXPECT_EQ(out.alarms[0].status, AlarmStatus::kResolved);
  EXPECT_EQ(out.alarms[0].by, "n03");
}

// Consoles show buttons from what the engine publishes with each state, never from rules of
// their own: a facility's policy file is obeyed on every screen.
TEST_F(AlarmEngineTest, EveryPublishedStateSaysWhatAConsoleMayDoWithIt) {
  const auto raised = send(EventType::kCall);
  ASSERT_EQ(raised.alarms.size(), 1u);
  const auto id = raised.alarms[0].alarm;
  EXPECT_EQ(raised.alarms[0].actions,
            (protocol::AlarmActions{.acknowledge = true, .resolve = false}));
  auto acked = engine.on_event(console_action(EventType::kAlarmAck, id, "n01", clock.now_ms()));
  ASSERT_EQ(acked.alarms.size(), 1u);
  EXPECT_EQ(acked.alarms[0].actions, protocol::AlarmActions{}) << "acknowledged: nothing left";
  auto fall = make_event(EventType::kFall, "102", "vision-1", clock.now_ms());
  fall.confidence = 0.9;
  const auto fall_out = engine.on_event(fall);
  ASSERT_EQ(fall_out.alarms.size(), 1u);
  EXPECT_EQ(fall_out.alarms[0].actions,
            (protocol::AlarmActions{.acknowledge = true, .resolve = true}));
  const auto resolved = engine.on_event(
      console_action(EventType::kAlarmResolve, fall_out.alarms[0].alarm, "n03", clock.now_ms()));
  ASSERT_EQ(resolved.alarms.size(), 1u);
  EXPECT_EQ(resolved.alarms[0].actions, protocol::AlarmActions{}) << "closed: nothing";
}

TEST(AlarmEngineActions, AFacilitysPolicyFileChangesWhatConsolesOfferAndWhatTheEngineAccepts) {
  auto policy = AlarmPolicy::from_json(R"({"call": {"close": "anywhere"}})");
  ASSERT_TRUE(policy) << policy.error().reason;
  ManualClock clock;
  AlarmEngine engine(policy.value(), clock);
  const auto raised =
      engine.on_event(make_event(EventType::kCall, "101", "kiosk-101", clock.now_ms()));
  ASSERT_EQ(raised.alarms.size(), 1u);
  ASSERT_TRUE(raised.alarms[0].actions);
  EXPECT_TRUE(raised.alarms[0].actions->resolve);
  const auto out = engine.on_event(
      console_action(EventType::kAlarmResolve, raised.alarms[0].alarm, "n01", clock.now_ms()));
  ASSERT_EQ(out.alarms.size(), 1u);
  EXPECT_EQ(out.alarms[0].status, AlarmStatus::kResolved);
  // A restart under a stricter policy publishes the restored alarm with the new actions.
  auto second = engine.on_event(make_event(EventType::kCall, "102", "kiosk-102", clock.now_ms()));
  ASSERT_EQ(second.alarms.size(), 1u);
  AlarmEngine restarted(AlarmPolicy::defaults(), clock);
  restarted.restore(engine.active_alarms(), {}, {});
  const auto restored = restarted.active_alarms();
  ASSERT_EQ(restored.size(), 1u);
  ASSERT_TRUE(restored[0].actions);
  EXPECT_FALSE(restored[0].actions->resolve);
}

TEST_F(AlarmEngineTest, ABathroomCallIsCancelledOnlyWhereItWasRaised) {
  auto call = make_event(EventType::kBathroomCall, "101", "gw-1", clock.now_ms());
  call.device = "wc-101";
  const auto id = engine.on_event(call).alarms.at(0).alarm;
  clock.advance(1000);
  auto from_bed = make_event(EventType::kCancel, "101", "gw-1", clock.now_ms());
  from_bed.device = "presence-101";
  EXPECT_TRUE(engine.on_event(from_bed).alarms.empty());
  auto from_kiosk = make_event(EventType::kCancel, "101", "kiosk-101", clock.now_ms());
  EXPECT_TRUE(engine.on_event(from_kiosk).alarms.empty());
  ASSERT_NE(engine.find(id), nullptr);
  auto at_source = make_event(EventType::kCancel, "101", "gw-1", clock.now_ms());
  at_source.device = "wc-101";
  auto out = engine.on_event(at_source);
  ASSERT_EQ(out.alarms.size(), 1u);
  EXPECT_EQ(out.alarms[0].status, AlarmStatus::kCancelled);
}

TEST_F(AlarmEngineTest, AnUnacknowledgedCallEscalatesToTheChargeNurseThenToEveryone) {
  const auto id = raise_call();
  clock.advance(179'000);
  EXPECT_TRUE(engine.tick().alarms.empty());
  clock.advance(1'000);
  auto first = engine.tick();
  ASSERT_EQ(first.alarms.size(), 1u);
  EXPECT_EQ(first.alarms[0].escalation, 1);
  EXPECT_TRUE(engine.tick().alarms.empty()) << "escalates once per level";
  clock.advance(180'000);
  auto second = engine.tick();
  ASSERT_EQ(second.alarms.size(), 1u);
  EXPECT_EQ(second.alarms[0].escalation, 2);
  EXPECT_EQ(engine.find(id)->escalation, 2);
}

TEST_F(AlarmEngineTest, AnAcknowledgedCallDoesNotEscalate) {
  const auto id = raise_call();
  engine.on_event(console_action(EventType::kAlarmAck, id, "n01", clock.now_ms()));
  clock.advance(3'600'000);
  EXPECT_TRUE(engine.tick().alarms.empty());
}

TEST_F(AlarmEngineTest, AFallEscalatesAfterSixtySeconds) {
  auto fall = make_event(EventType::kFall, "102", "vision-1", clock.now_ms());
  fall.confidence = 0.8;
  engine.on_event(fall);
  clock.advance(60'000);
  auto out = engine.tick();
  ASSERT_EQ(out.alarms.size(), 1u);
  EXPECT_EQ(out.alarms[0].escalation, 1);
}

TEST_F(AlarmEngineTest, EscalationCountsFromThePressNotFromADelayedDelivery) {
  // Pressed while the kiosk was offline; delivered 170 s later by the outbox.
  auto call = make_event(EventType::kCall, "101", "kiosk-101", clock.now_ms() - 170'000);
  auto out = engine.on_event(call);
  EXPECT_EQ(out.alarms.at(0).raised_ts, clock.now_ms() - 170'000);
  clock.advance(10'000);
  EXPECT_EQ(engine.tick().alarms.size(), 1u);
}

TEST_F(AlarmEngineTest, TheRoomShowsItsHighestPriorityAlarm) {
  raise_call();
  auto emergency = make_event(EventType::kEmergency, "101", "kiosk-101w", clock.now_ms());
  auto out = engine.on_event(emergency);
  ASSERT_EQ(out.rooms.size(), 1u);
  EXPECT_EQ(out.rooms[0].active, 2);
  EXPECT_EQ(out.rooms[0].top, Priority::kHigh);
  EXPECT_EQ(out.rooms[0].alarm, out.alarms.at(0).alarm);
}

TEST_F(AlarmEngineTest, DifferentRequestsAreDifferentAlarms) {
  for (const char* what : {"water", "pain", "water"}) {
    auto e = make_event(EventType::kServiceRequest, "103", "kiosk-103", clock.now_ms());
    e.detail = what;
    engine.on_event(e);
  }
  EXPECT_EQ(engine.active_count(), 2u);
}

TEST_F(AlarmEngineTest, ResidentOkIsReportedButNeverCancels) {
  const auto id = raise_call();
  auto out = send(EventType::kResidentOk);
  ASSERT_EQ(out.alarms.size(), 1u);
  EXPECT_EQ(out.alarms[0].note, "resident reports OK");
  EXPECT_EQ(out.alarms[0].status, AlarmStatus::kRaised);
  ASSERT_NE(engine.find(id), nullptr);
}

TEST_F(AlarmEngineTest, ALastWillRaisesNodeOfflineAndItsReturnClearsIt) {
  protocol::Presence p;
  p.node = "kiosk-104";
  p.room = "104";
  p.heartbeat_s = 10;
  engine.on_presence(p);
  p.state = protocol::PresenceState::kOffline;
  auto down = engine.on_presence(p);
  ASSERT_EQ(down.alarms.size(), 1u);
  EXPECT_EQ(down.alarms[0].type, "node_offline");
  EXPECT_EQ(down.alarms[0].priority, Priority::kMedium);
  EXPECT_EQ(down.alarms[0].node, "kiosk-104");
  p.state = protocol::PresenceState::kOnline;
  auto up = engine.on_presence(p);
  ASSERT_EQ(up.alarms.size(), 1u);
  EXPECT_EQ(up.alarms[0].status, AlarmStatus::kResolved);
  EXPECT_EQ(engine.active_count(), 0u);
}

TEST_F(AlarmEngineTest, ThreeMissedHeartbeatsMakeANodeOffline) {
  protocol::Presence p;
  p.node = "vision-1";
  p.kind = protocol::NodeKind::kVision;
  p.heartbeat_s = 10;
  engine.on_presence(p);
  clock.advance(30'000);
  EXPECT_TRUE(engine.tick().alarms.empty());
  clock.advance(1'000);
  auto out = engine.tick();
  ASSERT_EQ(out.alarms.size(), 1u);
  EXPECT_EQ(out.alarms[0].type, "node_offline");
  EXPECT_TRUE(engine.tick().alarms.empty()) << "one alarm, not one per tick";
  protocol::Heartbeat h;
  h.node = "vision-1";
  auto back = engine.on_heartbeat(h);
  ASSERT_EQ(back.alarms.size(), 1u);
  EXPECT_EQ(back.alarms[0].status, AlarmStatus::kResolved);
}

TEST_F(AlarmEngineTest, ACallOlderThanALaterBedsideCancelIsStale) {
  auto cancel = make_event(EventType::kCancel, "101", "kiosk-101", clock.now_ms());
  engine.on_event(cancel);
  auto late = make_event(EventType::kCall, "101", "gw-1", clock.now_ms() - 5'000);
  auto out = engine.on_event(late);
  EXPECT_TRUE(out.alarms.empty());
  ASSERT_EQ(out.notes.size(), 1u);
  EXPECT_NE(out.notes[0].find("stale"), std::string::npos);
}

TEST_F(AlarmEngineTest, ClosedAlarmsLeaveTheRetainedStoreLater) {
  const auto id = raise_call();
  auto cancel = make_event(EventType::kCancel, "101", "kiosk-101", clock.now_ms() + 1);
  clock.advance(1);
  engine.on_event(cancel);
  clock.advance(599'000);
  EXPECT_TRUE(engine.tick().cleared_alarms.empty());
  clock.advance(1'000);
  auto out = engine.tick();
  ASSERT_EQ(out.cleared_alarms.size(), 1u);
  EXPECT_EQ(out.cleared_alarms[0], id);
}

TEST_F(AlarmEngineTest, RestoredAlarmsAreTheSameAlarms) {
  const auto id = raise_call();
  const auto snapshot = engine.active_alarms();
  AlarmEngine restarted(AlarmPolicy::defaults(), clock);
  restarted.restore(snapshot, {"kiosk-101-seen"});
  ASSERT_NE(restarted.find(id), nullptr);
  EXPECT_TRUE(restarted.seen("kiosk-101-seen"));
  // A press after the restart joins the restored alarm.
  auto again = restarted.on_event(make_event(EventType::kCall, "101", "kiosk-101", clock.now_ms()));
  EXPECT_TRUE(again.alarms.empty());
  EXPECT_EQ(restarted.active_count(), 1u);
}

TEST_F(AlarmEngineTest, ARepeatedPressAfterAcknowledgeTellsTheKioskAgain) {
  const auto id = raise_call();
  engine.on_event(console_action(EventType::kAlarmAck, id, "n01", clock.now_ms()));
  auto out = send(EventType::kCall);
  ASSERT_EQ(out.commands.size(), 1u);
  EXPECT_EQ(out.commands[0].cmd, CommandType::kAcknowledged);
}

}  // namespace
}  // namespace anju::engine

namespace anju::engine {
namespace {

TEST(AlarmEngineRounds, ALateRoundRaisesALowAlarmThatTheNextBedsideVisitResolves) {
  ManualClock clock(1'699'934'400'000);  // noon, UTC+8
  AlarmEngine engine(AlarmPolicy::defaults(), clock);
  engine.track_rooms({"101"});
  clock.advance(130 * 60'000);
  EXPECT_TRUE(engine.tick().alarms.empty()) << "two-hour round still within grace";
  clock.advance(2 * 60'000);
  auto late = engine.tick();
  ASSERT_EQ(late.alarms.size(), 1u);
  EXPECT_EQ(late.alarms[0].type, "round_overdue");
  EXPECT_EQ(late.alarms[0].priority, protocol::Priority::kLow);
  EXPECT_EQ(late.alarms[0].room, "101");
  auto visit =
      testing::make_event(protocol::EventType::kStaffPresent, "101", "kiosk-101", clock.now_ms());
  visit.staff = "n02";
  auto out = engine.on_event(visit);
  ASSERT_EQ(out.alarms.size(), 1u);
  EXPECT_EQ(out.alarms[0].status, protocol::AlarmStatus::kResolved);
  EXPECT_EQ(engine.rounds().status("101", clock.now_ms())->last_staff, "n02");
}

TEST(AlarmEngineRounds, RoomSummariesCarryTheRoundAndArePublishedWhenItTurnsDueAndOverdue) {
  ManualClock clock;
  RoundsPolicy rounds;
  rounds.default_schedule = {60, 60};
  rounds.grace_min = 10;
  AlarmEngine engine(AlarmPolicy::defaults(), clock, {}, rounds);
  engine.track_rooms({"101"});
  const TimestampMs t0 = clock.now_ms();
  auto summaries = engine.room_summaries();
  ASSERT_EQ(summaries.size(), 1u);
  EXPECT_FALSE(summaries[0].id.empty()) << "re-published after a restart: needs a message id";
  EXPECT_TRUE(protocol::decode_room_summary(protocol::encode(summaries[0])).ok());
  EXPECT_EQ(summaries[0].round, protocol::RoundState::kOk);
  EXPECT_EQ(summaries[0].round_due_ts, t0 + 3'600'000);

  auto rooms_in = [](const EngineOutput& out) { return out.rooms.size(); };
  clock.advance(30 * 60'000);
  EXPECT_EQ(rooms_in(engine.tick()), 0u) << "nothing changed yet";
  clock.advance(28 * 60'000);  // 2 minutes before due
  auto out = engine.tick();
  ASSERT_EQ(rooms_in(out), 1u);
  EXPECT_EQ(out.rooms[0].round, protocol::RoundState::kDue);
  EXPECT_EQ(rooms_in(engine.tick()), 0u) << "published once per change";
  clock.advance(13 * 60'000);  // 11 minutes late: beyond the grace time
  out = engine.tick();
  ASSERT_FALSE(out.rooms.empty());
  EXPECT_EQ(out.rooms.back().round, protocol::RoundState::kOverdue);
  ASSERT_EQ(out.alarms.size(), 1u);
  EXPECT_EQ(out.alarms[0].type, "round_overdue");

  auto visit = make_event(EventType::kStaffPresent, "101", "kiosk-101", clock.now_ms());
  visit.staff = "n07";
  out = engine.on_event(visit);
  ASSERT_FALSE(out.rooms.empty());
  EXPECT_EQ(out.rooms.back().round, protocol::RoundState::kOk);
  EXPECT_EQ(out.rooms.back().round_last_staff, "n07");
  EXPECT_EQ(out.rooms.back().round_last_ts, clock.now_ms());
}

TEST_F(AlarmEngineTest, AnAssignedRoomNamesItsNurseInTheRoomSummaryUntilReassigned) {
  auto out = engine.on_event(assign("101", "n01", clock.now_ms()));
  ASSERT_EQ(out.rooms.size(), 1u);
  EXPECT_EQ(out.rooms[0].room, "101");
  EXPECT_EQ(out.rooms[0].assigned, "n01");
  EXPECT_TRUE(out.alarms.empty()) << "an assignment raises nothing";

  raise_call("101");
  auto call = engine.room_summaries();
  ASSERT_EQ(call.size(), 1u);
  EXPECT_EQ(call[0].assigned, "n01") << "the assignment outlives alarms in the room";

  EXPECT_TRUE(engine.on_event(assign("101", "n01", clock.now_ms())).rooms.empty())
      << "the same assignment again changes nothing";
  out = engine.on_event(assign("101", "n02", clock.now_ms()));
  ASSERT_EQ(out.rooms.size(), 1u);
  EXPECT_EQ(out.rooms[0].assigned, "n02");
  out = engine.on_event(assign("101", "", clock.now_ms()));
  ASSERT_EQ(out.rooms.size(), 1u);
  EXPECT_EQ(out.rooms[0].assigned, "");
  EXPECT_TRUE(engine.assignments().empty());
}

TEST_F(AlarmEngineTest, RestoredAssignmentsArePublishedWithTheRooms) {
  engine.restore_assignments({{"101", "n01"}, {"102", "n02"}});
  const auto rooms = engine.room_summaries();
  ASSERT_EQ(rooms.size(), 2u);
  EXPECT_EQ(rooms[0].assigned, "n01");
  EXPECT_EQ(rooms[1].assigned, "n02");
}

// A phone's answer to a page.
protocol::Event answer(const std::string& alarm, const std::string& staff, const std::string& state,
                       TimestampMs ts) {
  auto e = make_event(EventType::kAlertStatus, "", "phone-" + staff, ts);
  e.alarm = alarm;
  e.staff = staff;
  e.detail = state;
  return e;
}

std::string page_state(const protocol::AlarmState& a, const std::string& staff) {
  for (const auto& p : a.paged)
    if (p.staff == staff) return p.state;
  return "";
}

TEST_F(AlarmEngineTest, WithoutAssignedRoomsNobodyIsPaged) {
  raise_call("101");
  EXPECT_TRUE(engine.active_alarms()[0].paged.empty());
  EXPECT_EQ(engine.active_alarms()[0].paging, "");
}

TEST_F(AlarmEngineTest, ACallPagesTheRoomsNurseThenTheNextAndAnAcceptIsAnAcknowledge) {
  engine.on_event(assign("101", "n01", clock.now_ms()));
  engine.on_event(assign("102", "n02", clock.now_ms()));
  const auto id = raise_call("101");
  const auto* a = engine.find(id);
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->paging, "assigned");
  ASSERT_EQ(a->paged.size(), 1u);
  EXPECT_EQ(page_state(*a, "n01"), "sent");
  EXPECT_EQ(a->paging_deadline_ts, clock.now_ms() + 60'000) << "a call: 60 s to accept";

  engine.on_event(answer(id, "n01", "read", clock.now_ms()));
  EXPECT_EQ(page_state(*engine.find(id), "n01"), "read");

  clock.advance(60'000);
  auto out = engine.tick();
  ASSERT_FALSE(out.alarms.empty()) << "the page moved on: published";
  a = engine.find(id);
  EXPECT_EQ(page_state(*a, "n01"), "timed_out");
  EXPECT_EQ(page_state(*a, "n02"), "sent");
  EXPECT_EQ(a->paging, "floor");

  out = engine.on_event(answer(id, "n02", "accepted", clock.now_ms()));
  a = engine.find(id);
  EXPECT_EQ(a->status, AlarmStatus::kAcknowledged);
  EXPECT_EQ(a->by, "n02");
  EXPECT_EQ(page_state(*a, "n02"), "accepted");
  EXPECT_EQ(a->paging_deadline_ts, 0);
  bool told_kiosk = false;
  for (const auto& c : out.commands)
    told_kiosk |= c.node == "kiosk-101" && c.cmd == CommandType::kAcknowledged && c.staff == "n02";
  EXPECT_TRUE(told_kiosk) << "the kiosk says which nurse is coming";
  clock.advance(600'000);
  for (const auto& changed : engine.tick().alarms)
    EXPECT_NE(changed.alarm, id) << "an accepted alarm is paged no further";
}

TEST_F(AlarmEngineTest, AnAcknowledgeAtTheConsoleEndsThePagingAndStrayAnswersChangeNothing) {
  engine.on_event(assign("101", "n01", clock.now_ms()));
  const auto id = raise_call("101");
  engine.on_event(console_action(EventType::kAlarmAck, id, "n05", clock.now_ms()));
  EXPECT_EQ(engine.find(id)->paging_deadline_ts, 0);
  EXPECT_EQ(engine.router().find(id), nullptr);
  auto out = engine.on_event(answer(id, "n01", "accepted", clock.now_ms()));
  EXPECT_TRUE(out.alarms.empty());
  EXPECT_FALSE(out.notes.empty()) << "logged, not applied";
  out = engine.on_event(answer("al-none", "n01", "read", clock.now_ms()));
  EXPECT_TRUE(out.alarms.empty());
}

TEST_F(AlarmEngineTest, AfterARestartAWaitingAlarmIsPagedAgain) {
  engine.on_event(assign("101", "n01", clock.now_ms()));
  const auto id = raise_call("101");
  const auto before = *engine.find(id);
  AlarmEngine restarted(AlarmPolicy::defaults(), clock);
  clock.advance(5'000);
  restarted.restore({before}, {});
  restarted.restore_assignments(engine.assignments());
  ASSERT_NE(restarted.router().find(id), nullptr);
  EXPECT_EQ(page_state(*restarted.find(id), "n01"), "sent");
  EXPECT_EQ(restarted.find(id)->paging_deadline_ts, clock.now_ms() + 60'000);
}

TEST_F(AlarmEngineTest, TheFacilitysPolicySetsHowLongANurseHasToAccept) {
  auto policy = AlarmPolicy::from_json(R"({"call": {"page_accept_s": 45}})");
  ASSERT_TRUE(policy) << policy.error().reason;
  AlarmEngine strict(policy.value(), clock);
  strict.on_event(assign("101", "n01", clock.now_ms()));
  strict.on_event(assign("102", "n02", clock.now_ms()));
  auto out = strict.on_event(make_event(EventType::kCall, "101", "kiosk-101", clock.now_ms()));
  ASSERT_EQ(out.alarms.size(), 1u);
  const auto id = out.alarms[0].alarm;
  EXPECT_EQ(out.alarms[0].paging_deadline_ts, clock.now_ms() + 45'000);
  clock.advance(45'000);
  strict.tick();
  EXPECT_EQ(page_state(*strict.find(id), "n02"), "sent");
  EXPECT_EQ(strict.find(id)->paging_deadline_ts, clock.now_ms() + 45'000) << "each nurse: 45 s";
}

TEST_F(AlarmEngineTest, APhoneGoingOfflineMovesItsPageOnAndIsShownAsUnreachable) {
  engine.on_event(assign("101", "n01", clock.now_ms()));
  engine.on_event(assign("102", "n02", clock.now_ms()));
  const auto id = raise_call("101");
  auto gone = make_event(EventType::kPhoneStatus, "", "phones-1", clock.now_ms());
  gone.staff = "n01";
  gone.detail = "offline";
  auto out = engine.on_event(gone);
  ASSERT_EQ(out.alarms.size(), 1u) << "the alarm is published with its new page";
  EXPECT_EQ(page_state(out.alarms[0], "n01"), "unreachable");
  EXPECT_EQ(page_state(out.alarms[0], "n02"), "sent");
  EXPECT_EQ(out.alarms[0].paging, "floor");
  const auto next = raise_call("102");
  EXPECT_EQ(page_state(*engine.find(next), "n02"), "sent");
  gone.detail = "online";
  EXPECT_TRUE(engine.on_event(gone).alarms.empty());
  EXPECT_EQ(page_state(*engine.find(id), "n01"), "unreachable");
}

TEST_F(AlarmEngineTest, DeviceFaultsPageNobody) {
  engine.on_event(assign("101", "n01", clock.now_ms()));
  auto e = make_event(EventType::kLowBattery, "101", "gw-1", clock.now_ms());
  e.device = "pillow-101";
  auto out = engine.on_event(e);
  ASSERT_EQ(out.alarms.size(), 1u);
  EXPECT_TRUE(out.alarms[0].paged.empty());
}

}  // namespace
}  // namespace anju::engine
