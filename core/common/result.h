#pragma once
// A value or a typed error with a human-readable reason. Decoders and loaders return this instead
// of throwing, so bad input can never escape as an exception.
#include <string>
#include <utility>
#include <variant>

namespace anju {

enum class ErrorCode {
  kTooLarge,            // payload over the protocol limit
  kInvalidUtf8,         // bytes that are not UTF-8
  kMalformed,           // not parseable (JSON syntax, truncated, ...)
  kNotAnObject,         // top level is not a JSON object
  kUnsupportedVersion,  // schema version we do not speak
  kMissingField,        // a required field is absent
  kWrongType,           // a field has the wrong JSON type
  kInvalidValue,        // right type, value out of range or unknown enum
  kBadTopic,            // topic does not match anju/v1/<site>/<kind>/<leaf>
  kIo,                  // file or system error
  kConfig,              // configuration problem
};

const char* to_string(ErrorCode code);

struct Error {
  ErrorCode code;
  std::string reason;
};

template <class T>
class Result {
 public:
  Result(T value) : data_(std::move(value)) {}      // NOLINT(google-explicit-constructor)
  Result(Error error) : data_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

  bool ok() const { return std::holds_alternative<T>(data_); }
  explicit operator bool() const { return ok(); }
  const T& value() const& { return std::get<T>(data_); }
  T& value() & { return std::get<T>(data_); }
  T&& value() && { return std::get<T>(std::move(data_)); }
  const Error& error() const { return std::get<Error>(data_); }
  const T* operator->() const { return &value(); }
  const T& operator*() const { return value(); }

 private:
  std::variant<T, Error> data_;
};

}  // namespace anju
