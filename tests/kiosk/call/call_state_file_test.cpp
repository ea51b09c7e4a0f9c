#include "call/call_state_file.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "common/ids.h"

namespace anju::kiosk {
namespace {

class CallStateFileTest : public ::testing::Test {
 protected:
  std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("anju-kiosk-state-" + random_hex(8));
  void SetUp() override { std::filesystem::create_directories(dir); }
  void TearDown() override { std::filesystem::remove_all(dir); }
};

TEST_F(CallStateFileTest, MissingFileMeansNoSavedCall) {
  auto loaded = CallStateFile(dir / "none.json").load();
  ASSERT_TRUE(loaded);
  EXPECT_FALSE(loaded.value().has_value());
}

TEST_F(CallStateFileTest, SavesAndRestoresEverythingButTheConnection) {
  CallSnapshot s;
  s.phase = CallPhase::kAcknowledged;
  s.kind = CallKind::kEmergency;
  s.station_confirmed = true;
  s.connected = true;
  s.resident_reported_ok = true;
  s.staff = "nurse-li";
  s.alarm = "al-7";
  s.placed_ts = 1'700'000'000'000;
  s.last_action_ts = 1'700'000'000'500;
  s.requests = {{ServiceKind::kWater, 1'700'000'000'100}, {ServiceKind::kPain, 1'700'000'000'200}};
  CallStateFile file(dir / "kiosk.json");
  ASSERT_TRUE(file.save(s));
  auto loaded = file.load();
  ASSERT_TRUE(loaded);
  ASSERT_TRUE(loaded.value().has_value());
  CallSnapshot expected = s;
  expected.connected = false;
  EXPECT_EQ(*loaded.value(), expected);
  EXPECT_FALSE(std::filesystem::exists(dir / "kiosk.json.tmp"));
}

// The phase is written with the protocol's names; a file from before 2026-12 said "idle".
TEST_F(CallStateFileTest, PhasesUseTheProtocolsNamesAndAnOldIdleStillReads) {
  CallSnapshot quiet;
  CallStateFile file(dir / "kiosk.json");
  ASSERT_TRUE(file.save(quiet));
  std::ifstream in(dir / "kiosk.json");
  const std::string text{std::istreambuf_iterator<char>(in), {}};
  EXPECT_NE(text.find(R"("phase": "none")"), std::string::npos) << text;
  std::ofstream(dir / "old.json") << R"({"format": 1, "phase": "idle"})";
  auto old = CallStateFile(dir / "old.json").load();
  ASSERT_TRUE(old) << old.error().reason;
  ASSERT_TRUE(old.value().has_value());
  EXPECT_EQ(old.value()->phase, CallPhase::kNone);
}

TEST_F(CallStateFileTest, ACorruptFileIsAnErrorNotACrash) {
  std::ofstream(dir / "bad.json") << "{\"format\": 1, \"phase\": \"sideways\"";
  EXPECT_FALSE(CallStateFile(dir / "bad.json").load());
  std::ofstream(dir / "bad2.json") << R"({"format": 1, "phase": "sideways"})";
  EXPECT_FALSE(CallStateFile(dir / "bad2.json").load());
  std::ofstream(dir / "bad3.json")
      << R"({"format": 1, "phase": "placed", "requests": [{"kind": 3}]})";
  EXPECT_FALSE(CallStateFile(dir / "bad3.json").load());
}

TEST_F(CallStateFileTest, UnwritableFolderIsReported) {
  EXPECT_FALSE(CallStateFile(dir / "no" / "such" / "dir.json").save(CallSnapshot{}));
}

}  // namespace
}  // namespace anju::kiosk
