#pragma once
// Cuts a clip around a moment of any video the recorder can read (anju-clip cut; tests, exports,
// support). Copies the encoded stream when it is H.264 and a keyframe lies close enough before
// the wanted start (through the same ClipRecorder the node uses); otherwise decodes and encodes
// exactly the wanted frames with libx264.
#include <filesystem>
#include <string>

#include "common/result.h"

namespace anju::vision::clips {

enum class CutMode { kAuto, kCopy, kEncode };

struct CutRequest {
  std::string input;
  std::filesystem::path output;
  double at_s = 0;
  double pre_s = 10;
  double post_s = 20;
  CutMode mode = CutMode::kAuto;
  double tolerance_s = 0.5;  // auto: copy only if the clip starts at most this much early
};

struct CutResult {
  bool copied = false;
  double start_s = 0;     // input time of the clip's first frame
  double duration_s = 0;  // as written
  std::int64_t packets = 0;
};

Result<CutResult> cut_clip(const CutRequest& request);

}  // namespace anju::vision::clips
