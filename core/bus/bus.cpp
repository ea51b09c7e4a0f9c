#include "bus/bus.h"

#include <mqtt/message.h>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <utility>

#include "bus/bus_log.h"
#include "bus/dispatcher.h"
#include "bus/link.h"
#include "bus/outbox.h"
#include "bus/outbox_sender.h"
#include "bus/topic_match.h"
#include "common/clock.h"
#include "common/ids.h"
#include "protocol/codec.h"
#include "protocol/topics.h"

namespace anju::bus {
namespace {

using namespace std::chrono_literals;

constexpr std::size_t kDedupWindow = 100'000;
constexpr auto kSubscribeWait = 5s;

std::unique_ptr<Outbox> open_outbox(const BusConfig& config) {
  auto outbox = Outbox::open(config.outbox_path);
  if (outbox) return std::move(outbox).value();
  // Keep working rather than go silent: a node that cannot call for help is worse than one
  // whose pending calls would not survive its own crash.
  log_line(config.node, "outbox: " + outbox.error().reason +
                            "; FALLING BACK TO MEMORY: pending messages will not survive a "
                            "restart of this node");
  auto memory = Outbox::open(std::filesystem::path());
  return memory ? std::move(memory).value() : nullptr;
}

bool config_is_usable(const BusConfig& config) {
  if (!protocol::is_valid_id(config.node)) {
    log_line(config.node, "invalid node id '" + config.node + "': the bus stays offline");
    return false;
  }
  if (!protocol::is_valid_id(config.site)) {
    log_line(config.node, "invalid site '" + config.site + "': the bus stays offline");
    return false;
  }
  return true;
}

}  // namespace

class Bus::Impl {
 public:
  explicit Impl(BusConfig config);
  ~Impl() { stop(0ms); }

  void start();
  void stop(std::chrono::milliseconds drain);
  void publish(std::string topic, std::string payload, bool retained);
  void publish_volatile(std::string topic, std::string payload);
  void subscribe(std::string filter, MessageHandler handler, SubscribeOptions options);
  void set_heartbeat_stats(std::function<std::vector<std::pair<std::string, double>>()> f);
  bool connected() const;
  void on_connection_change(std::function<void(bool)> callback);
  bool wait_connected(std::chrono::milliseconds timeout) const;
  bool wait_flushed(std::chrono::milliseconds timeout) const;
  BusStats stats() const;
  const BusConfig& config() const { return config_; }
  std::shared_ptr<storage::Database> database() const {
    return outbox_ ? outbox_->database() : nullptr;
  }

 private:
  std::string presence_payload(protocol::PresenceState state);
  void publish_heartbeat();
  void publisher_up();
  void subscriber_up();
  void update_connected();
  bool links_up() const;

  const BusConfig config_;
  const bool usable_;
  IdGenerator ids_;
  const std::chrono::steady_clock::time_point started_at_ = std::chrono::steady_clock::now();
  std::unique_ptr<Outbox> outbox_;
  Dispatcher dispatcher_;
  // The links (and their Paho clients) are declared last so they are destroyed first: Paho's
  // callbacks call into the sender and the dispatcher and must end before those do.
  std::unique_ptr<OutboxSender> sender_;
  std::unique_ptr<Link> publisher_;
  std::unique_ptr<Link> subscriber_;

  std::mutex lifecycle_mutex_;  // start() / stop()
  bool started_ = false;
  bool stopped_ = false;

  // The subscriber connection (generation) whose subscriptions the broker confirmed.
  std::atomic<std::uint64_t> subscribed_generation_{0};

  mutable std::mutex state_mutex_;
  mutable std::condition_variable state_cv_;
  bool connected_ = false;
  std::function<void(bool)> connection_callback_;

