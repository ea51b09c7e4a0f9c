// The privacy filter hides detail on any frame, colour or IR grey.
#include "frame/privacy_filter.h"

#include <gtest/gtest.h>

#include <opencv2/imgproc.hpp>

namespace anju::vision {
namespace {

cv::Mat detailed_frame(int type) {
  cv::Mat frame(240, 320, type);
  cv::randu(frame, cv::Scalar::all(0), cv::Scalar::all(255));
  return frame;
}

// High-frequency detail left: mean absolute Laplacian.
double detail(const cv::Mat& bgr) {
  cv::Mat grey, lap;
  cv::cvtColor(bgr, grey, cv::COLOR_BGR2GRAY);
  cv::Laplacian(grey, lap, CV_32F);
  return cv::mean(cv::abs(lap))[0];
}

TEST(PrivacyFilter, BlurRemovesDetail) {
  const cv::Mat frame = detailed_frame(CV_8UC3);
  const cv::Mat out = apply_privacy(frame, PrivacyMode::kBlur);
  EXPECT_EQ(out.size(), frame.size());
  EXPECT_EQ(out.type(), CV_8UC3);
  EXPECT_LT(detail(out), 0.05 * detail(frame));
}

TEST(PrivacyFilter, WorksOnGreyInfraredFrames) {
  const cv::Mat out = apply_privacy(detailed_frame(CV_8UC1), PrivacyMode::kBlur);
  EXPECT_EQ(out.type(), CV_8UC3);
}

TEST(PrivacyFilter, SilhouetteDrawsPeopleFlat) {
  const cv::Mat frame = detailed_frame(CV_8UC3);
  cv::Mat mask = cv::Mat::zeros(120, 160, CV_8UC1);  // any size: scaled to the frame
  cv::rectangle(mask, cv::Rect(40, 20, 20, 60), cv::Scalar(255), cv::FILLED);
  const cv::Mat out = apply_privacy(frame, PrivacyMode::kSilhouette, mask);
  EXPECT_EQ(out.size(), frame.size());
  const cv::Mat person = out(cv::Rect(90, 50, 30, 100));
  cv::Scalar mean, stddev;
  cv::meanStdDev(person, mean, stddev);
  EXPECT_EQ(stddev[0], 0.0);  // one flat colour: no texture, no face
  EXPECT_GT(mean[0], 150);
  // Without a mask only faint edges remain.
  EXPECT_LT(cv::mean(apply_privacy(frame, PrivacyMode::kSilhouette))[0], 120);
}

TEST(PrivacyFilter, ParsesModeNames) {
  EXPECT_EQ(parse_privacy_mode("blur"), PrivacyMode::kBlur);
  EXPECT_EQ(parse_privacy_mode("silhouette"), PrivacyMode::kSilhouette);
  EXPECT_FALSE(parse_privacy_mode("none"));
}

}  // namespace
}  // namespace anju::vision
