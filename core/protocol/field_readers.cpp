#include "protocol/field_readers.h"

#include <charconv>
#include <limits>

#include "protocol/topics.h"

namespace anju::protocol {
namespace {

constexpr std::string_view kIdRule = "must be 1-64 characters of [A-Za-z0-9_.-]";

// The unsigned value of an integer JSON value; fails (and returns nullopt) for anything else.
std::optional<std::uint64_t> non_negative_integer(const FieldContext& f, const JsonValue& v) {
  if (v.type == JsonType::kUnsigned) return v.unsigned_;
  if (v.type == JsonType::kInteger) {
    if (v.integer >= 0) return static_cast<std::uint64_t>(v.integer);
    f.fail(ErrorCode::kInvalidValue, "must be >= 0");
    return std::nullopt;
  }
  f.wrong_type("integer", v.type);
  return std::nullopt;
}

std::optional<std::uint64_t> bounded_count(const FieldContext& f, const JsonValue& v,
                                           std::uint64_t max) {
  const auto value = non_negative_integer(f, v);
  if (value && *value > max) {
    f.fail(ErrorCode::kInvalidValue, "must be <= " + std::to_string(max));
    return std::nullopt;
  }
  return value;
}

std::string shortest(double value) {
  char buffer[32];
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return ec == std::errc{} ? std::string(buffer, end) : std::string("?");
}

}  // namespace

bool is_valid_message_id(std::string_view id) {
  if (id.size() <= 64) return is_valid_id(id);
  return id.size() <= kMaxMessageIdLength && is_valid_id(id.substr(0, 64)) &&
         is_valid_id(id.substr(64));
}

std::string_view json_type_name(JsonType type) {
  switch (type) {
    case JsonType::kNull:
      return "null";
    case JsonType::kBool:
      return "boolean";
    case JsonType::kInteger:
    case JsonType::kUnsigned:
    case JsonType::kFloat:
      return "number";
    case JsonType::kString:
      return "string";
    case JsonType::kObject:
      return "object";
    case JsonType::kArray:
      return "array";
  }
  return "unknown";
}

void DecodeErrors::fail(ErrorCode code, std::string_view field, std::string_view what) {
  if (first_) return;
  std::string reason;
  reason.reserve(field.size() + what.size() + 10);
  reason.append("field '").append(field).append("': ").append(what);
  first_ = Error{code, std::move(reason)};
}

void FieldContext::wrong_type(std::string_view expected, JsonType got) const {
  std::string what = "expected ";
  what.append(expected).append(", got ").append(json_type_name(got));
  fail(ErrorCode::kWrongType, what);
}

std::string quote_short(std::string_view value) {
  constexpr std::size_t kMax = 40;
  std::string out = "'";
  if (value.size() <= kMax) {
    out.append(value);
  } else {
    // Cut on a code point boundary so the reason stays valid UTF-8.
    std::size_t cut = kMax;
    while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80) --cut;
    out.append(value.substr(0, cut)).append("...");
  }
  return out.append("'");
}

void read_text(const FieldContext& f, const JsonValue& v, std::string& out) {
  if (v.type != JsonType::kString) return f.wrong_type("string", v.type);
  if (f.required && v.text.empty()) return f.fail(ErrorCode::kInvalidValue, "must not be empty");
  out.assign(v.text);
}

void read_id(const FieldContext& f, const JsonValue& v, std::string& out) {
  if (v.type != JsonType::kString) return f.wrong_type("string", v.type);
  if (v.text.empty()) {
    if (f.required) return f.fail(ErrorCode::kInvalidValue, "must not be empty");
  } else if (!is_valid_id(v.text)) {
    return f.fail(ErrorCode::kInvalidValue, kIdRule);
  }
  out.assign(v.text);
}

void read_message_id(const FieldContext& f, const JsonValue& v, std::string& out) {
  if (v.type != JsonType::kString) return f.wrong_type("string", v.type);
  if (v.text.empty()) {
    if (f.required) return f.fail(ErrorCode::kInvalidValue, "must not be empty");
  } else if (!is_valid_message_id(v.text)) {
    return f.fail(ErrorCode::kInvalidValue, "must be 1-128 characters of [A-Za-z0-9_.-]");
  }
  out.assign(v.text);
}

void read_message_ids(const FieldContext& f, const std::vector<JsonMember>& elements,
                      std::size_t max, std::vector<std::string>& out) {
  if (elements.size() > max) {
    return f.fail(ErrorCode::kInvalidValue, "at most " + std::to_string(max) + " entries, got " +
                                                std::to_string(elements.size()));
  }
  std::vector<std::string> ids;
  ids.reserve(elements.size());
  for (std::size_t i = 0; i < elements.size(); ++i) {
    const JsonMember& element = elements[i];
    if (element.type != JsonType::kString || !is_valid_message_id(element.text)) {
      // The name is built only on failure; read_message_id words the reason as for any id.
      const std::string name = std::string(f.name) + "[" + std::to_string(i) + "]";
      std::string ignored;
      return read_message_id(FieldContext{name, true, f.errors}, element.value(), ignored);
    }
    ids.push_back(element.text);
  }
  out = std::move(ids);
}

void read_timestamp(const FieldContext& f, const JsonValue& v, std::int64_t& out) {
  read_count(f, v, std::numeric_limits<std::int64_t>::max(), out);
}

void read_count(const FieldContext& f, const JsonValue& v, std::uint64_t max, std::uint64_t& out) {
  if (const auto value = bounded_count(f, v, max)) out = *value;
}

void read_count(const FieldContext& f, const JsonValue& v, int max, int& out) {
  if (const auto value = bounded_count(f, v, static_cast<std::uint64_t>(max))) {
    out = static_cast<int>(*value);
  }
}

void read_count(const FieldContext& f, const JsonValue& v, std::int64_t max, std::int64_t& out) {
  if (const auto value = bounded_count(f, v, static_cast<std::uint64_t>(max))) {
    out = static_cast<std::int64_t>(*value);
  }
}

void read_number(const FieldContext& f, const JsonValue& v, double lo, double hi, double& out) {
  double value = 0;
  switch (v.type) {
    case JsonType::kFloat:
      value = v.number;
      break;
    case JsonType::kInteger:
      value = static_cast<double>(v.integer);
      break;
    case JsonType::kUnsigned:
      value = static_cast<double>(v.unsigned_);
      break;
    default:
      return f.wrong_type("number", v.type);
  }
  if (!(value >= lo && value <= hi)) {  // written so that NaN fails too
    const bool open_above = hi == std::numeric_limits<double>::infinity();
    return f.fail(ErrorCode::kInvalidValue,
                  open_above ? "must be >= " + shortest(lo)
                             : "must be within " + shortest(lo) + ".." + shortest(hi));
  }
  out = value;
}

}  // namespace anju::protocol
