#pragma once
// Writes one flat JSON object (with at most one level of nested objects or arrays of strings)
// straight into a string.
// Faster than building an nlohmann::json DOM, and it makes the "omit empty optional fields" rule
// explicit at each call. Numbers use the shortest form that reads back to the same double.
// Strings that are not valid UTF-8 are written with U+FFFD in place of the bad bytes, so the output
// is always valid JSON (the decoder would reject the raw bytes).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace anju::protocol {

class JsonWriter {
 public:
  JsonWriter();

  JsonWriter& text(std::string_view key, std::string_view value);
  JsonWriter& integer(std::string_view key, std::int64_t value);
  JsonWriter& unsigned_integer(std::string_view key, std::uint64_t value);
  JsonWriter& number(std::string_view key, double value);  // non-finite is written as null

  // The same, skipped when the value is empty / zero (optional fields).
  JsonWriter& optional_text(std::string_view key, std::string_view value);
  JsonWriter& optional_integer(std::string_view key, std::int64_t value);

  // ["a","b",...], written even when empty.
  JsonWriter& text_array(std::string_view key, const std::vector<std::string>& values);

  JsonWriter& begin_object(std::string_view key);
  JsonWriter& end_object();

  std::string finish() &&;

 private:
  void key(std::string_view name);
  void string(std::string_view value);

  std::string out_;
  bool first_ = true;
};

}  // namespace anju::protocol
