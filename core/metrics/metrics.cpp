#include "metrics/metrics.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>

namespace anju::metrics {
namespace {

std::string number(double v) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.12g", v);  // readable; counts stay exact below 1e12
  return buffer;
}

}  // namespace

Histogram::Histogram(std::vector<double> bounds) : bounds_(std::move(bounds)) {
  std::sort(bounds_.begin(), bounds_.end());
  counts_.assign(bounds_.size() + 1, 0);
}

void Histogram::observe(double value) {
  const auto at = std::lower_bound(bounds_.begin(), bounds_.end(), value) - bounds_.begin();
  std::lock_guard lock(mutex_);
  ++counts_[static_cast<std::size_t>(at)];
  sum_ += value;
}

Histogram::Snapshot Histogram::snapshot() const {
  std::lock_guard lock(mutex_);
  Snapshot s;
  s.bounds = bounds_;
  std::uint64_t running = 0;
  for (std::size_t i = 0; i < counts_.size(); ++i) {
    running += counts_[i];
    s.cumulative.push_back(running);
  }
  s.sum = sum_;
  s.count = running;
  return s;
}

Family counter(std::string name, std::string help, double value) {
  return {std::move(name), std::move(help), "counter", {{"", value}}, 0};
}

Family gauge(std::string name, std::string help, double value) {
  return {std::move(name), std::move(help), "gauge", {{"", value}}, 0};
}

Family histogram(std::string name, std::string help, const Histogram::Snapshot& h, double scale) {
  Family f{std::move(name), std::move(help), "histogram", {}, h.sum * scale};
  for (std::size_t i = 0; i < h.bounds.size(); ++i)
    f.samples.push_back(
        {"le=\"" + number(h.bounds[i] * scale) + "\"", static_cast<double>(h.cumulative[i])});
  f.samples.push_back({"le=\"+Inf\"", static_cast<double>(h.count)});
  return f;
}

std::string label(std::string_view key, std::string_view value) {
  std::string out(key);
  out += "=\"";
  for (char c : value) {
    if (c == '\\' || c == '"') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + "\"";
}

std::string render(const std::vector<Family>& families) {
  std::string out;
  for (const auto& f : families) {
    out += "# HELP " + f.name + " " + f.help + "\n# TYPE " + f.name + " " + f.type + "\n";
    if (f.type == "histogram") {
      double count = 0;  // the +Inf bucket, last
      for (const auto& s : f.samples) {
        out += f.name + "_bucket{" + s.labels + "} " + number(s.value) + "\n";
        count = s.value;
      }
      out += f.name + "_sum " + number(f.sum) + "\n" + f.name + "_count " + number(count) + "\n";
      continue;
    }
    for (const auto& s : f.samples)
      out += f.name + (s.labels.empty() ? "" : "{" + s.labels + "}") + " " + number(s.value) + "\n";
  }
  return out;
}

MetricsServer::~MetricsServer() {
  stop();
}

Result<int> MetricsServer::start(const std::string& address, int port) {
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<std::uint16_t>(port));
  if (::inet_pton(AF_INET, address.c_str(), &addr.sin_addr) != 1)
    return Error{ErrorCode::kInvalidValue, "metrics: '" + address + "' is not an IPv4 address"};
  listen_fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  const int yes = 1;
  ::setsockopt(listen_fd_, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  socklen_t len = sizeof addr;
  if (listen_fd_ < 0 || ::bind(listen_fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
      ::listen(listen_fd_, 16) != 0 ||
      ::getsockname(listen_fd_, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
    if (listen_fd_ >= 0) ::close(listen_fd_);
    listen_fd_ = -1;
    return Error{ErrorCode::kIo, "metrics: cannot listen on " + address + ":" +
                                     std::to_string(port) + " (in use?)"};
  }
  thread_ = std::thread([this] { serve(); });
  return static_cast<int>(ntohs(addr.sin_port));
}

void MetricsServer::stop() {
  stopping_ = true;
  if (thread_.joinable()) thread_.join();
  if (listen_fd_ >= 0) ::close(listen_fd_);
  listen_fd_ = -1;
}

void MetricsServer::serve() {
  while (!stopping_) {
    pollfd p{listen_fd_, POLLIN, 0};
    if (::poll(&p, 1, 200) <= 0) continue;  // wakes to notice stop()
    const int fd = ::accept4(listen_fd_, nullptr, nullptr, SOCK_CLOEXEC);
    if (fd < 0) continue;
    answer(fd);
    ::close(fd);
  }
}

// One request per connection, answered on this thread: a scrape every few seconds from one
// monitoring host is all it serves.
void MetricsServer::answer(int fd) {
  timeval timeout{2, 0};  // a client that sends nothing does not hold the server
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
  std::string head;
  char buffer[2048];
  while (head.find("\r\n\r\n") == std::string::npos && head.size() < 8192) {
    const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
    if (n <= 0) return;
    head.append(buffer, static_cast<std::size_t>(n));
  }
  std::string status = "200 OK", type = "text/plain; version=0.0.4; charset=utf-8", body;
  if (head.rfind("GET /metrics ", 0) == 0 || head.rfind("GET /metrics?", 0) == 0) {
    body = render(collect_());
  } else {
    status = "404 Not Found";
    type = "text/plain; charset=utf-8";
    body = "only GET /metrics is served here\n";
  }
  const std::string out = "HTTP/1.1 " + status + "\r\nContent-Type: " + type +
                          "\r\nContent-Length: " + std::to_string(body.size()) +
                          "\r\nConnection: close\r\n\r\n" + body;
  for (std::size_t sent = 0; sent < out.size();) {
    const ssize_t n = ::send(fd, out.data() + sent, out.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) return;
    sent += static_cast<std::size_t>(n);
  }
}

Result<Serving> serve_metrics(std::string_view address_port, MetricsServer::Collect collect) {
  const auto colon = address_port.rfind(':');
  const std::string address(address_port.substr(0, colon == std::string_view::npos ? 0 : colon));
  int port = -1;
  if (colon != std::string_view::npos && colon + 1 < address_port.size()) {
    const std::string digits(address_port.substr(colon + 1));
    if (digits.find_first_not_of("0123456789") == std::string::npos && digits.size() <= 5)
      port = std::stoi(digits);
  }
  if (address.empty() || port < 0 || port > 65535)
    return Error{ErrorCode::kInvalidValue,
                 "--metrics takes ADDRESS:PORT (e.g. 127.0.0.1:9464), not '" +
                     std::string(address_port) + "'"};
  Serving serving{std::make_unique<MetricsServer>(std::move(collect)), ""};
  auto listening = serving.server->start(address, port);
  if (!listening) return listening.error();
  serving.url = "http://" + address + ":" + std::to_string(listening.value()) + "/metrics";
  return serving;
}

}  // namespace anju::metrics