  std::mutex heartbeat_mutex_;
  std::function<std::vector<std::pair<std::string, double>>()> heartbeat_stats_;
  std::uint64_t heartbeat_seq_ = 0;
};

Bus::Impl::Impl(BusConfig config)
    : config_([&] {
        if (config.username.empty()) config.username = config.node;
        return std::move(config);
      }()),
      usable_(config_is_usable(config_)),
      ids_(config_.node),
      outbox_(open_outbox(config_)),
      dispatcher_(config_.node, kDedupWindow) {
  if (!usable_ || !outbox_) return;
  publisher_ =
      std::make_unique<Link>(config_, LinkSettings{"publisher", config_.node + "-pub", true});
  // The Last Will is the birth record with state offline, retained: whoever looks at presence
  // sees the node went away, even if it crashed or lost power.
  publisher_->set_will([this]() -> std::optional<mqtt::will_options> {
    return mqtt::will_options(
        protocol::topic(config_.site, protocol::TopicKind::kPresence, config_.node),
        presence_payload(protocol::PresenceState::kOffline), 1, true);
  });
  publisher_->on_up([this] { publisher_up(); });
  publisher_->on_down([this] {
    if (sender_) sender_->link_changed();
    update_connected();
  });
  sender_ = std::make_unique<OutboxSender>(config_, *outbox_, *publisher_);
  if (config_.heartbeat_s > 0) {
    sender_->set_tick(std::chrono::seconds(config_.heartbeat_s), [this] { publish_heartbeat(); });
  }
  if (config_.subscribe_connection) {
    // A persistent session under a stable id: QoS 1 messages that arrive while this node is away
    // are queued by the broker and delivered when it is back.
    subscriber_ =
        std::make_unique<Link>(config_, LinkSettings{"subscriber", config_.node + "-sub", false});
    subscriber_->on_message([this](mqtt::const_message_ptr msg) {
      dispatcher_.deliver(Message{msg->get_topic(), msg->to_string(), msg->is_retained()});
    });
    subscriber_->on_up([this] { subscriber_up(); });
    subscriber_->on_down([this] { update_connected(); });
  }
}

std::string Bus::Impl::presence_payload(protocol::PresenceState state) {
  protocol::Presence p;
  p.id = ids_.next();
  p.ts = SystemClock::instance().now_ms();
  p.node = config_.node;
  p.kind = config_.kind;
  p.state = state;
  p.room = config_.room;
  p.version = config_.version;
  p.heartbeat_s = config_.heartbeat_s;
  return protocol::encode(p);
}

void Bus::Impl::publish_heartbeat() {
  if (!publisher_ || !publisher_->up()) return;
  protocol::Heartbeat hb;
  hb.id = ids_.next();
  hb.ts = SystemClock::instance().now_ms();
  hb.node = config_.node;
  hb.uptime_s = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::steady_clock::now() -
                                                                 started_at_)
                    .count();
  {
    std::lock_guard lock(heartbeat_mutex_);
    hb.seq = ++heartbeat_seq_;
    if (heartbeat_stats_) {
      try {
        hb.stats = heartbeat_stats_();
      } catch (const std::exception& e) {
        log_line(config_.node, std::string("heartbeat stats threw: ") + e.what());
      }
    }
  }
  publisher_->publish(mqtt::make_message(
      protocol::topic(config_.site, protocol::TopicKind::kHeartbeat, config_.node),
      protocol::encode(hb), 0, false));
}

void Bus::Impl::publisher_up() {
  // Birth record, retained: replaces the Last Will's "offline" of an earlier connection.
  publisher_->publish(mqtt::make_message(
      protocol::topic(config_.site, protocol::TopicKind::kPresence, config_.node),
      presence_payload(protocol::PresenceState::kOnline), 1, true));
  sender_->link_changed();
  update_connected();
}

void Bus::Impl::subscriber_up() {
  // The persistent session normally keeps the subscriptions, but the broker may have lost it
  // (restart without its database, session expired): subscribing again costs little. Until the
  // broker has answered, the bus does not count as connected: a caller that waits for
  // wait_connected() and then has something published must be sure the handlers will get it.
  const std::uint64_t generation = subscriber_->generation();
  const auto filters = dispatcher_.filters();
  switch (subscriber_->subscribe(filters, kSubscribeWait)) {
    case SubscribeResult::kConfirmed:
    case SubscribeResult::kRefused:  // logged; reconnecting would be refused the same way
      break;
    case SubscribeResult::kNoAnswer:
      subscriber_->force_reconnect("the broker did not answer the subscriptions");
      return;
    case SubscribeResult::kNotConnected:
      return;  // lost meanwhile: the next connection subscribes again
  }
  subscribed_generation_ = generation;
  update_connected();
}

