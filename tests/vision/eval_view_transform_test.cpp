// Synthetic camera views: parsed strictly, and each transform does to a frame what it says.
#include <gtest/gtest.h>

#include <opencv2/imgproc.hpp>

#include "eval/view_transform.h"

namespace anju::vision::eval {
namespace {

TEST(ViewTransform, ParsesEveryPartAndNamesWhatIsWrong) {
  const auto view = parse_view("scale=0.4,grey,gain=0.5,noise=6,rows=0.2-1");
  ASSERT_TRUE(view) << view.error().reason;
  EXPECT_DOUBLE_EQ(view->scale, 0.4);
  EXPECT_TRUE(view->grey);
  EXPECT_DOUBLE_EQ(view->gain, 0.5);
  EXPECT_DOUBLE_EQ(view->noise, 6);
  EXPECT_DOUBLE_EQ(view->row_from, 0.2);
  EXPECT_DOUBLE_EQ(view->row_to, 1.0);
  EXPECT_EQ(to_string(*view), "rows=0.2-1,scale=0.4,grey,gain=0.5,noise=6");
  EXPECT_TRUE(parse_view("")->identity());
  EXPECT_EQ(to_string(*parse_view("")), "as recorded");
  for (const char* wrong : {"scale=2", "scale=x", "zoom=2", "rows=0.5-0.6", "rows=0.5", "grey=1",
                            "gain=0", "noise=-1"}) {
    const auto parsed = parse_view(wrong);
    ASSERT_FALSE(parsed) << wrong;
    EXPECT_NE(parsed.error().reason.find(wrong), std::string::npos) << parsed.error().reason;
  }
}

TEST(ViewTransform, FartherAwayShrinksThePictureOntoTheFloorLine) {
  cv::Mat frame(120, 160, CV_8UC3, cv::Scalar(40, 40, 40));
  cv::rectangle(frame, cv::Rect(70, 20, 20, 100), cv::Scalar(255, 255, 255),
                cv::FILLED);  // a person
  cv::RNG rng(1);
  const cv::Mat far = apply_view(*parse_view("scale=0.5"), frame, rng);
  ASSERT_EQ(far.size(), frame.size());
  cv::Mat grey, bright;
  cv::cvtColor(far, grey, cv::COLOR_BGR2GRAY);
  cv::threshold(grey, bright, 128, 255, cv::THRESH_BINARY);
  const cv::Rect person = cv::boundingRect(bright);
  // Half as tall, still standing on the bottom edge, still in the middle.
  EXPECT_NEAR(person.height, 50, 2);
  EXPECT_EQ(person.y + person.height, 120);
  EXPECT_NEAR(person.x + person.width / 2.0, 80, 2);
}

TEST(ViewTransform, NightIsGreyDimAndNoisyAndRepeatable) {
  cv::Mat frame(60, 80, CV_8UC3, cv::Scalar(200, 100, 50));
  cv::RNG a(7), b(7);
  const auto view = *parse_view("grey,gain=0.5,noise=6");
  const cv::Mat night = apply_view(view, frame, a);
  EXPECT_EQ(night.channels(), 1);
  cv::Scalar mean, sd;
  cv::meanStdDev(night, mean, sd);
  cv::Mat grey;
  cv::cvtColor(frame, grey, cv::COLOR_BGR2GRAY);
  EXPECT_NEAR(mean[0], grey.at<uchar>(0, 0) * 0.5, 1.0);
  EXPECT_NEAR(sd[0], 6, 1.0);
  EXPECT_EQ(cv::norm(night, apply_view(view, frame, b), cv::NORM_INF), 0)
      << "same seed, same frame";
}

TEST(ViewTransform, RowsKeepTheBandAsAnotherMountWouldSee) {
  cv::Mat frame(100, 50, CV_8UC1, cv::Scalar(0));
  frame.rowRange(0, 30).setTo(255);
  cv::RNG rng;
  const cv::Mat band = apply_view(*parse_view("rows=0.3-1"), frame, rng);
  EXPECT_EQ(band.rows, 70);
  EXPECT_EQ(cv::countNonZero(band), 0);
  EXPECT_EQ(apply_view(ViewTransform{}, frame, rng).data, frame.data) << "identity is no copy";
}

}  // namespace
}  // namespace anju::vision::eval
