#include "speech/announcer.h"

#include <gtest/gtest.h>

#include "kiosk/kiosk_fakes.h"

namespace anju::kiosk {
namespace {

class AnnouncerTest : public ::testing::Test {
 protected:
  ManualClock clock;
  test::RecordingSink sink;
  test::FakeSpeaker speaker;
  CallController controller{{"demo", "kiosk-101", "101", ""}, sink, clock};
  Announcer announcer{speaker, Language::kEn, [](const std::string& id) {
                        return id == "nurse-li" ? std::string("Li Na") : id;
                      }};
  void SetUp() override {
    controller.add_listener([this](const CallChange& c) { announcer.on_change(c); });
  }
  protocol::RoomSummary summary(protocol::CallState state, std::string staff = {}) {
    protocol::RoomSummary s;
    s.id = "s" + std::to_string(clock.now_ms());
    s.ts = clock.now_ms();
    s.room = "101";
    s.call = state;
    s.active = state == protocol::CallState::kNone ? 0 : 1;
    if (s.active) s.top = protocol::Priority::kMedium;
    s.alarm = s.active ? "al-1" : "";
    s.staff = std::move(staff);
    return s;
  }
};

TEST_F(AnnouncerTest, SaysEachStepOfTheCall) {
  controller.on_connection_changed(true);
  EXPECT_TRUE(speaker.said.empty()) << "a connection alone is not news";
  controller.press_call();
  EXPECT_EQ(speaker.last(), "Your call has been sent. Sending to the nurse station. Please wait.");
  clock.advance(10);
  controller.on_room_summary(summary(protocol::CallState::kPlaced));
  EXPECT_EQ(speaker.said.size(), 1u) << "confirmation changes no words worth saying";

  clock.advance(10);
  protocol::Command ack;
  ack.id = "c1";
  ack.ts = clock.now_ms();
  ack.node = "kiosk-101";
  ack.cmd = protocol::CommandType::kAcknowledged;
  ack.alarm = "al-1";
  ack.staff = "nurse-li";
  controller.on_command(ack);
  EXPECT_EQ(speaker.last(), "A nurse is coming. Li Na is on the way.");

  clock.advance(10);
  controller.on_room_summary(summary(protocol::CallState::kPresent, "nurse-li"));
  EXPECT_EQ(speaker.last(), "A nurse is here. Li Na is with you.");

  clock.advance(10);
  controller.staff_cancel("nurse-li");
  EXPECT_EQ(speaker.last(), "The call has ended.");
}

TEST_F(AnnouncerTest, OfflinePressSaysConnectingAndThenThatTheCallWentOut) {
  controller.press_call();
  EXPECT_EQ(speaker.last(),
            "Call placed – connecting. Your call is saved. It is sent as soon as the connection is "
            "back.");
  controller.on_connection_changed(true);
  EXPECT_EQ(speaker.last(), "Connection is back. Your call has been sent.");
}

TEST_F(AnnouncerTest, RepeatPressReassuresAndRequestsAreConfirmedInTheCurrentLanguage) {
  controller.on_connection_changed(true);
  controller.press_call();
  controller.press_call();
  EXPECT_EQ(speaker.last(), "You have already called. A nurse will come. Please wait.");
  announcer.set_language(Language::kZh);
  controller.request_service(ServiceKind::kWater);
  EXPECT_EQ(speaker.last(), "喝水。您的请求已发出。");
  EXPECT_EQ(speaker.said.back().second, Language::kZh);
  controller.report_ok();
  EXPECT_EQ(speaker.last(), "已告诉护士您没事，护士仍会来看您。");
  speaker.said.clear();
  announcer.repeat(controller.snapshot());
  EXPECT_EQ(speaker.last(), "您的呼叫已发出。正在发送到护士站，请稍候。");
}

TEST_F(AnnouncerTest, StaffNotesAreNotSpoken) {
  controller.staff_note("nurse-li", "Gave water");
  EXPECT_TRUE(speaker.said.empty());
}

}  // namespace
}  // namespace anju::kiosk
