#pragma once
// The Range request header for one byte range (RFC 9110 14.1.2), which is what video players send
// when they seek. A malformed header or a multi-range request is ignored: the whole file is served,
// as the RFC allows.
#include <cstdint>
#include <string_view>

namespace anju::clipserver {

struct ByteRange {
  enum class Kind {
    kWhole,          // no usable Range: serve everything (200)
    kPart,           // serve [first, first + length) (206)
    kUnsatisfiable,  // nothing of the file matches (416)
  };
  Kind kind = Kind::kWhole;
  std::uint64_t first = 0;
  std::uint64_t length = 0;
};

ByteRange parse_range(std::string_view header, std::uint64_t file_size);

}  // namespace anju::clipserver
