#pragma once
// The phone page's messages over its WebSocket (docs/protocol.md, "Phones"): small JSON objects
// with an "op". The page never speaks MQTT; the gateway turns its answers into events in the
// signed-in nurse's name.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "phone/phone_board.h"

namespace anju::phone {

inline constexpr std::size_t kMaxClientMessageBytes = 4096;

struct ClientMessage {
  enum class Op { kSignIn, kResume, kAnswer, kHere, kSignOut, kPing };
  Op op = Op::kPing;
  std::string user, password;  // sign_in
  std::string token;           // resume
  std::string alarm;           // answer, here
  std::string state;           // answer: delivered | read | accepted | declined
};

// A message from a page; an error naming what is wrong (too long, not JSON, unknown op, a field
// missing or of the wrong type, an alarm id that is not an id, an answer that is not one).
Result<ClientMessage> parse_client_message(std::string_view text);

struct Welcome {
  std::string user, name, role, token;
  TimestampMs now = 0;  // the station's clock, so ages do not depend on the phone's
  std::vector<std::string> rooms;
  std::map<std::string, std::string> names;  // staff id -> name: who took an alarm
};

std::string encode_welcome(const Welcome& w);
std::string encode_refused(std::string_view reason);  // sign-in refused: the page shows it
std::string encode_error(std::string_view reason);    // a message the gateway could not take
std::string encode_card(const PhoneCard& card);       // {"op":"alarm","alarm":{...}}
std::string encode_gone(std::string_view alarm);
std::string encode_rooms(const std::vector<std::string>& rooms);
std::string encode_station(bool connected, TimestampMs now);
std::string encode_pong(TimestampMs now);
// An action went to the station ("answer", "here"): the page stops its spinner.
std::string encode_sent(std::string_view op, std::string_view alarm);

}  // namespace anju::phone
