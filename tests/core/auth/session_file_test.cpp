#include "auth/session_file.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "support/temp_dir.h"

namespace anju::auth {
namespace {

const std::string kToken(64, 'a');

TEST(SessionFile, ASessionSurvivesReopeningTheFileUntilItExpires) {
  test::TempDir dir("session-file");
  ManualClock clock;
  {
    auto file = SessionFile::open(dir.path() / "sessions.db", clock);
    ASSERT_TRUE(file) << file.error().reason;
    ASSERT_TRUE(file.value()->save(kToken, {"n01", Role::kNurse, clock.now_ms() + 60'000}));
  }
  auto file = SessionFile::open(dir.path() / "sessions.db", clock);  // the gateway restarted
  ASSERT_TRUE(file);
  const auto found = file.value()->find(kToken);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->user, "n01");
  EXPECT_EQ(found->role, Role::kNurse);
  EXPECT_FALSE(file.value()->find(std::string(64, 'b'))) << "another token";
  clock.advance(60'000);
  EXPECT_FALSE(file.value()->find(kToken)) << "expired";
}

TEST(SessionFile, ASignedOutTokenIsGone) {
  test::TempDir dir("session-file");
  ManualClock clock;
  auto file = SessionFile::open(dir.path() / "sessions.db", clock);
  ASSERT_TRUE(file);
  ASSERT_TRUE(file.value()->save(kToken, {"c01", Role::kChargeNurse, clock.now_ms() + 60'000}));
  ASSERT_TRUE(file.value()->remove(kToken));
  EXPECT_FALSE(file.value()->find(kToken));
}

TEST(SessionFile, TheFileHoldsNoTokenOnlyItsHash) {
  test::TempDir dir("session-file");
  ManualClock clock;
  {
    auto file = SessionFile::open(dir.path() / "sessions.db", clock);
    ASSERT_TRUE(file);
    ASSERT_TRUE(file.value()->save(kToken, {"n01", Role::kNurse, clock.now_ms() + 60'000}));
  }
  std::string bytes;
  for (const char* name : {"sessions.db", "sessions.db-wal"}) {
    std::ifstream in(dir.path() / name, std::ios::binary);
    std::stringstream all;
    all << in.rdbuf();
    bytes += all.str();
  }
  EXPECT_EQ(bytes.find(kToken), std::string::npos);
  EXPECT_NE(bytes.find(sha256_hex(kToken)), std::string::npos);
}

TEST(SessionFile, Sha256IsTheStandardOne) {
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

}  // namespace
}  // namespace anju::auth
