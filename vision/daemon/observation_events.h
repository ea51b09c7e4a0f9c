#pragma once
// What the analyzer saw, as protocol events: fall (confidence, box), fall_cleared, wander (zone in
// detail), and the camera's own camera_offline / camera_online.
#include <string>

#include "camera/camera_analyzer.h"
#include "camera/camera_config.h"
#include "protocol/messages.h"

namespace anju::vision {

protocol::Event event_for(const Observation& observation, const CameraConfig& camera);
protocol::Event camera_status_event(const CameraConfig& camera, bool online,
                                    const std::string& reason = {});

}  // namespace anju::vision
