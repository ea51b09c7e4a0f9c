// libFuzzer entry point for the protocol codec. The input is "<topic>\n<payload>" (no newline: the
// whole input is the payload and the topic is empty). Checks, aborting on any failure:
//  - decode() and every decode_* return normally (a crash or sanitizer report is a finding);
//  - whatever decodes re-encodes to JSON that an independent parser (nlohmann) accepts, and decodes
//    again to an equal message (encode and decode agree on every field);
//  - the scanner's syntax verdict equals nlohmann::json::accept for any UTF-8 payload, except where
//    nlohmann is lenient on purpose: a leading BOM (skipped) and NUL bytes (end of input).
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "protocol/codec.h"
#include "protocol/json_scanner.h"
#include "protocol/utf8.h"

namespace {

using namespace anju::protocol;

[[noreturn]] void fail(const char* what, std::string_view detail) {
  std::fprintf(stderr, "decode_fuzzer: %s\n%.*s\n", what, static_cast<int>(detail.size()),
               detail.data());
  std::abort();
}

template <class T>
void check_round_trip(const anju::Result<T>& decoded,
                      anju::Result<T> (*decode_fn)(std::string_view)) {
  if (!decoded) return;
  const std::string encoded = encode(decoded.value());
  if (!nlohmann::json::accept(encoded)) fail("encoder wrote invalid JSON", encoded);
  const auto again = decode_fn(encoded);
  if (!again) fail("re-encoded message does not decode", encoded + "\n" + again.error().reason);
  if (!(again.value() == decoded.value())) fail("re-decoded message differs", encoded);
}

void check_envelope_round_trip(std::string_view topic_name, std::string_view payload) {
  const auto decoded = decode(topic_name, payload);
  if (!decoded) return;
  const std::string encoded =
      std::visit([](const auto& message) { return encode(message); }, decoded->message);
  const auto again = decode(topic(decoded->topic), encoded);
  if (!again) fail("re-encoded envelope does not decode", encoded + "\n" + again.error().reason);
  if (!(again->topic == decoded->topic) || !(again->message == decoded->message)) {
    fail("re-decoded envelope differs", encoded);
  }
  if (message_id(again->message) != message_id(decoded->message)) fail("ids differ", encoded);
}

struct NullHandler {
  bool null() { return true; }
  bool boolean(bool) { return true; }
  bool number_integer(std::int64_t) { return true; }
  bool number_unsigned(std::uint64_t) { return true; }
  bool number_float(double) { return true; }
  bool string(std::string_view) { return true; }
  bool key(std::string_view) { return true; }
  bool start_object() { return true; }
  bool end_object() { return true; }
  bool start_array() { return true; }
  bool end_array() { return true; }
  bool parse_error(std::size_t, std::string_view) { return false; }
};

void check_syntax_verdict(std::string_view payload) {
  if (payload.size() > kMaxPayloadBytes || !is_valid_utf8(payload)) return;
  if (payload.starts_with("\xEF\xBB\xBF") || payload.find('\0') != std::string_view::npos) return;
  NullHandler handler;
  const bool ours = JsonScanner<NullHandler>(handler).parse(payload);
  const bool reference = nlohmann::json::accept(payload.begin(), payload.end());
  if (ours != reference) {
    fail(ours ? "scanner accepts what nlohmann rejects" : "scanner rejects what nlohmann accepts",
         payload);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const auto newline = input.find('\n');
  const std::string_view topic_name =
      newline == std::string_view::npos ? std::string_view{} : input.substr(0, newline);
  const std::string_view payload =
      newline == std::string_view::npos ? input : input.substr(newline + 1);

  check_envelope_round_trip(topic_name, payload);
  check_round_trip(decode_presence(payload), decode_presence);
  check_round_trip(decode_heartbeat(payload), decode_heartbeat);
  check_round_trip(decode_event(payload), decode_event);
  check_round_trip(decode_alarm_state(payload), decode_alarm_state);
  check_round_trip(decode_room_summary(payload), decode_room_summary);
  check_round_trip(decode_command(payload), decode_command);
  check_round_trip(decode_incident(payload), decode_incident);
  check_syntax_verdict(payload);
  return 0;
}
