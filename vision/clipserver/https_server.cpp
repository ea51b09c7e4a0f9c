#include "clipserver/https_server.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>

namespace anju::clipserver {
namespace {

constexpr int kBacklog = 64;
constexpr int kReapEveryMs = 200;

std::string address_text(const sockaddr_storage& addr) {
  char host[INET6_ADDRSTRLEN] = "?";
  std::uint16_t port = 0;
  if (addr.ss_family == AF_INET) {
    const auto* in = reinterpret_cast<const sockaddr_in*>(&addr);
    inet_ntop(AF_INET, &in->sin_addr, host, sizeof host);
    port = ntohs(in->sin_port);
    return std::string(host) + ":" + std::to_string(port);
  }
  if (addr.ss_family == AF_INET6) {
    const auto* in6 = reinterpret_cast<const sockaddr_in6*>(&addr);
    inet_ntop(AF_INET6, &in6->sin6_addr, host, sizeof host);
    port = ntohs(in6->sin6_port);
    // Appended, not "[" + std::string(...): GCC 12 -O3 warns falsely (-Wrestrict) on that.
    std::string text = "[";
    text.append(host).append("]:").append(std::to_string(port));
    return text;
  }
  return "?";
}

Result<int> listen_on(const std::string& host, std::uint16_t port, std::uint16_t* bound_port) {
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_PASSIVE | AI_NUMERICHOST | AI_NUMERICSERV;
  addrinfo* found = nullptr;
  const std::string service = std::to_string(port);
  if (const int rc = getaddrinfo(host.c_str(), service.c_str(), &hints, &found); rc != 0)
    return Error{ErrorCode::kConfig,
                 "listen address '" + host + "' is not a numeric address: " + gai_strerror(rc)};
  std::unique_ptr<addrinfo, decltype(&freeaddrinfo)> guard(found, &freeaddrinfo);
  const int fd = ::socket(found->ai_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return Error{ErrorCode::kIo, std::string("socket: ") + std::strerror(errno)};
  const int one = 1;
  ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  if (::bind(fd, found->ai_addr, found->ai_addrlen) != 0 || ::listen(fd, kBacklog) != 0) {
    const std::string why = std::strerror(errno);
    ::close(fd);
    return Error{ErrorCode::kIo, "cannot listen on " + host + ":" + service + ": " + why};
  }
  sockaddr_storage addr{};
  socklen_t len = sizeof addr;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  *bound_port = addr.ss_family == AF_INET6
                    ? ntohs(reinterpret_cast<const sockaddr_in6*>(&addr)->sin6_port)
                    : ntohs(reinterpret_cast<const sockaddr_in*>(&addr)->sin_port);
  return fd;
}

}  // namespace

Result<std::unique_ptr<HttpsServer>> HttpsServer::start(SslCtxPtr tls, ServerOptions options,
                                                        RequestHandler handler) {
  if (!tls) return Error{ErrorCode::kConfig, "no TLS context"};
  if (options.max_connections == 0) return Error{ErrorCode::kConfig, "max_connections is 0"};
  std::unique_ptr<HttpsServer> server(
      new HttpsServer(std::move(tls), std::move(options), std::move(handler)));
  auto fd = listen_on(server->options_.host, server->options_.port, &server->port_);
  if (!fd) return fd.error();
  server->listen_fd_ = fd.value();
  if (::pipe2(server->wake_fds_, O_CLOEXEC | O_NONBLOCK) != 0)
    return Error{ErrorCode::kIo, std::string("pipe: ") + std::strerror(errno)};
  server->acceptor_ = std::thread([s = server.get()] { s->accept_loop(); });
  return server;
}

HttpsServer::~HttpsServer() {
  stop();
  for (int fd : {listen_fd_, wake_fds_[0], wake_fds_[1]})
    if (fd >= 0) ::close(fd);
}

void HttpsServer::stop() {
  if (stopping_.exchange(true)) return;
  if (wake_fds_[1] >= 0) {
    const char byte = 1;
    [[maybe_unused]] const auto n = ::write(wake_fds_[1], &byte, 1);
  }
  if (acceptor_.joinable()) acceptor_.join();
  {
    std::lock_guard lock(mutex_);
    for (auto& c : connections_) ::shutdown(c->fd, SHUT_RDWR);  // wakes its poll()
  }
  reap(true);
}

std::size_t HttpsServer::active_connections() {
  std::lock_guard lock(mutex_);
  std::size_t n = 0;
  for (auto& c : connections_) n += c->done ? 0 : 1;
  return n;
}

void HttpsServer::reap(bool all) {
  std::list<std::unique_ptr<Connection>> finished;
  {
    std::lock_guard lock(mutex_);
    for (auto it = connections_.begin(); it != connections_.end();) {
      if (all || (*it)->done) {
        finished.push_back(std::move(*it));
        it = connections_.erase(it);
      } else {
        ++it;
      }
    }
  }
  // The fd is closed only after its thread ended, so stop() never shuts down a reused number.
  for (auto& c : finished) {
    if (c->thread.joinable()) c->thread.join();
    ::close(c->fd);
  }
}

void HttpsServer::accept_loop() {
  while (!stopping_) {
    pollfd fds[2] = {{listen_fd_, POLLIN, 0}, {wake_fds_[0], POLLIN, 0}};
    const int ready = ::poll(fds, 2, kReapEveryMs);
    reap(false);
    if (ready < 0 && errno != EINTR) {
      std::cerr << "anju-clipd: poll: " << std::strerror(errno) << std::endl;
      return;
    }
    if (stopping_ || (fds[1].revents & POLLIN)) return;
    if (fds[0].revents & POLLIN) accept_one();
  }
}

void HttpsServer::accept_one() {
  sockaddr_storage addr{};
  socklen_t len = sizeof addr;
  const int fd = ::accept4(listen_fd_, reinterpret_cast<sockaddr*>(&addr), &len, SOCK_CLOEXEC);
  if (fd < 0) return;  // the client left already, or out of descriptors: try again later
  ++counters_.accepted;
  if (active_connections() >= options_.max_connections) {
    ++counters_.over_capacity;
    ::close(fd);
    return;
  }
  auto conn = std::make_unique<Connection>();
  conn->fd = fd;
  Connection* c = conn.get();
  try {
    conn->thread = std::thread([this, c, remote = address_text(addr)] {
      serve_connection(tls_.get(), c->fd, remote, options_.limits, handler_, counters_, stopping_);
      ::shutdown(c->fd, SHUT_RDWR);
      c->done = true;
    });
  } catch (const std::system_error& e) {
    std::cerr << "anju-clipd: cannot start a connection thread: " << e.what() << std::endl;
    ::close(fd);
    return;
  }
  std::lock_guard lock(mutex_);
  connections_.push_back(std::move(conn));
}

}  // namespace anju::clipserver
