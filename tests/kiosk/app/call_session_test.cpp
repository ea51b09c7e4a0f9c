#include "app/call_session.h"

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <filesystem>

#include "common/ids.h"
#include "kiosk/kiosk_fakes.h"
#include "kiosk/qt_test_main.h"
#include "protocol/codec.h"
#include "protocol/topics.h"
#include "staff/pin_hash.h"
#include "staff/staff_directory.h"

namespace anju::kiosk {
namespace {

class CallSessionTest : public ::testing::Test {
 protected:
  ManualClock clock;
  test::RecordingSink sink;
  test::FakeSpeaker speaker;
  LanguageState language{Language::kEn};
  KioskPlace place{"demo", "kiosk-101", "101", ""};
  std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("anju-session-" + random_hex(8));

  void SetUp() override { std::filesystem::create_directories(dir); }
  void TearDown() override { std::filesystem::remove_all(dir); }

  static void deliver(CallSession& session, protocol::TopicKind kind, const std::string& leaf,
                      const std::string& payload) {
    session.onBusMessage(QString::fromStdString(protocol::topic("demo", kind, leaf)),
                         QByteArray::fromStdString(payload), false);
  }
  protocol::RoomSummary summary(protocol::CallState state, const std::string& staff = {}) {
    protocol::RoomSummary s;
    s.id = "engine-1-" + std::to_string(clock.now_ms());
    s.ts = clock.now_ms();
    s.room = "101";
    s.call = state;
    s.active = state == protocol::CallState::kNone ? 0 : 1;
    if (s.active) {
      s.top = protocol::Priority::kMedium;
      s.alarm = "al-1";
    }
    s.staff = staff;
    return s;
  }
};

TEST_F(CallSessionTest, PropertiesFollowTheCallInTheKiosksLanguage) {
  CallSession session(place, sink, clock, language);
  session.setSpeaker(&speaker);
  QSignalSpy changed(&session, &CallSession::changed);
  EXPECT_EQ(session.phase(), CallSession::Phase::Idle);
  EXPECT_TRUE(session.headline().isEmpty());

  session.call();
  EXPECT_EQ(session.phase(), CallSession::Phase::Placed);
  EXPECT_TRUE(session.connecting());
  EXPECT_EQ(session.headline(), "Call placed – connecting");
  EXPECT_EQ(changed.count(), 1);
  EXPECT_EQ(sink.events.size(), 1u);
  EXPECT_FALSE(speaker.said.empty());

  session.setConnected(true);
  EXPECT_FALSE(session.connecting());
  EXPECT_EQ(session.headline(), "Your call has been sent");

  language.setLanguage(Language::kZh);
  EXPECT_EQ(session.headline(), "您的呼叫已发出");
  EXPECT_GE(changed.count(), 3);
}

TEST_F(CallSessionTest, DecodesStationMessagesAndShowsStaffByName) {
  StaffDirectory staff =
      StaffDirectory::parse("nurse-li " + hash_pin("2580", 1000) + " Li Na\n").value();
  CallSession session(place, sink, clock, language);
  session.setStaffDirectory(&staff);
  session.setConnected(true);
  session.call();
  clock.advance(20);
  deliver(session, protocol::TopicKind::kRoom, "101",
          protocol::encode(summary(protocol::CallState::kPlaced)));
  EXPECT_TRUE(session.stationConfirmed());

  clock.advance(20);
  protocol::Command ack;
  ack.id = "engine-1-ack";
  ack.ts = clock.now_ms();
  ack.node = "kiosk-101";
  ack.cmd = protocol::CommandType::kAcknowledged;
  ack.alarm = "al-1";
  ack.staff = "nurse-li";
  deliver(session, protocol::TopicKind::kCmd, "kiosk-101", protocol::encode(ack));
  EXPECT_EQ(session.phase(), CallSession::Phase::Acknowledged);
  EXPECT_EQ(session.headline(), "A nurse is coming");
  EXPECT_EQ(session.detail(), "Li Na is on the way.");
  EXPECT_EQ(session.staffName(), "Li Na");
}

TEST_F(CallSessionTest, IgnoresWhatDoesNotDecodeOrIsCleared) {
  CallSession session(place, sink, clock, language);
  QSignalSpy changed(&session, &CallSession::changed);
  deliver(session, protocol::TopicKind::kRoom, "101", "{not json");
  deliver(session, protocol::TopicKind::kRoom, "101", "");
  deliver(session, protocol::TopicKind::kRoom, "101",
          R"({"v":1,"id":"x","ts":1,"room":"102","active":0,"call":"none"})");
  EXPECT_EQ(changed.count(), 0);
  EXPECT_EQ(session.phase(), CallSession::Phase::Idle);
}

TEST_F(CallSessionTest, ACrashedKioskShowsTheCallAgainFromItsStateFile) {
  const auto state = dir / "kiosk-101.call-state.json";
  {
    CallSession before(place, sink, clock, language);
    before.setStateFile(state);
    before.call();
    before.requestService(QStringLiteral("water"));
  }
  auto saved = CallStateFile(state).load();
  ASSERT_TRUE(saved && saved.value());
  CallSession after(place, sink, clock, language, *saved.value());
  EXPECT_EQ(after.phase(), CallSession::Phase::Placed);
  EXPECT_TRUE(after.connecting());
  ASSERT_EQ(after.snapshot().requests.size(), 1u);
  EXPECT_EQ(after.snapshot().requests[0].kind, ServiceKind::kWater);
}

TEST_F(CallSessionTest, UnknownServiceRequestsAreIgnored) {
  CallSession session(place, sink, clock, language);
  session.requestService(QStringLiteral("champagne"));
  EXPECT_TRUE(sink.events.empty());
  session.requestService(QStringLiteral("toilet"));
  ASSERT_EQ(sink.events.size(), 1u);
  EXPECT_EQ(sink.events[0].detail, "toilet");
}

}  // namespace
}  // namespace anju::kiosk

ANJU_KIOSK_QT_TEST_MAIN()
