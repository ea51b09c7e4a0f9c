#include "clipserver/https_connection.h"

#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <array>
#include <chrono>
#include <csignal>
#include <iostream>
#include <memory>
#include <vector>

namespace anju::clipserver {
namespace {

using SteadyClock = std::chrono::steady_clock;
using Deadline = SteadyClock::time_point;

constexpr std::size_t kReadChunk = 16 * 1024;
constexpr std::size_t kFileChunk = 64 * 1024;

Deadline after_ms(int ms) {
  return SteadyClock::now() + std::chrono::milliseconds(ms);
}

enum class IoStatus { kOk, kClosed, kTimeout, kError };

struct SslFree {
  void operator()(SSL* ssl) const { SSL_free(ssl); }
};

// Runs one SSL call until it completes, the peer goes away, or the deadline passes.
template <class Op>
IoStatus run_ssl(SSL* ssl, int fd, Deadline deadline, Op op, int* result) {
  for (;;) {
    ERR_clear_error();
    const int r = op();
    if (r > 0) {
      *result = r;
      return IoStatus::kOk;
    }
    short events = 0;
    switch (SSL_get_error(ssl, r)) {
      case SSL_ERROR_WANT_READ:
        events = POLLIN;
        break;
      case SSL_ERROR_WANT_WRITE:
        events = POLLOUT;
        break;
      case SSL_ERROR_ZERO_RETURN:
        return IoStatus::kClosed;
      default:
        return IoStatus::kError;  // includes a peer that vanished mid-record
    }
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - SteadyClock::now());
    if (left.count() <= 0) return IoStatus::kTimeout;
    pollfd p{fd, events, 0};
    const int ready = ::poll(&p, 1, static_cast<int>(left.count()));
    if (ready == 0) return IoStatus::kTimeout;
    if (ready < 0 && errno != EINTR) return IoStatus::kError;
  }
}

class Connection {
 public:
  Connection(SSL* ssl, int fd, const ConnectionLimits& limits)
      : ssl_(ssl), fd_(fd), limits_(limits) {}

  IoStatus handshake() {
    int ignored = 0;
    return run_ssl(
        ssl_, fd_, after_ms(limits_.handshake_timeout_ms), [this] { return SSL_accept(ssl_); },
        &ignored);
  }

  IoStatus read(char* buffer, std::size_t size, Deadline deadline, std::size_t* got) {
    int n = 0;
    const auto status = run_ssl(
        ssl_, fd_, deadline, [&] { return SSL_read(ssl_, buffer, static_cast<int>(size)); }, &n);
    *got = status == IoStatus::kOk ? static_cast<std::size_t>(n) : 0;
    return status;
  }

  // Writes everything; each call to SSL_write must make progress within the I/O time-out.
  IoStatus write_all(const char* data, std::size_t size) {
    while (size > 0) {
      const int chunk = static_cast<int>(std::min<std::size_t>(size, kFileChunk));
      int n = 0;
      const auto status = run_ssl(
          ssl_, fd_, after_ms(limits_.io_timeout_ms), [&] { return SSL_write(ssl_, data, chunk); },
          &n);
      if (status != IoStatus::kOk) return status;
      data += n;
      size -= static_cast<std::size_t>(n);
    }
    return IoStatus::kOk;
  }

  // Streams [offset, offset + length) of the file; never holds more than one chunk.
  IoStatus write_file(const FileBody& file) {
    std::vector<char> chunk(kFileChunk);
    std::uint64_t offset = file.offset, left = file.length;
    while (left > 0) {
      const auto want = static_cast<std::size_t>(std::min<std::uint64_t>(left, chunk.size()));
      const ssize_t n = ::pread(file.fd.get(), chunk.data(), want, static_cast<off_t>(offset));
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) return IoStatus::kError;  // the file shrank or failed: the length is now wrong
      const auto status = write_all(chunk.data(), static_cast<std::size_t>(n));
      if (status != IoStatus::kOk) return status;
      offset += static_cast<std::uint64_t>(n);
      left -= static_cast<std::uint64_t>(n);
    }
    return IoStatus::kOk;
  }

