#include "daemon/bus_event_sink.h"

#include "protocol/codec.h"
#include "protocol/topics.h"

namespace anju::vision {

BusEventSink::BusEventSink(bus::Bus& bus, const Clock& clock)
    : bus_(bus),
      clock_(clock),
      topic_(protocol::topic(bus.config().site, protocol::TopicKind::kEvent, bus.config().node)),
      ids_(bus.config().node) {}

void BusEventSink::publish(protocol::Event event) {
  std::lock_guard lock(mutex_);
  event.node = bus_.config().node;
  event.ts = clock_.now_ms();
  event.id = ids_.next();
  event.seq = ids_.last_seq();
  bus_.publish(topic_, protocol::encode(event));
}

}  // namespace anju::vision
