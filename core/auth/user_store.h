#pragma once
// Console users and roles. Passwords are stored as PBKDF2-HMAC-SHA256 with a per-user random salt
// and a high iteration count, so a copied users file does not give away passwords.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/result.h"
#include "storage/sqlite.h"

namespace anju::auth {

enum class Role { kNurse, kChargeNurse, kManager };

std::string_view to_string(Role role);
std::optional<Role> parse_role(std::string_view s);

struct User {
  std::string id;  // also the staff id in events ("n01")
  std::string name;
  Role role = Role::kNurse;
};

class UserStore {
 public:
  static constexpr int kDefaultIterations = 200'000;

  static Result<std::unique_ptr<UserStore>> open(const std::filesystem::path& path,
                                                 int iterations = kDefaultIterations);

  // Adds or replaces a user. Passwords shorter than 4 characters are refused.
  Result<bool> put(const User& user, std::string_view password);
  // The user if the password matches; an error that does not say which part was wrong otherwise.
  Result<User> verify(std::string_view id, std::string_view password);
  Result<std::vector<User>> list();

 private:
  UserStore(std::unique_ptr<storage::Database> db, int iterations)
      : db_(std::move(db)), iterations_(iterations) {}
  std::unique_ptr<storage::Database> db_;
  int iterations_;
};

// PBKDF2-HMAC-SHA256, hex encoded (exposed for tests).
std::string pbkdf2_sha256_hex(std::string_view password, std::string_view salt, int iterations);

}  // namespace anju::auth
