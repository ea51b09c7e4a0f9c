#pragma once
// A real Mosquitto for integration tests: TLS, per-node passwords and the ACL, exactly as
// tools/anju-broker-setup makes them for a facility, on a free loopback port in a temporary
// folder (removed on destruction; set ANJU_KEEP_TEST_BROKER=1 to keep it for a post-mortem).
//
//   anju::test::TestBroker broker({{"engine-1", "engine"}, {"kiosk-101", "kiosk", "101"}});
//   ASSERT_TRUE(broker.ok()) << broker.error();
//   anju::bus::Bus engine(broker.bus_config("engine-1", anju::protocol::NodeKind::kEngine));
#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "bus/bus.h"
#include "support/child_process.h"

namespace anju::test {

struct BrokerNode {
  std::string id;
  std::string role;   // engine, console, kiosk, gateway, vision, simulator
  std::string rooms;  // kiosks: "101,102" or "*"
};

class TestBroker {
 public:
  explicit TestBroker(std::vector<BrokerNode> nodes, std::string site = "test");
  ~TestBroker();
  TestBroker(const TestBroker&) = delete;
  TestBroker& operator=(const TestBroker&) = delete;

  // False if set-up or the first start failed; error() says why (with the broker's log).
  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }

  // SIGTERM: the broker saves its database (persistent sessions, queued messages) and exits.
  void stop();
  // SIGKILL: a crash; nothing saved since the last autosave.
  void kill();
  // Starts again on the same port with the same data; false (and error()) if it did not come up.
  bool restart();
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
  bool start();
  void fail(std::string what);

  std::string site_;
  std::filesystem::path dir_;
  int port_ = 0;
  std::unique_ptr<ChildProcess> process_;
  std::string error_;
};

}  // namespace anju::test
