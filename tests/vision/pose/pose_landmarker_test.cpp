// BlazePose landmarks through XNNPACK on real frames: URFD fall-01 (cam0, the right half of its
// 640x240 side-by-side frame, as clips.csv crops it), the person standing in the first frame and
// lying on the floor in the last. Person boxes were measured by eye on those frames (crop
// coordinates, enlarged 3x with a 10-pixel grid): the motion stage's box would be similar.
#include "pose/pose_landmarker.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

namespace anju::vision::pose {
namespace {

const std::filesystem::path kClip =
    std::filesystem::path(ANJU_SHARED_DIR) / "data" / "falls" / "urfd" / "fall-01-cam0.mp4";
const cv::Rect kCrop(320, 0, 320, 240);           // clips.csv: "320,0,320,240"
const cv::Rect2d kStandingBox(188, 48, 48, 116);  // frame 0: standing by the door
const cv::Rect2d kLyingBox(112, 185, 92, 55);     // frame 159: on the floor, cut by the edge

// Frames 0 and the last of the clip, cropped.
bool read_frames(cv::Mat& first, cv::Mat& last) {
  cv::VideoCapture capture(kClip.string(), cv::CAP_FFMPEG);
  cv::Mat frame;
  for (int i = 0; capture.read(frame); ++i) {
    if (i == 0) first = frame(kCrop).clone();
    last = frame(kCrop).clone();
  }
  return !first.empty() && !last.empty();
}

class PoseLandmarkerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(ANJU_POSE_MODEL))
      GTEST_SKIP() << "no pose model at " << ANJU_POSE_MODEL << ": run tools/fetch-pose-model "
                   << ANJU_POSE_MODEL;
  }
};

void print(const char* what, const Pose& pose, const FallCues& cues) {
  std::printf("%s: score %.3f, torso %.1f deg from vertical, head below hips %d, confidence %.2f\n",
              what, pose.score, cues.torso_angle_deg, cues.head_below_hips, cues.confidence);
  for (const int i :
       {kNose, kLeftShoulder, kRightShoulder, kLeftHip, kRightHip, kLeftAnkle, kRightAnkle}) {
    const Landmark& l = pose.landmarks[static_cast<std::size_t>(i)];
    std::printf("  landmark %2d: (%6.1f, %6.1f) visibility %.2f presence %.2f\n", i, l.x, l.y,
                l.visibility, l.presence);
  }
}

TEST_F(PoseLandmarkerTest, LoadsAndRejectsBadInput) {
  auto landmarker = PoseLandmarker::load(ANJU_POSE_MODEL);
  ASSERT_TRUE(landmarker.ok()) << landmarker.error().reason;
  auto& lm = landmarker.value();
  EXPECT_FALSE(lm.estimate(cv::Mat(), {0, 0, 10, 10}).ok());
  EXPECT_FALSE(lm.estimate(cv::Mat(100, 100, CV_8UC3, cv::Scalar::all(0)), {0, 0, 0, 10}).ok());
  EXPECT_FALSE(lm.estimate(cv::Mat(100, 100, CV_32FC3), {0, 0, 10, 10}).ok());
  // A blank frame runs and finds no person.
  const auto blank =
      lm.estimate(cv::Mat(100, 100, CV_8UC3, cv::Scalar::all(128)), {20, 20, 40, 60});
  ASSERT_TRUE(blank.ok()) << blank.error().reason;
  EXPECT_LT(blank->score, 0.5f);
  const auto missing = PoseLandmarker::load("/nonexistent/pose.tflite");
  EXPECT_FALSE(missing.ok());
}

