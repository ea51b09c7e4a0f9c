#include "phone/phone_messages.h"

#include <nlohmann/json.hpp>

#include "protocol/topics.h"

namespace anju::phone {
namespace {

using nlohmann::json;

Error bad(std::string reason) {
  return Error{ErrorCode::kInvalidValue, std::move(reason)};
}

// A string field, required: an error names it.
Result<std::string> text_field(const json& j, const char* name, std::size_t max = 256) {
  const auto it = j.find(name);
  if (it == j.end()) return bad(std::string("missing '") + name + "'");
  if (!it->is_string()) return bad(std::string("'") + name + "' must be a string");
  auto s = it->get<std::string>();
  if (s.empty() || s.size() > max) return bad(std::string("'") + name + "' is empty or too long");
  return s;
}

Result<std::string> id_field(const json& j, const char* name) {
  auto s = text_field(j, name);
  if (!s) return s;
  if (!protocol::is_valid_id(s.value())) return bad(std::string("'") + name + "' is not an id");
  return s;
}

std::string dump(const json& j) {
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace

Result<ClientMessage> parse_client_message(std::string_view text) {
  if (text.size() > kMaxClientMessageBytes) return bad("message over 4096 bytes");
  const json j = json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return bad("not a JSON object");
  auto op = text_field(j, "op", 32);
  if (!op) return op.error();
  ClientMessage m;
  const std::string& name = op.value();
  if (name == "sign_in") {
    m.op = ClientMessage::Op::kSignIn;
    auto user = id_field(j, "user");
    if (!user) return user.error();
    auto password = text_field(j, "password");
    if (!password) return password.error();
    m.user = std::move(user.value());
    m.password = std::move(password.value());
  } else if (name == "resume") {
    m.op = ClientMessage::Op::kResume;
    auto token = text_field(j, "token", 128);
    if (!token) return token.error();
    m.token = std::move(token.value());
  } else if (name == "answer" || name == "here") {
    m.op = name == "answer" ? ClientMessage::Op::kAnswer : ClientMessage::Op::kHere;
    auto alarm = id_field(j, "alarm");
    if (!alarm) return alarm.error();
    m.alarm = std::move(alarm.value());
    if (m.op == ClientMessage::Op::kAnswer) {
      auto state = text_field(j, "state", 16);
      if (!state) return state.error();
      m.state = std::move(state.value());
      if (m.state != "delivered" && m.state != "read" && m.state != "accepted" &&
          m.state != "declined")
        return bad("'state' must be delivered, read, accepted or declined");
    }
  } else if (name == "sign_out") {
    m.op = ClientMessage::Op::kSignOut;
  } else if (name == "ping") {
    m.op = ClientMessage::Op::kPing;
  } else {
    return bad("unknown op '" + name + "'");
  }
  return m;
}

std::string encode_welcome(const Welcome& w) {
  return dump({{"op", "welcome"},
               {"user", w.user},
               {"name", w.name},
               {"role", w.role},
               {"token", w.token},
               {"now", w.now},
               {"rooms", w.rooms},
               {"names", w.names}});
}

std::string encode_refused(std::string_view reason) {
  return dump({{"op", "refused"}, {"reason", reason}});
}

std::string encode_error(std::string_view reason) {
  return dump({{"op", "error"}, {"reason", reason}});
}

std::string encode_card(const PhoneCard& c) {
  json a{{"alarm", c.alarm},
         {"type", c.type},
         {"priority", protocol::to_string(c.priority)},
         {"status", protocol::to_string(c.status)},
         {"room", c.room},
         {"raised_ts", c.raised_ts},
         {"mine", c.mine},
         {"can_accept", c.can_accept},
         {"can_decline", c.can_decline},
         {"can_here", c.can_here}};
  if (!c.bed.empty()) a["bed"] = c.bed;
  if (!c.detail.empty()) a["detail"] = c.detail;
  if (!c.note.empty()) a["note"] = c.note;
  if (!c.by.empty()) a["by"] = c.by;
  if (!c.page.empty()) a["page"] = c.page;
  if (c.page_deadline > 0) a["page_deadline_ts"] = c.page_deadline;
  if (c.escalation > 0) a["escalation"] = c.escalation;
  return dump({{"op", "alarm"}, {"alarm", std::move(a)}});
}

std::string encode_gone(std::string_view alarm) {
  return dump({{"op", "gone"}, {"alarm", alarm}});
}

std::string encode_rooms(const std::vector<std::string>& rooms) {
  return dump({{"op", "rooms"}, {"rooms", rooms}});
}

std::string encode_station(bool connected, TimestampMs now) {
  return dump({{"op", "station"}, {"connected", connected}, {"now", now}});
}

std::string encode_pong(TimestampMs now) {
  return dump({{"op", "pong"}, {"now", now}});
}

std::string encode_sent(std::string_view op, std::string_view alarm) {
  return dump({{"op", "sent"}, {"what", op}, {"alarm", alarm}});
}

}  // namespace anju::phone
