#include "protocol/json_writer.h"

#include <charconv>
#include <cmath>

#include "protocol/utf8.h"

namespace anju::protocol {
namespace {

constexpr char kHex[] = "0123456789abcdef";
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

bool needs_escape(unsigned char c) {
  return c < 0x20 || c == '"' || c == '\\';
}

void append_escaped_ascii(std::string& out, unsigned char c) {
  switch (c) {
    case '"':
      out += "\\\"";
      return;
    case '\\':
      out += "\\\\";
      return;
    case '\b':
      out += "\\b";
      return;
    case '\f':
      out += "\\f";
      return;
    case '\n':
      out += "\\n";
      return;
    case '\r':
      out += "\\r";
      return;
    case '\t':
      out += "\\t";
      return;
    default:
      out += "\\u00";
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
  }
}

// Appends valid UTF-8, escaping only what JSON requires; runs of plain bytes are copied at once.
void append_escaped(std::string& out, std::string_view s) {
  std::size_t run = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (!needs_escape(c)) continue;
    out.append(s, run, i - run);
    append_escaped_ascii(out, c);
    run = i + 1;
  }
  out.append(s, run, s.size() - run);
}

// Slow path for invalid input: each byte that does not start a valid sequence becomes U+FFFD.
void append_repaired(std::string& out, std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t length = 1;
    const auto lead = static_cast<unsigned char>(s[i]);
    if (lead >= 0x80) {
      length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
      if (i + length > s.size() || !is_valid_utf8(s.substr(i, length))) {
        out += kReplacement;
        ++i;
        continue;
      }
    }
    append_escaped(out, s.substr(i, length));
    i += length;
  }
}

}  // namespace

JsonWriter::JsonWriter() {
  out_.reserve(256);
  out_ += '{';
}

void JsonWriter::key(std::string_view name) {
  if (!first_) out_ += ',';
  first_ = false;
  string(name);
  out_ += ':';
}

void JsonWriter::string(std::string_view value) {
  out_ += '"';
  if (is_valid_utf8(value)) {
    append_escaped(out_, value);
  } else {
    append_repaired(out_, value);
  }
  out_ += '"';
}

JsonWriter& JsonWriter::text(std::string_view k, std::string_view value) {
  key(k);
  string(value);
  return *this;
}

JsonWriter& JsonWriter::integer(std::string_view k, std::int64_t value) {
  key(k);
  char buffer[24];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out_.append(buffer, result.ptr);
  return *this;
}

JsonWriter& JsonWriter::unsigned_integer(std::string_view k, std::uint64_t value) {
  key(k);
  char buffer[24];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out_.append(buffer, result.ptr);
  return *this;
}

JsonWriter& JsonWriter::number(std::string_view k, double value) {
  key(k);
  if (!std::isfinite(value)) {
    out_ += "null";
    return *this;
  }
  char buffer[32];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out_.append(buffer, result.ptr);
  return *this;
}

JsonWriter& JsonWriter::optional_text(std::string_view k, std::string_view value) {
  return value.empty() ? *this : text(k, value);
}

JsonWriter& JsonWriter::optional_integer(std::string_view k, std::int64_t value) {
  return value == 0 ? *this : integer(k, value);
}

JsonWriter& JsonWriter::text_array(std::string_view k, const std::vector<std::string>& values) {
  key(k);
  out_ += '[';
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out_ += ',';
    string(values[i]);
  }
  out_ += ']';
  return *this;
}

JsonWriter& JsonWriter::begin_object(std::string_view k) {
  key(k);
  out_ += '{';
  first_ = true;
  return *this;
}

JsonWriter& JsonWriter::end_object() {
  out_ += '}';
  first_ = false;
  return *this;
}

std::string JsonWriter::finish() && {
  out_ += '}';
  return std::move(out_);
}

}  // namespace anju::protocol
