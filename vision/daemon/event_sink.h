#pragma once
// Where a camera worker's events go. The node publishes them on the bus; tests collect them.
// Workers fill what happened (type, room, device, detail, confidence, box); the sink stamps the
// envelope (id, seq, ts, node). Called from camera threads: implementations must be thread-safe.
#include "protocol/messages.h"

namespace anju::vision {

class EventSink {
 public:
  virtual ~EventSink() = default;
  virtual void publish(protocol::Event event) = 0;
};

}  // namespace anju::vision
