#include "support/test_broker.h"

#include <signal.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <thread>

#include "support/ports.h"

#ifndef ANJU_SOURCE_DIR
#error "ANJU_SOURCE_DIR must point at the source tree (tools/anju-broker-setup)"
#endif

namespace anju::test {
namespace {

using namespace std::chrono_literals;

constexpr auto kStartTimeout = 10s;
// RabbitMQ boots an Erlang VM and its plugins: 6-11 s on an idle machine, more on a busy one.
constexpr auto kRabbitMqStartTimeout = 90s;
constexpr const char* kRabbitMqServer = "/usr/lib/rabbitmq/bin/rabbitmq-server";

// Debian's script (the one in /usr/sbin switches to the rabbitmq user); ANJU_RABBITMQ_SERVER
// overrides it, e.g. to check what a machine without RabbitMQ reports.
std::string rabbitmq_server() {
  const char* path = std::getenv("ANJU_RABBITMQ_SERVER");
  return path && *path ? path : kRabbitMqServer;
}

std::filesystem::path make_temp_dir() {
  const char* base = std::getenv("TMPDIR");
  std::string pattern = std::string(base && *base ? base : "/tmp") + "/anju-broker-XXXXXX";
  if (::mkdtemp(pattern.data()) == nullptr) return {};
  return pattern;
}

// mosquitto lives in /usr/sbin, which a non-login PATH (CI, cron) may lack.
std::string find_mosquitto() {
  std::string path = std::getenv("PATH") ? std::getenv("PATH") : "";
  path += ":/usr/sbin:/usr/local/sbin";
  std::stringstream dirs(path);
  for (std::string dir; std::getline(dirs, dir, ':');) {
    if (dir.empty()) continue;
    const auto candidate = std::filesystem::path(dir) / "mosquitto";
    if (::access(candidate.c_str(), X_OK) == 0) return candidate.string();
  }
  return "mosquitto";
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string random_hex(std::size_t bytes) {
  std::random_device random;
  std::string out;
  for (std::size_t i = 0; i < bytes; ++i) {
    static constexpr char kDigits[] = "0123456789abcdef";
    const auto b = random() & 0xff;
    out += kDigits[b >> 4];
    out += kDigits[b & 0xf];
  }
  return out;
}

}  // namespace

BrokerKind requested_broker_kind() {
  const char* kind = std::getenv("ANJU_TEST_BROKER");
  return kind && std::string_view(kind) == "rabbitmq" ? BrokerKind::kRabbitMq
                                                      : BrokerKind::kMosquitto;
}

TestBroker::TestBroker(std::vector<BrokerNode> nodes, std::string site, BrokerKind kind)
    : site_(std::move(site)), nodes_(std::move(nodes)), kind_(kind) {
  if (kind_ == BrokerKind::kRabbitMq && ::access(rabbitmq_server().c_str(), X_OK) != 0) {
    unavailable_ = true;
    fail("RabbitMQ is not installed (no " + rabbitmq_server() +
         "): apt-get install rabbitmq-server, or ./anju deps");
    return;
  }
  dir_ = make_temp_dir();
  if (dir_.empty()) {
    fail("cannot create a temporary folder");
    return;
  }
  // The port may be taken between choosing it and the broker binding it: try a few.
  for (int attempt = 0; attempt < 3; ++attempt) {
    port_ = free_loopback_port();
    do dist_port_ = free_loopback_port();
    while (dist_port_ == port_);
    error_.clear();
    if (setup(nodes_) && (kind_ != BrokerKind::kRabbitMq || setup_rabbitmq()) && start()) return;
  }
}

TestBroker::~TestBroker() {
  if (process_) process_->stop(SIGTERM, kind_ == BrokerKind::kRabbitMq ? 30s : 3s);
  process_.reset();
  const char* keep = std::getenv("ANJU_KEEP_TEST_BROKER");
  if (!dir_.empty() && !(keep && *keep == '1')) {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
}

void TestBroker::fail(std::string what) {
  error_ = "TestBroker: " + std::move(what);
}

bool TestBroker::setup(const std::vector<BrokerNode>& nodes) {
  const auto nodes_file = dir_ / "nodes";
  {
    std::ofstream out(nodes_file);
    for (const auto& n : nodes) out << n.id << ' ' << n.role << ' ' << n.rooms << '\n';
  }
  const std::string script = std::string(ANJU_SOURCE_DIR) + "/tools/anju-broker-setup";
  const auto output = dir_ / "setup.log";
  ChildProcess setup({script, "--out", broker_dir().string(), "--port", std::to_string(port_),
                      "--site", site_, "--nodes", nodes_file.string()},
                     output, false);
  if (!setup.started()) {
    fail("cannot run " + script);
    return false;
  }
  const int status = setup.wait(60s);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    fail("anju-broker-setup failed (status " + std::to_string(status) + "): " + read_file(output));
    return false;
  }
  return true;
}

std::vector<std::string> TestBroker::start_command() const {
  if (kind_ == BrokerKind::kRabbitMq) {
    const auto r = dir_ / "rabbitmq";
    // Everything in the test folder: nothing of a system RabbitMQ is read or touched. The Erlang
    // distribution port (for rabbitmqctl -n NODE) listens on loopback only.
    return {"/usr/bin/env",
            "HOME=" + dir_.string(),
            "RABBITMQ_NODENAME=anju-test-" + std::to_string(port_) + "@localhost",
            "RABBITMQ_MNESIA_BASE=" + (r / "mnesia").string(),
            "RABBITMQ_LOG_BASE=" + (r / "log").string(),
            "RABBITMQ_CONFIG_FILE=" + (r / "rabbitmq.conf").string(),
            "RABBITMQ_ADVANCED_CONFIG_FILE=" + (r / "advanced.config").string(),
            "RABBITMQ_ENABLED_PLUGINS_FILE=" + (r / "enabled_plugins").string(),
            "RABBITMQ_CONF_ENV_FILE=" + (r / "rabbitmq-env.conf").string(),
            "RABBITMQ_PID_FILE=" + (r / "rabbitmq.pid").string(),
            "RABBITMQ_DIST_PORT=" + std::to_string(dist_port_),
            "RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS=-kernel inet_dist_use_interface {127,0,0,1}",
            rabbitmq_server()};
  }
  // Mosquitto drops root for the mosquitto user, and that clears the "kill me when my parent
  // dies" flag ChildProcess sets. A small shell keeps the flag and passes the end on, so a
  // crashed or killed test does not leave a broker running.
  static constexpr const char* kWrapper =
      "trap 'kill -TERM \"$broker\" 2>/dev/null' TERM INT HUP\n"
      "\"$1\" -c \"$2\" & broker=$!\n"
      "wait \"$broker\"; status=$?\n"
      "while kill -0 \"$broker\" 2>/dev/null; do wait \"$broker\"; status=$?; done\n"
      "exit $status\n";
  return {"/bin/sh",        "-c",
          kWrapper,         "anju-test-broker",
          find_mosquitto(), (broker_dir() / "mosquitto.conf").string()};
}

bool TestBroker::setup_rabbitmq() {
  const auto r = dir_ / "rabbitmq";
  const std::string script = std::string(ANJU_SOURCE_DIR) + "/tests/support/rabbitmq-setup";
  ChildProcess setup(
      {script, "--broker-dir", broker_dir().string(), "--nodes", (dir_ / "nodes").string(),
       "--site", site_, "--port", std::to_string(port_), "--out", r.string()},
      dir_ / "setup.log", false);
  const int status = setup.started() ? setup.wait(60s) : -1;
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    fail("rabbitmq-setup failed (status " + std::to_string(status) +
         "): " + read_file(dir_ / "setup.log"));
    return false;
  }
  // The node's own Erlang cookie: rabbitmqctl with HOME=<this folder> can reach it, nothing else.
  const auto cookie = dir_ / ".erlang.cookie";
  std::error_code ec;
  std::filesystem::remove(cookie, ec);
  std::ofstream(cookie) << random_hex(20);
  std::filesystem::permissions(cookie, std::filesystem::perms::owner_read, ec);
  return true;
}

bool TestBroker::start() {
  const bool rabbitmq = kind_ == BrokerKind::kRabbitMq;
  const std::string name = rabbitmq ? "rabbitmq-server" : "mosquitto";
  // RabbitMQ opens its MQTT listener before it has imported the users: a node that connects then
  // is refused (CONNACK 5). Ready means the listener and this boot's "startup complete" line.
  const auto boots = [this] {
    static constexpr std::string_view kBooted = "Server startup complete";
    const std::string text = log();
    std::size_t n = 0;
    for (auto at = text.find(kBooted); at != std::string::npos; at = text.find(kBooted, at + 1))
      ++n;
    return n;
  };
  const std::size_t boots_before = rabbitmq ? boots() : 0;
  process_ = std::make_unique<ChildProcess>(start_command(), dir_ / "broker.stderr", false);
  if (!process_->started()) {
    fail("cannot start " + name);
    return false;
  }
  const auto timeout = rabbitmq ? kRabbitMqStartTimeout : kStartTimeout;
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    if (!process_->running()) {
      fail(name + " exited at start on port " + std::to_string(port_) + ":\n" + log());
      process_.reset();
      return false;
    }
    if (port_accepts(port_) && (!rabbitmq || boots() > boots_before)) return true;
    std::this_thread::sleep_for(rabbitmq ? 100ms : 10ms);
  }
  fail(name + " did not accept connections on port " + std::to_string(port_) + " within " +
       std::to_string(std::chrono::duration_cast<std::chrono::seconds>(timeout).count()) + " s:\n" +
       log());
  process_->stop(SIGKILL);
  process_.reset();
  return false;
}