TEST_F(PoseLandmarkerTest, StandingIsUprightLyingIsHorizontal) {
  if (!std::filesystem::exists(kClip)) GTEST_SKIP() << "no shared clips at " << kClip;
  cv::Mat standing, lying;
  ASSERT_TRUE(read_frames(standing, lying));
  auto landmarker = PoseLandmarker::load(ANJU_POSE_MODEL);
  ASSERT_TRUE(landmarker.ok()) << landmarker.error().reason;

  const auto up = landmarker.value().estimate(standing, kStandingBox);
  ASSERT_TRUE(up.ok()) << up.error().reason;
  const FallCues up_cues = fall_cues(up.value());
  print("standing (frame 0)", up.value(), up_cues);
  EXPECT_GT(up->score, 0.5f);
  EXPECT_LT(up_cues.torso_angle_deg, 20.0);
  EXPECT_FALSE(up_cues.head_below_hips);
  EXPECT_GT(up_cues.confidence, 0.5f);
  // The landmarks lie on the person: nose near the top of the box, ankles near its bottom.
  const auto& nose = up->landmarks[kNose];
  EXPECT_TRUE(kStandingBox.contains({nose.x, nose.y}));
  EXPECT_LT(nose.y, kStandingBox.y + 0.25 * kStandingBox.height);
  EXPECT_GT(up->landmarks[kLeftAnkle].y, kStandingBox.y + 0.75 * kStandingBox.height);

  // Upright, the model does not find the lying person; turned, it does.
  const auto unturned = landmarker.value().estimate(lying, kLyingBox);
  ASSERT_TRUE(unturned.ok()) << unturned.error().reason;
  print("lying, ROI not turned", unturned.value(), fall_cues(unturned.value()));
  const auto down = landmarker.value().estimate_any_orientation(lying, kLyingBox);
  ASSERT_TRUE(down.ok()) << down.error().reason;
  const FallCues down_cues = fall_cues(down.value());
  for (const double r : {0.0, -90.0, 90.0}) {
    const auto turned = landmarker.value().estimate(lying, kLyingBox, r);
    ASSERT_TRUE(turned.ok());
    const FallCues c = fall_cues(turned.value());
    std::printf("lying, ROI turned %+.0f: score %.3f, torso %.1f deg, head below hips %d\n", r,
                turned->score, c.torso_angle_deg, c.head_below_hips);
  }
  EXPECT_EQ(down->rotation_deg, -90.0);
  print("lying (last frame)", down.value(), down_cues);
  // The head is below the frame's bottom edge here, so the model's head/feet guess is not
  // asserted (turned -90 it puts the nose at the feet); the torso axis is the reliable cue.
  EXPECT_GT(down->score, 0.5f);
  EXPECT_GT(down_cues.torso_angle_deg, 60.0);
  EXPECT_LT(down_cues.torso_angle_deg, 120.0);
}

TEST(FallCues, FromLandmarks) {
  Pose pose;
  pose.score = 0.9f;
  auto set = [&](int i, double x, double y) {
    pose.landmarks[static_cast<std::size_t>(i)] = {x, y, 0, 0.9f, 0.9f};
  };
  set(kNose, 100, 10);  // upright: head above shoulders above hips
  set(kLeftShoulder, 90, 30), set(kRightShoulder, 110, 30);
  set(kLeftHip, 95, 80), set(kRightHip, 105, 80);
  FallCues cues = fall_cues(pose);
  EXPECT_NEAR(cues.torso_angle_deg, 0.0, 1e-9);
  EXPECT_FALSE(cues.head_below_hips);
  EXPECT_FLOAT_EQ(cues.confidence, 0.9f);

  set(kNose, 10, 100);  // lying, head to the left and slightly lower than the hips
  set(kLeftShoulder, 30, 95), set(kRightShoulder, 30, 105);
  set(kLeftHip, 80, 95), set(kRightHip, 80, 99);
  cues = fall_cues(pose);
  EXPECT_GT(cues.torso_angle_deg, 85.0);
  EXPECT_LT(cues.torso_angle_deg, 95.0);
  EXPECT_TRUE(cues.head_below_hips);

  pose.landmarks[kLeftHip].visibility = 0.2f;  // a hidden hip lowers the confidence
  EXPECT_FLOAT_EQ(fall_cues(pose).confidence, 0.2f);
}

}  // namespace
}  // namespace anju::vision::pose
