#pragma once
// Collects decoded messages from a bus subscription and lets a test wait for a condition on them.
// The subscription keeps the collected messages alive itself: a test's inbox may be destroyed
// before the bus that feeds it (declared after it), while a late message still arrives.
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "bus/bus.h"

namespace anju::test {

template <class T>
class Inbox {
  struct State {
    std::mutex mutex;
    std::condition_variable cv;
    std::vector<T> items;
    void add(T m) {
      std::lock_guard lock(mutex);
      items.push_back(std::move(m));
      cv.notify_all();
    }
  };

 public:
  void add(T m) { state_->add(std::move(m)); }
  template <class Pred>
  bool wait_for(Pred pred, std::chrono::milliseconds timeout = std::chrono::seconds(10)) {
    std::unique_lock lock(state_->mutex);
    return state_->cv.wait_for(lock, timeout, [&] { return pred(state_->items); });
  }
  std::vector<T> items() {
    std::lock_guard lock(state_->mutex);
    return state_->items;
  }
  // What a subscription holds on to: outlives this inbox if the bus does.
  std::shared_ptr<State> shared() const { return state_; }

 private:
  std::shared_ptr<State> state_ = std::make_shared<State>();
};

// Subscribes `inbox` to `filter`, decoding each payload with `decode`; cleared retained messages
// (empty payloads) and undecodable ones are skipped.
template <class T, class Decode>
void subscribe_into(bus::Bus& bus, const std::string& filter, Inbox<T>& inbox, Decode decode) {
  bus.subscribe(filter, [state = inbox.shared(), decode](const bus::Message& m) {
    if (m.payload.empty()) return;
    auto decoded = decode(m.payload);
    if (decoded) state->add(decoded.value());
  });
}

}  // namespace anju::test
