// The node config: the sample in assets/vision parses, mistakes are named.
#include "camera/camera_config.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "camera/params_json.h"

namespace anju::vision {
namespace {

TEST(CameraConfig, SampleParses) {
  const auto config = read_node_config(std::filesystem::path(ANJU_SOURCE_DIR) / "assets" /
                                       "vision" / "vision-node.sample.json");
  ASSERT_TRUE(config) << config.error().reason;
  ASSERT_EQ(config->cameras.size(), 3u);
  const auto& room = config->cameras[0];
  EXPECT_EQ(room.id, "cam-214");
  EXPECT_EQ(room.room, "214");
  EXPECT_TRUE(room.loop);
  ASSERT_EQ(room.zones.size(), 2u);
  EXPECT_TRUE(room.zones[0].rest);
  EXPECT_TRUE(room.zones[1].rules.enter);
  EXPECT_DOUBLE_EQ(room.zones[1].rules.loiter_s, 60);
  ASSERT_EQ(room.zones[1].windows.size(), 1u);
  EXPECT_EQ(room.zones[1].windows[0].from_minute, 22 * 60);
  const auto& corridor = config->cameras[1];
  EXPECT_DOUBLE_EQ(corridor.detector.fall.confirm_s, 3);
  EXPECT_EQ(corridor.zones[0].shape, ZoneShape::kLine);
  EXPECT_EQ(corridor.zones[1].rules.pacing.turns, 6);
  EXPECT_EQ(config->cameras[2].source, "/dev/video0");
}

std::string error_of(const char* json) {
  const auto config = parse_node_config(nlohmann::json::parse(json));
  return config ? std::string() : config.error().reason;
}

TEST(CameraConfig, MistakesAreNamed) {
  EXPECT_NE(error_of(R"({"cameras": []})").find("cameras"), std::string::npos);
  EXPECT_NE(error_of(R"({"cameras": [{"id": "c", "room": "1"}]})").find("source"),
            std::string::npos);
  EXPECT_NE(error_of(R"({"cameras": [{"id": "c 1", "room": "1", "source": "a.mp4"}]})")
                .find("id and room"),
            std::string::npos);
  EXPECT_NE(
      error_of(R"({"cameras": [{"id": "c", "room": "1", "source": "a", "fsp": 3}]})").find("fsp"),
      std::string::npos);
  EXPECT_NE(error_of(R"({"cameras": [{"id": "c", "room": "1", "source": "a",
                 "zones": [{"name": "z", "points": [[0, 0], [2, 0], [1, 1]]}]}]})")
                .find("between 0 and 1"),
            std::string::npos);
  EXPECT_NE(error_of(R"({"cameras": [{"id": "c", "room": "1", "source": "a",
                 "zones": [{"name": "z", "shape": "line", "points": [[0, 0], [1, 1]],
                            "enter": true}]}]})")
                .find("enter"),
            std::string::npos);
  EXPECT_NE(error_of(R"({"cameras": [{"id": "c", "room": "1", "source": "a",
                 "zones": [{"name": "z", "points": [[0, 0], [1, 0], [1, 1]],
                            "windows": [{"from": "22:00", "to": "6:00"}]}]}]})")
                .find("HH:MM"),
            std::string::npos);
  EXPECT_NE(error_of(R"({"cameras": [{"id": "c", "room": "1", "source": "a",
                 "detector": {"fall": {"confirm": 3}}}]})")
                .find("fall.confirm"),
            std::string::npos);
}

TEST(DetectorParams, JsonRoundTripAndAssignments) {
  DetectorParams changed;
  changed.fall.confirm_s = 3.5;
  changed.scene.processing_size = {192, 144};
  const auto back = apply_params_json(params_to_json(changed));
  ASSERT_TRUE(back);
  EXPECT_DOUBLE_EQ(back->fall.confirm_s, 3.5);
  EXPECT_EQ(back->scene.processing_size, cv::Size(192, 144));
  const auto patch = parse_param_assignment("background.adapt_s=4");
  ASSERT_TRUE(patch);
  EXPECT_DOUBLE_EQ(apply_params_json(*patch)->scene.background.adapt_s, 4);
  EXPECT_FALSE(parse_param_assignment("adapt_s=4"));
  EXPECT_FALSE(parse_param_assignment("fall.confirm_s=soon"));
}

}  // namespace
}  // namespace anju::vision
