#pragma once
// The bus thread: runs subscription handlers and connection callbacks one at a time, in arrival
// order, off Paho's threads (a slow handler must not stall Paho's acknowledgements). Drops
// messages whose protocol id it saw recently for subscriptions that asked for de-duplication.
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <variant>
#include <vector>

#include "bus/bus.h"
#include "bus/dedup_window.h"

namespace anju::bus {

class Dispatcher {
 public:
  Dispatcher(std::string node, std::size_t dedup_capacity);
  ~Dispatcher();
  Dispatcher(const Dispatcher&) = delete;
  Dispatcher& operator=(const Dispatcher&) = delete;

  void start();
  // Joins the bus thread; what is still queued is dropped. Idempotent.
  void stop();

  void add(std::string filter, MessageHandler handler, SubscribeOptions options);
  // Every filter with its QoS, to subscribe again after a reconnect.
  std::vector<std::pair<std::string, int>> filters() const;

  void deliver(Message message);        // any thread
  void post(std::function<void()> fn);  // any thread: runs on the bus thread, in order

  std::uint64_t received() const { return received_.load(); }
  std::uint64_t duplicates_dropped() const { return duplicates_.load(); }

 private:
  struct Subscription {
    std::string filter;
    MessageHandler handler;
    SubscribeOptions options;
  };
  using Item = std::variant<Message, std::function<void()>>;

  void run();
  void dispatch(const Message& message);
  std::vector<std::shared_ptr<const Subscription>> snapshot() const;

  std::string node_;
  DedupWindow seen_;  // bus thread only

  mutable std::mutex subs_mutex_;
  std::vector<std::shared_ptr<const Subscription>> subs_;

  std::mutex queue_mutex_;
  std::condition_variable queue_cv_;
  std::deque<Item> queue_;
  bool stopping_ = false;
  std::thread thread_;

  std::atomic<std::uint64_t> received_{0};
  std::atomic<std::uint64_t> duplicates_{0};
};

}  // namespace anju::bus
