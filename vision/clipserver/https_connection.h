#pragma once
// One client connection of the clip server: the TLS handshake, then requests read with the strict
// parser and answered by the handler, files streamed in chunks. The socket is non-blocking and
// every wait has a deadline, so a client that stalls or drips bytes (slowloris) is dropped instead
// of holding a connection slot for ever.
#include <atomic>
#include <cstdint>
#include <functional>
#include <string>

#include "clipserver/http_request.h"
#include "clipserver/http_response.h"

typedef struct ssl_ctx_st SSL_CTX;

namespace anju::clipserver {

using RequestHandler = std::function<HttpResponse(const HttpRequest&, const std::string& remote)>;

struct ConnectionLimits {
  int handshake_timeout_ms = 5'000;
  int request_timeout_ms = 10'000;  // from a request's first byte to its last
  int idle_timeout_ms = 30'000;     // waiting for the next request on a kept connection
  int io_timeout_ms = 15'000;       // a response write that makes no progress
  std::size_t max_requests = 1'000;
  ParseLimits parse;
};

struct ServerCounters {
  std::atomic<std::uint64_t> accepted{0};
  std::atomic<std::uint64_t> over_capacity{0};  // closed at once: too many connections
  std::atomic<std::uint64_t> tls_failures{0};   // handshake failed or timed out
  std::atomic<std::uint64_t> requests{0};       // answered by the handler
  std::atomic<std::uint64_t> bad_requests{0};   // refused by the parser
  std::atomic<std::uint64_t> timeouts{0};       // dropped for being too slow
};

// Serves `fd` (already accepted) until the client closes, an error, a time-out, or `stopping`.
// Does not close fd.
void serve_connection(SSL_CTX* tls, int fd, const std::string& remote,
                      const ConnectionLimits& limits, const RequestHandler& handler,
                      ServerCounters& counters, const std::atomic<bool>& stopping);

}  // namespace anju::clipserver
