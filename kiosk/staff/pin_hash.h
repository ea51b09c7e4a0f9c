#pragma once
// Salted, slow hashes of staff PINs and badge codes (PBKDF2-HMAC-SHA256, OpenSSL), so the kiosk's
// staff file never holds a code in the clear. Encoded as pbkdf2-sha256$<iterations>$<salt>$<hash>
// (salt and hash in hex). A 4-6 digit PIN stays guessable offline whatever the hash; the file is
// readable only by the kiosk's user and the keypad locks after repeated failures (pin_lockout.h).
#include <optional>
#include <string>
#include <string_view>

namespace anju::kiosk {

inline constexpr int kDefaultPinIterations = 20'000;

// A new hash with a fresh random salt.
std::string hash_pin(std::string_view pin, int iterations = kDefaultPinIterations);
// True if the pin matches the encoded hash; false for a mismatch or a malformed hash.
bool verify_pin(std::string_view pin, std::string_view encoded);
// True if `encoded` is a well-formed hash (for checking the staff file when it is loaded).
bool is_pin_hash(std::string_view encoded);

}  // namespace anju::kiosk
