#include "bus/link.h"

#include "bus/backoff.h"
#include "bus/bus_log.h"
#include "bus/tcp_probe.h"

namespace anju::bus {
namespace {

using namespace std::chrono_literals;

constexpr auto kConnectTimeout = 5s;
// A repeated failure (broker down for an hour) is logged again at most this often.
constexpr auto kRepeatLogEvery = 60s;
// A connection that lasted this long resets the backoff; a shorter one keeps it growing.
constexpr auto kStableAfter = 10s;

bool is_tls_uri(std::string_view uri) {
  return uri.starts_with("ssl://") || uri.starts_with("mqtts://");
}

}  // namespace

Link::Link(const BusConfig& config, LinkSettings settings)
    : config_(config), settings_(std::move(settings)) {
  try {
    // No Paho persistence: the outbox is the one durable store, and Paho's clean sessions on the
    // publisher would discard its copies at every reconnect anyway.
    client_ = std::make_unique<mqtt::async_client>(
        config_.uri, settings_.client_id, static_cast<mqtt::iclient_persistence*>(nullptr));
    client_->set_connection_lost_handler([this](const std::string& cause) { handle_lost(cause); });
  } catch (const std::exception& e) {
    log(std::string("cannot create MQTT client for '") + config_.uri + "': " + e.what() +
        " (nothing will be sent or received)");
    client_.reset();
  }
}

Link::~Link() {
  stop(0ms);
}

void Link::on_message(std::function<void(mqtt::const_message_ptr)> f) {
  if (client_) client_->set_message_callback(std::move(f));
}

void Link::log(std::string_view text) const {
  log_line(config_.node, settings_.name + ": " + std::string(text));
}

void Link::start() {
  std::lock_guard lock(mutex_);
  if (!client_ || thread_.joinable() || stopping_) return;
  thread_ = std::thread([this] { run(); });
}

void Link::stop(std::chrono::milliseconds timeout) {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    stop_flag_ = true;
  }
  cv_.notify_all();
  if (thread_.joinable()) thread_.join();
  if (!client_) return;
  try {
    if (client_->is_connected()) {
      client_->disconnect(timeout)->wait_for(timeout + 1s);
    }
  } catch (const std::exception& e) {
    log(std::string("disconnect: ") + e.what());
  }
  up_ = false;
}

mqtt::connect_options Link::connect_options() {
  mqtt::connect_options opts;
  opts.set_mqtt_version(MQTTVERSION_3_1_1);  // no silent fallback to 3.1 after a refusal
  opts.set_clean_session(settings_.clean_session);
  opts.set_keep_alive_interval(std::chrono::seconds(std::max(1, config_.keep_alive_s)));
  opts.set_connect_timeout(kConnectTimeout);
  opts.set_automatic_reconnect(false);  // our own loop reconnects (see link.h)
  // Room for the outbox window plus presence and heartbeats.
  opts.set_max_inflight(std::max(1, config_.max_inflight) + 16);
  opts.set_user_name(config_.username.empty() ? config_.node : config_.username);
  opts.set_password(config_.password);
  if (is_tls_uri(config_.uri)) {
    mqtt::ssl_options ssl;
    if (!config_.ca_file.empty()) ssl.set_trust_store(config_.ca_file.string());
    ssl.set_enable_server_cert_auth(true);  // the broker must prove it is ours
    ssl.set_verify(true);                   // and that it is the host we asked for
    // No ssl.set_error_handler(): Paho C++ 1.2 hands Paho C a pointer into the connect options it
    // was given by value, which is gone when Paho C reports a TLS error (use after scope).
    opts.set_ssl(std::move(ssl));
  }
  if (will_) {
    if (auto will = will_()) opts.set_will(std::move(*will));
  }
  return opts;
}

std::string Link::describe_connect_failure(const mqtt::exception& e) const {
  std::string reason = e.what();
  const int rc = e.get_return_code();
  if (rc == MQTTASYNC_FAILURE) {
    // Paho says the same for "nothing listens" and "TLS handshake failed": find out which.
    if (probe_tcp(config_.uri, 500ms) != TcpProbe::kAccepts) {
      reason += " (nothing answers there: broker down or unreachable)";
    } else if (is_tls_uri(config_.uri)) {
      // Appended piece by piece: GCC 12 at -O3 warns falsely (-Wrestrict) inside a chain of
      // std::string operator+ on temporaries (our Release is -O2; see CMakeLists.txt).
      reason += " (the broker answers but TLS failed: does ";
      if (config_.ca_file.empty()) {
        reason += "the system trust store";
      } else {
        reason.append("'").append(config_.ca_file.string()).append("'");
      }
      reason += " hold the CA of its certificate, and does the certificate name this host?)";
    } else {
      reason += " (the broker answers but dropped the connection: does it speak plain MQTT?)";
    }
  } else if (rc == 4) {
    reason += " (bad user name or password for '" + config_.node + "')";
  } else if (rc == 5) {
    reason += " (not authorised: check the broker's password file)";
  }
  return reason;
}

std::string Link::try_connect() {
  {
    std::lock_guard send_lock(send_mutex_);
    ++generation_;
  }
  try {
    auto token = client_->connect(connect_options());
    const auto deadline = std::chrono::steady_clock::now() + kConnectTimeout + 2s;
    while (!token->wait_for(100ms)) {  // throws if the connect failed
      if (stop_flag_) return "stopped while connecting";
      if (std::chrono::steady_clock::now() > deadline) return "connect timed out";
    }
  } catch (const mqtt::exception& e) {
    return describe_connect_failure(e);
  } catch (const std::exception& e) {
    return e.what();
  }
  if (!client_->is_connected()) return "connection lost right after connecting";
  return {};
}

