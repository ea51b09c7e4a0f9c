// The fall state machine end to end on synthetic silhouettes: frames in, observations out.
#include <gtest/gtest.h>

#include <opencv2/imgproc.hpp>
#include <vector>

#include "camera/camera_analyzer.h"
#include "synthetic_scene.h"

namespace anju::vision {
namespace {

using testing::Keyframe;
using testing::SyntheticScene;

constexpr int kFeet = 200;    // floor line of the synthetic room (input pixels)
constexpr double kEmpty = 5;  // seconds of empty room first: the model learns the room

struct Played {
  std::vector<Observation> falls, cleared;
};

// grey: deliver the frames as a night-time infrared camera does, one grey channel.
Played play(SyntheticScene& scene, double until, CameraAnalyzer& analyzer, bool grey = false) {
  Played run;
  cv::Mat frame;
  for (int i = 0; i / scene.fps() <= until; ++i) {
    const double t = i / scene.fps();
    frame = scene.frame(t);
    if (grey) cv::cvtColor(frame, frame, cv::COLOR_BGR2GRAY);
    for (const auto& o : analyzer.process(frame, t)) {
      if (o.kind == ObservationKind::kFall) run.falls.push_back(o);
      if (o.kind == ObservationKind::kFallCleared) run.cleared.push_back(o);
    }
  }
  return run;
}

// Walks in from the left to x and stands a while; the path continues with `rest`.
std::vector<Keyframe> walk_in_then(int x, std::vector<Keyframe> rest) {
  std::vector<Keyframe> path = {{kEmpty, SyntheticScene::standing(10, kFeet)},
                                {kEmpty + 2, SyntheticScene::standing(x, kFeet)},
                                {kEmpty + 3, SyntheticScene::standing(x, kFeet)}};
  path.insert(path.end(), rest.begin(), rest.end());
  return path;
}

TEST(FallStateMachine, FallFromStandingIsReportedOnceAfterTheConfirmTime) {
  SyntheticScene scene;
  const double fall_start = kEmpty + 3, fall_end = fall_start + 0.8;
  scene.set_path(walk_in_then(150, {{fall_end, SyntheticScene::lying(150, kFeet)},
                                    {fall_end + 8, SyntheticScene::lying(150, kFeet)}}));
  CameraAnalyzer analyzer;
  const Played run = play(scene, fall_end + 8, analyzer);
  ASSERT_EQ(run.falls.size(), 1u);
  const FallParams defaults;
  EXPECT_GE(run.falls[0].t, fall_end + defaults.confirm_s - 1.0);
  EXPECT_LE(run.falls[0].t, fall_end + defaults.confirm_s + 1.5);
  EXPECT_GT(run.falls[0].confidence, 0.5);
  EXPECT_LE(run.falls[0].confidence, 1.0);
  // The box is where the person lies (camera pixels).
  const cv::Rect2d lying = SyntheticScene::lying(150, kFeet);
  EXPECT_GT((run.falls[0].box & lying).area(), 0.3 * lying.area());
  EXPECT_TRUE(run.cleared.empty());
}

TEST(FallStateMachine, FallInInfraredGreyFramesIsReportedToo) {
  // Without colour a dark body on a light floor looks like a shadow to a colour shadow test.
  SyntheticScene scene;
  const double fall_end = kEmpty + 3.8;
  scene.set_path(walk_in_then(150, {{fall_end, SyntheticScene::lying(150, kFeet)},
                                    {fall_end + 8, SyntheticScene::lying(150, kFeet)}}));
  CameraAnalyzer analyzer;
  EXPECT_EQ(play(scene, fall_end + 8, analyzer, true).falls.size(), 1u);
}

TEST(FallStateMachine, GettingUpClearsTheFall) {
  SyntheticScene scene;
  const double fall_end = kEmpty + 3.8, up = fall_end + 6;
  scene.set_path(walk_in_then(150, {{fall_end, SyntheticScene::lying(150, kFeet)},
                                    {up, SyntheticScene::lying(150, kFeet)},
                                    {up + 1.5, SyntheticScene::standing(150, kFeet)},
                                    {up + 3, SyntheticScene::standing(170, kFeet)},
                                    {up + 6, SyntheticScene::standing(170, kFeet)}}));
  CameraAnalyzer analyzer;
  const Played run = play(scene, up + 6, analyzer);
  ASSERT_EQ(run.falls.size(), 1u);
  ASSERT_EQ(run.cleared.size(), 1u);
  EXPECT_GT(run.cleared[0].t, up);
  EXPECT_EQ(run.cleared[0].track, run.falls[0].track);
}

TEST(FallStateMachine, SittingDownQuicklyIsNoFall) {
  SyntheticScene scene;
  const double sit = kEmpty + 3;
  scene.set_path(walk_in_then(150, {{sit + 0.5, SyntheticScene::sitting(145, kFeet)},
                                    {sit + 10, SyntheticScene::sitting(145, kFeet)}}));
  CameraAnalyzer analyzer;
  EXPECT_TRUE(play(scene, sit + 10, analyzer).falls.empty());
}

TEST(FallStateMachine, BendingDownAndUpAgainIsNoFall) {
  SyntheticScene scene;
  const double bend = kEmpty + 3;
  const cv::Rect bent(140, kFeet - 50, 50, 50);
  scene.set_path(walk_in_then(150, {{bend + 0.6, bent},
                                    {bend + 1.6, bent},
                                    {bend + 2.4, SyntheticScene::standing(150, kFeet)},
                                    {bend + 8, SyntheticScene::standing(150, kFeet)}}));
  CameraAnalyzer analyzer;
  EXPECT_TRUE(play(scene, bend + 8, analyzer).falls.empty());
}

TEST(FallStateMachine, LyingDownSlowlyIsNoFall) {
  SyntheticScene scene;
  const double sit = kEmpty + 3;
  // Sits on the edge of a low bed for a while, then lies back slowly: several seconds.
  scene.set_path(walk_in_then(150, {{sit + 1.5, SyntheticScene::sitting(145, kFeet)},
                                    {sit + 4, SyntheticScene::sitting(145, kFeet)},
                                    {sit + 7, SyntheticScene::lying(130, kFeet)},
                                    {sit + 15, SyntheticScene::lying(130, kFeet)}}));
  CameraAnalyzer analyzer;
  EXPECT_TRUE(play(scene, sit + 15, analyzer).falls.empty());
}

TEST(FallStateMachine, LyingDownInARestZoneIsNoFallEvenWhenQuick) {
  // A mattress on the floor: lying down there quickly looks like a fall, unless the zone is a bed.
  auto path = walk_in_then(150, {{kEmpty + 4.2, SyntheticScene::lying(150, kFeet)},
                                 {kEmpty + 12, SyntheticScene::lying(150, kFeet)}});
  Zone bed;
  bed.name = "bed";
  bed.rest = true;
  bed.points = {{0.4, 0.6}, {0.9, 0.6}, {0.9, 0.95}, {0.4, 0.95}};

  SyntheticScene without_zone;
  without_zone.set_path(path);
  CameraAnalyzer plain;
  EXPECT_EQ(play(without_zone, kEmpty + 12, plain).falls.size(), 1u);

  SyntheticScene with_zone;
  with_zone.set_path(path);
  CameraAnalyzer with_bed({}, {bed});
  EXPECT_TRUE(play(with_zone, kEmpty + 12, with_bed).falls.empty());
}

TEST(FallStateMachine, EmptyRoomStaysQuiet) {
  SyntheticScene scene;
  CameraAnalyzer analyzer;
  EXPECT_TRUE(play(scene, 20, analyzer).falls.empty());
  EXPECT_TRUE(analyzer.scene().tracks().empty());
}

}  // namespace
}  // namespace anju::vision
