// The incident list of the review page: newest first, filters computed in C++, a newer copy of an
// incident replaces it, an older retained copy is ignored; checked by QAbstractItemModelTester.
#include "console/incident_list_model.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

namespace anju::console {
namespace {

protocol::Incident incident(std::string id, std::string type, std::string room, TimestampMs raised,
                            std::string outcome = "", TimestampMs ts = 1) {
  protocol::Incident i;
  i.id = "m-" + id + "-" + std::to_string(ts);
  i.ts = ts;
  i.incident = i.alarm = std::move(id);
  i.type = std::move(type);
  i.room = std::move(room);
  i.raised_ts = raised;
  i.outcome = std::move(outcome);
  i.clip = "vision-1/2026-11-23/cam-" + i.room + "-031502-fall";
  return i;
}

QStringList ids(const IncidentListModel& m) {
  QStringList out;
  for (int r = 0; r < m.rowCount(); ++r)
    out << m.data(m.index(r), IncidentListModel::IncidentIdRole).toString();
  return out;
}

class IncidentListModelTest : public ::testing::Test {
 protected:
  IncidentListModel model;
  QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};

  void feed() {
    model.apply(incident("a", "fall", "101", 1'000));
    model.apply(incident("b", "bed_exit", "102", 3'000, "false_alarm"));
    model.apply(incident("c", "fall", "102", 2'000, "fall"));
    model.apply(incident("d", "fall", "103", 4'000));
  }
};

TEST_F(IncidentListModelTest, NewestFirstWithCounts) {
  feed();
  EXPECT_EQ(ids(model), QStringList({"d", "b", "c", "a"}));
  EXPECT_EQ(model.count(), 4);
  EXPECT_EQ(model.total(), 4);
  EXPECT_EQ(model.unreviewed_count(), 2);
  EXPECT_EQ(model.types(), QStringList({"bed_exit", "fall"}));
  EXPECT_EQ(model.rooms(), QStringList({"101", "102", "103"}));
  EXPECT_EQ(model.idAt(0), "d");
  EXPECT_EQ(model.idAt(9), "");
}

TEST_F(IncidentListModelTest, FiltersByTypeRoomOutcomeAndDate) {
  feed();
  QSignalSpy counts(&model, &IncidentListModel::countsChanged);
  model.set_type_filter("fall");
  EXPECT_EQ(ids(model), QStringList({"d", "c", "a"}));
  model.set_room_filter("102");
  EXPECT_EQ(ids(model), QStringList({"c"}));
  model.set_room_filter("");
  model.set_outcome_filter("unreviewed");
  EXPECT_EQ(ids(model), QStringList({"d", "a"}));
  model.set_outcome_filter("fall");
  EXPECT_EQ(ids(model), QStringList({"c"}));
  model.clearFilters();
  model.set_from_ms(2'000);  // inclusive
  model.set_to_ms(4'000);    // exclusive
  EXPECT_EQ(ids(model), QStringList({"b", "c"}));
  EXPECT_EQ(model.count(), 2);
  EXPECT_EQ(model.total(), 4);  // the totals do not depend on the filters
  EXPECT_GT(counts.count(), 0);
}

TEST_F(IncidentListModelTest, ANewerCopyReplacesTheIncidentInPlace) {
  feed();
  QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
  auto reviewed = incident("a", "fall", "101", 1'000, "near_miss", 5);
  reviewed.notes = "caught by a nurse";
  reviewed.reviewed_by = "m01";
  model.apply(reviewed);
  EXPECT_EQ(model.count(), 4);
  EXPECT_EQ(changed.count(), 1);
  const int row = model.rowOf("a");
  EXPECT_EQ(model.data(model.index(row), IncidentListModel::OutcomeRole).toString(), "near_miss");
  EXPECT_EQ(model.get("a").value("notes").toString(), "caught by a nurse");
  EXPECT_EQ(model.get("a").value("reviewedBy").toString(), "m01");
  EXPECT_EQ(model.unreviewed_count(), 1);
}

TEST_F(IncidentListModelTest, AReviewedIncidentLeavesTheUnreviewedFilter) {
  feed();
  model.set_outcome_filter("unreviewed");
  ASSERT_EQ(ids(model), QStringList({"d", "a"}));
  model.apply(incident("d", "fall", "103", 4'000, "fall", 9));
  EXPECT_EQ(ids(model), QStringList({"a"}));
}

TEST_F(IncidentListModelTest, AnOlderRetainedCopyIsIgnored) {
  model.apply(incident("a", "fall", "101", 1'000, "fall", 10));
  model.apply(incident("a", "fall", "101", 1'000, "", 3));  // the broker's stale retained copy
  EXPECT_EQ(model.get("a").value("outcome").toString(), "fall");
  EXPECT_EQ(model.count(), 1);
}

TEST_F(IncidentListModelTest, ResponseTimeAndRemoval) {
  auto i = incident("a", "fall", "101", 10'000);
  i.present_ts = 72'500;
  model.apply(i);
  model.apply(incident("b", "fall", "101", 20'000));
  EXPECT_DOUBLE_EQ(model.get("a").value("responseSeconds").toDouble(), 62.5);
  EXPECT_DOUBLE_EQ(model.get("b").value("responseSeconds").toDouble(), -1.0);
  model.remove("a");
  EXPECT_EQ(ids(model), QStringList({"b"}));
  EXPECT_TRUE(model.get("a").isEmpty());
  EXPECT_EQ(model.find("a"), nullptr);
}

TEST_F(IncidentListModelTest, AnIncidentWithoutIdIsDropped) {
  model.apply(incident("", "fall", "101", 1'000));
  EXPECT_EQ(model.total(), 0);
}

}  // namespace
}  // namespace anju::console
