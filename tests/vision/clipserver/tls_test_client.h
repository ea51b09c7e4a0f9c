#pragma once
// A small HTTPS client for the clip server's tests and benchmark: it verifies the server's
// certificate against the site CA (as a console would), sends raw bytes (so tests can send
// anything) and reads responses framed by Content-Length.
#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

typedef struct ssl_st SSL;
typedef struct ssl_ctx_st SSL_CTX;

namespace anju::clipserver::test {

struct ClientResponse {
  int status = 0;
  std::map<std::string, std::string> headers;  // lower-case names
  std::string body;
  std::chrono::steady_clock::time_point first_byte_at;

  std::string header(const std::string& name) const;
};

class TlsClient {
 public:
  // Connects to 127.0.0.1:port; nullptr (and *error) if TCP, TLS or the certificate check fails.
  static std::unique_ptr<TlsClient> connect(std::uint16_t port, const std::string& ca_file,
                                            std::string* error = nullptr);
  ~TlsClient();
  TlsClient(const TlsClient&) = delete;
  TlsClient& operator=(const TlsClient&) = delete;

  bool send(std::string_view bytes);
  // The next response; nullopt on close, error or time-out. `head`: a HEAD answer (no body).
  std::optional<ClientResponse> read_response(bool head = false, int timeout_ms = 5000);
  // Reads and discards until the server closes; true if it did within the time-out.
  bool wait_closed(int timeout_ms = 5000);

 private:
  TlsClient() = default;
  int read_some(int timeout_ms);  // > 0 bytes appended, 0 closed, -1 error, -2 time-out

  int fd_ = -1;
  SSL_CTX* ctx_ = nullptr;
  SSL* ssl_ = nullptr;
  std::string buffer_;
};

// "METHOD target HTTP/1.1" with Host, an optional bearer token and body, and extra header lines
// (each ending in "\r\n").
std::string http_request(std::string_view method, std::string_view target,
                         std::string_view token = {}, std::string_view body = {},
                         std::string_view extra_headers = {});

}  // namespace anju::clipserver::test