void TestBroker::stop() {
  // RabbitMQ stops its listeners, closes connections and syncs its queues: give it time.
  if (process_) process_->stop(SIGTERM, kind_ == BrokerKind::kRabbitMq ? 30s : 5s);
  process_.reset();
}

void TestBroker::kill() {
  if (process_) process_->stop(SIGKILL, 5s);
  process_.reset();
}

bool TestBroker::restart() {
  stop();
  error_.clear();
  return start();
}

bool TestBroker::rotate_password(const std::string& node) {
  std::error_code ec;
  std::filesystem::remove(broker_dir() / "credentials" / node, ec);
  stop();
  error_.clear();
  if (!setup(nodes_) || (kind_ == BrokerKind::kRabbitMq && !setup_rabbitmq())) return false;
  return start();
}

bool TestBroker::running() {
  return process_ && process_->running();
}

std::string TestBroker::uri() const {
  return "ssl://127.0.0.1:" + std::to_string(port_);
}

std::string TestBroker::password(const std::string& node) const {
  std::ifstream in(broker_dir() / "credentials" / node);
  std::string secret;
  std::getline(in, secret);
  return secret;
}

std::string TestBroker::log() const {
  const auto own = kind_ == BrokerKind::kRabbitMq ? dir_ / "rabbitmq" / "log" / "rabbit.log"
                                                  : broker_dir() / "mosquitto.log";
  return read_file(own) + read_file(dir_ / "broker.stderr");
}

bool TestBroker::logged_refused_login() const {
  const char* phrase = kind_ == BrokerKind::kRabbitMq ? "authentication failure" : "not authorised";
  return log().find(phrase) != std::string::npos;
}

bus::BusConfig TestBroker::bus_config(const std::string& node, protocol::NodeKind kind,
                                      bool persistent_outbox) const {
  bus::BusConfig c;
  c.uri = uri();
  c.site = site_;
  c.node = node;
  c.kind = kind;
  c.username = node;
  c.password = password(node);
  c.ca_file = ca_file();
  if (persistent_outbox) c.outbox_path = dir_ / "outbox" / (node + ".db");
  c.keep_alive_s = 5;
  c.backoff_min = std::chrono::milliseconds(50);
  c.backoff_max = std::chrono::milliseconds(500);
  return c;
}

}  // namespace anju::test
