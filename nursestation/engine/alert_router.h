#pragma once
// Who is told about an alarm, in what order, and where each one stands: the routing of nurse-call
// systems that page the nurse in charge of the room (IHE PCD Alert Communication Management:
// sent -> delivered -> read -> accepted | declined, per recipient). An alarm goes first to the
// nurse the room is assigned to; if she has not accepted it within the priority's time, or
// declines it, it moves on to the next nurse on the floor, then to the charge nurse, then to
// everyone. A nurse whose phone is unreachable is skipped (and listed as such, so the console can
// say why). Pure logic: times from an injected clock, no I/O.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "common/clock.h"
#include "protocol/messages.h"

namespace anju::engine {

enum class AlertState {
  kSent,         // handed to the recipient's phone
  kDelivered,    // the phone has it
  kRead,         // the nurse opened it
  kAccepted,     // she is going
  kDeclined,     // she cannot: it moves on at once
  kTimedOut,     // not accepted in time: it moved on
  kUnreachable,  // her phone is offline: skipped
};
std::string_view to_string(AlertState s);

struct AlertRecipient {
  std::string staff;
  AlertState state = AlertState::kSent;
  TimestampMs sent_ts = 0;
  TimestampMs changed_ts = 0;  // the last change of `state`
  bool operator==(const AlertRecipient&) const = default;
};

// Where the alarm is in its escalation: 0 the assigned nurse, 1 the other nurses one by one,
// 2 the charge nurse, 3 everyone.
enum class AlertStep { kAssigned, kFloor, kCharge, kEveryone };

struct AlertRoute {
  std::string alarm;
  std::string room;
  protocol::Priority priority = protocol::Priority::kMedium;
  AlertStep step = AlertStep::kAssigned;
  std::vector<AlertRecipient> recipients;  // in the order they were tried
  TimestampMs deadline = 0;                // when it moves on unless accepted; 0 = it will not
  std::string accepted_by;                 // set once someone accepted
  TimestampMs accept_within_ms = 0;        // each recipient's time to accept
  bool operator==(const AlertRoute&) const = default;
};

struct RoutingPolicy {
  // Seconds a recipient has to accept before the alarm moves on, by priority.
  int accept_high_s = 30;
  int accept_medium_s = 60;
  int accept_low_s = 180;
  TimestampMs accept_within_ms(protocol::Priority p) const;
};

// The floor this shift: the nurses in the order the alarm walks through them, and the charge nurse.
struct Staffing {
  std::vector<std::string> nurses;
  std::string charge_nurse;
};

class AlertRouter {
 public:
  AlertRouter(RoutingPolicy policy, const Clock& clock) : policy_(policy), clock_(clock) {}

  void set_staffing(Staffing staffing) { staffing_ = std::move(staffing); }
  // A phone's heartbeat came or stopped coming. A page waiting on a phone that went away is marked
  // unreachable and moves on at once when nobody else has it: the routes that changed.
  std::vector<AlertRoute> set_reachable(const std::string& staff, bool reachable);
  bool reachable(const std::string& staff) const;

  // A new alarm: sent to the room's nurse (`assigned`; "" = none) or the first reachable one after.
  // `accept_within_ms` 0: the policy's time for the priority.
  const AlertRoute& open(const std::string& alarm, const std::string& room,
                         protocol::Priority priority, const std::string& assigned,
                         TimestampMs accept_within_ms = 0);
  // A recipient's phone reports delivered, read, accepted or declined. The changed route, or
  // nullopt if the alarm is not routed or the staff member was never sent it.
  std::optional<AlertRoute> on_answer(const std::string& alarm, const std::string& staff,
                                      AlertState state);
  // Routes whose deadline passed, moved on. Call about once a second.
  std::vector<AlertRoute> tick();
  // The alarm was acknowledged, resolved or cancelled: nobody else needs to be told.
  void close(const std::string& alarm) { routes_.erase(alarm); }

  const AlertRoute* find(const std::string& alarm) const;
  std::size_t open_count() const { return routes_.size(); }

 private:
  // Sends to the next recipient(s) after the current step; marks who was skipped.
  void move_on(AlertRoute& route);
  bool tried(const AlertRoute& route, const std::string& staff) const;
  bool send_to(AlertRoute& route, const std::string& staff);  // false: unreachable, listed
  TimestampMs now() const { return clock_.now_ms(); }

  RoutingPolicy policy_;
  const Clock& clock_;
  Staffing staffing_;
  std::map<std::string, bool> reachable_;  // staff -> phone reachable; unknown = reachable
  std::map<std::string, AlertRoute> routes_;
};

}  // namespace anju::engine
