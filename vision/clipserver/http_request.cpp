#include "clipserver/http_request.h"

#include <algorithm>
#include <cctype>

namespace anju::clipserver {
namespace {

constexpr std::size_t kMaxMethod = 16;
constexpr std::size_t kMaxContentLengthDigits = 18;

// RFC 9110 tchar: the characters of a token (header names, methods).
bool is_tchar(unsigned char c) {
  if (std::isalnum(c)) return true;
  return std::string_view("!#$%&'*+-.^_`|~").find(static_cast<char>(c)) != std::string_view::npos;
}

bool is_token(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(),
                                   [](char c) { return is_tchar(static_cast<unsigned char>(c)); });
}

// Field values: visible characters, space, tab and obs-text; never other control characters.
bool is_field_value(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char ch) {
    const auto c = static_cast<unsigned char>(ch);
    return c == '\t' || (c >= 0x20u && c != 0x7Fu);
  });
}

// Origin form only ("/..."), visible ASCII: no spaces, no control bytes, no fragment.
bool is_origin_target(std::string_view s) {
  if (s.empty() || s.front() != '/') return false;
  return std::all_of(s.begin(), s.end(), [](char ch) {
    const auto c = static_cast<unsigned char>(ch);
    return c > 0x20u && c < 0x7Fu && c != '#';
  });
}

std::string_view trim_ows(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

}  // namespace

const std::string* HttpRequest::header(std::string_view lower_name) const {
  for (const auto& h : headers)
    if (h.name == lower_name) return &h.value;
  return nullptr;
}

bool HttpRequest::keep_alive() const {
  const std::string* connection = header("connection");
  // A comma-separated list; only the two options matter here.
  bool close = false, keep = false;
  if (connection) {
    std::string_view rest = *connection;
    while (!rest.empty()) {
      const auto comma = rest.find(',');
      const auto item = trim_ows(rest.substr(0, comma));
      if (iequals(item, "close")) close = true;
      if (iequals(item, "keep-alive")) keep = true;
      rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
    }
  }
  if (close) return false;
  return version_minor >= 1 || keep;
}

RequestParser::State RequestParser::feed(std::string_view bytes) {
  if (state_ == State::kError) return state_;
  buffer_.append(bytes);
  if (state_ == State::kNeedMore) parse();
  return state_;
}

HttpRequest RequestParser::take() {
  HttpRequest out = std::move(request_);
  request_ = {};
  buffer_.erase(0, head_size_ + body_size_);
  have_head_ = false;
  head_size_ = body_size_ = 0;
  state_ = State::kNeedMore;
  parse();
  return out;
}

bool RequestParser::fail(int status, std::string reason) {
  state_ = State::kError;
  error_status_ = status;
  error_reason_ = std::move(reason);
  return false;
}

void RequestParser::parse() {
  if (!have_head_) {
    // Empty lines before a request are tolerated (RFC 9112 2.2), up to the head limit.
    std::size_t skip = 0;
    while (skip + 1 < buffer_.size() && buffer_[skip] == '\r' && buffer_[skip + 1] == '\n')
      skip += 2;
    if (skip > 0) buffer_.erase(0, skip);
    const auto end = buffer_.find("\r\n\r\n");
    if (end == std::string::npos) {
      if (buffer_.size() > limits_.max_head_bytes)
        fail(431, "request head larger than " + std::to_string(limits_.max_head_bytes) + " bytes");
      return;
    }
    if (end + 4 > limits_.max_head_bytes) {
      fail(431, "request head larger than " + std::to_string(limits_.max_head_bytes) + " bytes");
      return;
    }
    if (!parse_head(std::string_view(buffer_).substr(0, end + 2))) return;
    head_size_ = end + 4;
    have_head_ = true;
  }
  if (buffer_.size() - head_size_ < body_size_) return;
  request_.body = buffer_.substr(head_size_, body_size_);
  state_ = State::kDone;
}

bool RequestParser::parse_head(std::string_view head) {
  // Every line must end in CRLF: a bare CR or LF anywhere is refused.
  std::vector<std::string_view> lines;
  while (!head.empty()) {
    const auto eol = head.find("\r\n");
    const auto line = head.substr(0, eol);
    if (line.find_first_of("\r\n") != std::string_view::npos)
      return fail(400, "bare CR or LF in the request head");
    lines.push_back(line);
    head.remove_prefix(eol + 2);
  }
  if (lines.empty()) return fail(400, "empty request");

  // Request line: METHOD SP target SP HTTP/1.x
  const std::string_view line = lines.front();
  const auto sp1 = line.find(' ');
  const auto sp2 = sp1 == std::string_view::npos ? sp1 : line.find(' ', sp1 + 1);
  if (sp2 == std::string_view::npos || line.find(' ', sp2 + 1) != std::string_view::npos)
    return fail(400, "malformed request line");
  const auto method = line.substr(0, sp1);
  const auto target = line.substr(sp1 + 1, sp2 - sp1 - 1);
  const auto version = line.substr(sp2 + 1);
  if (!is_token(method) || method.size() > kMaxMethod) return fail(400, "malformed method");
  if (version.size() != 8 || version.substr(0, 5) != "HTTP/" || version[6] != '.' ||
      !std::isdigit(static_cast<unsigned char>(version[5])) ||
      !std::isdigit(static_cast<unsigned char>(version[7])))
    return fail(400, "malformed HTTP version");
  if (version[5] != '1') return fail(505, "only HTTP/1.x is served");
  if (!is_origin_target(target)) return fail(400, "request target must be a path");
  if (method != "GET" && method != "HEAD" && method != "POST")
    return fail(501, "method not implemented");
  request_.method = std::string(method);
  request_.target = std::string(target);
  const auto q = target.find('?');
  request_.path = std::string(target.substr(0, q));
  request_.query = q == std::string_view::npos ? std::string() : std::string(target.substr(q + 1));
  request_.version_minor = version[7] - '0';

  if (lines.size() - 1 > limits_.max_headers)
    return fail(431, "more than " + std::to_string(limits_.max_headers) + " header fields");
  bool have_length = false;
  int hosts = 0;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const std::string_view field = lines[i];
    if (field.empty()) return fail(400, "empty header line");
    if (field.front() == ' ' || field.front() == '\t')
      return fail(400, "folded header lines are not accepted");
    const auto colon = field.find(':');
    if (colon == std::string_view::npos) return fail(400, "header line without ':'");
    const auto name = field.substr(0, colon);
    const auto value = trim_ows(field.substr(colon + 1));
    if (!is_token(name)) return fail(400, "malformed header name");
    if (!is_field_value(value)) return fail(400, "control character in a header value");
    HttpHeader h{lower(name), std::string(value)};
    if (h.name == "transfer-encoding") return fail(501, "transfer codings are not accepted");
    if (h.name == "host") ++hosts;
    if (h.name == "content-length") {
      if (have_length) return fail(400, "more than one Content-Length");
      have_length = true;
      if (value.empty() || value.size() > kMaxContentLengthDigits ||
          !std::all_of(value.begin(), value.end(),
                       [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
        return fail(400, "malformed Content-Length");
      body_size_ = std::stoull(std::string(value));
      if (body_size_ > limits_.max_body_bytes)
        return fail(413, "body larger than " + std::to_string(limits_.max_body_bytes) + " bytes");
    }
    request_.headers.push_back(std::move(h));
  }
  if (hosts > 1 || (hosts == 0 && request_.version_minor >= 1))
    return fail(400, "HTTP/1.1 needs exactly one Host header");
  return true;
}

}  // namespace anju::clipserver
