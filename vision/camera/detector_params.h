#pragma once
// Every tunable of one camera's analysis in one place, with defaults that suit an indoor room
// camera; a node's config may override any of them per camera (see docs/vision.md).
#include "fall/fall_params.h"
#include "tracking/scene_tracker.h"

namespace anju::vision {

struct DetectorParams {
  SceneParams scene;
  FallParams fall;
};

}  // namespace anju::vision
