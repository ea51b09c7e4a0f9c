#pragma once
// Where a node's events go: the one way any node emits an event. Callers fill what happened (type,
// room, bed, device, detail, confidence, box, clip); the sink stamps the envelope (node, id, seq,
// ts) and returns the id it gave. In a node that is ReliableEventSender (kept pending until the
// engine's receipt names it); in tests, a recording fake. Called from any thread.
#include <string>

#include "common/result.h"
#include "protocol/messages.h"

namespace anju::node {

class EventSink {
 public:
  virtual ~EventSink() = default;
  // The event's id, or why it was refused (and so not published).
  virtual Result<std::string> publish(protocol::Event event) = 0;
};

}  // namespace anju::node
