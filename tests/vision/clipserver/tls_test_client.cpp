#include "vision/clipserver/tls_test_client.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <csignal>

namespace anju::clipserver::test {
namespace {

void set_timeout(int fd, int ms) {
  timeval tv{ms / 1000, (ms % 1000) * 1000};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
}

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

std::string ClientResponse::header(const std::string& name) const {
  const auto it = headers.find(lower(name));
  return it == headers.end() ? std::string() : it->second;
}

std::unique_ptr<TlsClient> TlsClient::connect(std::uint16_t port, const std::string& ca_file,
                                              std::string* error) {
  // The server may close while a test still writes (a refused 1 MB header): EPIPE, not a signal.
  std::signal(SIGPIPE, SIG_IGN);
  auto fail = [&](std::string why) -> std::unique_ptr<TlsClient> {
    if (error) *error = std::move(why);
    return nullptr;
  };
  std::unique_ptr<TlsClient> c(new TlsClient);
  c->fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(port);
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(c->fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0)
    return fail("connect failed");
  const int one = 1;
  ::setsockopt(c->fd_, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  set_timeout(c->fd_, 5000);
  c->ctx_ = SSL_CTX_new(TLS_client_method());
  if (!c->ctx_ || SSL_CTX_load_verify_locations(c->ctx_, ca_file.c_str(), nullptr) != 1)
    return fail("cannot load CA " + ca_file);
  SSL_CTX_set_verify(c->ctx_, SSL_VERIFY_PEER, nullptr);
  c->ssl_ = SSL_new(c->ctx_);
  SSL_set_fd(c->ssl_, c->fd_);
  // Check the certificate names the address we dialled, as a console would.
  X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(c->ssl_), "127.0.0.1");
  if (SSL_connect(c->ssl_) != 1) {
    char text[256] = "";
    ERR_error_string_n(ERR_get_error(), text, sizeof text);
    return fail(std::string("TLS handshake failed: ") + text);
  }
  return c;
}

TlsClient::~TlsClient() {
  if (ssl_) SSL_free(ssl_);
  if (ctx_) SSL_CTX_free(ctx_);
  if (fd_ >= 0) ::close(fd_);
}

bool TlsClient::send(std::string_view bytes) {
  while (!bytes.empty()) {
    const int n = SSL_write(ssl_, bytes.data(), static_cast<int>(bytes.size()));
    if (n <= 0) return false;
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

int TlsClient::read_some(int timeout_ms) {
  set_timeout(fd_, timeout_ms);
  char chunk[64 * 1024];
  const int n = SSL_read(ssl_, chunk, sizeof chunk);
  if (n > 0) {
    buffer_.append(chunk, static_cast<std::size_t>(n));
    return n;
  }
  switch (SSL_get_error(ssl_, n)) {
    case SSL_ERROR_ZERO_RETURN:
      return 0;
    case SSL_ERROR_WANT_READ:
    case SSL_ERROR_WANT_WRITE:
      return -2;  // SO_RCVTIMEO passed
    default:
      ERR_clear_error();
      return -1;
  }
}

std::optional<ClientResponse> TlsClient::read_response(bool head, int timeout_ms) {
  ClientResponse r;
  bool first = buffer_.empty();
  if (!first) r.first_byte_at = std::chrono::steady_clock::now();
  std::size_t end;
  while ((end = buffer_.find("\r\n\r\n")) == std::string::npos) {
    if (read_some(timeout_ms) <= 0) return std::nullopt;
    if (first) {
      r.first_byte_at = std::chrono::steady_clock::now();
      first = false;
    }
  }
  const std::string head_text = buffer_.substr(0, end);
  std::size_t line_end = head_text.find("\r\n");
  const std::string status_line = head_text.substr(0, line_end);
  if (status_line.size() < 12 || status_line.compare(0, 9, "HTTP/1.1 ") != 0) return std::nullopt;
  r.status = std::atoi(status_line.c_str() + 9);
  while (line_end != std::string::npos) {
    const std::size_t start = line_end + 2;
    line_end = head_text.find("\r\n", start);
    const std::string line = head_text.substr(start, line_end - start);
    const auto colon = line.find(':');
    if (colon == std::string::npos) continue;
    std::string value = line.substr(colon + 1);
    value.erase(0, value.find_first_not_of(' '));
    r.headers[lower(line.substr(0, colon))] = value;
  }
  buffer_.erase(0, end + 4);
  const std::string length_text = r.header("content-length");
  const std::size_t length = head || length_text.empty() ? 0 : std::stoull(length_text);
  while (buffer_.size() < length)
    if (read_some(timeout_ms) <= 0) return std::nullopt;
  if (buffer_.size() == length) {
    r.body.swap(buffer_);
  } else {
    r.body = buffer_.substr(0, length);
    buffer_.erase(0, length);
  }
  return r;
}

bool TlsClient::wait_closed(int timeout_ms) {
  const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  while (std::chrono::steady_clock::now() < until) {
    const int n = read_some(timeout_ms);
    if (n == 0) return true;
    if (n == -2) return false;  // still open, nothing said
    if (n < 0) return true;     // reset or a TLS alert: closed too
    buffer_.clear();
  }
  return false;
}

std::string http_request(std::string_view method, std::string_view target, std::string_view token,
                         std::string_view body, std::string_view extra_headers) {
  std::string r =
      std::string(method) + " " + std::string(target) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
  if (!token.empty()) r += "Authorization: Bearer " + std::string(token) + "\r\n";
  if (!body.empty() || method == "POST")
    r += "Content-Length: " + std::to_string(body.size()) + "\r\n";
  r += std::string(extra_headers);
  r += "\r\n";
  r += std::string(body);
  return r;
}

}  // namespace anju::clipserver::test
