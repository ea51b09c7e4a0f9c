#pragma once
// A real Mosquitto for integration tests: TLS, per-node passwords and the ACL, exactly as
// tools/anju-broker-setup makes them for a facility, on a free loopback port in a temporary
// folder (removed on destruction; set ANJU_KEEP_TEST_BROKER=1 to keep it for a post-mortem).
//
//   anju::test::TestBroker broker({{"engine-1", "engine"}, {"kiosk-101", "kiosk", "101"}});
//   ASSERT_TRUE(broker.ok()) << broker.error();
//   anju::bus::Bus engine(broker.bus_config("engine-1", anju::protocol::NodeKind::kEngine));
//
// The same tests run against RabbitMQ's MQTT plugin when ANJU_TEST_BROKER=rabbitmq (ctest label
// `rabbitmq`): a private RabbitMQ node in the temporary folder (own node name, ports, cookie,
// Mnesia and logs) with the same CA, certificate, passwords and the ACL as topic permissions
// (tests/support/rabbitmq-setup). While a test runs, inspect the node with
//   HOME=<dir()> /usr/lib/rabbitmq/bin/rabbitmqctl -n anju-test-<port>@localhost list_queues
// ANJU_REQUIRE_BROKER(broker) skips a test when that broker is not installed and fails it, with the
// broker's log, when it did not start.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "bus/bus.h"
#include "support/child_process.h"

namespace anju::test {

enum class BrokerKind { kMosquitto, kRabbitMq };
// The kind the environment asks for (ANJU_TEST_BROKER=rabbitmq), Mosquitto otherwise.
BrokerKind requested_broker_kind();

struct BrokerNode {
  std::string id;
  std::string role;   // engine, console, kiosk, gateway, phones, vision, simulator
  std::string rooms;  // kiosks: "101,102" or "*"
};

class TestBroker {
 public:
  explicit TestBroker(std::vector<BrokerNode> nodes, std::string site = "test",
                      BrokerKind kind = requested_broker_kind());
  ~TestBroker();
  TestBroker(const TestBroker&) = delete;
  TestBroker& operator=(const TestBroker&) = delete;

  // False if set-up or the first start failed; error() says why (with the broker's log).
  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  // The requested broker is not installed on this machine (error() says which package).
  bool unavailable() const { return unavailable_; }
  BrokerKind kind() const { return kind_; }
  // Whether the broker's log records a refused login (each broker words it its own way).
  bool logged_refused_login() const;

  // SIGTERM: the broker saves its database (persistent sessions, queued messages) and exits.
  void stop();
  // SIGKILL: a crash; nothing saved since the last autosave.
  void kill();
  // Starts again on the same port with the same data; false (and error()) if it did not come up.
  bool restart();
  // A stolen node's password revoked as docs/operations.md says: its credential deleted, the
  // set-up run again (a new password for it, every other kept), the broker restarted.
  bool rotate_password(const std::string& node);
  bool running();

  int port() const { return port_; }
  std::string site() const { return site_; }
  std::string uri() const;  // ssl://127.0.0.1:<port>
  const std::filesystem::path& dir() const { return dir_; }
  std::filesystem::path broker_dir() const { return dir_ / "broker"; }
  std::filesystem::path ca_file() const { return broker_dir() / "ca.crt"; }
  std::string password(const std::string& node) const;
  std::string log() const;  // the broker's log, for failure messages

  // A BusConfig for `node` with its credentials, quick reconnects for tests, and a persistent
  // outbox in the test folder (or in memory when `persistent_outbox` is false).
  bus::BusConfig bus_config(const std::string& node, protocol::NodeKind kind,
                            bool persistent_outbox = true) const;

 private:
  bool setup(const std::vector<BrokerNode>& nodes);
  bool setup_rabbitmq();
  bool start();
  std::vector<std::string> start_command() const;
  void fail(std::string what);

  std::string site_;
  std::vector<BrokerNode> nodes_;
  BrokerKind kind_;
  bool unavailable_ = false;
  int dist_port_ = 0;  // RabbitMQ: Erlang distribution (rabbitmqctl talks to the node there)
  std::filesystem::path dir_;
  int port_ = 0;
  std::unique_ptr<ChildProcess> process_;
  std::string error_;
};

}  // namespace anju::test

// In a test body or SetUp(): skip when the selected broker is not installed, fail when it did not
// start.
#define ANJU_REQUIRE_BROKER(broker)                               \
  do {                                                            \
    if ((broker).unavailable()) GTEST_SKIP() << (broker).error(); \
    ASSERT_TRUE((broker).ok()) << (broker).error();               \
  } while (false)
