// The evaluation protocol's bookkeeping: clip list parsing and scoring.
#include <gtest/gtest.h>

#include <sstream>

#include "eval/clip_list.h"
#include "eval/metrics.h"
#include "eval/report.h"

namespace anju::vision::eval {
namespace {

TEST(ClipList, ReadsKnownColumnsAndIgnoresTheRest) {
  const auto clips = parse_clip_list(
      "file,dataset,label,fall_start_s,fall_end_s,crop,resolution,fps,frames,license,extra\n"
      "urfd/fall-01-cam0.mp4,urfd,fall,2.73,3.73,\"320,0,320,240\",640x240,30/1,160,\"a, b\",x\n"
      "gmdcsa24/S2_ADL_23.mp4,gmdcsa24,adl,,,,640x480,15000/1001,109,MIT,y\n");
  ASSERT_TRUE(clips) << clips.error().reason;
  ASSERT_EQ(clips->size(), 2u);
  const auto& fall = (*clips)[0];
  EXPECT_TRUE(fall.is_fall);
  EXPECT_EQ(fall.dataset, "urfd");
  EXPECT_DOUBLE_EQ(*fall.fall_start_s, 2.73);
  EXPECT_EQ(*fall.crop, cv::Rect(320, 0, 320, 240));
  EXPECT_DOUBLE_EQ(*fall.fps, 30.0);
  const auto& adl = (*clips)[1];
  EXPECT_FALSE(adl.is_fall);
  EXPECT_FALSE(adl.fall_start_s);
  EXPECT_FALSE(adl.crop);
  EXPECT_NEAR(*adl.fps, 14.985, 0.001);
}

TEST(ClipList, RejectsWhatItCannotUse) {
  EXPECT_FALSE(parse_clip_list(""));
  EXPECT_FALSE(parse_clip_list("file,dataset\na.mp4,x\n"));           // no label column
  EXPECT_FALSE(parse_clip_list("file,label\na.mp4,maybe\n"));         // unknown label
  EXPECT_FALSE(parse_clip_list("file,label,crop\na.mp4,adl,1,2\n"));  // crop needs 4 numbers
  EXPECT_EQ(split_csv_line("a,\"b,\"\"c\"\"\",d").at(1), "b,\"c\"");
}

ClipResult result(bool fall, std::vector<double> alerts, std::optional<double> start = 2.0,
                  std::optional<double> end = 3.0, const char* dataset = "d") {
  ClipResult r;
  r.clip.file = "x.mp4";
  r.clip.dataset = dataset;
  r.clip.is_fall = fall;
  if (fall) {
    r.clip.fall_start_s = start;
    r.clip.fall_end_s = end;
  }
  r.alerts = std::move(alerts);
  r.analysed_frames = 100;
  r.analyse_cpu_s = 0.1;
  judge(r);
  return r;
}

TEST(Metrics, JudgesPerTheProtocol) {
  EXPECT_EQ(result(true, {5.0}).outcome, Outcome::kTruePositive);
  EXPECT_DOUBLE_EQ(*result(true, {5.0}).latency_s, 2.0);
  EXPECT_EQ(result(true, {1.5}).outcome, Outcome::kTruePositive);   // start - 0.5 allowed
  EXPECT_EQ(result(true, {1.4}).outcome, Outcome::kFalseNegative);  // too early
  EXPECT_EQ(result(true, {1.0, 4.0}).outcome, Outcome::kTruePositive);
  EXPECT_DOUBLE_EQ(*result(true, {1.0, 4.0}).latency_s, 1.0);  // first valid alert
  EXPECT_EQ(result(true, {}).outcome, Outcome::kFalseNegative);
  EXPECT_EQ(result(true, {0.1}, std::nullopt, std::nullopt).outcome, Outcome::kTruePositive);
  EXPECT_EQ(result(false, {}).outcome, Outcome::kTrueNegative);
  EXPECT_EQ(result(false, {9.0}).outcome, Outcome::kFalsePositive);
}

// A clip judged on part of its frames counts like any other, and the report says so.
TEST(Report, AClipJudgedOnPartOfItsFramesIsCountedAndNamed) {
  auto cut = result(true, {4.0});
  cut.warning = "truncated or corrupt: decoded 100 of 160 frames; judged on those";
  const std::vector<ClipResult> results = {cut, result(false, {})};
  EXPECT_EQ(summarize(results).tp, 1);
  EXPECT_EQ(summarize(results).errors, 0);
  const auto json = report_json(results);
  EXPECT_EQ(json["clips"][0]["warning"], cut.warning);
  EXPECT_FALSE(json["clips"][1].contains("warning"));
  std::ostringstream text;
  print_report(text, results);
  EXPECT_NE(text.str().find("judged on part of the clip"), std::string::npos) << text.str();
  EXPECT_NE(text.str().find("decoded 100 of 160"), std::string::npos) << text.str();
}

TEST(Metrics, Summarizes) {
  const std::vector<ClipResult> results = {result(true, {4.0}), result(true, {6.0}),
                                           result(true, {}), result(false, {}),
                                           result(false, {1.0}, 2, 3, "other")};
  const Metrics m = summarize(results);
  EXPECT_EQ(m.tp, 2);
  EXPECT_EQ(m.fn, 1);
  EXPECT_EQ(m.fp, 1);
  EXPECT_EQ(m.tn, 1);
  EXPECT_NEAR(*m.sensitivity, 2.0 / 3, 1e-9);
  EXPECT_NEAR(*m.specificity, 0.5, 1e-9);
  EXPECT_NEAR(*m.precision, 2.0 / 3, 1e-9);
  EXPECT_NEAR(*m.f1, 2.0 / 3, 1e-9);
  EXPECT_DOUBLE_EQ(*m.median_latency_s, 2.0);  // latencies 1 and 3
  EXPECT_DOUBLE_EQ(*m.mean_latency_s, 2.0);
  EXPECT_NEAR(*m.fps_per_core, 1000, 1e-6);
  const auto by = summarize_by_dataset(results);
  EXPECT_EQ(by.at("other").fp, 1);
  EXPECT_FALSE(by.at("other").sensitivity);  // no fall clips: undefined, not zero
  const auto json = report_json(results);
  EXPECT_EQ(json["clips"].size(), 5u);
  EXPECT_EQ(json["clips"][0]["alerts"][0], 4.0);
  EXPECT_EQ(json["metrics"]["overall"]["tp"], 2);
  EXPECT_TRUE(json["metrics"]["datasets"]["other"]["sensitivity"].is_null());
}

}  // namespace
}  // namespace anju::vision::eval
