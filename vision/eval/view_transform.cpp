#include "eval/view_transform.h"

#include <cstdlib>
#include <opencv2/imgproc.hpp>
#include <sstream>
#include <vector>

namespace anju::vision::eval {
namespace {

Error bad(const std::string& part, const std::string& why) {
  return Error{ErrorCode::kConfig, "view \"" + part + "\": " + why};
}

bool parse_number(const std::string& text, double& out) {
  if (text.empty()) return false;
  char* end = nullptr;
  out = std::strtod(text.c_str(), &end);
  return end == text.c_str() + text.size();
}

}  // namespace

bool ViewTransform::identity() const {
  return scale == 1.0 && row_from == 0.0 && row_to == 1.0 && !grey && gain == 1.0 && noise == 0;
}

Result<ViewTransform> parse_view(const std::string& text) {
  ViewTransform view;
  std::stringstream parts(text);
  std::string part;
  while (std::getline(parts, part, ',')) {
    if (part.empty()) continue;
    if (part == "grey") {
      view.grey = true;
      continue;
    }
    const auto eq = part.find('=');
    if (eq == std::string::npos) return bad(part, "expected NAME=VALUE or grey");
    const std::string name = part.substr(0, eq), value = part.substr(eq + 1);
    double number = 0;
    if (name == "rows") {
      const auto dash = value.find('-');
      double from = 0, to = 0;
      if (dash == std::string::npos || !parse_number(value.substr(0, dash), from) ||
          !parse_number(value.substr(dash + 1), to) || from < 0 || to > 1 || to - from < 0.2) {
        return bad(part, "rows=FROM-TO, fractions of the height, at least 0.2 apart");
      }
      view.row_from = from;
      view.row_to = to;
    } else if (!parse_number(value, number)) {
      return bad(part, "not a number");
    } else if (name == "scale") {
      if (number < 0.1 || number > 1) return bad(part, "scale is 0.1..1");
      view.scale = number;
    } else if (name == "gain") {
      if (number <= 0 || number > 4) return bad(part, "gain is above 0, at most 4");
      view.gain = number;
    } else if (name == "noise") {
      if (number < 0 || number > 64) return bad(part, "noise is 0..64");
      view.noise = number;
    } else {
      return bad(part, "unknown; known: scale, rows, grey, gain, noise");
    }
  }
  return view;
}

std::string to_string(const ViewTransform& view) {
  if (view.identity()) return "as recorded";
  std::ostringstream out;
  std::vector<std::string> parts;
  auto add = [&parts](const std::string& name, double v) {
    std::ostringstream p;
    p << name << "=" << v;
    parts.push_back(p.str());
  };
  if (view.row_from != 0.0 || view.row_to != 1.0) {
    std::ostringstream p;
    p << "rows=" << view.row_from << "-" << view.row_to;
    parts.push_back(p.str());
  }
  if (view.scale != 1.0) add("scale", view.scale);
  if (view.grey) parts.emplace_back("grey");
  if (view.gain != 1.0) add("gain", view.gain);
  if (view.noise != 0) add("noise", view.noise);
  for (std::size_t i = 0; i < parts.size(); ++i) out << (i ? "," : "") << parts[i];
  return out.str();
}

cv::Mat apply_view(const ViewTransform& view, const cv::Mat& frame, cv::RNG& rng) {
  if (view.identity()) return frame;
  cv::Mat out = frame;
  if (view.row_from != 0.0 || view.row_to != 1.0) {
    const int from = cvRound(view.row_from * frame.rows);
    const int to = cvRound(view.row_to * frame.rows);
    out = frame.rowRange(from, to);
  }
  if (view.scale != 1.0) {
    // A camera farther away: the same scene smaller, the rest of the frame the room's edge
    // continued (static, so the background model learns it like any wall).
    cv::Mat small;
    cv::resize(out, small, cv::Size(), view.scale, view.scale, cv::INTER_AREA);
    const int left = (out.cols - small.cols) / 2;
    const int top = out.rows - small.rows;
    cv::Mat padded;
    cv::copyMakeBorder(small, padded, top, 0, left, out.cols - small.cols - left,
                       cv::BORDER_REPLICATE);
    out = padded;
  }
  if (view.grey && out.channels() == 3) {
    cv::Mat grey;
    cv::cvtColor(out, grey, cv::COLOR_BGR2GRAY);
    out = grey;
  }
  if (view.gain != 1.0 || view.noise != 0) {
    cv::Mat level;
    out.convertTo(level, CV_32F, view.gain);
    if (view.noise != 0) {
      cv::Mat noise(level.size(), level.type());
      rng.fill(noise, cv::RNG::NORMAL, 0.0, view.noise);
      level += noise;
    }
    level.convertTo(out, frame.depth());  // saturates at 0 and 255
  }
  return out.data == frame.data ? out.clone() : out;
}

}  // namespace anju::vision::eval