  IoStatus send(const HttpResponse& response, bool keep_alive) {
    const std::string head = serialize_head(response, keep_alive);
    if (response.head_only || (response.file && response.file->length == 0) ||
        (!response.file && response.body.empty()))
      return write_all(head.data(), head.size());
    if (response.file) {
      const auto status = write_all(head.data(), head.size());
      return status == IoStatus::kOk ? write_file(*response.file) : status;
    }
    const std::string all = head + response.body;  // one record for small answers
    return write_all(all.data(), all.size());
  }

 private:
  SSL* ssl_;
  int fd_;
  const ConnectionLimits& limits_;
};

HttpResponse call_handler(const RequestHandler& handler, const HttpRequest& request,
                          const std::string& remote) {
  try {
    return handler(request, remote);
  } catch (const std::exception& e) {
    std::cerr << "anju-clipd: request " << request.method << " failed: " << e.what() << std::endl;
  } catch (...) {
    std::cerr << "anju-clipd: request " << request.method << " failed" << std::endl;
  }
  return error_response(500, "internal error", true);
}

}  // namespace

void serve_connection(SSL_CTX* tls, int fd, const std::string& remote,
                      const ConnectionLimits& limits, const RequestHandler& handler,
                      ServerCounters& counters, const std::atomic<bool>& stopping) {
  // A peer that closes while we write must not kill the process with SIGPIPE: block it in this
  // thread, where the write then fails with EPIPE.
  sigset_t pipe_set;
  sigemptyset(&pipe_set);
  sigaddset(&pipe_set, SIGPIPE);
  pthread_sigmask(SIG_BLOCK, &pipe_set, nullptr);

  const int flags = ::fcntl(fd, F_GETFL, 0);
  if (flags < 0 || ::fcntl(fd, F_SETFL, flags | O_NONBLOCK) != 0) return;
  const int one = 1;
  ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);

  std::unique_ptr<SSL, SslFree> ssl(SSL_new(tls));
  if (!ssl || SSL_set_fd(ssl.get(), fd) != 1) return;
  Connection conn(ssl.get(), fd, limits);
  if (conn.handshake() != IoStatus::kOk) {
    ++counters.tls_failures;
    return;
  }

  RequestParser parser(limits.parse);
  std::array<char, kReadChunk> buffer{};
  bool open = true;
  for (std::size_t served = 0; open && served < limits.max_requests && !stopping; ++served) {
    // The first request must follow the handshake promptly; later ones may wait (a player paused).
    const Deadline idle_deadline =
        after_ms(served == 0 ? limits.request_timeout_ms : limits.idle_timeout_ms);
    Deadline request_deadline = after_ms(limits.request_timeout_ms);
    bool started = parser.mid_request();
    while (parser.state() == RequestParser::State::kNeedMore) {
      std::size_t got = 0;
      const auto status =
          conn.read(buffer.data(), buffer.size(), started ? request_deadline : idle_deadline, &got);
      if (status == IoStatus::kTimeout) {
        ++counters.timeouts;
        if (started) conn.send(error_response(408, "request too slow", true), false);
        return;
      }
      if (status != IoStatus::kOk || stopping) return;
      if (!started) request_deadline = after_ms(limits.request_timeout_ms);
      started = true;
      parser.feed(std::string_view(buffer.data(), got));
    }
    if (parser.state() == RequestParser::State::kError) {
      ++counters.bad_requests;
      conn.send(error_response(parser.error_status(), parser.error_reason(), true), false);
      break;
    }
    const HttpRequest request = parser.take();
    const HttpResponse response = call_handler(handler, request, remote);
    ++counters.requests;
    const bool keep =
        request.keep_alive() && !response.close && !stopping && served + 1 < limits.max_requests;
    if (conn.send(response, keep) != IoStatus::kOk) return;
    open = keep;
  }
  // Best effort close_notify; the socket is shut down by the caller either way.
  ERR_clear_error();
  SSL_shutdown(ssl.get());
}

}  // namespace anju::clipserver
