#include "staffing/shift_plan.h"

#include <gtest/gtest.h>

namespace anju::staffing {
namespace {

protocol::RoomSummary room(std::string id, std::string assigned = "", std::string last_round = "") {
  protocol::RoomSummary r;
  r.room = std::move(id);
  r.assigned = std::move(assigned);
  r.round_last_staff = std::move(last_round);
  return r;
}

TEST(ShiftPlan, NothingIsGuessedBeforeAnyNurseHoldsARoom) {
  EXPECT_TRUE(fill_unassigned_rooms({room("101", "", "n1"), room("102")}).empty());
}

TEST(ShiftPlan, RoomsWithANurseKeepHerAndTheRestAreSharedEvenly) {
  const auto plan = fill_unassigned_rooms(
      {room("101", "n1"), room("102", "n2"), room("103"), room("104"), room("105"), room("106")});
  EXPECT_EQ(
      plan,
      (std::vector<RoomGiven>{
          {"103", "n1", false}, {"104", "n2", false}, {"105", "n1", false}, {"106", "n2", false}}));
}

TEST(ShiftPlan, ARoomGoesToTheNurseWhoDidItsLastRoundWhenThatKeepsTheLoadEven) {
  // n1 did the last round everywhere: she gets them whenever she is not ahead of n2.
  const auto plan =
      fill_unassigned_rooms({room("101", "n1"), room("102", "n2"), room("103", "", "n1"),
                             room("104", "", "n1"), room("105", "", "n1"), room("106", "", "n1")});
  EXPECT_EQ(
      plan,
      (std::vector<RoomGiven>{
          {"103", "n1", true}, {"104", "n2", false}, {"105", "n1", true}, {"106", "n2", false}}));
}

TEST(ShiftPlan, ALastRoundByANurseNotOnDutyDoesNotGiveHerTheRoom) {
  const auto plan = fill_unassigned_rooms({room("101", "n1"), room("102", "", "night-n9")});
  EXPECT_EQ(plan, (std::vector<RoomGiven>{{"102", "n1", false}}));
}

TEST(ShiftPlan, EveryRoomAssignedMeansNothingToDo) {
  EXPECT_TRUE(fill_unassigned_rooms({room("101", "n1"), room("102", "n2")}).empty());
}

}  // namespace
}  // namespace anju::staffing
