#pragma once
// How each kind of alarm behaves: its priority, when it escalates if nobody acknowledges it, and
// where it may be closed. Defaults follow DESIGN.md (IEC 60601-1-8 priorities, UL 1069 / UL 2560
// practice); a facility overrides them in a JSON file (docs/operations.md).
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "protocol/messages.h"

namespace anju::engine {

// Who may close an alarm of this type.
enum class CloseRule {
  kAtSource,   // cancelled only by a cancel from the node/device that raised it (bathroom,
               // emergency)
  kAtBedside,  // cancelled by staff in the room (any node in the room); not from the desk
  kAnywhere,   // also resolvable from the console (fall after review, wandering, device faults)
};

struct AlarmRule {
  protocol::Priority priority = protocol::Priority::kMedium;
  int escalate_after_s = 180;      // unacknowledged this long: to the charge nurse (level 1)
  int escalate_all_after_s = 360;  // still unacknowledged: to all staff (level 2)
  CloseRule close = CloseRule::kAtBedside;
  int page_accept_s = 0;  // paging: seconds each nurse has to accept; 0 = by priority (30/60/180)
};

class AlarmPolicy {
 public:
  // The built-in defaults.
  static AlarmPolicy defaults();
  // Defaults overridden by a JSON object {"<type>": {"priority": "high", "escalate_after_s": 60,
  // "escalate_all_after_s": 120, "close": "at_source|at_bedside|anywhere", "page_accept_s": 45},
  // ...}.
  static Result<AlarmPolicy> from_json(std::string_view json);
  static Result<AlarmPolicy> load(const std::string& path);

  // Types without a rule do not raise alarms (door, staff_note, resident_ok, ...).
  const AlarmRule* rule(std::string_view type) const;
  void set(std::string type, AlarmRule rule) { rules_[std::move(type)] = rule; }
  // Every type that raises an alarm, in name order.
  std::vector<std::string> types() const;

 private:
  std::map<std::string, AlarmRule, std::less<>> rules_;
};

std::string_view to_string(CloseRule rule);

// What a console may do with `alarm` in its state now under `policy`: acknowledge while raised,
// resolve where the type's rule is kAnywhere, nothing once closed. The engine publishes this with
// every alarm state and enforces the same; consoles only show it.
protocol::AlarmActions console_actions(const AlarmPolicy& policy,
                                       const protocol::AlarmState& alarm);

}  // namespace anju::engine
