#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "staff/pin_hash.h"
#include "staff/pin_lockout.h"
#include "staff/staff_directory.h"

namespace anju::kiosk {
namespace {

TEST(PinHash, SaltedSoTheSamePinHashesDifferentlyAndVerifies) {
  const auto a = hash_pin("2580", 1000);
  const auto b = hash_pin("2580", 1000);
  EXPECT_NE(a, b);
  EXPECT_TRUE(a.starts_with("pbkdf2-sha256$1000$"));
  EXPECT_EQ(a.find("2580"), std::string::npos);
  EXPECT_TRUE(verify_pin("2580", a));
  EXPECT_TRUE(verify_pin("2580", b));
  EXPECT_FALSE(verify_pin("2581", a));
  EXPECT_FALSE(verify_pin("", a));
}

TEST(PinHash, MalformedHashesNeverVerify) {
  for (const char* bad : {"", "2580", "pbkdf2-sha256$1000$zz$00",
                          "md5$1000$0011223344556677$00112233445566778899aabbccddeeff",
                          "pbkdf2-sha256$10$0011223344556677$00112233445566778899aabbccddeeff",
                          "pbkdf2-sha256$1000$0011223344556677"}) {
    EXPECT_FALSE(is_pin_hash(bad)) << bad;
    EXPECT_FALSE(verify_pin("2580", bad)) << bad;
  }
}

TEST(StaffDirectory, TheSampleFileSignsInItsDemoCodes) {
  std::ifstream in(std::filesystem::path(ANJU_SOURCE_DIR) / "assets" / "kiosk" /
                   "kiosk-staff.conf");
  std::stringstream text;
  text << in.rdbuf();
  auto staff = StaffDirectory::parse(text.str());
  ASSERT_TRUE(staff) << staff.error().reason;
  EXPECT_EQ(staff->size(), 3u);
  auto li = staff->verify("2580");
  ASSERT_TRUE(li);
  EXPECT_EQ(li->id, "nurse-li");
  EXPECT_EQ(li->display_name, "李娜 Li Na");
  EXPECT_EQ(staff->verify("A1B2C3D4")->id, "nurse-li") << "a badge code";
  EXPECT_EQ(staff->verify("1357")->id, "nurse-wang");
  EXPECT_FALSE(staff->verify("0000"));
  EXPECT_FALSE(staff->verify(""));
  EXPECT_EQ(staff->display_name("nurse-wang"), "王芳 Wang Fang");
  EXPECT_EQ(staff->display_name("nurse-zhao"), "nurse-zhao");
}

TEST(StaffDirectory, BadLinesAreRejectedWithTheirNumber) {
  auto plain = StaffDirectory::parse("# header\n\nnurse-li 2580 Li Na\n");
  ASSERT_FALSE(plain);
  EXPECT_NE(plain.error().reason.find("line 3"), std::string::npos);
  auto bad_id = StaffDirectory::parse("nurse/li " + hash_pin("2580", 1000) + "\n");
  EXPECT_FALSE(bad_id);
  auto no_name = StaffDirectory::parse("nurse-li " + hash_pin("2580", 1000) + "\n");
  ASSERT_TRUE(no_name);
  EXPECT_EQ(no_name->display_name("nurse-li"), "nurse-li");
}

TEST(PinLockout, LocksAfterRepeatedFailuresForAMinute) {
  ManualClock clock;
  PinLockout lockout(clock);
  for (int i = 0; i < PinLockout::kMaxFailures - 1; ++i) lockout.record_failure();
  EXPECT_FALSE(lockout.locked());
  lockout.record_failure();
  EXPECT_TRUE(lockout.locked());
  EXPECT_EQ(lockout.seconds_left(), 60);
  clock.advance(59'500);
  EXPECT_EQ(lockout.seconds_left(), 1);
  clock.advance(500);
  EXPECT_FALSE(lockout.locked());
  lockout.record_failure();
  lockout.record_success();
  for (int i = 0; i < PinLockout::kMaxFailures - 1; ++i) lockout.record_failure();
  EXPECT_FALSE(lockout.locked()) << "a success resets the count";
}

}  // namespace
}  // namespace anju::kiosk
