#pragma once
// A facility's worth of wired devices behind one gateway node: per room a call button, a bathroom
// pull cord, a presence button, a bed-exit sensor and a door contact. Each room lives a simple day:
// a resident calls now and then, staff arrive after a realistic delay, press presence and cancel,
// and leave. Pure logic (no bus, no threads): the caller feeds time, the simulator returns events.
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "common/clock.h"
#include "protocol/messages.h"

namespace anju::devices {

struct SimulatorConfig {
  int rooms = 20;
  int first_room = 101;
  // Rates per room per hour of simulated time.
  double calls_per_hour = 2.0;
  double bathroom_calls_per_hour = 0.3;
  double requests_per_hour = 1.0;
  double bed_exits_per_hour = 0.4;
  double door_openings_per_hour = 1.0;
  double emergencies_per_hour = 0.02;
  // Staff response (seconds of simulated time): uniform in [min, max].
  double response_min_s = 30, response_max_s = 240;
  double visit_min_s = 60, visit_max_s = 300;
  // Staff rounds: each room is visited about this often (simulated minutes); 0 = no rounds.
  double round_interval_min = 105;
  // Simulated seconds per real second (a demo runs a busy shift in minutes).
  double speed = 1.0;
  // Load mode: when > 0, a fixed number of events per real second instead of the daily life above.
  double fixed_rate_per_s = 0;
  std::uint32_t seed = 1;
};

class FacilitySimulator {
 public:
  FacilitySimulator(SimulatorConfig config, TimestampMs start);

  // Every event due up to `now` (wall clock), oldest first, stamped with `now`.
  std::vector<protocol::Event> advance(TimestampMs now);

  const SimulatorConfig& config() const { return config_; }
  std::string room_id(int index) const;

 private:
  enum class Phase { kIdle, kCalling, kStaffPresent };
  struct Room {
    std::string id;
    Phase phase = Phase::kIdle;
    double next_s = 0;  // simulated time of this room's next happening
    double next_round_s = 0;
    std::string staff;
    std::string cancel_device;  // where the open call is cancelled (a pull cord resets at the cord)
  };

  double sim_seconds(TimestampMs now) const;
  double exponential(double per_hour);
  double uniform(double lo, double hi);
  void schedule_idle(Room& room, double from_s);
  void step_room(Room& room, TimestampMs now, std::vector<protocol::Event>& out);
  void step_rounds(Room& room, TimestampMs now, std::vector<protocol::Event>& out);
  void step_fixed_rate(TimestampMs now, std::vector<protocol::Event>& out);
  protocol::Event make(protocol::EventType type, const Room& room, std::string device);

  SimulatorConfig config_;
  TimestampMs start_;
  std::mt19937 rng_;
  std::vector<Room> rooms_;
  std::uint64_t fixed_emitted_ = 0;
};

}  // namespace anju::devices