bool Bus::Impl::links_up() const {
  if (!publisher_ || !publisher_->up()) return false;
  if (!subscriber_) return true;
  return subscriber_->up() && subscribed_generation_.load() == subscriber_->generation();
}

void Bus::Impl::update_connected() {
  std::function<void(bool)> callback;
  bool now;
  {
    std::lock_guard lock(state_mutex_);
    now = links_up();
    if (now == connected_) return;
    connected_ = now;
    callback = connection_callback_;
  }
  state_cv_.notify_all();
  if (callback) dispatcher_.post([callback = std::move(callback), now] { callback(now); });
}

void Bus::Impl::start() {
  std::lock_guard lock(lifecycle_mutex_);
  if (started_ || stopped_ || !publisher_) return;
  started_ = true;
  dispatcher_.start();
  sender_->start();
  publisher_->start();
  if (subscriber_) subscriber_->start();
}

void Bus::Impl::stop(std::chrono::milliseconds drain) {
  std::lock_guard lock(lifecycle_mutex_);
  if (stopped_) return;
  stopped_ = true;
  if (!started_ || !publisher_) {
    dispatcher_.stop();
    return;
  }
  const auto deadline = std::chrono::steady_clock::now() + drain;
  const auto left = [&] {
    return std::max(std::chrono::milliseconds(0),
                    std::chrono::duration_cast<std::chrono::milliseconds>(
                        deadline - std::chrono::steady_clock::now()));
  };
  if (publisher_->up()) {
    sender_->wait_flushed(left());
    // A clean disconnect suppresses the Last Will, so say "offline" ourselves.
    auto token = publisher_->publish(mqtt::make_message(
        protocol::topic(config_.site, protocol::TopicKind::kPresence, config_.node),
        presence_payload(protocol::PresenceState::kOffline), 1, true));
    if (token) {
      try {
        token->wait_for(std::max(left(), std::chrono::milliseconds(500)));
      } catch (const std::exception& e) {
        log_line(config_.node, std::string("offline presence: ") + e.what());
      }
    }
  }
  publisher_->stop(std::min(left(), std::chrono::milliseconds(1000)));
  if (subscriber_) subscriber_->stop(100ms);
  sender_->stop();
  dispatcher_.stop();
  update_connected();
  if (const auto pending = sender_->pending(); pending > 0) {
    log_line(config_.node, "stopped with " + std::to_string(pending) +
                               " message(s) in the outbox; they are sent at the next start");
  }
}

void Bus::Impl::publish(std::string topic, std::string payload, bool retained) {
  if (!is_valid_publish_topic(topic)) {
    log_line(config_.node, "publish: refused invalid topic '" + topic + "'");
    return;
  }
  // Larger messages would make the broker drop the connection, and a message the broker never
  // accepts would block the outbox behind it for ever.
  if (payload.size() > protocol::kMaxPayloadBytes) {
    log_line(config_.node, "publish: refused " + std::to_string(payload.size()) + " bytes on '" +
                               topic + "' (limit " + std::to_string(protocol::kMaxPayloadBytes) +
                               ")");
    return;
  }
  if (!outbox_ || !sender_) {
    log_line(config_.node, "publish: bus not usable; dropped message on '" + topic + "'");
    return;
  }
  auto seq = outbox_->append(topic, payload, retained);
  if (!seq) {
    log_line(config_.node,
             "outbox: " + seq.error().reason + "; sending '" + topic + "' without a stored copy");
    if (publisher_) publisher_->publish(mqtt::make_message(topic, payload, 1, retained));
    return;
  }
  sender_->appended(OutboxEntry{*seq, std::move(topic), std::move(payload), retained});
}

