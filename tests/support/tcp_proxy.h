#pragma once
// A TCP forwarder on a free loopback port that a test can cut like a network: while cut it
// neither reads nor writes on any connection (TCP keeps the bytes in the kernel's buffers, no FIN
// and no RST reach either side, as when a Wi-Fi link drops) and new connections are accepted but
// not passed on. restore() lets everything flow again; connections an end closed meanwhile are
// closed on the other end too. Portable (no firewall rules, no root), and limited to the one node
// that connects through it.
//
//   TcpProxy proxy(broker.port());
//   config.uri = "ssl://127.0.0.1:" + std::to_string(proxy.port());
//   proxy.cut(); ... proxy.restore();
#include <atomic>
#include <thread>
#include <vector>

namespace anju::test {

class TcpProxy {
 public:
  explicit TcpProxy(int target_port);
  ~TcpProxy();
  TcpProxy(const TcpProxy&) = delete;
  TcpProxy& operator=(const TcpProxy&) = delete;

  bool ok() const { return port_ > 0; }
  int port() const { return port_; }
  void cut() { cut_ = true; }
  void restore() { cut_ = false; }
  // Connections accepted so far (a reconnecting node opens new ones).
  int accepted() const { return accepted_; }

 private:
  struct Pair {
    int client = -1;
    int upstream = -1;
  };
  void run();
  void close_pair(Pair& p);

  int target_port_;
  int listen_fd_ = -1;
  int port_ = 0;
  int wake_[2] = {-1, -1};
  std::atomic<bool> cut_{false};
  std::atomic<bool> stopping_{false};
  std::atomic<int> accepted_{0};
  std::vector<Pair> pairs_;   // the proxy thread's only
  std::vector<int> waiting_;  // accepted during a cut, not yet connected upstream
  std::thread thread_;
};

}  // namespace anju::test
