// Leave one data set out: the candidate is chosen on the other data sets only, and the sweep
// (one decode, many analyzers) gives what separate runs give.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "eval/clip_list.h"
#include "eval/clip_runner.h"
#include "eval/leave_one_out.h"
#include "eval/report.h"
#include "eval/sweep.h"
#include "support/shared_data.h"
#include "support/temp_dir.h"

namespace anju::vision::eval {
namespace {

ClipResult clip(const std::string& dataset, bool fall, bool alerted) {
  ClipResult r;
  r.clip.file = dataset + (fall ? "/fall.mp4" : "/adl.mp4");
  r.clip.dataset = dataset;
  r.clip.is_fall = fall;
  if (fall) {
    r.clip.fall_start_s = 1.0;
    r.clip.fall_end_s = 2.0;
  }
  if (alerted) r.alerts = {4.0};
  judge(r);
  return r;
}

// Data sets a, b, c with one fall and one ADL clip each. Candidate 0 is right on a and b, wrong on
// c; candidate 1 is right on c only; candidate 2 misses every fall but never alerts on ADL.
std::vector<std::vector<ClipResult>> three_candidates() {
  return {
      {clip("a", true, true), clip("a", false, false), clip("b", true, true),
       clip("b", false, false), clip("c", true, false), clip("c", false, true)},
      {clip("a", true, false), clip("a", false, true), clip("b", true, false),
       clip("b", false, true), clip("c", true, true), clip("c", false, false)},
      {clip("a", true, false), clip("a", false, false), clip("b", true, false),
       clip("b", false, false), clip("c", true, false), clip("c", false, false)},
  };
}

TEST(LeaveOneOut, ChoosesOnTheOtherDataSetsNeverTheHeldOutOne) {
  const auto lodo = leave_one_dataset_out(three_candidates());
  ASSERT_EQ(lodo.folds.size(), 3u);
  // Holding out c: a and b favour candidate 0, which is wrong on c although candidate 1 is perfect
  // there. That is the point: c was not looked at.
  EXPECT_EQ(lodo.folds[2].held_out, "c");
  EXPECT_EQ(lodo.folds[2].chosen, 0u);
  EXPECT_EQ(lodo.folds[2].held.fn, 1);
  EXPECT_EQ(lodo.folds[2].held.fp, 1);
  // Holding out a: b favours candidate 0 (perfect), c favours 1; on b + c together 0 and 1 tie at
  // balanced accuracy 0.5 and F1 0.5, and a tie goes to the earlier candidate.
  EXPECT_EQ(lodo.folds[0].held_out, "a");
  EXPECT_EQ(lodo.folds[0].chosen, 0u);
  EXPECT_EQ(lodo.folds[0].held.tp, 1);
  // Pooled: every held-out clip once.
  EXPECT_EQ(lodo.pooled.clips, 6);
  EXPECT_EQ(lodo.pooled.tp + lodo.pooled.fn, 3);
}

TEST(LeaveOneOut, RanksByBalancedAccuracyThenF1ThenLatency) {
  Metrics sure, missing, quiet;
  sure.sensitivity = 1.0;
  sure.specificity = 0.5;
  sure.f1 = 0.8;
  missing.sensitivity = 0.5;
  missing.specificity = 1.0;
  missing.f1 = 0.67;
  EXPECT_TRUE(better(training_score(sure), training_score(missing)));  // 0.75 = 0.75, F1 higher
  quiet.sensitivity = 0.9;  // no ADL clip: sensitivity alone
  EXPECT_TRUE(better(training_score(quiet), training_score(sure)));
  Metrics fast = sure, slow = sure;
  fast.median_latency_s = 1.0;
  slow.median_latency_s = 2.0;
  EXPECT_TRUE(better(training_score(fast), training_score(slow)));
  EXPECT_FALSE(better(training_score(slow), training_score(fast)));
  EXPECT_FALSE(better(training_score(sure), training_score(sure)));
}

TEST(LeaveOneOut, NeedsTwoDataSets) {
  EXPECT_THROW(leave_one_dataset_out({}), std::invalid_argument);
  EXPECT_THROW(leave_one_dataset_out({{clip("a", true, true), clip("a", false, false)}}),
               std::invalid_argument);
}

TEST(LeaveOneOut, ReportNamesTheChoicePerFold) {
  const auto lodo = leave_one_dataset_out(three_candidates());
  const std::vector<std::string> names = {"defaults", "fall.down_level=0.5", "quiet"};
  std::ostringstream out;
  print_leave_one_out(out, lodo, names);
  EXPECT_NE(out.str().find("pooled"), std::string::npos);
  EXPECT_NE(out.str().find("c/fall.mp4"), std::string::npos) << out.str();
  const auto json = leave_one_out_json(lodo, names);
  EXPECT_EQ(json["folds"][2]["chosen"], "defaults");
  EXPECT_EQ(json["pooled"]["clips"], 6);
}

TEST(Candidates, ReadsAssignmentListsAndNamesEachEntryThatIsWrong) {
  anju::test::TempDir dir;
  const auto file = dir.path() / "candidates.json";
  std::ofstream(file) << R"([[], ["fall.down_level=0.4", "fall.confirm_s=3"]])";
  const auto candidates = read_candidates(file, {});
  ASSERT_TRUE(candidates) << candidates.error().reason;
  ASSERT_EQ(candidates->size(), 2u);
  EXPECT_EQ((*candidates)[0].name, "defaults");
  EXPECT_EQ((*candidates)[1].name, "fall.down_level=0.4 fall.confirm_s=3");
  EXPECT_DOUBLE_EQ((*candidates)[1].params.fall.down_level, 0.4);
  EXPECT_DOUBLE_EQ((*candidates)[1].params.fall.confirm_s, 3.0);

  std::ofstream(file, std::ios::trunc) << R"([[], ["fall.no_such_thing=1"]])";
  const auto typo = read_candidates(file, {});
  ASSERT_FALSE(typo);
  EXPECT_NE(typo.error().reason.find("entry 2"), std::string::npos) << typo.error().reason;
  std::ofstream(file, std::ios::trunc) << R"({"fall.down_level": 0.4})";
  EXPECT_FALSE(read_candidates(file, {}));
  EXPECT_FALSE(read_candidates(dir.path() / "missing.json", {}));
}

TEST(Sweep, OneDecodeGivesWhatSeparateRunsGive) {
  using test_data::kFalls;
  if (!std::filesystem::exists(kFalls / "clips.csv")) GTEST_SKIP() << "no " << kFalls;
  const auto clips = read_clip_list(kFalls / "clips.csv");
  ASSERT_TRUE(clips) << clips.error().reason;
  std::vector<ClipSpec> two;
  for (const auto& c : *clips) {
    if (c.file == "urfd/fall-08-cam0.mp4" || c.file == "gmdcsa24/S2_ADL_23.mp4") two.push_back(c);
  }
  ASSERT_EQ(two.size(), 2u);
  std::vector<Candidate> candidates(2);
  candidates[1].params.fall.confirm_s = 3.0;  // a later alert: the rows must differ
  const auto rows = run_sweep(two, kFalls, candidates, {}, 2, {});
  for (std::size_t c = 0; c < candidates.size(); ++c) {
    for (std::size_t i = 0; i < two.size(); ++i) {
      RunOptions options;
      options.params = candidates[c].params;
      const auto alone = judge_run(two[i], run_clip(two[i], kFalls, options));
      EXPECT_EQ(rows[c][i].alerts, alone.alerts) << two[i].file << " candidate " << c;
      EXPECT_EQ(rows[c][i].outcome, alone.outcome);
      EXPECT_EQ(rows[c][i].analysed_frames, alone.analysed_frames);
    }
  }
  const std::size_t fall = two[0].is_fall ? 0 : 1;
  ASSERT_FALSE(rows[0][fall].alerts.empty());
  EXPECT_GT(rows[1][fall].alerts.front(), rows[0][fall].alerts.front());
}

}  // namespace
}  // namespace anju::vision::eval
