#include "pose/pose_landmarker.h"

#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>
#include <optional>

namespace anju::vision::pose {

namespace {

constexpr std::size_t kModelLandmarks = 39;  // 33 body + 6 ROI helpers, 5 floats each
constexpr std::size_t kLandmarkFloats = kModelLandmarks * 5;
constexpr double kPi = 3.14159265358979323846;

float sigmoid(float v) {
  return 1.f / (1.f + std::exp(-v));
}

// The output of that name if it has that many floats, else the first output that has.
std::optional<std::size_t> find_output(const XnnGraph& g, const std::string& name,
                                       std::size_t floats) {
  for (std::size_t i = 0; i < g.output_count(); ++i)
    if (g.output_name(i) == name && g.output(i).size() == floats) return i;
  for (std::size_t i = 0; i < g.output_count(); ++i)
    if (g.output(i).size() == floats) return i;
  return std::nullopt;
}

}  // namespace

FallCues fall_cues(const Pose& pose) {
  const auto& l = pose.landmarks;
  const double sx = (l[kLeftShoulder].x + l[kRightShoulder].x) / 2;
  const double sy = (l[kLeftShoulder].y + l[kRightShoulder].y) / 2;
  const double hx = (l[kLeftHip].x + l[kRightHip].x) / 2;
  const double hy = (l[kLeftHip].y + l[kRightHip].y) / 2;
  FallCues cues;
  // Image y grows downwards: "up" is -y.
  cues.torso_angle_deg = std::atan2(std::abs(sx - hx), hy - sy) * 180.0 / kPi;
  cues.head_below_hips = l[kNose].y > hy;
  cues.confidence =
      std::min({pose.score, l[kNose].visibility, l[kLeftShoulder].visibility,
                l[kRightShoulder].visibility, l[kLeftHip].visibility, l[kRightHip].visibility});
  return cues;
}

Result<PoseLandmarker> PoseLandmarker::load(const std::string& path) {
  auto model = TfliteModel::load(path);
  if (!model) return model.error();
  const auto& in = model->inputs();
  if (in.size() != 1 || model->tensors()[static_cast<std::size_t>(in[0])].shape !=
                            std::vector<int>{1, kInputSize, kInputSize, 3})
    return Error{ErrorCode::kInvalidValue, path + ": input is not [1,256,256,3]"};
  auto graph = XnnGraph::build(std::move(model).value());
  if (!graph) return Error{graph.error().code, path + ": " + graph.error().reason};
  // MediaPipe's pose_landmark_lite: Identity [1,195] landmarks, Identity_1 [1,1] pose flag
  // (already through the model's sigmoid).
  const auto landmarks = find_output(graph.value(), "Identity", kLandmarkFloats);
  const auto score = find_output(graph.value(), "Identity_1", 1);
  if (!landmarks || !score)
    return Error{ErrorCode::kInvalidValue,
                 path + ": no [1,195] landmark and [1,1] score outputs: not a BlazePose model"};
  return PoseLandmarker(std::move(graph).value(), *landmarks, *score);
}

Result<Pose> PoseLandmarker::estimate(const cv::Mat& frame, const cv::Rect2d& person_box,
                                      double rotation_deg) {
  if (frame.empty() || frame.depth() != CV_8U || (frame.channels() != 3 && frame.channels() != 1))
    return Error{ErrorCode::kInvalidValue, "pose: the frame is not 8-bit BGR or grey"};
  if (!(person_box.width > 0 && person_box.height > 0) || !std::isfinite(person_box.x) ||
      !std::isfinite(person_box.y) || !std::isfinite(person_box.width) ||
      !std::isfinite(person_box.height) || !std::isfinite(rotation_deg))
    return Error{ErrorCode::kInvalidValue, "pose: empty person box"};

  Pose pose;
  pose.rotation_deg = rotation_deg;
  const double side = std::max(person_box.width, person_box.height) * kRoiScale;
  const double cx = person_box.x + person_box.width / 2;
  const double cy = person_box.y + person_box.height / 2;
  pose.roi = {cx - side / 2, cy - side / 2, side, side};
  // ROI pixel (u, v) -> frame: centre + R(rotation) * ((u, v) - 128) * side / 256.
  const double k = side / kInputSize;
  const double c = std::cos(rotation_deg * kPi / 180.0) * k;
  const double s = std::sin(rotation_deg * kPi / 180.0) * k;
  const double half = kInputSize / 2.0;
  const cv::Matx23d to_frame(c, -s, cx - half * (c - s), s, c, cy - half * (s + c));

  cv::Mat crop;
  cv::warpAffine(frame, crop, to_frame, {kInputSize, kInputSize},
                 cv::INTER_LINEAR | cv::WARP_INVERSE_MAP, cv::BORDER_CONSTANT, cv::Scalar::all(0));
  cv::cvtColor(crop, crop, frame.channels() == 3 ? cv::COLOR_BGR2RGB : cv::COLOR_GRAY2RGB);
  cv::Mat input(kInputSize, kInputSize, CV_32FC3, graph_.input().data());
  crop.convertTo(input, CV_32F, 1.0 / 255.0);  // writes into the graph's input in place

  if (auto ran = graph_.run(); !ran) return ran.error();

  const auto raw = graph_.output(landmarks_output_);
  for (std::size_t i = 0; i < kLandmarkCount; ++i) {
    const float* v = raw.data() + 5 * i;  // x, y, z in ROI pixels; visibility, presence logits
    Landmark& l = pose.landmarks[i];
    l.x = to_frame(0, 0) * v[0] + to_frame(0, 1) * v[1] + to_frame(0, 2);
    l.y = to_frame(1, 0) * v[0] + to_frame(1, 1) * v[1] + to_frame(1, 2);
    l.z = v[2] * k;
    l.visibility = sigmoid(v[3]);
    l.presence = sigmoid(v[4]);
  }
  pose.score = graph_.output(score_output_)[0];
  return pose;
}

Result<Pose> PoseLandmarker::estimate_any_orientation(const cv::Mat& frame,
                                                      const cv::Rect2d& person_box) {
  std::optional<Pose> best;
  for (const double rotation : {0.0, -90.0, 90.0}) {
    auto pose = estimate(frame, person_box, rotation);
    if (!pose) return pose.error();
    if (!best || pose->score > best->score) best = std::move(pose).value();
  }
  return *best;
}

}  // namespace anju::vision::pose
