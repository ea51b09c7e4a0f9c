#pragma once
// Typed readers for one JSON value into one message field. Each checks the JSON type, then the
// value, and on failure records an error whose reason names the field:
//   "field 'room': expected string, got number"    (kWrongType)
//   "field 'ts': must be >= 0"                      (kInvalidValue)
// Only the first error of a decode is kept; later failures are dropped.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "protocol/json_value.h"
#include "protocol/topics.h"

namespace anju::protocol {

// Message ids are "<node>-<boot>-<seq>", so they may be longer than a topic-level id.
inline constexpr std::size_t kMaxMessageIdLength = 128;
bool is_valid_message_id(std::string_view id);

std::string_view json_type_name(JsonType type);

// The first error of one decode.
class DecodeErrors {
 public:
  void fail(ErrorCode code, std::string_view field, std::string_view what);
  bool any() const { return first_.has_value(); }
  std::optional<Error> take() { return std::move(first_); }

 private:
  std::optional<Error> first_;
};

// The field being read: its name for reasons, and whether an empty value is an error.
struct FieldContext {
  std::string_view name;
  bool required = false;
  DecodeErrors& errors;

  void fail(ErrorCode code, std::string_view what) const { errors.fail(code, name, what); }
  void wrong_type(std::string_view expected, JsonType got) const;
};

// Any string; empty is an error only for required fields.
void read_text(const FieldContext& f, const JsonValue& v, std::string& out);
// An id (node, room, bed, alarm, staff, device, ...): empty, or 1-64 of [A-Za-z0-9_.-].
void read_id(const FieldContext& f, const JsonValue& v, std::string& out);
// A message id: empty (optional fields only), or 1-128 of [A-Za-z0-9_.-].
void read_message_id(const FieldContext& f, const JsonValue& v, std::string& out);
// An array of at most `max` message ids, none empty. A bad element is named by its position:
//   "field 'events[2]': must be 1-128 characters of [A-Za-z0-9_.-]"
void read_message_ids(const FieldContext& f, const std::vector<JsonMember>& elements,
                      std::size_t max, std::vector<std::string>& out);
// Milliseconds since the epoch: an integer >= 0.
void read_timestamp(const FieldContext& f, const JsonValue& v, std::int64_t& out);
// A non-negative integer no larger than max.
void read_count(const FieldContext& f, const JsonValue& v, std::uint64_t max, std::uint64_t& out);
void read_count(const FieldContext& f, const JsonValue& v, int max, int& out);
void read_count(const FieldContext& f, const JsonValue& v, std::int64_t max, std::int64_t& out);
// Any JSON number (integers too) within [lo, hi].
void read_number(const FieldContext& f, const JsonValue& v, double lo, double hi, double& out);
// An enum by wire name; true if it was read.
template <class E>
bool read_enum(const FieldContext& f, const JsonValue& v,
               std::optional<E> (*parse)(std::string_view), E& out);

// Shortened, quoted copy of a value for reasons (values are UTF-8 once the payload passed).
std::string quote_short(std::string_view value);

// Members of an object whose keys are ids (alarm types, rooms, stat names): checks each key, then
// calls read(context, member) with a context naming "<field>.<key>"; stops at the first error.
template <class Read>
void for_each_keyed_member(const FieldContext& f, const std::vector<JsonMember>& members,
                           Read read);

template <class Read>
void for_each_keyed_member(const FieldContext& f, const std::vector<JsonMember>& members,
                           Read read) {
  for (const auto& m : members) {
    if (!is_valid_id(m.key)) {
      return f.fail(ErrorCode::kInvalidValue,
                    "key " + quote_short(m.key) + " must be 1-64 characters of [A-Za-z0-9_.-]");
    }
    const std::string field = std::string(f.name) + "." + m.key;
    read(FieldContext{field, true, f.errors}, m);
    if (f.errors.any()) return;
  }
}

template <class E>
bool read_enum(const FieldContext& f, const JsonValue& v,
               std::optional<E> (*parse)(std::string_view), E& out) {
  if (v.type != JsonType::kString) {
    f.wrong_type("string", v.type);
    return false;
  }
  const auto parsed = parse(v.text);
  if (!parsed) {
    f.fail(ErrorCode::kInvalidValue, "unknown value " + quote_short(v.text));
    return false;
  }
  out = *parsed;
  return true;
}

}  // namespace anju::protocol
