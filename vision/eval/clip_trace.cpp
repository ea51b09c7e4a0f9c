#include "eval/clip_trace.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace anju::vision::eval {
namespace {

constexpr double kTileEvery_s = 0.5;
constexpr int kSheetColumns = 8;

cv::Scalar colour_of(FallPhase phase) {
  switch (phase) {
    case FallPhase::kWatching:
      return {0, 255, 0};
    case FallPhase::kDown:
      return {0, 165, 255};
    case FallPhase::kFallen:
      return {0, 0, 255};
  }
  return {255, 255, 255};
}

}  // namespace

ClipTrace::ClipTrace(const std::filesystem::path& dir, const std::string& clip_file) {
  std::string name = clip_file;
  for (char& c : name) {
    if (c == '/' || c == '\\') c = '_';
  }
  std::filesystem::create_directories(dir);
  sheet_path_ = dir / (name + ".png");
  csv_ = std::fopen((dir / (name + ".csv")).string().c_str(), "w");
  if (csv_)
    std::fputs("t,track,x,y,w,h,seen,phase,head_height,area,active_y,active_h,active_area,event\n",
               csv_);
}

ClipTrace::~ClipTrace() {
  if (csv_) std::fclose(csv_);
  if (tiles_.empty()) return;
  const int w = tiles_[0].cols, h = tiles_[0].rows;
  const int rows = static_cast<int>((tiles_.size() + kSheetColumns - 1) / kSheetColumns);
  cv::Mat sheet(rows * h, kSheetColumns * w, CV_8UC3, cv::Scalar::all(0));
  for (std::size_t i = 0; i < tiles_.size(); ++i) {
    const int col = static_cast<int>(i) % kSheetColumns, row = static_cast<int>(i) / kSheetColumns;
    tiles_[i].copyTo(sheet(cv::Rect(col * w, row * h, w, h)));
  }
  cv::imwrite(sheet_path_.string(), sheet);
}

void ClipTrace::on_frame(const cv::Mat& frame, double t, const CameraAnalyzer& analyzer,
                         const std::vector<Observation>& observations) {
  const auto& scene = analyzer.scene();
  if (csv_) {
    for (const auto& track : scene.tracks()) {
      const FallMonitor* monitor = analyzer.falls().monitor_of(track.id);
      const int phase = static_cast<int>(analyzer.falls().phase_of(track.id));
      std::string event;
      for (const auto& o : observations) {
        if (o.track == track.id) event += o.kind == ObservationKind::kFall ? "fall" : "cleared";
      }
      const TrackSample& s = track.history.back();
      std::fprintf(csv_, "%.3f,%d,%d,%d,%d,%d,%d,%d,%.3f,%d,%d,%d,%d,%s\n", t, track.id,
                   track.box.x, track.box.y, track.box.width, track.box.height,
                   track.seen_now ? 1 : 0, phase, monitor ? monitor->head_height() : 0.0, s.area,
                   s.active_box.y, s.active_box.height, s.active_area, event.c_str());
    }
  }
  if (t + 1e-9 < next_tile_t_) return;
  next_tile_t_ += kTileEvery_s;
  cv::Mat small;
  cv::resize(frame, small, scene.processing_size(), 0, 0, cv::INTER_AREA);
  if (small.channels() == 1) cv::cvtColor(small, small, cv::COLOR_GRAY2BGR);
  cv::Mat tile = small.clone();
  tile.setTo(cv::Scalar(0, 0, 255), scene.foreground());
  cv::addWeighted(tile, 0.5, small, 0.5, 0, tile);
  cv::resize(tile, tile, {}, 2, 2, cv::INTER_NEAREST);
  for (const auto& track : scene.tracks()) {
    if (!track.seen_now) continue;
    const cv::Rect b(track.box.x * 2, track.box.y * 2, track.box.width * 2, track.box.height * 2);
    cv::rectangle(tile, b, colour_of(analyzer.falls().phase_of(track.id)), 1);
    cv::putText(tile, std::to_string(track.id), b.tl() + cv::Point(2, 12), cv::FONT_HERSHEY_PLAIN,
                0.9, {0, 255, 255});
  }
  cv::putText(tile, cv::format("%.1f", t), {3, 14}, cv::FONT_HERSHEY_PLAIN, 1.0, {255, 255, 255});
  tiles_.push_back(tile);
}

}  // namespace anju::vision::eval