void Bus::Impl::publish_volatile(std::string topic, std::string payload) {
  if (!publisher_ || !is_valid_publish_topic(topic)) return;
  publisher_->publish(mqtt::make_message(std::move(topic), std::move(payload), 0, false));
}

void Bus::Impl::subscribe(std::string filter, MessageHandler handler, SubscribeOptions options) {
  if (!is_valid_filter(filter)) {
    log_line(config_.node, "subscribe: refused invalid filter '" + filter + "'");
    return;
  }
  if (!subscriber_) {
    log_line(config_.node,
             "subscribe: this bus has no subscribe connection; '" + filter + "' ignored");
    return;
  }
  options.qos = std::clamp(options.qos, 0, 1);
  dispatcher_.add(filter, std::move(handler), options);
  // Now if connected (waiting for the broker's answer, so messages published after this returns
  // reach the handler); otherwise subscriber_up() subscribes at the next connection.
  if (subscriber_->subscribe({{filter, options.qos}}, kSubscribeWait) ==
      SubscribeResult::kNoAnswer) {
    subscriber_->force_reconnect("the broker did not answer a subscription");
  }
}

void Bus::Impl::set_heartbeat_stats(
    std::function<std::vector<std::pair<std::string, double>>()> f) {
  std::lock_guard lock(heartbeat_mutex_);
  heartbeat_stats_ = std::move(f);
}

bool Bus::Impl::connected() const {
  std::lock_guard lock(state_mutex_);
  return connected_;
}

void Bus::Impl::on_connection_change(std::function<void(bool)> callback) {
  std::lock_guard lock(state_mutex_);
  connection_callback_ = std::move(callback);
}

bool Bus::Impl::wait_connected(std::chrono::milliseconds timeout) const {
  std::unique_lock lock(state_mutex_);
  return state_cv_.wait_for(lock, timeout, [&] { return connected_; });
}

bool Bus::Impl::wait_flushed(std::chrono::milliseconds timeout) const {
  return sender_ && sender_->wait_flushed(timeout);
}

BusStats Bus::Impl::stats() const {
  BusStats s;
  s.received = dispatcher_.received();
  s.duplicates_dropped = dispatcher_.duplicates_dropped();
  if (sender_) {
    s.published = sender_->acknowledged();
    s.outbox_pending = sender_->pending();
  }
  for (const Link* link : {publisher_.get(), subscriber_.get()}) {
    if (link && link->connections() > 1) s.reconnects += link->connections() - 1;
  }
  return s;
}

// --- Bus: forwards to Impl --------------------------------------------------------------------

Bus::Bus(BusConfig config) : impl_(std::make_unique<Impl>(std::move(config))) {}
Bus::~Bus() = default;
void Bus::start() {
  impl_->start();
}
void Bus::stop(std::chrono::milliseconds drain) {
  impl_->stop(drain);
}
void Bus::publish(std::string topic, std::string payload, bool retained) {
  impl_->publish(std::move(topic), std::move(payload), retained);
}
void Bus::publish_volatile(std::string topic, std::string payload) {
  impl_->publish_volatile(std::move(topic), std::move(payload));
}
void Bus::subscribe(std::string filter, MessageHandler handler, SubscribeOptions options) {
  impl_->subscribe(std::move(filter), std::move(handler), options);
}
void Bus::set_heartbeat_stats(std::function<std::vector<std::pair<std::string, double>>()> stats) {
  impl_->set_heartbeat_stats(std::move(stats));
}
bool Bus::connected() const {
  return impl_->connected();
}
void Bus::on_connection_change(std::function<void(bool connected)> callback) {
  impl_->on_connection_change(std::move(callback));
}
bool Bus::wait_connected(std::chrono::milliseconds timeout) const {
  return impl_->wait_connected(timeout);
}
bool Bus::wait_flushed(std::chrono::milliseconds timeout) const {
  return impl_->wait_flushed(timeout);
}
BusStats Bus::stats() const {
  return impl_->stats();
}
const BusConfig& Bus::config() const {
  return impl_->config();
}
std::shared_ptr<storage::Database> Bus::database() const {
  return impl_->database();
}

}  // namespace anju::bus
