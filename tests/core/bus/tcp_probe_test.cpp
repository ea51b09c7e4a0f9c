#include "bus/tcp_probe.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <string>

namespace anju::bus {
namespace {

using namespace std::chrono_literals;

// A loopback socket that listens (accepts are queued by the kernel; nobody needs to call accept).
class Listener {
 public:
  Listener() {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    ::bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
    ::listen(fd_, 4);
    ::getsockname(fd_, reinterpret_cast<sockaddr*>(&addr), &len);
    port_ = ntohs(addr.sin_port);
  }
  ~Listener() { close(); }
  void close() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
  }
  int port() const { return port_; }

 private:
  int fd_ = -1;
  int port_ = 0;
};

TEST(TcpProbe, TellsAListeningPortFromAClosedOne) {
  Listener listener;
  const std::string uri = "ssl://127.0.0.1:" + std::to_string(listener.port());
  EXPECT_EQ(probe_tcp(uri, 500ms), TcpProbe::kAccepts);
  EXPECT_EQ(probe_tcp("tcp://localhost:" + std::to_string(listener.port()), 500ms),
            TcpProbe::kAccepts);
  listener.close();
  EXPECT_EQ(probe_tcp(uri, 500ms), TcpProbe::kNoAnswer);
}

TEST(TcpProbe, RejectsUrisWithoutHostOrPort) {
  EXPECT_EQ(probe_tcp("127.0.0.1:8883", 100ms), TcpProbe::kBadUri);
  EXPECT_EQ(probe_tcp("ssl://127.0.0.1", 100ms), TcpProbe::kBadUri);
  EXPECT_EQ(probe_tcp("ssl://:8883", 100ms), TcpProbe::kBadUri);
}

}  // namespace
}  // namespace anju::bus
