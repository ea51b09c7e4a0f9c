#pragma once
// The decoding pipeline shared by every message type:
//   size limit -> UTF-8 check -> SAX parse filling the struct field by field -> schema version ->
//   first field error -> missing required fields -> the message's own cross-field rules.
// Each message describes its fields with a table of FieldSpec (name, required, reader) and a
// validate() for rules that depend on more than one field (e.g. an event's type).
#include <cstdint>
#include <exception>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "protocol/field_readers.h"
#include "protocol/json_object_reader.h"
#include "protocol/messages.h"
#include "protocol/utf8.h"

namespace anju::protocol {

template <class T>
struct FieldSpec {
  std::string_view name;
  bool required = false;
  // Exactly one of the three is set: scalar fields get the value, object fields their members,
  // array fields their elements.
  void (*read)(const FieldContext&, T&, const JsonValue&) = nullptr;
  void (*read_object)(const FieldContext&, T&, const std::vector<JsonMember>&) = nullptr;
  void (*read_array)(const FieldContext&, T&, const std::vector<JsonMember>&) = nullptr;

  constexpr int readers() const {
    return (read != nullptr) + (read_object != nullptr) + (read_array != nullptr);
  }
};

// Checked at compile time for every table (static_assert next to it): a table entry without a name
// or reader would match the key "" and call a null function.
template <class T, std::size_t N>
constexpr bool is_well_formed(const FieldSpec<T> (&fields)[N]) {
  if (N >= 63) return false;  // one bit per field in a 64-bit mask, bit 63 is the version
  for (std::size_t i = 0; i < N; ++i) {
    if (fields[i].name.empty() || fields[i].name == "v") return false;
    if (fields[i].readers() != 1) return false;
    for (std::size_t j = 0; j < i; ++j) {
      if (fields[j].name == fields[i].name) return false;
    }
  }
  return true;
}

inline constexpr bool kRequired = true;
inline constexpr bool kOptional = false;

// What validate() sees besides the message: which fields were present, and where to report.
template <class T>
class Checks {
 public:
  Checks(std::uint64_t seen, std::span<const FieldSpec<T>> fields, DecodeErrors& errors)
      : seen_(seen), fields_(fields), errors_(errors) {}

  bool present(std::string_view field) const {
    for (std::size_t i = 0; i < fields_.size(); ++i) {
      if (fields_[i].name == field) return (seen_ >> i) & 1U;
    }
    return false;
  }
  void fail(ErrorCode code, std::string_view field, std::string_view what) {
    errors_.fail(code, field, what);
  }
  // A field that messages with this value of `selector` need (e.g. selector "type", value
  // "fall"): absent is kMissingField, present but empty (or 0) is kInvalidValue.
  void require(std::string_view field, bool empty, std::string_view selector,
               std::string_view value) {
    if (!empty) return;
    const auto for_kind = " for " + std::string(selector) + " '" + std::string(value) + "'";
    if (present(field)) {
      fail(ErrorCode::kInvalidValue, field, "must be set" + for_kind);
    } else {
      fail(ErrorCode::kMissingField, field, "required" + for_kind);
    }
  }
  bool failed() const { return errors_.any(); }

 private:
  std::uint64_t seen_;
  std::span<const FieldSpec<T>> fields_;
  DecodeErrors& errors_;
};

// The SAX sink for one message of type T; see JsonObjectReader for the interface.
template <class T>
class MessageDecoder {
 public:
  // Tables hold fewer than kVersionIndex fields (one bit each in seen_); see is_well_formed().
  explicit MessageDecoder(std::span<const FieldSpec<T>> fields) : fields_(fields) {}

  int field_index(std::string_view key) const {
    if (key == "v") return kVersionIndex;
    for (std::size_t i = 0; i < fields_.size(); ++i) {
      if (fields_[i].name == key) return static_cast<int>(i);
    }
    return -1;
  }

  void on_field(int index, const JsonValue& value) {
    if (index == kVersionIndex) return read_version(value);
    if (!first_time(index)) return;
    const auto& spec = fields_[static_cast<std::size_t>(index)];
    const FieldContext context{spec.name, spec.required, errors_};
    if (spec.read) {
      spec.read(context, message_, value);
    } else {
      wrong_shape(spec, context, value.type);
    }
  }

  void on_object_field(int index, const std::vector<JsonMember>& members) {
    if (index == kVersionIndex) {
      version_error_.fail(ErrorCode::kWrongType, "v", "expected integer, got object");
      return;
    }
    if (!first_time(index)) return;
    const auto& spec = fields_[static_cast<std::size_t>(index)];
    const FieldContext context{spec.name, spec.required, errors_};
    if (spec.read_object) {
      spec.read_object(context, message_, members);
    } else {
      wrong_shape(spec, context, JsonType::kObject);
    }
  }

