#pragma once
// A plausible evening on a 24-room floor, as the engine would publish it: for --screenshot and for
// view tests, so screens can be looked at without a broker.
#include <QByteArray>
#include <QString>
#include <utility>
#include <vector>

#include "auth/user_store.h"
#include "common/clock.h"

namespace anju::console {

// (topic, payload) pairs in the order the engine would publish them.
std::vector<std::pair<QString, QByteArray>> sample_facility_messages(TimestampMs now,
                                                                     int alarms = 7);
// The floor's staff in that sample: four nurses and the charge nurse (n03, Li Na).
std::vector<auth::User> sample_staff();

}  // namespace anju::console
