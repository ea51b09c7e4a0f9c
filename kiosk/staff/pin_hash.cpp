#include "staff/pin_hash.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <vector>

namespace anju::kiosk {
namespace {

constexpr std::string_view kScheme = "pbkdf2-sha256";
constexpr std::size_t kSaltBytes = 16;
constexpr std::size_t kHashBytes = 32;
constexpr int kMinIterations = 1'000;
constexpr int kMaxIterations = 10'000'000;

std::string to_hex(const std::vector<unsigned char>& bytes) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned char b : bytes) {
    out.push_back(kHex[b >> 4]);
    out.push_back(kHex[b & 0xF]);
  }
  return out;
}

std::optional<std::vector<unsigned char>> from_hex(std::string_view hex) {
  if (hex.size() % 2 != 0 || hex.empty()) return std::nullopt;
  auto nibble = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  std::vector<unsigned char> out;
  for (std::size_t i = 0; i < hex.size(); i += 2) {
    const int hi = nibble(hex[i]), lo = nibble(hex[i + 1]);
    if (hi < 0 || lo < 0) return std::nullopt;
    out.push_back(static_cast<unsigned char>(hi * 16 + lo));
  }
  return out;
}

std::vector<unsigned char> derive(std::string_view pin, const std::vector<unsigned char>& salt,
                                  int iterations, std::size_t length) {
  std::vector<unsigned char> out(length);
  PKCS5_PBKDF2_HMAC(pin.data(), static_cast<int>(pin.size()), salt.data(),
                    static_cast<int>(salt.size()), iterations, EVP_sha256(),
                    static_cast<int>(out.size()), out.data());
  return out;
}

struct Parsed {
  int iterations = 0;
  std::vector<unsigned char> salt;
  std::vector<unsigned char> hash;
};

std::optional<Parsed> parse(std::string_view encoded) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (true) {
    const auto dollar = encoded.find('$', start);
    parts.push_back(encoded.substr(start, dollar - start));
    if (dollar == std::string_view::npos) break;
    start = dollar + 1;
  }
  if (parts.size() != 4 || parts[0] != kScheme || parts[1].empty() || parts[1].size() > 8)
    return std::nullopt;
  Parsed p;
  for (char c : parts[1]) {
    if (c < '0' || c > '9') return std::nullopt;
    p.iterations = p.iterations * 10 + (c - '0');
  }
  auto salt = from_hex(parts[2]);
  auto hash = from_hex(parts[3]);
  if (!salt || !hash || salt->size() < 8 || hash->size() < 16) return std::nullopt;
  if (p.iterations < kMinIterations || p.iterations > kMaxIterations) return std::nullopt;
  p.salt = std::move(*salt);
  p.hash = std::move(*hash);
  return p;
}

}  // namespace

std::string hash_pin(std::string_view pin, int iterations) {
  std::vector<unsigned char> salt(kSaltBytes);
  if (RAND_bytes(salt.data(), static_cast<int>(salt.size())) != 1) return {};
  const auto hash = derive(pin, salt, iterations, kHashBytes);
  return std::string(kScheme) + "$" + std::to_string(iterations) + "$" + to_hex(salt) + "$" +
         to_hex(hash);
}

bool verify_pin(std::string_view pin, std::string_view encoded) {
  const auto p = parse(encoded);
  if (!p) return false;
  const auto hash = derive(pin, p->salt, p->iterations, p->hash.size());
  return CRYPTO_memcmp(hash.data(), p->hash.data(), hash.size()) == 0;
}

bool is_pin_hash(std::string_view encoded) {
  return parse(encoded).has_value();
}

}  // namespace anju::kiosk