  void on_array_field(int index, const std::vector<JsonMember>& elements) {
    if (index == kVersionIndex) {
      JsonValue array;
      array.type = JsonType::kArray;
      return read_version(array);
    }
    if (!first_time(index)) return;
    const auto& spec = fields_[static_cast<std::size_t>(index)];
    const FieldContext context{spec.name, spec.required, errors_};
    if (spec.read_array) {
      spec.read_array(context, message_, elements);
    } else {
      wrong_shape(spec, context, JsonType::kArray);
    }
  }

  Result<T> finish(void (*validate)(const T&, Checks<T>&)) {
    if (!version_seen_) return Error{ErrorCode::kMissingField, "field 'v': required"};
    if (auto e = version_error_.take()) return *std::move(e);
    if (auto e = errors_.take()) return *std::move(e);
    for (std::size_t i = 0; i < fields_.size(); ++i) {
      if (fields_[i].required && !((seen_ >> i) & 1U)) {
        return Error{ErrorCode::kMissingField,
                     "field '" + std::string(fields_[i].name) + "': required"};
      }
    }
    Checks<T> checks(seen_, fields_, errors_);
    validate(message_, checks);
    if (auto e = errors_.take()) return *std::move(e);
    return std::move(message_);
  }

 private:
  static constexpr int kVersionIndex = 63;

  // A value whose JSON type the field's reader cannot take: "expected <what it takes>, got <type>".
  void wrong_shape(const FieldSpec<T>& spec, const FieldContext& context, JsonType got) {
    if (spec.read) {
      JsonValue bare;
      bare.type = got;
      spec.read(context, message_, bare);  // scalar readers name their own type
    } else {
      context.wrong_type(spec.read_object ? "object" : "array", got);
    }
  }

  // Records the field as seen; a repeated field is an error (two parsers could disagree on it).
  bool first_time(int index) {
    const auto bit = std::uint64_t{1} << index;
    if (seen_ & bit) {
      errors_.fail(ErrorCode::kInvalidValue, fields_[static_cast<std::size_t>(index)].name,
                   "appears more than once");
      return false;
    }
    seen_ |= bit;
    return true;
  }

  void read_version(const JsonValue& value) {
    if (version_seen_) {
      version_error_.fail(ErrorCode::kInvalidValue, "v", "appears more than once");
      return;
    }
    version_seen_ = true;
    if (value.type != JsonType::kUnsigned && value.type != JsonType::kInteger) {
      FieldContext{"v", true, version_error_}.wrong_type("integer", value.type);
    } else if (value.type != JsonType::kUnsigned || value.unsigned_ != kSchemaVersion) {
      const auto shown = value.type == JsonType::kUnsigned ? std::to_string(value.unsigned_)
                                                           : std::to_string(value.integer);
      version_error_.fail(ErrorCode::kUnsupportedVersion, "v",
                          "version " + shown + " is not supported (this build speaks " +
                              std::to_string(kSchemaVersion) + ")");
    }
  }

  std::span<const FieldSpec<T>> fields_;
  T message_;
  std::uint64_t seen_ = 0;
  bool version_seen_ = false;
  DecodeErrors version_error_;
  DecodeErrors errors_;
};

// Runs the whole pipeline; never throws.
template <class T>
Result<T> decode_message(std::string_view payload, std::span<const FieldSpec<T>> fields,
                         void (*validate)(const T&, Checks<T>&)) {
  if (payload.size() > kMaxPayloadBytes) {
    return Error{ErrorCode::kTooLarge, "payload of " + std::to_string(payload.size()) +
                                           " bytes exceeds " + std::to_string(kMaxPayloadBytes)};
  }
  if (!is_valid_utf8(payload)) return Error{ErrorCode::kInvalidUtf8, "payload is not valid UTF-8"};
  try {
    MessageDecoder<T> decoder(fields);
    JsonObjectReader<MessageDecoder<T>> reader(decoder);
    auto read = reader.read(payload);
    if (read.outcome == ReadOutcome::kMalformed) {
      return Error{ErrorCode::kMalformed, std::move(read.syntax_error)};
    }
    if (read.outcome == ReadOutcome::kNotAnObject) {
      return Error{ErrorCode::kNotAnObject, "top level is not a JSON object"};
    }
    return decoder.finish(validate);
  } catch (const std::exception& e) {  // only allocation failures can get here
    return Error{ErrorCode::kMalformed, std::string("decoder failed: ") + e.what()};
  }
}

}  // namespace anju::protocol
