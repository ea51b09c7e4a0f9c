#pragma once
// A node::EventSink for tests: stamps the envelope as a node's sender does (node "test", id,
// seq, ts from the steady clock) and keeps every event; waits for what a test expects.
#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <vector>

#include "node/event_sink.h"

namespace anju::test {

class CaptureSink final : public node::EventSink {
 public:
  Result<std::string> publish(protocol::Event event) override {
    std::lock_guard lock(mutex_);
    event.node = "test";
    event.seq = events_.size() + 1;
    event.id = "test-" + std::to_string(event.seq);
    event.ts = std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
                   .count();
    events_.push_back(event);
    changed_.notify_all();
    return event.id;
  }
  // Waits until `count` events arrived or the time-out passed; returns a copy of all.
  std::vector<protocol::Event> wait_for(std::size_t count, std::chrono::seconds timeout) {
    std::unique_lock lock(mutex_);
    changed_.wait_for(lock, timeout, [&] { return events_.size() >= count; });
    return events_;
  }
  // Waits until an event of `type` arrived or the time-out passed; returns a copy of all.
  std::vector<protocol::Event> wait_for_type(protocol::EventType type,
                                             std::chrono::seconds timeout) {
    std::unique_lock lock(mutex_);
    changed_.wait_for(lock, timeout, [&] {
      return std::any_of(events_.begin(), events_.end(),
                         [&](const protocol::Event& e) { return e.type == type; });
    });
    return events_;
  }

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<protocol::Event> events_;
};

}  // namespace anju::test
