#pragma once
// Publishes a node's events on anju/v1/<site>/event/<node> (QoS 1, through the bus outbox), with
// the envelope stamped here: unique id, per-node sequence, wall-clock time.
#include <mutex>
#include <string>

#include "bus/bus.h"
#include "common/clock.h"
#include "common/ids.h"
#include "daemon/event_sink.h"

namespace anju::vision {

class BusEventSink final : public EventSink {
 public:
  BusEventSink(bus::Bus& bus, const Clock& clock);
  void publish(protocol::Event event) override;
  std::uint64_t published() const { return ids_.last_seq(); }

 private:
  bus::Bus& bus_;
  const Clock& clock_;
  std::string topic_;
  std::mutex mutex_;  // keeps seq in publish order across camera threads
  IdGenerator ids_;
};

}  // namespace anju::vision
