#pragma once
// The clip server's listener: accepts on one address, a thread per connection up to a cap (further
// connections are closed at once), and a clean stop that ends every connection.
#include <atomic>
#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "clipserver/https_connection.h"
#include "clipserver/tls_context.h"
#include "common/result.h"

namespace anju::clipserver {

struct ServerOptions {
  std::string host = "127.0.0.1";  // a numeric address; bind the facility interface only
  std::uint16_t port = 18443;      // 0: any free port (tests); see port()
  std::size_t max_connections = 32;
  ConnectionLimits limits;
};

class HttpsServer {
 public:
  static Result<std::unique_ptr<HttpsServer>> start(SslCtxPtr tls, ServerOptions options,
                                                    RequestHandler handler);
  ~HttpsServer();
  HttpsServer(const HttpsServer&) = delete;
  HttpsServer& operator=(const HttpsServer&) = delete;

  // Stops accepting, ends open connections, joins every thread. Idempotent.
  void stop();
  std::uint16_t port() const { return port_; }
  const ServerCounters& counters() const { return counters_; }
  std::size_t active_connections();

 private:
  struct Connection {
    int fd = -1;
    std::thread thread;
    std::atomic<bool> done{false};
  };

  HttpsServer(SslCtxPtr tls, ServerOptions options, RequestHandler handler)
      : tls_(std::move(tls)), options_(std::move(options)), handler_(std::move(handler)) {}
  void accept_loop();
  void accept_one();
  void reap(bool all);

  SslCtxPtr tls_;
  ServerOptions options_;
  RequestHandler handler_;
  int listen_fd_ = -1;
  int wake_fds_[2] = {-1, -1};
  std::uint16_t port_ = 0;
  std::atomic<bool> stopping_{false};
  std::thread acceptor_;
  std::mutex mutex_;
  std::list<std::unique_ptr<Connection>> connections_;
  ServerCounters counters_;
};

}  // namespace anju::clipserver
