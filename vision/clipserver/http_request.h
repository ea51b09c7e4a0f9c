#pragma once
// An HTTP/1.1 request as the clip server reads it, and a strict incremental parser for it: a limit
// on every size, CRLF line ends only, no obs-fold, no chunked bodies, and an error status instead
// of a guess on anything odd (lenient parsing is how request smuggling starts).
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace anju::clipserver {

struct HttpHeader {
  std::string name;  // lower case
  std::string value;
};

struct HttpRequest {
  std::string method;  // GET, HEAD or POST
  std::string
      target;         // as sent, e.g. "/v1/clips/2026-11-23/cam-101-031502-fall.mp4?purpose=export"
  std::string path;   // target up to '?'
  std::string query;  // after '?', without it
  int version_minor = 1;  // HTTP/1.<minor>
  std::vector<HttpHeader> headers;
  std::string body;

  // The value of the header (lower-case name), or nullptr.
  const std::string* header(std::string_view lower_name) const;
  // HTTP/1.1 keeps the connection unless "Connection: close"; HTTP/1.0 closes unless keep-alive.
  bool keep_alive() const;
};

struct ParseLimits {
  std::size_t max_head_bytes = 8192;  // request line + headers + blank line
  std::size_t max_headers = 48;
  std::size_t max_body_bytes = 4096;  // the API's bodies are small JSON objects
};

class RequestParser {
 public:
  enum class State { kNeedMore, kDone, kError };

  explicit RequestParser(ParseLimits limits = {}) : limits_(limits) {}

  // Appends bytes and parses as far as they go. Bytes after a complete request stay buffered for
  // the next one (pipelining): take() the request, then state() tells whether the next is complete.
  State feed(std::string_view bytes);
  State state() const { return state_; }
  // After kError: the status to answer with (400, 413, 431, 501, 505) and why.
  int error_status() const { return error_status_; }
  const std::string& error_reason() const { return error_reason_; }
  // True once any byte of a request has arrived (for time-outs: idle vs. mid-request).
  bool mid_request() const { return !buffer_.empty(); }

  // The parsed request (state() must be kDone); parsing continues with the buffered bytes.
  HttpRequest take();

 private:
  void parse();
  bool parse_head(std::string_view head);
  bool fail(int status, std::string reason);

  ParseLimits limits_;
  std::string buffer_;
  State state_ = State::kNeedMore;
  HttpRequest request_;
  bool have_head_ = false;
  std::size_t head_size_ = 0;
  std::size_t body_size_ = 0;
  int error_status_ = 0;
  std::string error_reason_;
};

}  // namespace anju::clipserver
