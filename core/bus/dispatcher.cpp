#include "bus/dispatcher.h"

#include <exception>

#include "bus/bus_log.h"
#include "bus/topic_match.h"
#include "protocol/codec.h"

namespace anju::bus {
namespace {

// The protocol id of a message, or empty when it does not decode (the handler gets it anyway
// and rejects it with its own logged reason).
std::string message_id_of(const Message& m) {
  auto envelope = protocol::decode(m.topic, m.payload);
  if (!envelope) return {};
  return std::string(protocol::message_id(envelope->message));
}

}  // namespace

Dispatcher::Dispatcher(std::string node, std::size_t dedup_capacity)
    : node_(std::move(node)), seen_(dedup_capacity) {}

Dispatcher::~Dispatcher() {
  stop();
}

void Dispatcher::start() {
  std::lock_guard lock(queue_mutex_);
  if (thread_.joinable() || stopping_) return;
  thread_ = std::thread([this] { run(); });
}

void Dispatcher::stop() {
  {
    std::lock_guard lock(queue_mutex_);
    stopping_ = true;
  }
  queue_cv_.notify_all();
  if (!thread_.joinable()) return;
  if (thread_.get_id() == std::this_thread::get_id()) {
    // stop() from inside a handler: the thread ends when the handler returns.
    log_line(node_, "Bus::stop() called from a handler; the bus thread finishes on its own");
    thread_.detach();
    return;
  }
  thread_.join();
}

void Dispatcher::add(std::string filter, MessageHandler handler, SubscribeOptions options) {
  auto sub = std::make_shared<const Subscription>(
      Subscription{std::move(filter), std::move(handler), options});
  std::lock_guard lock(subs_mutex_);
  subs_.push_back(std::move(sub));
}

std::vector<std::pair<std::string, int>> Dispatcher::filters() const {
  std::vector<std::pair<std::string, int>> out;
  std::lock_guard lock(subs_mutex_);
  for (const auto& s : subs_) out.emplace_back(s->filter, s->options.qos);
  return out;
}

std::vector<std::shared_ptr<const Dispatcher::Subscription>> Dispatcher::snapshot() const {
  std::lock_guard lock(subs_mutex_);
  return subs_;
}

void Dispatcher::deliver(Message message) {
  {
    std::lock_guard lock(queue_mutex_);
    if (stopping_) return;
    queue_.emplace_back(std::move(message));
  }
  queue_cv_.notify_one();
}

void Dispatcher::post(std::function<void()> fn) {
  {
    std::lock_guard lock(queue_mutex_);
    if (stopping_) return;
    queue_.emplace_back(std::move(fn));
  }
  queue_cv_.notify_one();
}

void Dispatcher::run() {
  std::unique_lock lock(queue_mutex_);
  while (true) {
    queue_cv_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
    if (stopping_) return;
    Item item = std::move(queue_.front());
    queue_.pop_front();
    lock.unlock();
    try {
      if (auto* message = std::get_if<Message>(&item)) {
        dispatch(*message);
      } else {
        std::get<std::function<void()>>(item)();
      }
    } catch (const std::exception& e) {
      log_line(node_, std::string("a bus handler threw: ") + e.what());
    } catch (...) {
      log_line(node_, "a bus handler threw a non-standard exception");
    }
    lock.lock();
  }
}

void Dispatcher::dispatch(const Message& message) {
  ++received_;
  const auto subs = snapshot();
  std::vector<const Subscription*> matched;
  bool dedup = false;
  for (const auto& s : subs) {
    if (!topic_matches(s->filter, message.topic)) continue;
    matched.push_back(s.get());
    dedup = dedup || s->options.dedup_by_id;
  }
  // One look-up per message, however many subscriptions match it.
  bool duplicate = false;
  if (dedup) {
    const std::string id = message_id_of(message);
    duplicate = !id.empty() && !seen_.insert(id);
    if (duplicate) ++duplicates_;
  }
  for (const Subscription* s : matched) {
    if (duplicate && s->options.dedup_by_id) continue;
    try {
      s->handler(message);
    } catch (const std::exception& e) {
      log_line(node_, "handler for '" + s->filter + "' threw: " + e.what());
    } catch (...) {
      log_line(node_, "handler for '" + s->filter + "' threw a non-standard exception");
    }
  }
}

}  // namespace anju::bus
