#pragma once
// Where the kiosk's events go. In the app: the bus (a local SQLite insert; delivered when the
// broker is reachable, so publishing never blocks on the network). In tests: a recording fake.
#include "protocol/messages.h"

namespace anju::kiosk {

class EventSink {
 public:
  virtual ~EventSink() = default;
  virtual void publish(const protocol::Event& event) = 0;
};

}  // namespace anju::kiosk