void Link::run() {
  Backoff backoff(config_.backoff_min, config_.backoff_max);
  std::string last_failure;
  auto last_failure_log = std::chrono::steady_clock::time_point::min();
  int failures = 0;
  auto connected_at = std::chrono::steady_clock::now();
  int short_lived = 0;  // connections in a row that ended before kStableAfter

  std::unique_lock lock(mutex_);
  while (!stopping_) {
    if (up_) {
      cv_.wait(lock, [&] { return stopping_ || !up_ || drop_requested_; });
      if (stopping_) break;
      if (up_ && drop_requested_) {
        drop_requested_ = false;
        up_ = false;
        lock.unlock();
        try {
          client_->disconnect(0ms)->wait_for(2s);
        } catch (const std::exception& e) {
          log(std::string("disconnect: ") + e.what());
        }
        if (on_down_) on_down_();
        lock.lock();
      }
      // The connection ended. One that did not last (another process logged in with our client
      // id and the broker keeps closing one of us, a broker that accepts and then drops us) must
      // not become a tight reconnect loop: keep backing off until a connection proves stable.
      const auto lived = std::chrono::steady_clock::now() - connected_at;
      if (lived < kStableAfter) {
        if (++short_lived == 3) {
          log("3 connections in a row lasted under " + std::to_string(kStableAfter.count()) +
              " s; is another process using client id '" + settings_.client_id + "'?");
        }
        cv_.wait_for(lock, backoff.next(), [&] { return stopping_; });
      } else {
        short_lived = 0;
        backoff.reset();
      }
      continue;
    }
    drop_requested_ = false;

    // A loss reported between the CONNACK and up_ = true below would otherwise go unnoticed
    // (handle_lost() ignores losses while not up): compare the loss count under the mutex.
    const std::uint64_t lost_before = lost_count_;
    lock.unlock();
    std::string failure = try_connect();
    lock.lock();
    if (stopping_) break;
    if (failure.empty() && lost_count_ != lost_before) {
      failure = "connection lost right after connecting";
    }

    if (failure.empty()) {
      up_ = true;
      const auto n = ++connections_;
      lock.unlock();
      if (failures > 0 || n > 1) {
        log("connected to " + config_.uri +
            (failures > 0 ? " after " + std::to_string(failures) + " failed attempts" : ""));
      }
      failures = 0;
      last_failure.clear();
      connected_at = std::chrono::steady_clock::now();
      if (on_up_) on_up_();
      lock.lock();
      continue;
    }

    ++failures;
    const auto now = std::chrono::steady_clock::now();
    if (failure != last_failure || now - last_failure_log >= kRepeatLogEvery) {
      log("cannot connect to " + config_.uri + ": " + failure + "; retrying");
      last_failure = failure;
      last_failure_log = now;
    }
    cv_.wait_for(lock, backoff.next(), [&] { return stopping_; });
  }
}

void Link::handle_lost(const std::string& cause) {
  bool was_up;
  {
    std::lock_guard lock(mutex_);
    ++lost_count_;
    was_up = up_.exchange(false);
  }
  cv_.notify_all();
  if (!was_up) return;
  log("connection lost" + (cause.empty() ? std::string() : ": " + cause) + "; reconnecting");
  if (on_down_) on_down_();
}

void Link::force_reconnect(std::string_view reason) {
  {
    std::lock_guard lock(mutex_);
    if (!up_ || drop_requested_) return;
    drop_requested_ = true;
  }
  log("dropping the connection: " + std::string(reason));
  cv_.notify_all();
}

SendResult Link::publish_in_generation(std::uint64_t generation, mqtt::const_message_ptr msg,
                                       void* context, mqtt::iaction_listener& listener) {
  std::lock_guard send_lock(send_mutex_);
  if (generation != generation_.load()) return SendResult::kStale;
  if (!client_ || !up_) return SendResult::kFailed;
  try {
    client_->publish(std::move(msg), context, listener);
    return SendResult::kSent;
  } catch (const std::exception& e) {
    log(std::string("publish: ") + e.what());
    return SendResult::kFailed;
  }
}

mqtt::delivery_token_ptr Link::publish(mqtt::const_message_ptr msg) {
  if (!client_ || !up_) return nullptr;
  try {
    return client_->publish(std::move(msg));
  } catch (const std::exception& e) {
    log(std::string("publish: ") + e.what());
    return nullptr;
  }
}

SubscribeResult Link::subscribe(const std::vector<std::pair<std::string, int>>& filters,
                                std::chrono::milliseconds wait) {
  if (!client_ || !up_) return SubscribeResult::kNotConnected;
  if (filters.empty()) return SubscribeResult::kConfirmed;
  auto topics = std::make_shared<mqtt::string_collection>();
  mqtt::iasync_client::qos_collection qos;
  for (const auto& [filter, q] : filters) {
    topics->push_back(filter);
    qos.push_back(q);
  }
  mqtt::token_ptr token;
  try {
    token = client_->subscribe(topics, qos);
  } catch (const std::exception& e) {
    log(std::string("subscribe: ") + e.what());
    return up_ ? SubscribeResult::kNoAnswer : SubscribeResult::kNotConnected;
  }
  try {
    if (!token->wait_for(wait)) {
      log("subscribe: no answer from the broker within " + std::to_string(wait.count()) + " ms");
      return SubscribeResult::kNoAnswer;
    }
    return SubscribeResult::kConfirmed;
  } catch (const std::exception& e) {
    // The broker answered, refusing (some of) the filters; another attempt would get the same.
    log(std::string("subscribe refused by the broker: ") + e.what());
    return SubscribeResult::kRefused;
  }
}

}  // namespace anju::bus
