// The evaluator on a handful of the shared clips (falls and daily activities from the three
// datasets): what it reports must not regress. Skipped when ../shared/data is not there.
#include <gtest/gtest.h>

#include <filesystem>

#include "eval/clip_list.h"
#include "eval/clip_runner.h"
#include "eval/metrics.h"
#include "support/shared_data.h"

namespace anju::vision::eval {
namespace {

using test_data::kFalls;

struct Case {
  const char* file;
  Outcome expected;
};

class EvalRegression : public ::testing::TestWithParam<Case> {};

TEST_P(EvalRegression, OutcomeAsMeasured) {
  if (!std::filesystem::exists(kFalls / "clips.csv")) GTEST_SKIP() << "no " << kFalls;
  const auto clips = read_clip_list(kFalls / "clips.csv");
  ASSERT_TRUE(clips) << clips.error().reason;
  const auto it = std::find_if(clips->begin(), clips->end(),
                               [](const ClipSpec& c) { return c.file == GetParam().file; });
  ASSERT_NE(it, clips->end()) << GetParam().file << " is not in clips.csv";

  const auto run = run_clip(*it, kFalls, {});
  ASSERT_TRUE(run) << run.error().reason;
  ClipResult result;
  result.clip = *it;
  result.alerts = run->alerts;
  judge(result);
  EXPECT_EQ(result.outcome, GetParam().expected) << GetParam().file;
  if (result.latency_s) {
    EXPECT_LT(*result.latency_s, 4.0);  // the budget is a median of 3 s after the person is down
  }
  EXPECT_LE(run->alerts.size(), 1u) << "a fall is reported once";
  // Protocol: 10 s of the last frame are appended.
  EXPECT_EQ(run->analysed_frames - run->decoded_frames, std::llround(10 * run->fps));
}

INSTANTIATE_TEST_SUITE_P(SharedClips, EvalRegression,
                         ::testing::Values(Case{"urfd/fall-08-cam0.mp4", Outcome::kTruePositive},
                                           Case{"upfall/S1_A02_T1_C1.mp4", Outcome::kTruePositive},
                                           Case{"upfall/S1_A05_T1_C2.mp4", Outcome::kTruePositive},
                                           Case{"gmdcsa24/S1_Fall_15.mp4", Outcome::kTruePositive},
                                           Case{"upfall/S1_A09_T1_C1.mp4", Outcome::kTrueNegative},
                                           Case{"gmdcsa24/S1_ADL_16.mp4", Outcome::kTrueNegative}),
                         [](const ::testing::TestParamInfo<Case>& param_info) {
                           std::string name = param_info.param.file;
                           for (char& c : name) {
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           }
                           return name;
                         });

}  // namespace
}  // namespace anju::vision::eval
