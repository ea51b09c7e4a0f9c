// Incident review from the console: only managers and charge nurses may review; the event sent is
// a valid incident_review with the outcome, notes and root cause; the report export writes a file.
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include "console/console_controller.h"
#include "console/sample_facility.h"
#include "protocol/codec.h"

namespace anju::console {
namespace {

class IncidentReviewTest : public ::testing::Test {
 protected:
  ManualClock clock{1'795'000'000'000};
  ConsoleController station{clock, "demo", "console-1", nullptr, nullptr};

  void SetUp() override {
    for (const auto& [topic, payload] : sample_facility_messages(clock.now_ms()))
      station.handle_message(topic, payload);
  }
  QString unreviewed() {
    auto* m = station.incidents();
    for (int r = 0; r < m->rowCount(); ++r)
      if (m->data(m->index(r), IncidentListModel::OutcomeRole).toString().isEmpty())
        return m->idAt(r);
    return {};
  }
};

TEST_F(IncidentReviewTest, TheSampleFacilityHasReviewedAndUnreviewedIncidents) {
  EXPECT_EQ(station.incidents()->total(), 4);
  EXPECT_EQ(station.incidents()->unreviewed_count(), 2);
  EXPECT_EQ(station.incidents()->idAt(0), "al-sample-0") << "newest first";
}

TEST_F(IncidentReviewTest, NursesAreRefusedClearly) {
  station.sign_in_as({"n01", "Zhao Lei", auth::Role::kNurse});
  EXPECT_FALSE(station.can_review());
  EXPECT_FALSE(station.review(unreviewed(), "fall", "", ""));
  EXPECT_TRUE(station.sent().empty());
  EXPECT_TRUE(station.last_action_error().contains("manager"))
      << station.last_action_error().toStdString();
}

TEST_F(IncidentReviewTest, SignedOutAsksForSignIn) {
  QSignalSpy asked(&station, &ConsoleController::signInRequired);
  EXPECT_FALSE(station.review(unreviewed(), "fall", "", ""));
  EXPECT_EQ(asked.count(), 1);
  EXPECT_TRUE(station.sent().empty());
}

TEST_F(IncidentReviewTest, AChargeNurseReviewIsSentAsAValidEvent) {
  station.sign_in_as({"c01", "Li Na", auth::Role::kChargeNurse});
  ASSERT_TRUE(station.can_review());
  const QString id = unreviewed();
  ASSERT_TRUE(station.review(id, "near_miss", "  caught by the arm  ", "wet floor\nby the sink"));
  ASSERT_EQ(station.sent().size(), 1u);
  const auto e = station.sent()[0];  // a copy: sent() is a new list
  EXPECT_EQ(e.type, protocol::EventType::kIncidentReview);
  EXPECT_EQ(e.alarm, id.toStdString());
  EXPECT_EQ(e.staff, "c01");
  EXPECT_EQ(e.outcome, "near_miss");
  EXPECT_EQ(e.detail, "caught by the arm");
  EXPECT_EQ(e.root_cause, "wet floor\nby the sink");
  EXPECT_EQ(e.node, "console-1");
  EXPECT_EQ(e.ts, clock.now_ms());
  auto decoded = protocol::decode_event(protocol::encode(e));
  ASSERT_TRUE(decoded) << decoded.error().reason;
  EXPECT_EQ(decoded.value().outcome, "near_miss");
}

TEST_F(IncidentReviewTest, AManagerMayReviewButNotWithAnUnknownOutcomeOrIncident) {
  station.sign_in_as({"m01", "Wang Fang", auth::Role::kManager});
  EXPECT_FALSE(station.review(unreviewed(), "tripped", "", ""));
  EXPECT_FALSE(station.review("no-such-incident", "fall", "", ""));
  EXPECT_TRUE(station.sent().empty());
  EXPECT_TRUE(station.review(unreviewed(), "false_alarm", "", ""));
  EXPECT_EQ(station.sent().size(), 1u);
}

TEST_F(IncidentReviewTest, TheReportIsWrittenToTheChosenFolder) {
  QTemporaryDir dir;
  station.sign_in_as({"m01", "Wang Fang", auth::Role::kManager});
  const QString path = station.exportReport("al-sample-f3", dir.path());
  ASSERT_FALSE(path.isEmpty()) << station.last_action_error().toStdString();
  EXPECT_EQ(path, QDir(dir.path()).filePath("incident-al-sample-f3.html"));
  QFile f(path);
  ASSERT_TRUE(f.open(QIODevice::ReadOnly));
  const QString html = QString::fromUtf8(f.readAll());
  EXPECT_TRUE(html.contains("al-sample-f3"));
  EXPECT_TRUE(html.contains("Slippers out of reach"));
  EXPECT_TRUE(station.exportReport("al-sample-f3", dir.path() + "/missing").isEmpty());
  station.sign_in_as({"n01", "Zhao Lei", auth::Role::kNurse});
  EXPECT_TRUE(station.exportReport("al-sample-f3", dir.path()).isEmpty());
}

}  // namespace
}  // namespace anju::console
