#pragma once
// Runs the SAX scanner (json_scanner.h) over a payload and hands each member of the top-level
// object straight to a decoder (the Sink), so messages are filled without building a DOM. Members
// of a nested object (or elements of a nested array) under a known field are collected (one level
// deep) and handed over when the object (array) closes; everything under unknown fields is
// skipped.
//
// The whole payload is always parsed, even after the sink found a problem, so a syntax error
// anywhere wins over a field error (the same answer a DOM parse followed by validation would give).
//
// Sink interface:
//   int field_index(std::string_view key)             -1 for unknown keys (ignored)
//   void on_field(int index, const JsonValue& value)  scalars
//   void on_object_field(int index, const std::vector<JsonMember>& members)
//   void on_array_field(int index, const std::vector<JsonMember>& elements)   keys empty
// A nested container inside a collected one arrives as a member with a bare type.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "protocol/json_scanner.h"
#include "protocol/json_value.h"

namespace anju::protocol {

enum class ReadOutcome { kObject, kNotAnObject, kMalformed };

struct ReadResult {
  ReadOutcome outcome = ReadOutcome::kMalformed;
  std::string syntax_error;  // for kMalformed
};

template <class Sink>
class JsonObjectReader {
 public:
  explicit JsonObjectReader(Sink& sink) : sink_(sink) {}

  ReadResult read(std::string_view payload) {
    JsonScanner<JsonObjectReader> scanner(*this);
    const bool parsed = scanner.parse(payload);
    if (!parsed) return {ReadOutcome::kMalformed, std::move(syntax_error_)};
    return {top_level_is_object_ ? ReadOutcome::kObject : ReadOutcome::kNotAnObject, {}};
  }

  // --- JsonScanner handler interface ---
  bool null() { return scalar(JsonValue{}); }
  bool boolean(bool b) {
    JsonValue v;
    v.type = JsonType::kBool;
    v.boolean = b;
    return scalar(v);
  }
  bool number_integer(std::int64_t i) {
    JsonValue v;
    v.type = JsonType::kInteger;
    v.integer = i;
    return scalar(v);
  }
  bool number_unsigned(std::uint64_t u) {
    JsonValue v;
    v.type = JsonType::kUnsigned;
    v.unsigned_ = u;
    return scalar(v);
  }
  bool number_float(double d) {
    JsonValue v;
    v.type = JsonType::kFloat;
    v.number = d;
    return scalar(v);
  }
  bool string(std::string_view s) {
    JsonValue v;
    v.type = JsonType::kString;
    v.text = s;
    return scalar(v);
  }

  bool key(std::string_view k) {
    if (depth_ == 1) {
      field_ = sink_.field_index(k);
    } else if (collecting_ == Collecting::kObject && depth_ == 2) {
      pending_key_ = k;
    }
    return true;
  }

  bool start_object() {
    if (depth_ == 0) {
      top_level_is_object_ = true;
    } else if (depth_ == 1 && field_ >= 0) {
      start_collecting(Collecting::kObject);
    } else if (depth_ == 2 && collecting_ != Collecting::kNothing) {
      add_member(JsonType::kObject);
    }
    ++depth_;
    return true;
  }

  bool end_object() {
    --depth_;
    if (depth_ == 1 && collecting_ == Collecting::kObject) {
      collecting_ = Collecting::kNothing;
      sink_.on_object_field(field_, members_);
    }
    return true;
  }

  bool start_array() {
    if (depth_ == 0) {
      // An array at the top is not an object; keep parsing so a syntax error still wins.
    } else if (depth_ == 1 && field_ >= 0) {
      start_collecting(Collecting::kArray);
    } else if (depth_ == 2 && collecting_ != Collecting::kNothing) {
      add_member(JsonType::kArray);
    }
    ++depth_;
    return true;
  }

  bool end_array() {
    --depth_;
    if (depth_ == 1 && collecting_ == Collecting::kArray) {
      collecting_ = Collecting::kNothing;
      sink_.on_array_field(field_, members_);
    }
    return true;
  }

  bool parse_error(std::size_t position, std::string_view what) {
    syntax_error_ = "malformed JSON at byte " + std::to_string(position) + ": " + std::string(what);
    return false;
  }

 private:
  bool scalar(const JsonValue& v) {
    if (depth_ == 1) {
      if (field_ >= 0) sink_.on_field(field_, v);
    } else if (depth_ == 2 && collecting_ != Collecting::kNothing) {
      JsonMember& m = add_member(v.type);
      m.boolean = v.boolean;
      m.integer = v.integer;
      m.unsigned_ = v.unsigned_;
      m.number = v.number;
      m.text = v.text;
    }
    return true;
  }

  enum class Collecting { kNothing, kObject, kArray };

  void start_collecting(Collecting what) {
    collecting_ = what;
    members_.clear();
  }

  JsonMember& add_member(JsonType type) {
    JsonMember& m = members_.emplace_back();
    if (collecting_ == Collecting::kObject) m.key = std::move(pending_key_);
    m.type = type;
    return m;
  }

  Sink& sink_;
  int depth_ = 0;
  int field_ = -1;  // index of the current top-level key in the sink's table
  Collecting collecting_ = Collecting::kNothing;
  bool top_level_is_object_ = false;
  std::string pending_key_;
  std::vector<JsonMember> members_;
  std::string syntax_error_;
};

}  // namespace anju::protocol
