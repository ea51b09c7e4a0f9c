// The console's QML, offscreen, driven like a nurse would: taps on the real buttons.
#include <gtest/gtest.h>

#include <QtQml/QQmlExtensionPlugin>
#include <cstdlib>

#include "console_view_fixture.h"

Q_IMPORT_QML_PLUGIN(Anju_ConsolePlugin)

namespace anju::console {
namespace {

class ConsoleViewTest : public test::ConsoleViewFixture {
 protected:
  QQuickItem* button(const QString& name) { return item(name); }
  QString alarm_of_type(const std::string& type) {
    for (int r = 0; r < station.alarms()->count(); ++r)
      if (station.alarms()->at(r)->type == type)
        return QString::fromStdString(station.alarms()->at(r)->alarm);
    return {};
  }
};

TEST_F(ConsoleViewTest, EveryPageShowsWithoutAQmlWarning) {
  for (int page = 0; page < 6; ++page) {
    window->setProperty("page", page);
    QTest::qWait(50);
  }
  for (const char* lang : {"en", "zh"}) {
    station.set_language(lang);
    QTest::qWait(50);
  }
  EXPECT_TRUE(warnings.empty()) << warnings.front();
}

TEST_F(ConsoleViewTest, TappingAcknowledgeSendsTheActionUnderTheSignedInNurse) {
  station.sign_in_as({"n07", "Zhao Min", auth::Role::kNurse});
  const QString fall = alarm_of_type("fall");
  auto* ack = button("acknowledge-" + fall);
  ASSERT_NE(ack, nullptr);
  ASSERT_TRUE(ack->isVisible());
  EXPECT_GE(ack->height(), 60) << "touch target too small";
  tap(ack);
  ASSERT_EQ(station.sent().size(), 1u);
  EXPECT_EQ(station.sent()[0].type, protocol::EventType::kAlarmAck);
  EXPECT_EQ(station.sent()[0].alarm, fall.toStdString());
  EXPECT_EQ(station.sent()[0].staff, "n07");
}

TEST_F(ConsoleViewTest, ACallHasNoResolveButton) {
  const QString call = alarm_of_type("call");
  auto* resolve = button("resolve-" + call);
  ASSERT_NE(resolve, nullptr);
  EXPECT_FALSE(resolve->isVisible());
  EXPECT_TRUE(button("resolve-" + alarm_of_type("fall"))->isVisible());
}

TEST_F(ConsoleViewTest, SilencingHidesOnlyTheSilenceButtonNotTheAlarm) {
  const QString fall = alarm_of_type("fall");
  tap(button("silence-" + fall));
  EXPECT_EQ(station.alarms()->count(), 7);
  EXPECT_TRUE(station.alarms()
                  ->data(station.alarms()->index(station.alarms()->rowOf(fall)),
                         AlarmBoardModel::SilencedRole)
                  .toBool());
  QTest::qWait(50);
  EXPECT_FALSE(button("silence-" + fall)->isVisible());
  EXPECT_TRUE(button("acknowledge-" + fall)->isVisible());
}

TEST_F(ConsoleViewTest, ActingWithoutSigningInOpensSignInAndSendsNothing) {
  tap(button("acknowledge-" + alarm_of_type("fall")));
  EXPECT_TRUE(station.sent().empty());
  EXPECT_FALSE(station.last_action_error().isEmpty());
}

TEST_F(ConsoleViewTest, AChargeNurseGivesARoomToANurseInTwoTaps) {
  station.set_staff(sample_staff());
  station.sign_in_as({"n03", "Li Na", auth::Role::kChargeNurse});
  window->setProperty("page", 1);  // the floor
  QTest::qWait(50);
  auto* room = item("room-119");
  ASSERT_NE(room, nullptr);
  tap(room);
  QTest::qWait(50);
  auto* nurse = item("assign-n04");
  ASSERT_NE(nurse, nullptr) << "the picker lists the floor's nurses";
  if (const char* dir = std::getenv("ANJU_VIEW_SHOTS"))  // to look at the picker
    window->grabWindow().save(QString(dir) + "/assign-picker.png");
  EXPECT_GE(nurse->height(), 64) << "touch target too small";
  tap(nurse);
  ASSERT_EQ(station.sent().size(), 1u);
  EXPECT_EQ(station.sent()[0].type, protocol::EventType::kAssign);
  EXPECT_EQ(station.sent()[0].room, "119");
  EXPECT_EQ(station.sent()[0].assignee, "n04");
  EXPECT_TRUE(warnings.empty()) << warnings.front();
}

TEST_F(ConsoleViewTest, OneTapSharesOutTheRoomsNobodyHasAmongTheNursesOnDuty) {
  station.set_staff(sample_staff());
  station.sign_in_as({"n03", "Li Na", auth::Role::kChargeNurse});
  window->setProperty("page", 1);
  QTest::qWait(50);
  auto* fill = item("assign-fill");
  ASSERT_NE(fill, nullptr);
  EXPECT_TRUE(fill->isVisible());
  EXPECT_GE(fill->height(), 64) << "touch target too small";
  tap(fill);
  // The sample floor: rooms 119-124 have nobody; n01, n02 and n04 hold six rooms each.
  ASSERT_EQ(station.sent().size(), 6u);
  for (const auto& e : station.sent()) {
    EXPECT_EQ(e.type, protocol::EventType::kAssign);
    EXPECT_TRUE(e.assignee == "n01" || e.assignee == "n02" || e.assignee == "n04") << e.assignee;
  }
  EXPECT_TRUE(warnings.empty()) << warnings.front();
}

TEST_F(ConsoleViewTest, ANurseTappingARoomAssignsNothing) {
  station.set_staff(sample_staff());
  station.sign_in_as({"n01", "Zhang Wei", auth::Role::kNurse});
  window->setProperty("page", 1);
  QTest::qWait(50);
  auto* room = item("room-119");
  ASSERT_NE(room, nullptr);
  tap(room);
  QTest::qWait(50);
  auto* nurse = item("assign-n04");
  EXPECT_TRUE(nurse == nullptr || !nurse->isVisible());
  EXPECT_TRUE(station.sent().empty());
}

}  // namespace
}  // namespace anju::console
