// The review page, offscreen, driven like a charge nurse would: pick an incident, tap an outcome,
// Save; a nurse sees the explanation instead.
#include <gtest/gtest.h>

#include <cstdlib>

#include "console_view_fixture.h"
#include "protocol/codec.h"

namespace anju::console {
namespace {

class ReviewViewTest : public test::ConsoleViewFixture {
 protected:
  ReviewViewTest() : ConsoleViewFixture(1'795'000'000'000, /*page=*/5) {}
};

TEST_F(ReviewViewTest, AChargeNursePicksAnIncidentAndSavesAnOutcome) {
  station.sign_in_as({"c01", "Li Na", auth::Role::kChargeNurse});
  QTest::qWait(50);
  auto* row = item("incident-al-sample-f2");
  ASSERT_NE(row, nullptr);
  ASSERT_TRUE(row->isVisible());
  tap(row);
  auto* near_miss = item("outcome-near_miss");
  ASSERT_NE(near_miss, nullptr);
  EXPECT_GE(near_miss->height(), 60) << "touch target too small";
  tap(near_miss);
  auto* save = item("save-review");
  ASSERT_NE(save, nullptr);
  tap(save);
  ASSERT_EQ(station.sent().size(), 1u);
  EXPECT_EQ(station.sent()[0].type, protocol::EventType::kIncidentReview);
  EXPECT_EQ(station.sent()[0].alarm, "al-sample-f2");
  EXPECT_EQ(station.sent()[0].outcome, "near_miss");
  EXPECT_EQ(station.sent()[0].staff, "c01");
}

TEST_F(ReviewViewTest, AReviewedIncidentShowsItsReviewAndResponseTimes) {
  station.sign_in_as({"c01", "Li Na", auth::Role::kChargeNurse});
  QTest::qWait(50);
  auto* row = item("incident-al-sample-f3");
  ASSERT_NE(row, nullptr);
  tap(row);
  QTest::qWait(50);
  auto* notes = item("review-notes");
  ASSERT_NE(notes, nullptr);
  EXPECT_TRUE(notes->property("text").toString().startsWith("Resident lowered herself"));
  auto* chosen = item("outcome-self_lowering");
  ASSERT_NE(chosen, nullptr);
  EXPECT_EQ(item("review-form")->property("outcome").toString(), "self_lowering");
  // For looking at the page by eye: ANJU_REVIEW_GRAB=/tmp/x.png
  if (const char* grab = std::getenv("ANJU_REVIEW_GRAB")) window->grabWindow().save(grab);
}

TEST_F(ReviewViewTest, AFilterChoiceSurvivesNewIncidents) {
  station.sign_in_as({"c01", "Li Na", auth::Role::kChargeNurse});
  auto* outcome = item("filter-outcome");
  ASSERT_NE(outcome, nullptr);
  station.incidents()->set_outcome_filter("unreviewed");
  // A new incident changes the counts in the choices' labels, so the choices are rebuilt.
  protocol::Incident i;
  i.id = "m-new";
  i.ts = clock.now_ms();
  i.incident = i.alarm = "al-new";
  i.room = "120";
  i.type = "fall";
  i.clip = "vision-1/2026-11-18/cam-120-110000-fall";
  i.raised_ts = clock.now_ms();
  station.handle_message("anju/v1/demo/incident/al-new",
                         QByteArray::fromStdString(protocol::encode(i)));
  QTest::qWait(50);
  EXPECT_EQ(outcome->property("currentValue").toString(), "unreviewed");
  EXPECT_EQ(station.incidents()->count(), 3);
}

TEST_F(ReviewViewTest, ANurseSeesWhyThePageIsEmpty) {
  station.sign_in_as({"n07", "Zhao Min", auth::Role::kNurse});
  QTest::qWait(50);
  auto* why = item("review-refused");
  ASSERT_NE(why, nullptr);
  EXPECT_TRUE(why->isVisible());
  auto* row = item("incident-al-sample-f2");
  EXPECT_TRUE(row == nullptr || !row->isVisible());
}

}  // namespace
}  // namespace anju::console
