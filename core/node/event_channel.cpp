#include "node/event_channel.h"

namespace anju::node {

void BusEventChannel::publish(const std::string& topic, const std::string& payload) {
  bus_.publish(topic, payload, false);
}

void BusEventChannel::subscribe(const std::string& filter, bus::MessageHandler handler) {
  // No de-duplication: a receipt seen twice only deletes what is already gone.
  bus_.subscribe(filter, std::move(handler), {.qos = 1, .dedup_by_id = false});
}

bool BusEventChannel::idle() const {
  return bus_.connected() && bus_.stats().outbox_pending == 0;
}

void LocalEventChannel::publish(const std::string& topic, const std::string& payload) {
  std::lock_guard lock(mutex_);
  published_.emplace_back(topic, payload);
}

std::vector<std::pair<std::string, std::string>> LocalEventChannel::published() const {
  std::lock_guard lock(mutex_);
  return published_;
}

}  // namespace anju::node
