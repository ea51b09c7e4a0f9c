#include "simulator/facility_simulator.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

#include "node/reliable_event_sender.h"
#include "protocol/codec.h"

namespace anju::devices {
namespace {

using protocol::EventType;

constexpr TimestampMs kStart = 1'700'000'000'000;

std::vector<protocol::Event> run_for(FacilitySimulator& sim, double seconds, int step_ms = 1000) {
  std::vector<protocol::Event> all;
  for (TimestampMs t = kStart; t <= kStart + static_cast<TimestampMs>(seconds * 1000);
       t += step_ms) {
    auto batch = sim.advance(t);
    all.insert(all.end(), batch.begin(), batch.end());
  }
  return all;
}

// The simulator says what happened; anju-sim's event sender stamps and checks each event, as every
// node's does. Everything it makes passes those checks and decodes as it was sent.
TEST(FacilitySimulator, EveryEventIsValidOnTheWireOnceTheSenderStampsIt) {
  SimulatorConfig cfg;
  cfg.rooms = 10;
  cfg.speed = 60;  // ten simulated hours
  FacilitySimulator sim(cfg, kStart);
  const auto events = run_for(sim, 600);
  ASSERT_GT(events.size(), 50u);
  auto local = node::open_local_sender("demo", "sim");
  ASSERT_TRUE(local) << local.error().reason;
  for (const auto& e : events) {
    EXPECT_TRUE(e.id.empty() && e.node.empty() && e.ts == 0 && e.seq == 0) << "stamped twice";
    auto id = local->sender->publish(e);
    ASSERT_TRUE(id) << id.error().reason;
  }
  const auto published = local->channel->published();
  ASSERT_EQ(published.size(), events.size());
  std::set<std::string> ids;
  for (std::size_t i = 0; i < events.size(); ++i) {
    auto decoded = protocol::decode_event(published[i].second);
    ASSERT_TRUE(decoded) << decoded.error().reason;
    EXPECT_EQ(decoded->type, events[i].type);
    EXPECT_EQ(decoded->room, events[i].room);
    EXPECT_EQ(decoded->seq, i + 1) << "in the order the simulator made them";
    EXPECT_TRUE(ids.insert(decoded->id).second);
  }
}

TEST(FacilitySimulator, EveryCallIsAnsweredByPresenceThenCancelInTheSameRoom) {
  SimulatorConfig cfg;
  cfg.rooms = 5;
  cfg.speed = 100;
  FacilitySimulator sim(cfg, kStart);
  std::map<std::string, int> open_calls;
  for (const auto& e : run_for(sim, 1200)) {
    switch (e.type) {
      case EventType::kCall:
      case EventType::kBathroomCall:
      case EventType::kServiceRequest:
      case EventType::kBedExit:
      case EventType::kEmergency:
        EXPECT_EQ(open_calls[e.room], 0) << "second call while one is open in " << e.room;
        ++open_calls[e.room];
        break;
      case EventType::kCancel:
        EXPECT_EQ(open_calls[e.room], 1) << "cancel without a call in " << e.room;
        EXPECT_FALSE(e.staff.empty());
        open_calls[e.room] = 0;
        break;
      default:
        break;
    }
  }
}

TEST(FacilitySimulator, RatesFollowTheConfiguration) {
  SimulatorConfig cfg;
  cfg.rooms = 50;
  cfg.calls_per_hour = 4;
  cfg.bathroom_calls_per_hour = cfg.requests_per_hour = cfg.bed_exits_per_hour = 0;
  cfg.door_openings_per_hour = cfg.emergencies_per_hour = 0;
  cfg.response_min_s = cfg.response_max_s = 1;
  cfg.visit_min_s = cfg.visit_max_s = 1;
  cfg.speed = 3600;  // one real second is one simulated hour
  FacilitySimulator sim(cfg, kStart);
  int calls = 0;
  for (const auto& e : run_for(sim, 10, 50)) calls += e.type == EventType::kCall;
  // 50 rooms x 4 calls/h x 10 h = 2000 expected (Poisson; a wide margin keeps this deterministic
  // for any seed while still catching a wrong unit).
  EXPECT_GT(calls, 1700);
  EXPECT_LT(calls, 2300);
}

TEST(FacilitySimulator, FixedRateModeEmitsExactlyTheRate) {
  SimulatorConfig cfg;
  cfg.fixed_rate_per_s = 300;
  FacilitySimulator sim(cfg, kStart);
  EXPECT_EQ(sim.advance(kStart + 2000).size(), 600u);
  EXPECT_EQ(sim.advance(kStart + 2500).size(), 150u);
}

TEST(FacilitySimulator, SameSeedSameLife) {
  SimulatorConfig cfg;
  cfg.speed = 100;
  FacilitySimulator a(cfg, kStart), b(cfg, kStart);
  const auto ea = run_for(a, 100), eb = run_for(b, 100);
  ASSERT_EQ(ea.size(), eb.size());
  for (std::size_t i = 0; i < ea.size(); ++i) {
    EXPECT_EQ(ea[i].type, eb[i].type);
    EXPECT_EQ(ea[i].room, eb[i].room);
  }
}

}  // namespace
}  // namespace anju::devices

namespace anju::devices {
namespace {

TEST(FacilitySimulator, BathroomCallsAreCancelledAtThePullCord) {
  SimulatorConfig cfg;
  cfg.rooms = 5;
  cfg.calls_per_hour = cfg.requests_per_hour = cfg.bed_exits_per_hour = 0;
  cfg.door_openings_per_hour = cfg.emergencies_per_hour = 0;
  cfg.bathroom_calls_per_hour = 2;
  cfg.speed = 600;
  FacilitySimulator sim(cfg, kStart);
  int cancels = 0;
  for (TimestampMs t = kStart; t <= kStart + 600'000; t += 1000)
    for (const auto& e : sim.advance(t))
      if (e.type == protocol::EventType::kCancel) {
        EXPECT_EQ(e.device, "wc-" + e.room);
        ++cancels;
      }
  EXPECT_GT(cancels, 10);
}

TEST(FacilitySimulator, StaffMakeRoundsInEveryRoom) {
  SimulatorConfig cfg;
  cfg.rooms = 8;
  cfg.calls_per_hour = cfg.bathroom_calls_per_hour = cfg.requests_per_hour = 0;
  cfg.bed_exits_per_hour = cfg.door_openings_per_hour = cfg.emergencies_per_hour = 0;
  cfg.round_interval_min = 60;
  cfg.speed = 3600;  // a real second is an hour
  FacilitySimulator sim(cfg, kStart);
  std::map<std::string, int> visits;
  for (TimestampMs t = kStart; t <= kStart + 10'000; t += 100)
    for (const auto& e : sim.advance(t))
      if (e.type == protocol::EventType::kStaffPresent) ++visits[e.room];
  ASSERT_EQ(visits.size(), 8u);
  for (const auto& [room, n] : visits) {
    EXPECT_GE(n, 9) << room;  // ten hours, hourly rounds with some jitter
    EXPECT_LE(n, 12) << room;
  }
}

}  // namespace
}  // namespace anju::devices
