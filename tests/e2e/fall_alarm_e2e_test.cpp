// A fall in a shared clip, end to end with real parts: the real anju-vision program plays the clip
// as a camera, a real Mosquitto (TLS, ACL) carries its fall event, the real engine raises the
// alarm, and the console's own models (ConsoleController, AlarmBoardModel over QtBus) show it: a
// high-priority fall in the camera's room, with the clip the vision node records, which then
// lands in the node's clip store.
#include <gtest/gtest.h>

#include <QTemporaryDir>
#include <filesystem>
#include <fstream>
#include <regex>

#include "console/console_controller.h"
#include "e2e_support.h"
#include "engine/engine_service.h"
#include "support/child_process.h"
#include "support/test_broker.h"
#include "support/test_engine.h"

namespace anju::e2e {
namespace {

using protocol::NodeKind;

// UP-Fall subject 1, fall 1, lateral camera: falls at 2.6-3.3 s and lies still to the end (7.9 s).
const char* kFallClip = ANJU_SHARED_DIR "/data/falls/upfall/S1_A01_T1_C1.mp4";

// One camera playing the clip, recording incident clips (2 s before, 3 s after) into `clips`.
std::string write_vision_config(const QTemporaryDir& dir) {
  const std::string path = dir.filePath("vision-node.json").toStdString();
  std::ofstream(path)
      << R"({"clips": {"root": ")" << dir.filePath("clips").toStdString()
      << R"(", "pre_s": 2, "post_s": 3}, "cameras": [{"id": "cam-103", "room": "103", "source": ")"
      << kFallClip << R"(", "loop": true, "fps": 15}]})";
  return path;
}

TEST(FallAlarmEndToEnd, AFallInAClipIsAHighAlarmOnTheConsoleWithItsClip) {
  ASSERT_TRUE(std::ifstream(kFallClip).good()) << "shared clip missing: " << kFallClip;
  test::TestBroker broker(
      {{"engine-1", "engine", ""}, {"console-1", "console", ""}, {"vision-1", "vision", ""}});
  ASSERT_TRUE(broker.ok()) << broker.error();
  QTemporaryDir dir;

  auto started = test::start_engine(broker, "engine-1");
  ASSERT_TRUE(started);
  auto& engine = *started;

  console::ConsoleController station(
      SystemClock::instance(), broker.site(), "console-1",
      std::make_unique<qt::QtBus>(broker.bus_config("console-1", NodeKind::kConsole)), nullptr);
  ASSERT_TRUE(wait_until([&] { return station.connected(); }, 10'000));

  test::ChildProcess vision(
      {ANJU_VISION_BIN, "--config", write_vision_config(dir), "--uri", broker.uri(), "--site",
       broker.site(), "--node", "vision-1", "--broker-dir", broker.broker_dir().string(),
       "--outbox", dir.filePath("vision-1.outbox").toStdString()},
      dir.filePath("vision.log").toStdString(), /*capture_stdout=*/false);
  ASSERT_TRUE(vision.started());

  auto* board = station.alarms();
  const auto fall_row = [&] {
    for (int row = 0; row < board->rowCount(); ++row)
      if (board->at(row)->type == "fall") return row;
    return -1;
  };
  // Start-up, the fall at ~3 s into the clip, 2 s lying still to confirm: well within 30 s.
  ASSERT_TRUE(wait_until([&] { return fall_row() >= 0; }, 30'000))
      << "no fall alarm on the console; vision log in " << dir.path().toStdString();
  const int row = fall_row();
  const protocol::AlarmState alarm = *board->at(row);  // a copy: the board changes as we wait
  EXPECT_EQ(alarm.priority, protocol::Priority::kHigh);
  EXPECT_EQ(alarm.status, protocol::AlarmStatus::kRaised);
  EXPECT_EQ(alarm.room, "103");
  EXPECT_EQ(alarm.node, "vision-1");
  EXPECT_EQ(alarm.device, "cam-103");
  const QModelIndex index = board->index(row);
  EXPECT_EQ(board->data(index, console::AlarmBoardModel::PriorityRole).toString(), "high");
  EXPECT_EQ(board->data(index, console::AlarmBoardModel::TypeRole).toString(), "fall");
  // The clip the vision node records: "<vision-node>/<YYYY-MM-DD>/<camera>-<HHMMSS>-fall".
  EXPECT_TRUE(
      std::regex_match(alarm.clip, std::regex(R"(vision-1/\d{4}-\d{2}-\d{2}/cam-103-\d{6}-fall)")))
      << "clip reference: '" << alarm.clip << "'";
  EXPECT_EQ(board->data(index, console::AlarmBoardModel::ClipRole).toString().toStdString(),
            alarm.clip);
  EXPECT_EQ(engine.stats().rejected, 0u);

  // ... and the clip it names is written to the node's store: video, privacy version, sidecar
  // (the recorder extends a clip while the looped clip keeps falling, hence the generous wait).
  const std::string clip_id = alarm.clip.substr(alarm.clip.find('/') + 1);
  const std::filesystem::path stored = dir.filePath("clips").toStdString() + "/" + clip_id;
  const auto non_empty = [&](const char* suffix) {
    std::error_code ec;
    return std::filesystem::file_size(stored.string() + suffix, ec) > 0 && !ec;
  };
  EXPECT_TRUE(wait_until(
      [&] { return non_empty(".json") && non_empty(".mp4") && non_empty(".privacy.mp4"); }, 60'000))
      << "clip not complete in the store: " << stored;

  vision.stop(SIGTERM);
}

}  // namespace
}  // namespace anju::e2e

ANJU_E2E_TEST_MAIN()
