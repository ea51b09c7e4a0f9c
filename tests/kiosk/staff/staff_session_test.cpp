#include "staff/staff_session.h"

#include <gtest/gtest.h>

#include <QSignalSpy>

#include "app/call_session.h"
#include "kiosk/kiosk_fakes.h"
#include "kiosk/qt_test_main.h"
#include "staff/pin_hash.h"

namespace anju::kiosk {
namespace {

class StaffSessionTest : public ::testing::Test {
 protected:
  ManualClock clock;
  test::RecordingSink sink;
  LanguageState language{Language::kEn};
  CallSession call{{"demo", "kiosk-101", "101", ""}, sink, clock, language};
  std::shared_ptr<StaffDirectory> staff = std::make_shared<StaffDirectory>(
      StaffDirectory::parse("nurse-li " + hash_pin("2580", 1000) + " Li Na\n").value());
  StaffSession session{call, staff, clock, language};

  void enter(const QString& code) {
    session.begin();
    session.pressKey(code);
    session.submit();
    EXPECT_EQ(session.state(), StaffSession::State::Checking);
    EXPECT_TRUE(
        test::wait_until([this] { return session.state() != StaffSession::State::Checking; }));
  }
};

TEST_F(StaffSessionTest, RightCodeSignsInAndActionsGoOutWithTheStaffId) {
  session.pressKey("2");
  session.pressKey("5");
  session.pressKey("9");
  session.deleteKey();
  EXPECT_EQ(session.codeLength(), 2);
  session.clearCode();
  enter(QStringLiteral("2580"));
  ASSERT_EQ(session.state(), StaffSession::State::SignedIn);
  EXPECT_EQ(session.staffName(), "Li Na");
  EXPECT_EQ(session.codeLength(), 0) << "the code is not kept";

  call.call();
  session.markPresent();
  EXPECT_EQ(session.message(), "Check-in recorded.");
  EXPECT_EQ(call.phase(), CallSession::Phase::Present);
  session.sendNote(QStringLiteral("  Gave   water "));
  EXPECT_EQ(session.message(), "Note sent: Gave water");
  session.cancelCall();
  EXPECT_EQ(call.phase(), CallSession::Phase::Idle);
  ASSERT_EQ(sink.events.size(), 4u);
  for (std::size_t i = 1; i < sink.events.size(); ++i) EXPECT_EQ(sink.events[i].staff, "nurse-li");
  EXPECT_EQ(sink.events[1].type, protocol::EventType::kStaffPresent);
  EXPECT_EQ(sink.events[2].type, protocol::EventType::kStaffNote);
  EXPECT_EQ(sink.events[2].detail, "Gave water");
  EXPECT_EQ(sink.events[3].type, protocol::EventType::kCancel);

  QSignalSpy out(&session, &StaffSession::signedOut);
  session.signOut();
  EXPECT_EQ(out.count(), 1);
  EXPECT_EQ(session.state(), StaffSession::State::Entering);
  session.cancelCall();
  EXPECT_EQ(sink.events.size(), 4u) << "nothing without signing in";
}

TEST_F(StaffSessionTest, WrongCodesAreRefusedAndLockTheKeypad) {
  for (int i = 0; i < PinLockout::kMaxFailures - 1; ++i) {
    enter(QStringLiteral("1111"));
    EXPECT_EQ(session.state(), StaffSession::State::Entering);
    EXPECT_EQ(session.message(), "PIN not recognised. Try again.");
    EXPECT_TRUE(session.messageIsError());
  }
  enter(QStringLiteral("1111"));
  EXPECT_EQ(session.message(), "Too many attempts. Try again in 60 seconds.");
  session.pressKey(QStringLiteral("2580"));
  EXPECT_EQ(session.codeLength(), 0) << "keys are ignored while locked";
  clock.advance(61'000);
  enter(QStringLiteral("2580"));
  EXPECT_EQ(session.state(), StaffSession::State::SignedIn);
}

TEST_F(StaffSessionTest, StaffModeClosesItselfWhenLeftOpen) {
  session.setIdleTimeout(50);
  enter(QStringLiteral("2580"));
  ASSERT_EQ(session.state(), StaffSession::State::SignedIn);
  QSignalSpy out(&session, &StaffSession::signedOut);
  ASSERT_TRUE(out.wait(2000));
  EXPECT_EQ(session.state(), StaffSession::State::Entering);
}

TEST_F(StaffSessionTest, BadgeReaderCodesAndJunkKeys) {
  session.begin();
  session.pressKey(QStringLiteral("A1B2-C3D4\n"));
  EXPECT_EQ(session.codeLength(), 8) << "letters and digits only";
}

TEST_F(StaffSessionTest, WithoutAStaffFileNobodyCanSignIn) {
  StaffSession empty(call, std::make_shared<StaffDirectory>(), clock, language);
  EXPECT_FALSE(empty.available());
  empty.begin();
  EXPECT_EQ(empty.message(), "No staff PINs are set up on this kiosk.");
  empty.pressKey(QStringLiteral("2580"));
  empty.submit();
  EXPECT_EQ(empty.state(), StaffSession::State::Entering);
}

}  // namespace
}  // namespace anju::kiosk

ANJU_KIOSK_QT_TEST_MAIN()
