#pragma once
// Collects decoded messages from a bus subscription and lets a test wait for a condition on them.
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <vector>

#include "bus/bus.h"

namespace anju::test {

template <class T>
class Inbox {
 public:
  void add(T m) {
    std::lock_guard lock(mutex_);
    items_.push_back(std::move(m));
    cv_.notify_all();
  }
  template <class Pred>
  bool wait_for(Pred pred, std::chrono::milliseconds timeout = std::chrono::seconds(10)) {
    std::unique_lock lock(mutex_);
    return cv_.wait_for(lock, timeout, [&] { return pred(items_); });
  }
  std::vector<T> items() {
    std::lock_guard lock(mutex_);
    return items_;
  }

 private:
  std::mutex mutex_;
  std::condition_variable cv_;
  std::vector<T> items_;
};

// Subscribes `inbox` to `filter`, decoding each payload with `decode`; cleared retained messages
// (empty payloads) and undecodable ones are skipped.
template <class T, class Decode>
void subscribe_into(bus::Bus& bus, const std::string& filter, Inbox<T>& inbox, Decode decode) {
  bus.subscribe(filter, [&inbox, decode](const bus::Message& m) {
    if (m.payload.empty()) return;
    auto decoded = decode(m.payload);
    if (decoded) inbox.add(decoded.value());
  });
}

}  // namespace anju::test
