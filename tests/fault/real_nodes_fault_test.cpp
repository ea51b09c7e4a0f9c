// The real programs under a network cut and a broker crash: anju-kiosk (offscreen, its call
// pendant pressed through the FIFO an adapter would write into) and anju-vision (a camera playing
// a shared fall clip) run as their own processes with their own outboxes. While the fault lasts,
// the resident calls and the camera sees a fall; both wait in the nodes' own databases. When it is
// over, every event reaches the engine's journal exactly once and both nodes' pending tables
// empty (each event confirmed by the engine's receipt). tests/fault/network_cut_test.cpp and
// broker_kill_test.cpp drive the same faults with many more events through the sender itself.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <linux/input.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <memory>

#include "call/pendant_decoder.h"
#include "engine/engine_service.h"
#include "fault_support.h"
#include "protocol/codec.h"
#include "protocol/topics.h"
#include "support/child_process.h"
#include "support/tcp_proxy.h"
#include "support/test_broker.h"
#include "support/test_engine.h"

namespace anju::fault {
namespace {

using protocol::NodeKind;
using protocol::TopicKind;

// UP-Fall subject 1, fall 1, lateral camera: falls at 2.6-3.3 s and lies still to the end (7.9 s).
const char* kFallClip = ANJU_SHARED_DIR "/data/falls/upfall/S1_A01_T1_C1.mp4";

// Events a node still keeps for want of a receipt, read from its own database (the node has it
// open too: WAL lets a second connection read). `type` empty: all.
std::int64_t pending_in(const std::filesystem::path& outbox, const std::string& type = "") {
  auto db = storage::Database::open(outbox);
  if (!db) return -1;
  auto count =
      (*db)->prepare("SELECT COUNT(*) FROM pending_events WHERE ?1 = '' OR instr(payload, ?2) > 0");
  if (!count) return -1;  // no table yet: the node has not opened its sender
  auto& s = count.value();
  s.bind(1, type).bind(2, "\"type\":\"" + type + "\"");
  auto row = s.step();
  return row && row.value() ? s.column_int(0) : -1;
}

std::int64_t journal_count(const std::filesystem::path& journal, const std::string& sql,
                           const std::string& node) {
  auto db = storage::Database::open(journal);
  if (!db) return -1;
  std::string error;
  const auto n = query_count(**db, sql, node, error);
  EXPECT_EQ(error, "");
  return n;
}

bool has_open(const std::vector<protocol::AlarmState>& v, const std::string& type,
              const std::string& node) {
  for (const auto& a : v)
    if (a.type == type && a.node == node && a.status == protocol::AlarmStatus::kRaised) return true;
  return false;
}

class RealNodesFault : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(std::ifstream(kFallClip).good()) << "shared clip missing: " << kFallClip;
    broker_ = std::make_unique<test::TestBroker>(
        std::vector<test::BrokerNode>{{"engine", "engine", ""},
                                      {"kiosk-101", "kiosk", "101"},
                                      {"vision-1", "vision", ""},
                                      {"console-1", "console", ""}});
    ANJU_REQUIRE_BROKER(*broker_);
    proxy_ = std::make_unique<test::TcpProxy>(broker_->port());
    ASSERT_TRUE(proxy_->ok());

    engine_ = test::start_engine(*broker_, "engine", 100ms);
    ASSERT_TRUE(engine_);
    journal_ = test::engine_journal(*broker_);

    console_ = std::make_unique<bus::Bus>(broker_->bus_config("console-1", NodeKind::kConsole));
    subscribe_into(*console_, protocol::topic_filter(broker_->site(), TopicKind::kAlarm), alarms_,
                   protocol::decode_alarm_state);
    subscribe_into(*console_, protocol::topic_filter(broker_->site(), TopicKind::kPresence),
                   presence_, protocol::decode_presence);
    console_->start();
    ASSERT_TRUE(console_->wait_connected(10s));
  }

  void TearDown() override {
    if (kiosk_) kiosk_->stop(SIGTERM);
    if (vision_) vision_->stop(SIGTERM);
    if (engine_) engine_->stop();
  }

