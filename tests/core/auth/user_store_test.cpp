#include "auth/user_store.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "support/temp_dir.h"

namespace anju::auth {
namespace {

class UserStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto s = UserStore::open(path, 1000);  // few iterations: tests stay fast
    ASSERT_TRUE(s) << s.error().reason;
    store = std::move(s).value();
  }
  void TearDown() override { store.reset(); }
  test::TempDir dir{"users"};
  std::filesystem::path path = dir / "users.db";
  std::unique_ptr<UserStore> store;
};

TEST_F(UserStoreTest, TheRightPasswordSignsInWithTheRole) {
  ASSERT_TRUE(store->put({"n03", "Li Na", Role::kChargeNurse}, "correct horse"));
  auto user = store->verify("n03", "correct horse");
  ASSERT_TRUE(user) << user.error().reason;
  EXPECT_EQ(user->name, "Li Na");
  EXPECT_EQ(user->role, Role::kChargeNurse);
}

TEST_F(UserStoreTest, AWrongPasswordOrUnknownUserGivesTheSameAnswer) {
  ASSERT_TRUE(store->put({"n03", "Li Na", Role::kNurse}, "secret1"));
  auto wrong = store->verify("n03", "secret2");
  auto unknown = store->verify("n99", "secret1");
  ASSERT_FALSE(wrong);
  ASSERT_FALSE(unknown);
  EXPECT_EQ(wrong.error().reason, unknown.error().reason);
}

TEST_F(UserStoreTest, PasswordsAreSaltedNotStored) {
  ASSERT_TRUE(store->put({"a", "A", Role::kNurse}, "same-password"));
  ASSERT_TRUE(store->put({"b", "B", Role::kNurse}, "same-password"));
  auto db = storage::Database::open(path);
  ASSERT_TRUE(db);
  auto stmt = db.value()->prepare("SELECT hash FROM users ORDER BY id");
  ASSERT_TRUE(stmt);
  ASSERT_TRUE(stmt.value().step().value());
  const auto a = stmt.value().column_text(0);
  ASSERT_TRUE(stmt.value().step().value());
  const auto b = stmt.value().column_text(0);
  EXPECT_NE(a, b);
  EXPECT_EQ(a.find("same-password"), std::string::npos);
}

TEST_F(UserStoreTest, ShortPasswordsAreRefused) {
  EXPECT_FALSE(store->put({"n1", "N", Role::kNurse}, "abc"));
}

TEST(Pbkdf2, MatchesAKnownVector) {
  // RFC 7914 section 11 (PBKDF2-HMAC-SHA256, P="passwd", S="salt", c=1), first 32 bytes.
  EXPECT_EQ(pbkdf2_sha256_hex("passwd", "salt", 1),
            "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc");
}

}  // namespace
}  // namespace anju::auth
