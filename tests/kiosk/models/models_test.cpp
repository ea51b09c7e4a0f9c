// The kiosk's list models, each checked by QAbstractItemModelTester while it changes.
#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include "app/call_session.h"
#include "app/day_schedule_source.h"
#include "kiosk/kiosk_fakes.h"
#include "kiosk/qt_test_main.h"
#include "models/activity_model.h"
#include "models/directory_model.h"
#include "models/menu_model.h"
#include "models/service_request_model.h"

namespace anju::kiosk {
namespace {

TimestampMs local_ms(int y, int m, int d, int hh, int mm) {
  return QDateTime(QDate(y, m, d), QTime(hh, mm)).toMSecsSinceEpoch();
}

QVariant role(const QAbstractItemModel& model, int row, const char* name) {
  const auto roles = model.roleNames();
  return model.data(model.index(row, 0), roles.key(name));
}

void write(const QString& path, const QByteArray& text) {
  QFile f(path);
  ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
  f.write(text);
}

TEST(ServiceRequestModel, TilesShowTheirWordsAndWhenTheyWereAskedFor) {
  ManualClock clock(local_ms(2026, 11, 23, 14, 2));
  test::RecordingSink sink;
  LanguageState language(Language::kEn);
  CallSession session({"demo", "kiosk-101", "101", ""}, sink, clock, language);
  ServiceRequestModel model(session, language);
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

  ASSERT_EQ(model.rowCount(), 5);
  QStringList kinds;
  for (int row = 0; row < model.rowCount(); ++row) {
    kinds << role(model, row, "kind").toString();
    EXPECT_FALSE(role(model, row, "label").toString().isEmpty());
    EXPECT_FALSE(role(model, row, "icon").toString().isEmpty());
    EXPECT_FALSE(role(model, row, "requested").toBool());
  }
  EXPECT_EQ(kinds, (QStringList{"toilet", "pain", "water", "turn", "meal"}));

  QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
  session.requestService(QStringLiteral("water"));
  EXPECT_EQ(changed.count(), 1);
  EXPECT_TRUE(role(model, 2, "requested").toBool());
  EXPECT_EQ(role(model, 2, "requestedAt").toString(), "Asked 14:02");
  EXPECT_EQ(role(model, 2, "label").toString(), "Water");

  language.setLanguage(Language::kZh);
  EXPECT_EQ(role(model, 2, "label").toString(), QString::fromUtf8("喝水"));
  EXPECT_EQ(role(model, 2, "otherLabel").toString(), "Water");
  EXPECT_EQ(role(model, 2, "requestedAt").toString(), QString::fromUtf8("已请求 14:02"));
}

class ScheduleModelsTest : public ::testing::Test {
 protected:
  QTemporaryDir dir;
  ManualClock clock{local_ms(2026, 11, 23, 9, 45)};  // a Monday
  LanguageState language{Language::kEn};
  QString path() const { return dir.filePath("day-schedule.json"); }
  void SetUp() override {
    write(path(), R"({"format": 1,
      "activities": [
        {"start": "09:30", "end": "10:15", "days": ["mon"], "title": {"zh": "太极拳", "en": "Tai chi"}, "place": "Garden"},
        {"start": "08:00", "end": "08:30", "title": "Breakfast chat"},
        {"start": "15:00", "title": "Singing"},
        {"start": "15:00", "days": ["tue"], "title": "Calligraphy"}],
      "menu": [
        {"meal": "dinner", "dishes": "Porridge"},
        {"meal": "breakfast", "time": "07:30", "dishes": {"zh": "小米粥", "en": "Millet porridge"}}]})");
  }
};

TEST_F(ScheduleModelsTest, ActivitiesOfTodayInOrderWithWhatIsOnNow) {
  DayScheduleSource source(path());
  ASSERT_TRUE(source.ok()) << source.error().toStdString();
  WallClock wall(clock, language);
  ActivityModel model(source, wall, language);
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

  ASSERT_EQ(model.rowCount(), 3);
  EXPECT_EQ(role(model, 0, "title").toString(), "Breakfast chat");
  EXPECT_TRUE(role(model, 0, "isPast").toBool());
  EXPECT_EQ(role(model, 1, "time").toString(), QString::fromUtf8("09:30–10:15"));
  EXPECT_TRUE(role(model, 1, "isNow").toBool());
  EXPECT_EQ(role(model, 1, "place").toString(), "Garden");
  EXPECT_EQ(role(model, 2, "time").toString(), "15:00");
  EXPECT_FALSE(role(model, 2, "isNow").toBool());

  clock.advance(60LL * 60 * 1000);  // 10:45
  wall.poll();
  EXPECT_FALSE(role(model, 1, "isNow").toBool());
  EXPECT_TRUE(role(model, 1, "isPast").toBool());

  language.setLanguage(Language::kZh);
  EXPECT_EQ(role(model, 1, "title").toString(), QString::fromUtf8("太极拳"));

  clock.set(local_ms(2026, 11, 24, 9, 0));  // Tuesday
  wall.poll();
  ASSERT_EQ(model.rowCount(), 3);
  EXPECT_EQ(role(model, 2, "title").toString(), "Calligraphy");
}

TEST_F(ScheduleModelsTest, TheHallwayListLeavesOutWhatIsOver) {
  DayScheduleSource source(path());
  WallClock wall(clock, language);
  ActivityModel model(source, wall, language, ActivityModel::Show::kNotOver);
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
  ASSERT_EQ(model.rowCount(), 2);  // 09:45: breakfast chat is over
  EXPECT_EQ(role(model, 0, "title").toString(), "Tai chi");
  QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
  clock.set(local_ms(2026, 11, 23, 10, 15));
  wall.poll();
  EXPECT_EQ(reset.count(), 1);
  ASSERT_EQ(model.rowCount(), 1);
  EXPECT_EQ(role(model, 0, "title").toString(), "Singing");
}

TEST_F(ScheduleModelsTest, MenuOneRowPerMealAndFollowsFileEdits) {
  DayScheduleSource source(path());
  WallClock wall(clock, language);
  MenuModel model(source, wall, language);
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
  ASSERT_EQ(model.rowCount(), 2);
  EXPECT_EQ(role(model, 0, "meal").toString(), "Breakfast");
  EXPECT_EQ(role(model, 0, "time").toString(), "07:30");
  EXPECT_EQ(role(model, 0, "dishes").toString(), "Millet porridge");
  EXPECT_EQ(role(model, 1, "meal").toString(), "Dinner");
  EXPECT_EQ(role(model, 1, "time").toString(), "");

  // A broken edit keeps the last good menu on screen and reports the error.
  write(path(), "{ oops");
  source.reload();
  EXPECT_FALSE(source.ok());
  EXPECT_EQ(model.rowCount(), 2);

  write(path(), R"({"format": 1, "menu": [{"meal": "lunch", "dishes": "Noodles"}]})");
  QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
  ASSERT_TRUE(reset.wait(3000)) << "the file watcher reloads an edited schedule";
  EXPECT_TRUE(source.ok());
  ASSERT_EQ(model.rowCount(), 1);
  EXPECT_EQ(role(model, 0, "meal").toString(), "Lunch");
}

TEST(DirectoryModel, PlacesWithDirectionsInWords) {
  QTemporaryDir dir;
  const QString path = dir.filePath("directory.json");
  write(path, R"({"format": 1, "places": [
      {"name": {"zh": "餐厅", "en": "Dining room"}, "direction": "left", "distance_m": 20},
      {"name": "Reading room", "direction": "up", "floor": 2}]})");
  LanguageState language(Language::kEn);
  DirectoryModel model(path, language);
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
  ASSERT_TRUE(model.ok());
  ASSERT_EQ(model.rowCount(), 2);
  EXPECT_EQ(role(model, 0, "name").toString(), "Dining room");
  EXPECT_EQ(role(model, 0, "direction").toString(), "left");
  EXPECT_EQ(role(model, 0, "directionText").toString(), "Turn left");
  EXPECT_EQ(role(model, 0, "distance").toString(), "20 m");
  EXPECT_EQ(role(model, 1, "floor").toString(), "Floor 2");
  EXPECT_EQ(role(model, 1, "distance").toString(), "");
  language.setLanguage(Language::kZh);
  EXPECT_EQ(role(model, 0, "name").toString(), QString::fromUtf8("餐厅"));
  EXPECT_EQ(role(model, 0, "directionText").toString(), QString::fromUtf8("向左走"));
  EXPECT_EQ(role(model, 1, "floor").toString(), QString::fromUtf8("2 楼"));

  DirectoryModel missing(dir.filePath("none.json"), language);
  EXPECT_FALSE(missing.ok());
  EXPECT_EQ(missing.rowCount(), 0);
}

}  // namespace
}  // namespace anju::kiosk

ANJU_KIOSK_QT_TEST_MAIN()
