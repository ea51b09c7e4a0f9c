// The options every node program shares: defaults, the broker folder's credentials, supervision
// intervals, and clear refusals.
#include "node/node_options.h"

#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <vector>

#include "support/temp_dir.h"

namespace anju::node {
namespace {

Result<NodeOptions> parse(std::vector<std::string> args) {
  args.insert(args.begin(), "anju-test");
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  return parse_node_options(static_cast<int>(argv.size()), argv.data(), "kiosk-101",
                            protocol::NodeKind::kKiosk);
}

TEST(NodeOptions, ReadsTheBrokerFolderAndPassesOnWhatIsNotTheirs) {
  test::TempDir dir("node-options");
  std::filesystem::create_directories(dir / "credentials");
  std::ofstream(dir / "credentials" / "kiosk-101") << "s3cret\n";
  auto o = parse({"--uri", "ssl://10.0.0.2:8883", "--broker-dir", dir.path().string(), "--mode",
                  "hallway", "--site", "home-1"});
  ASSERT_TRUE(o) << o.error().reason;
  EXPECT_EQ(o->bus.node, "kiosk-101");
  EXPECT_EQ(o->bus.username, "kiosk-101");
  EXPECT_EQ(o->bus.password, "s3cret");
  EXPECT_EQ(o->bus.ca_file, dir / "ca.crt");
  EXPECT_EQ(o->bus.site, "home-1");
  EXPECT_EQ(o->bus.outbox_path, "kiosk-101.outbox");
  EXPECT_EQ(o->bus.heartbeat_s, 10);
  EXPECT_EQ(o->bus.keep_alive_s, 10);
  EXPECT_EQ(o->rest, (std::vector<std::string>{"--mode", "hallway"}));
}

TEST(NodeOptions, SupervisionIntervalsAreWholeSecondsWithinAnHour) {
  auto o = parse({"--uri", "tcp://127.0.0.1:1883", "--heartbeat", "2", "--keep-alive", "3"});
  ASSERT_TRUE(o) << o.error().reason;
  EXPECT_EQ(o->bus.heartbeat_s, 2);
  EXPECT_EQ(o->bus.keep_alive_s, 3);
  for (const char* bad : {"0", "-1", "1.5", "10s", "", "3601"}) {
    auto refused = parse({"--uri", "tcp://127.0.0.1:1883", "--heartbeat", bad});
    ASSERT_FALSE(refused) << bad;
    EXPECT_NE(refused.error().reason.find("--heartbeat"), std::string::npos);
  }
}

TEST(NodeOptions, RefusesWhatWouldLeaveTheNodeUnableToConnect) {
  EXPECT_FALSE(parse({"--uri", "ssl://10.0.0.2:8883"}));  // TLS without a CA
  EXPECT_FALSE(parse({"--uri", "tcp://127.0.0.1:1883", "--node", "kiosk/101"}));
  EXPECT_FALSE(parse({"--uri", "tcp://127.0.0.1:1883", "--password-file", "/nonexistent"}));
  auto missing = parse({"--uri"});
  ASSERT_FALSE(missing);
  EXPECT_NE(missing.error().reason.find("--uri"), std::string::npos);
}

}  // namespace
}  // namespace anju::node
