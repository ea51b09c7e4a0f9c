#include "auth/user_store.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <array>

namespace anju::auth {
namespace {

std::string hex(const unsigned char* data, std::size_t n) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(n * 2);
  for (std::size_t i = 0; i < n; ++i) {
    out.push_back(kHex[data[i] >> 4]);
    out.push_back(kHex[data[i] & 0xF]);
  }
  return out;
}

std::string random_salt() {
  std::array<unsigned char, 16> bytes{};
  RAND_bytes(bytes.data(), static_cast<int>(bytes.size()));
  return hex(bytes.data(), bytes.size());
}

}  // namespace

std::string_view to_string(Role role) {
  switch (role) {
    case Role::kNurse:
      return "nurse";
    case Role::kChargeNurse:
      return "charge_nurse";
    case Role::kManager:
      return "manager";
  }
  return "nurse";
}

std::optional<Role> parse_role(std::string_view s) {
  if (s == "nurse") return Role::kNurse;
  if (s == "charge_nurse") return Role::kChargeNurse;
  if (s == "manager") return Role::kManager;
  return std::nullopt;
}

std::string pbkdf2_sha256_hex(std::string_view password, std::string_view salt, int iterations) {
  std::array<unsigned char, 32> key{};
  PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()),
                    reinterpret_cast<const unsigned char*>(salt.data()),
                    static_cast<int>(salt.size()), iterations, EVP_sha256(),
                    static_cast<int>(key.size()), key.data());
  return hex(key.data(), key.size());
}

Result<std::unique_ptr<UserStore>> UserStore::open(const std::filesystem::path& path,
                                                   int iterations) {
  auto db = storage::Database::open(path);
  if (!db) return db.error();
  auto r = db.value()->exec(
      "CREATE TABLE IF NOT EXISTS users(id TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT "
      "NULL,"
      " salt TEXT NOT NULL, iterations INTEGER NOT NULL, hash TEXT NOT NULL)");
  if (!r) return r.error();
  return std::unique_ptr<UserStore>(new UserStore(std::move(db).value(), iterations));
}

Result<bool> UserStore::put(const User& user, std::string_view password) {
  if (user.id.empty()) return Error{ErrorCode::kInvalidValue, "user id is empty"};
  if (password.size() < 4)
    return Error{ErrorCode::kInvalidValue, "password shorter than 4 characters"};
  const std::string salt = random_salt();
  auto stmt = db_->prepare(
      "INSERT INTO users(id, name, role, salt, iterations, hash) VALUES(?1, ?2, ?3, ?4, ?5, ?6) "
      "ON CONFLICT(id) DO UPDATE SET name=excluded.name, role=excluded.role, salt=excluded.salt, "
      "iterations=excluded.iterations, hash=excluded.hash");
  if (!stmt) return stmt.error();
  return stmt.value()
      .bind(1, user.id)
      .bind(2, user.name)
      .bind(3, to_string(user.role))
      .bind(4, salt)
      .bind(5, iterations_)
      .bind(6, pbkdf2_sha256_hex(password, salt, iterations_))
      .run();
}

Result<User> UserStore::verify(std::string_view id, std::string_view password) {
  auto stmt = db_->prepare("SELECT name, role, salt, iterations, hash FROM users WHERE id = ?1");
  if (!stmt) return stmt.error();
  auto& s = stmt.value();
  s.bind(1, id);
  auto row = s.step();
  if (!row) return row.error();
  // Same work whether or not the user exists, so timing does not reveal user ids.
  const std::string salt = row.value() ? s.column_text(2) : "no-such-user-salt";
  const int iterations = row.value() ? static_cast<int>(s.column_int(3)) : iterations_;
  const std::string expected = row.value() ? s.column_text(4) : std::string(64, '0');
  const std::string actual = pbkdf2_sha256_hex(password, salt, iterations);
  const bool match = CRYPTO_memcmp(expected.data(), actual.data(), expected.size()) == 0;
  if (!row.value() || !match)
    return Error{ErrorCode::kInvalidValue, "unknown user or wrong password"};
  auto role = parse_role(s.column_text(1));
  if (!role) return Error{ErrorCode::kInvalidValue, "user has an unknown role"};
  return User{std::string(id), s.column_text(0), *role};
}

Result<std::vector<User>> UserStore::list() {
  auto stmt = db_->prepare("SELECT id, name, role FROM users ORDER BY id");
  if (!stmt) return stmt.error();
  std::vector<User> out;
  for (;;) {
    auto row = stmt.value().step();
    if (!row) return row.error();
    if (!row.value()) break;
    auto role = parse_role(stmt.value().column_text(2));
    out.push_back(
        {stmt.value().column_text(0), stmt.value().column_text(1), role.value_or(Role::kNurse)});
  }
  return out;
}

}  // namespace anju::auth
