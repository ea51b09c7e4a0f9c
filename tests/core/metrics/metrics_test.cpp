#include "metrics/metrics.h"

#include <gtest/gtest.h>

#include "support/ports.h"

namespace anju::metrics {
namespace {

TEST(Metrics, CountersGaugesAndLabelsInTheTextFormat) {
  Family alarms{"anju_engine_active_alarms", "active alarms by status", "gauge", {}, 0};
  alarms.samples.push_back({label("status", "raised"), 3});
  alarms.samples.push_back({label("room", "a\"b\\c\nd"), 1});
  EXPECT_EQ(render({counter("anju_engine_events_total", "events journalled", 42), alarms}),
            "# HELP anju_engine_events_total events journalled\n"
            "# TYPE anju_engine_events_total counter\n"
            "anju_engine_events_total 42\n"
            "# HELP anju_engine_active_alarms active alarms by status\n"
            "# TYPE anju_engine_active_alarms gauge\n"
            "anju_engine_active_alarms{status=\"raised\"} 3\n"
            "anju_engine_active_alarms{room=\"a\\\"b\\\\c\\nd\"} 1\n");
}

TEST(Metrics, AHistogramHasCumulativeBucketsASumAndACount) {
  Histogram h({10, 100});
  for (double ms : {3.0, 10.0, 50.0, 2000.0}) h.observe(ms);
  EXPECT_EQ(render({histogram("x_seconds", "ages", h.snapshot(), 0.001)}),
            "# HELP x_seconds ages\n"
            "# TYPE x_seconds histogram\n"
            "x_seconds_bucket{le=\"0.01\"} 2\n"
            "x_seconds_bucket{le=\"0.1\"} 3\n"
            "x_seconds_bucket{le=\"+Inf\"} 4\n"
            "x_seconds_sum 2.063\n"
            "x_seconds_count 4\n");
}

TEST(MetricsServer, ServesMetricsOnGetAndNothingElse) {
  int scrapes = 0;
  MetricsServer server([&] {
    ++scrapes;
    return std::vector<Family>{gauge("anju_test_up", "1 while up", 1)};
  });
  auto port = server.start("127.0.0.1", 0);
  ASSERT_TRUE(port) << port.error().reason;
  const std::string answer = test::http_get(port.value(), "/metrics");
  EXPECT_EQ(answer.rfind("HTTP/1.1 200 OK\r\n", 0), 0u) << answer;
  EXPECT_NE(answer.find("Content-Type: text/plain; version=0.0.4"), std::string::npos);
  EXPECT_NE(answer.find("\r\n\r\n# HELP anju_test_up 1 while up\n"), std::string::npos);
  EXPECT_NE(answer.find("\nanju_test_up 1\n"), std::string::npos);
  EXPECT_EQ(test::http_get(port.value(), "/").rfind("HTTP/1.1 404", 0), 0u);
  EXPECT_EQ(scrapes, 1);

  MetricsServer second([] { return std::vector<Family>{}; });
  auto taken = second.start("127.0.0.1", port.value());
  ASSERT_FALSE(taken);
  EXPECT_NE(taken.error().reason.find("in use"), std::string::npos);
  EXPECT_FALSE(second.start("not-an-address", 0));
}

TEST(MetricsServer, TheCommandLineValueIsAddressColonPort) {
  auto serving = serve_metrics("127.0.0.1:0", [] { return std::vector<Family>{}; });
  ASSERT_TRUE(serving) << serving.error().reason;
  EXPECT_EQ(serving.value().url.rfind("http://127.0.0.1:", 0), 0u);
  for (const char* bad : {"9464", "127.0.0.1", "127.0.0.1:", ":9464", "127.0.0.1:99999",
                          "127.0.0.1:94x4", "localhost:9464"}) {
    auto refused = serve_metrics(bad, [] { return std::vector<Family>{}; });
    EXPECT_FALSE(refused) << bad;
  }
}

}  // namespace
}  // namespace anju::metrics
