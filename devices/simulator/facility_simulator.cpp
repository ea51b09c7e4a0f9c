#include "simulator/facility_simulator.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace anju::devices {

using protocol::Event;
using protocol::EventType;

namespace {
constexpr std::array<const char*, 5> kRequests = {"water", "toilet", "pain", "turn", "meal"};
constexpr std::array<const char*, 8> kStaff = {"n01", "n02", "n03", "n04",
                                               "n05", "n06", "n07", "n08"};
}  // namespace

FacilitySimulator::FacilitySimulator(SimulatorConfig config, TimestampMs start)
    : config_(std::move(config)), start_(start), rng_(config_.seed) {
  rooms_.resize(static_cast<std::size_t>(std::max(config_.rooms, 0)));
  for (std::size_t i = 0; i < rooms_.size(); ++i) {
    rooms_[i].id = room_id(static_cast<int>(i));
    schedule_idle(rooms_[i], 0);
    // Rounds start spread over the first interval, as on a real floor.
    rooms_[i].next_round_s = uniform(0, config_.round_interval_min * 60);
  }
}

std::string FacilitySimulator::room_id(int index) const {
  return std::to_string(config_.first_room + index);
}

double FacilitySimulator::sim_seconds(TimestampMs now) const {
  return static_cast<double>(now - start_) / 1000.0 * config_.speed;
}

double FacilitySimulator::exponential(double per_hour) {
  if (per_hour <= 0) return 1e18;
  return std::exponential_distribution<double>(per_hour / 3600.0)(rng_);
}

double FacilitySimulator::uniform(double lo, double hi) {
  return std::uniform_real_distribution<double>(lo, std::max(lo, hi))(rng_);
}

void FacilitySimulator::schedule_idle(Room& room, double from_s) {
  const double total = config_.calls_per_hour + config_.bathroom_calls_per_hour +
                       config_.requests_per_hour + config_.bed_exits_per_hour +
                       config_.door_openings_per_hour + config_.emergencies_per_hour;
  room.phase = Phase::kIdle;
  room.next_s = from_s + exponential(total);
}

Event FacilitySimulator::make(EventType type, const Room& room, std::string device) {
  // What happened, where; the node's event sender stamps the envelope (id, seq, ts, node).
  Event e;
  e.type = type;
  e.room = room.id;
  e.device = std::move(device);
  return e;
}

void FacilitySimulator::step_room(Room& room, TimestampMs now, std::vector<Event>& out) {
  const double t = sim_seconds(now);
  while (room.next_s <= t) {
    switch (room.phase) {
      case Phase::kIdle: {
        // Pick what happens, weighted by the configured rates.
        const std::array<double, 6> weights = {
            config_.calls_per_hour,         config_.bathroom_calls_per_hour,
            config_.requests_per_hour,      config_.bed_exits_per_hour,
            config_.door_openings_per_hour, config_.emergencies_per_hour};
        std::discrete_distribution<int> pick(weights.begin(), weights.end());
        const int what = pick(rng_);
        bool needs_staff = true;
        room.cancel_device = (what == 1 || what == 5) ? "wc-" + room.id : "presence-" + room.id;
        if (what == 0) out.push_back(make(EventType::kCall, room, "call-" + room.id));
        if (what == 1) out.push_back(make(EventType::kBathroomCall, room, "wc-" + room.id));
        if (what == 2) {
          auto e = make(EventType::kServiceRequest, room, "call-" + room.id);
          e.detail =
              kRequests[std::uniform_int_distribution<std::size_t>(0, kRequests.size() - 1)(rng_)];
          out.push_back(std::move(e));
        }
        if (what == 3) out.push_back(make(EventType::kBedExit, room, "bed-" + room.id));
        if (what == 5) out.push_back(make(EventType::kEmergency, room, "wc-" + room.id));
        if (what == 4) {
          auto e = make(EventType::kDoor, room, "door-" + room.id);
          e.detail = "open";
          out.push_back(e);
          e = make(EventType::kDoor, room, "door-" + room.id);
          e.detail = "closed";
          out.push_back(std::move(e));
          needs_staff = false;
        }
        if (needs_staff) {
          room.phase = Phase::kCalling;
          room.next_s += uniform(config_.response_min_s, config_.response_max_s);
        } else {
          schedule_idle(room, room.next_s);
        }
        break;
      }
      case Phase::kCalling: {
        room.staff = kStaff[std::uniform_int_distribution<std::size_t>(0, kStaff.size() - 1)(rng_)];
        auto present = make(EventType::kStaffPresent, room, "presence-" + room.id);
        present.staff = room.staff;
        out.push_back(std::move(present));
        auto cancel = make(EventType::kCancel, room, room.cancel_device);
        cancel.staff = room.staff;
        out.push_back(std::move(cancel));
        room.phase = Phase::kStaffPresent;
        room.next_s += uniform(config_.visit_min_s, config_.visit_max_s);
        break;
      }
      case Phase::kStaffPresent: {
        auto left = make(EventType::kStaffLeft, room, "presence-" + room.id);
        left.staff = room.staff;
        out.push_back(std::move(left));
        schedule_idle(room, room.next_s);
        break;
      }
    }
  }
}

void FacilitySimulator::step_rounds(Room& room, TimestampMs now, std::vector<Event>& out) {
  if (config_.round_interval_min <= 0) return;
  const double t = sim_seconds(now);
  while (room.next_round_s <= t) {
    // A short visit: in and out within the same step (the visit itself is not what is tested).
    const std::string staff =
        kStaff[std::uniform_int_distribution<std::size_t>(0, kStaff.size() - 1)(rng_)];
    if (room.phase == Phase::kIdle) {
      auto in = make(EventType::kStaffPresent, room, "presence-" + room.id);
      in.staff = staff;
      out.push_back(std::move(in));
      auto left = make(EventType::kStaffLeft, room, "presence-" + room.id);
      left.staff = staff;
      out.push_back(std::move(left));
    }
    room.next_round_s += config_.round_interval_min * 60 * uniform(0.85, 1.1);
  }
}

void FacilitySimulator::step_fixed_rate(TimestampMs now, std::vector<Event>& out) {
  // Round-robin over rooms: call, staff present + cancel, so alarms never pile up unboundedly.
  const double elapsed_s = static_cast<double>(now - start_) / 1000.0;
  const auto due = static_cast<std::uint64_t>(elapsed_s * config_.fixed_rate_per_s);
  while (fixed_emitted_ < due && !rooms_.empty()) {
    Room& room = rooms_[(fixed_emitted_ / 3) % rooms_.size()];
    switch (fixed_emitted_ % 3) {
      case 0:
        out.push_back(make(EventType::kCall, room, "call-" + room.id));
        break;
      case 1: {
        auto e = make(EventType::kStaffPresent, room, "presence-" + room.id);
        e.staff = kStaff[room.id.size() % kStaff.size()];
        out.push_back(std::move(e));
        break;
      }
      default: {
        auto e = make(EventType::kCancel, room, "presence-" + room.id);
        e.staff = kStaff[room.id.size() % kStaff.size()];
        out.push_back(std::move(e));
      }
    }
    ++fixed_emitted_;
  }
}

std::vector<Event> FacilitySimulator::advance(TimestampMs now) {
  std::vector<Event> out;
  if (config_.fixed_rate_per_s > 0) {
    step_fixed_rate(now, out);
    return out;
  }
  for (auto& room : rooms_) {
    step_room(room, now, out);
    step_rounds(room, now, out);
  }
  return out;
}

}  // namespace anju::devices
