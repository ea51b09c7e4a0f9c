#include "common/result.h"

namespace anju {

const char* to_string(ErrorCode code) {
  switch (code) {
    case ErrorCode::kTooLarge:
      return "too_large";
    case ErrorCode::kInvalidUtf8:
      return "invalid_utf8";
    case ErrorCode::kMalformed:
      return "malformed";
    case ErrorCode::kNotAnObject:
      return "not_an_object";
    case ErrorCode::kUnsupportedVersion:
      return "unsupported_version";
    case ErrorCode::kMissingField:
      return "missing_field";
    case ErrorCode::kWrongType:
      return "wrong_type";
    case ErrorCode::kInvalidValue:
      return "invalid_value";
    case ErrorCode::kBadTopic:
      return "bad_topic";
    case ErrorCode::kIo:
      return "io";
    case ErrorCode::kConfig:
      return "config";
  }
  return "unknown";
}

}  // namespace anju
