// The console's QML, offscreen, driven like a nurse would: taps on the real buttons.
#include <gtest/gtest.h>

#include <QtQml/QQmlExtensionPlugin>

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

}  // namespace
}  // namespace anju::console
