#pragma once
// BlazePose's landmark model (MediaPipe pose_landmark_lite.tflite) on a person box: 33 body
// landmarks in frame pixels and the pose-present score, for confirming a fall the motion stage
// raised. The model runs on one thread through XNNPACK (pose/xnn_graph.h).
#include <array>
#include <opencv2/core.hpp>
#include <string>

#include "common/result.h"
#include "pose/xnn_graph.h"

namespace anju::vision::pose {

// MediaPipe's landmark order (the first 33 of the model's 39; the rest are ROI helpers).
enum LandmarkIndex : int {
  kNose = 0,
  kLeftShoulder = 11,
  kRightShoulder = 12,
  kLeftHip = 23,
  kRightHip = 24,
  kLeftAnkle = 27,
  kRightAnkle = 28,
  kLandmarkCount = 33,
};

struct Landmark {
  double x = 0, y = 0;   // frame pixels
  double z = 0;          // depth relative to the hips, in the same pixel scale (smaller is nearer)
  float visibility = 0;  // [0,1]: the point is in view and not occluded
  float presence = 0;    // [0,1]: the point is inside the ROI
};

struct Pose {
  std::array<Landmark, kLandmarkCount> landmarks{};
  float score = 0;          // [0,1]: a person's pose is in the ROI at all
  cv::Rect2d roi;           // the square the model saw, in frame pixels, before rotation
  double rotation_deg = 0;  // how the ROI was turned about its centre (see estimate)
};

// What a fall confirmation reads from a pose.
struct FallCues {
  // Angle of the torso (hip midpoint -> shoulder midpoint) from image up: 0 upright, 90 lying,
  // 180 upside down.
  double torso_angle_deg = 0;
  bool head_below_hips = false;  // the nose lower in the image than the hip midpoint
  // min(pose score, visibility of nose, shoulders and hips): below ~0.5 the cues are guesses.
  float confidence = 0;
};
FallCues fall_cues(const Pose& pose);

class PoseLandmarker {
 public:
  static constexpr int kInputSize = 256;
  static constexpr double kRoiScale = 1.25;  // MediaPipe's margin around the person

  // Loads and builds the model. Errors from TfliteModel::load and XnnGraph::build, or
  // kInvalidValue when the model lacks the landmark or score outputs.
  static Result<PoseLandmarker> load(const std::string& path);

  // The pose in a BGR (or grey) frame; person_box in frame pixels. The ROI is the square of
  // kRoiScale x the box's longer side around its centre; parts outside the frame are black.
  // The model expects an upright person (MediaPipe turns the ROI by the detector's body axis):
  // rotation_deg turns the ROI clockwise on screen, so -90 makes a person lying head-left
  // upright for the model. Landmarks come back in frame pixels whatever the rotation.
  Result<Pose> estimate(const cv::Mat& frame, const cv::Rect2d& person_box,
                        double rotation_deg = 0);
  // Without a detector's body axis: the best-scoring of rotations 0, -90 and +90 (three
  // inferences). What fall confirmation wants, as a fallen person lies either way.
  Result<Pose> estimate_any_orientation(const cv::Mat& frame, const cv::Rect2d& person_box);

 private:
  explicit PoseLandmarker(XnnGraph graph, std::size_t landmarks, std::size_t score)
      : graph_(std::move(graph)), landmarks_output_(landmarks), score_output_(score) {}
  XnnGraph graph_;
  std::size_t landmarks_output_;
  std::size_t score_output_;
};

}  // namespace anju::vision::pose
