#include "support/test_broker.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <thread>

#ifndef ANJU_SOURCE_DIR
#error "ANJU_SOURCE_DIR must point at the source tree (tools/anju-broker-setup)"
#endif

namespace anju::test {
namespace {

using namespace std::chrono_literals;

constexpr auto kStartTimeout = 10s;

std::filesystem::path make_temp_dir() {
  const char* base = std::getenv("TMPDIR");
  std::string pattern = std::string(base && *base ? base : "/tmp") + "/anju-broker-XXXXXX";
  if (::mkdtemp(pattern.data()) == nullptr) return {};
  return pattern;
}

// A port nobody listens on right now (the kernel's choice); the broker binds it a moment later.
int free_loopback_port() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return 0;
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  socklen_t len = sizeof addr;
  int port = 0;
  if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0) {
    port = ntohs(addr.sin_port);
  }
  ::close(fd);
  return port;
}

bool port_accepts(int port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return false;
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = htons(static_cast<std::uint16_t>(port));
  const bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
  ::close(fd);
  return ok;
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

}  // namespace

TestBroker::TestBroker(std::vector<BrokerNode> nodes, std::string site) : site_(std::move(site)) {
  dir_ = make_temp_dir();
  if (dir_.empty()) {
    fail("cannot create a temporary folder");
    return;
  }
  // The port may be taken between choosing it and the broker binding it: try a few.
  for (int attempt = 0; attempt < 3; ++attempt) {
    port_ = free_loopback_port();
    error_.clear();
    if (setup(nodes) && start()) return;
  }
}

TestBroker::~TestBroker() {
  if (process_) process_->stop(SIGTERM, 3s);
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

bool TestBroker::start() {
  // Mosquitto drops root for the mosquitto user, and that clears the "kill me when my parent
  // dies" flag ChildProcess sets. A small shell keeps the flag and passes the end on, so a
  // crashed or killed test does not leave a broker running.
  static constexpr const char* kWrapper =
      "trap 'kill -TERM \"$broker\" 2>/dev/null' TERM INT HUP\n"
      "\"$1\" -c \"$2\" & broker=$!\n"
      "wait \"$broker\"; status=$?\n"
      "while kill -0 \"$broker\" 2>/dev/null; do wait \"$broker\"; status=$?; done\n"
      "exit $status\n";
  process_ = std::make_unique<ChildProcess>(
      std::vector<std::string>{"/bin/sh", "-c", kWrapper, "anju-test-broker", find_mosquitto(),
                               (broker_dir() / "mosquitto.conf").string()},
      dir_ / "mosquitto.stderr", false);
  if (!process_->started()) {
    fail("cannot start mosquitto");
    return false;
  }
  const auto deadline = std::chrono::steady_clock::now() + kStartTimeout;
  while (std::chrono::steady_clock::now() < deadline) {
    if (!process_->running()) {
      fail("mosquitto exited at start on port " + std::to_string(port_) + ":\n" + log());
      process_.reset();
      return false;
    }
    if (port_accepts(port_)) return true;
    std::this_thread::sleep_for(10ms);
  }
  fail("mosquitto did not accept connections on port " + std::to_string(port_) + ":\n" + log());
  process_->stop(SIGKILL);
  process_.reset();
  return false;
}

void TestBroker::stop() {
  if (process_) process_->stop(SIGTERM, 5s);
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
  return read_file(broker_dir() / "mosquitto.log") + read_file(dir_ / "mosquitto.stderr");
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
