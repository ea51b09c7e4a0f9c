#include "bus/tcp_probe.h"

#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <string>

namespace anju::bus {
namespace {

// "ssl://host:port", "tcp://[::1]:1883" -> host and port; false if the URI has neither.
bool split_uri(std::string_view uri, std::string& host, std::string& port) {
  const auto scheme = uri.find("://");
  if (scheme == std::string_view::npos) return false;
  std::string_view rest = uri.substr(scheme + 3);
  rest = rest.substr(0, rest.find('/'));
  const auto colon = rest.rfind(':');
  if (colon == std::string_view::npos || colon + 1 == rest.size()) return false;
  std::string_view h = rest.substr(0, colon);
  if (h.size() >= 2 && h.front() == '[' && h.back() == ']') h = h.substr(1, h.size() - 2);
  host.assign(h);
  port.assign(rest.substr(colon + 1));
  return !host.empty();
}

bool connects(const addrinfo& ai, std::chrono::milliseconds timeout) {
  const int fd =
      ::socket(ai.ai_family, ai.ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, ai.ai_protocol);
  if (fd < 0) return false;
  bool ok = ::connect(fd, ai.ai_addr, ai.ai_addrlen) == 0;
  if (!ok && errno == EINPROGRESS) {
    pollfd p{fd, POLLOUT, 0};
    if (::poll(&p, 1, static_cast<int>(timeout.count())) == 1) {
      int error = 0;
      socklen_t len = sizeof error;
      ok = ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &len) == 0 && error == 0;
    }
  }
  ::close(fd);
  return ok;
}

}  // namespace

TcpProbe probe_tcp(std::string_view uri, std::chrono::milliseconds timeout) {
  std::string host, port;
  if (!split_uri(uri, host, port)) return TcpProbe::kBadUri;
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  addrinfo* found = nullptr;
  if (::getaddrinfo(host.c_str(), port.c_str(), &hints, &found) != 0) return TcpProbe::kNoAnswer;
  bool ok = false;
  for (const addrinfo* ai = found; ai && !ok; ai = ai->ai_next) ok = connects(*ai, timeout);
  ::freeaddrinfo(found);
  return ok ? TcpProbe::kAccepts : TcpProbe::kNoAnswer;
}

}  // namespace anju::bus
