#pragma once
// Operators' metrics in the Prometheus text format (version 0.0.4), so a facility's monitoring
// (Prometheus, or anything that reads that format) sees calls, alarms, latency and the broker link
// of each daemon without reading logs. A daemon collects its figures on demand into families;
// MetricsServer answers GET /metrics with them on a loopback port.
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "common/result.h"

namespace anju::metrics {

// Cumulative buckets, as Prometheus histograms are: bucket i counts observations <= bounds[i].
class Histogram {
 public:
  explicit Histogram(std::vector<double> bounds);
  void observe(double value);
  struct Snapshot {
    std::vector<double> bounds;
    std::vector<std::uint64_t> cumulative;  // one per bound, then +Inf (= count)
    double sum = 0;
    std::uint64_t count = 0;
  };
  Snapshot snapshot() const;

 private:
  mutable std::mutex mutex_;
  std::vector<double> bounds_;
  std::vector<std::uint64_t> counts_;  // per bucket, not cumulative; last = above every bound
  double sum_ = 0;
};

struct Sample {
  std::string labels;  // `status="raised"`, without braces; "" for none
  double value = 0;
};

struct Family {
  std::string name;  // anju_<daemon>_<what>[_total|_seconds|...]
  std::string help;
  std::string type;             // counter | gauge | histogram
  std::vector<Sample> samples;  // histograms: the buckets, `le` labels, cumulative
  double sum = 0;               // histograms: the sum of the observations
};

Family counter(std::string name, std::string help, double value);
Family gauge(std::string name, std::string help, double value);
// `scale` converts the histogram's unit to the metric's (ms -> s: 0.001).
Family histogram(std::string name, std::string help, const Histogram::Snapshot& h,
                 double scale = 1.0);
// A label value with `\`, `"` and newlines escaped.
std::string label(std::string_view key, std::string_view value);

// The text format: # HELP and # TYPE lines, then each sample.
std::string render(const std::vector<Family>& families);

class MetricsServer {
 public:
  using Collect = std::function<std::vector<Family>()>;
  explicit MetricsServer(Collect collect) : collect_(std::move(collect)) {}
  ~MetricsServer();
  MetricsServer(const MetricsServer&) = delete;
  MetricsServer& operator=(const MetricsServer&) = delete;

  // Listens on `address:port` (an IPv4 address; port 0 = any free port) and serves on its own
  // thread; the port, or why not.
  Result<int> start(const std::string& address, int port);
  void stop();

 private:
  void serve();
  void answer(int fd);

  Collect collect_;
  int listen_fd_ = -1;
  std::atomic<bool> stopping_{false};
  std::thread thread_;
};

// `--metrics ADDRESS:PORT` of a daemon: the server, started, and the port it got (PORT 0 = any);
// an error naming the bad value or the busy port.
struct Serving {
  std::unique_ptr<MetricsServer> server;
  std::string url;  // http://ADDRESS:PORT/metrics
};
Result<Serving> serve_metrics(std::string_view address_port, MetricsServer::Collect collect);

}  // namespace anju::metrics