  // Both programs through the proxy, supervision 10x quicker than in production (heartbeat and
  // keep-alive 1 s) so that a cut of seconds is noticed as one of a minute would be.
  void start_nodes() {
    const auto dir = broker_->dir();
    const std::string uri = "ssl://127.0.0.1:" + std::to_string(proxy_->port());
    const std::vector<std::string> node_options = {"--uri",        uri,
                                                   "--site",       broker_->site(),
                                                   "--broker-dir", broker_->broker_dir(),
                                                   "--heartbeat",  "1",
                                                   "--keep-alive", "1"};
    pendant_ = dir / "pendant-101";
    ASSERT_EQ(::mkfifo(pendant_.c_str(), 0600), 0);
    kiosk_outbox_ = dir / "kiosk-101.outbox";
    std::vector<std::string> kiosk = {ANJU_KIOSK_BIN, "--node",    "kiosk-101",   "--room",
                                      "101",          "--outbox",  kiosk_outbox_, "--lang",
                                      "en",           "--size",    "800x600",     "--voice",
                                      "off",          "--pendant", pendant_};
    kiosk.insert(kiosk.end(), node_options.begin(), node_options.end());
    ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
    ::setenv("ANJU_KIOSK_CONFIG", dir.c_str(), 1);  // no facility files: defaults, and said so
    kiosk_ = std::make_unique<test::ChildProcess>(kiosk, dir / "kiosk.log", false);

    const auto config = dir / "vision-node.json";
    std::ofstream(config) << R"({"clips": {"root": ")" << (dir / "clips").string()
                          << R"(", "pre_s": 2, "post_s": 3}, "cameras": [{"id": "cam-103", )"
                          << R"("room": "103", "source": ")" << kFallClip
                          << R"(", "loop": true, "fps": 15}]})";
    vision_outbox_ = dir / "vision-1.outbox";
    std::vector<std::string> vision = {ANJU_VISION_BIN, "--node",   "vision-1",    "--config",
                                       config,          "--outbox", vision_outbox_};
    vision.insert(vision.end(), node_options.begin(), node_options.end());
    vision_ = std::make_unique<test::ChildProcess>(vision, dir / "vision.log", false);
    ASSERT_TRUE(kiosk_->started() && vision_->started());
  }

  bool online(const std::string& node) {
    return presence_.wait_for(
        [&](const auto& v) {
          for (auto it = v.rbegin(); it != v.rend(); ++it)
            if (it->node == node) return it->state == protocol::PresenceState::kOnline;
          return false;
        },
        20s);
  }

  // One press of the bedside pendant, as its USB adapter reports it.
  void press_pendant() {
    const int fd = ::open(pendant_.c_str(), O_WRONLY | O_NONBLOCK);
    ASSERT_GE(fd, 0) << "the kiosk does not read its pendant";
    const std::string click = kiosk::pendant_click(BTN_0);
    EXPECT_EQ(::write(fd, click.data(), click.size()), static_cast<ssize_t>(click.size()));
    ::close(fd);
  }

  std::string logs() const {
    return "\n--- kiosk log ---\n" + read_file(broker_->dir() / "kiosk.log") +
           "\n--- vision log ---\n" + read_file(broker_->dir() / "vision.log");
  }
  static std::string read_file(const std::filesystem::path& p) {
    std::ifstream in(p);
    return {std::istreambuf_iterator<char>(in), {}};
  }

  // Runs the fault scenario: `fail` starts the fault once both nodes are online; during it the
  // resident presses the pendant three times (one call: repeats of an open call within a minute
  // are not sent again) and the camera sees a fall (the clip loops: a fall every 8 s); `heal`
  // ends it.
  void run(const std::function<void()>& fail, const std::function<void()>& heal,
           bool expect_offline_alarms) {
    start_nodes();
    ASSERT_TRUE(online("kiosk-101")) << logs();
    ASSERT_TRUE(online("vision-1")) << logs();
    ASSERT_TRUE(eventually([&] { return pending_in(kiosk_outbox_) == 0; }, 10s)) << logs();

    fail();
    for (int i = 0; i < 3; ++i) {
      press_pendant();
      std::this_thread::sleep_for(300ms);
    }
    // Both wait in the nodes' own databases until the fault is over.
    EXPECT_TRUE(eventually([&] { return pending_in(vision_outbox_, "fall") >= 1; }, 40s))
        << "no fall kept by vision-1 during the fault" << logs();
    EXPECT_EQ(pending_in(kiosk_outbox_, "call"), 1) << logs();
    if (expect_offline_alarms) {
      EXPECT_TRUE(alarms_.wait_for(
          [](const auto& v) { return has_open(v, "node_offline", "kiosk-101"); }, 15s))
          << "the station did not notice the kiosk was gone";
    }
    heal();

    EXPECT_TRUE(eventually(
        [&] { return pending_in(kiosk_outbox_) == 0 && pending_in(vision_outbox_) == 0; }, 60s))
        << "still unconfirmed: kiosk " << pending_in(kiosk_outbox_) << ", vision "
        << pending_in(vision_outbox_) << logs();
    EXPECT_TRUE(
        alarms_.wait_for([](const auto& v) { return has_open(v, "fall", "vision-1"); }, 20s))
        << "no fall alarm from the real vision node";
    kiosk_->stop(SIGTERM);
    vision_->stop(SIGTERM);
    kiosk_.reset();
    vision_.reset();
    engine_->stop();
    engine_.reset();

    const auto counts = journal_counts(journal_, "kiosk-101");
    ASSERT_EQ(counts.error, "");
    EXPECT_EQ(counts.events, 1) << "the call made during the fault, once";
    EXPECT_EQ(counts.distinct_events, 1);
    EXPECT_EQ(counts.call_alarms, 1);
    // (A fall alarm has a second "raised" row when its clip is ready: the same status, a clip.)
    EXPECT_EQ(journal_count(journal_,
                            "SELECT COUNT(*) FROM (SELECT alarm FROM transitions JOIN alarms "
                            "USING(alarm) WHERE alarms.type = 'call' AND transitions.status = "
                            "'raised' AND ?1 <> '' GROUP BY alarm HAVING COUNT(*) > 1)",
                            "kiosk-101"),
              0)
        << "the call raised twice";
    const auto falls = journal_count(
        journal_, "SELECT COUNT(*) FROM events WHERE node = ?1 AND type = 'fall'", "vision-1");
    EXPECT_GE(falls, 1);
    EXPECT_EQ(
        journal_count(journal_, "SELECT COUNT(*) - COUNT(DISTINCT id) FROM events WHERE node = ?1",
                      "vision-1"),
        0)
        << "a vision event journalled twice";
  }

  std::unique_ptr<test::TestBroker> broker_;
  std::unique_ptr<test::TcpProxy> proxy_;
  std::filesystem::path journal_;
  std::unique_ptr<engine::EngineService> engine_;
  std::unique_ptr<bus::Bus> console_;
  Inbox<protocol::AlarmState> alarms_;
  Inbox<protocol::Presence> presence_;
  std::filesystem::path pendant_, kiosk_outbox_, vision_outbox_;
  std::unique_ptr<test::ChildProcess> kiosk_, vision_;
};

TEST_F(RealNodesFault, NetworkCutToTheKioskAndTheCameraLosesNoCallAndNoFall) {
  run([&] { proxy_->cut(); }, [&] { proxy_->restore(); }, /*expect_offline_alarms=*/true);
}

TEST_F(RealNodesFault, BrokerKilledAndRestartedLosesNoCallAndNoFall) {
  run([&] { broker_->kill(); },
      [&] {
        std::this_thread::sleep_for(1s);
        ASSERT_TRUE(broker_->restart()) << broker_->error();
      },
      /*expect_offline_alarms=*/false);  // the engine is cut off too: nobody to raise them
}

}  // namespace
}  // namespace anju::fault
