// Decoding of what every node says about itself: presence (retained birth record / Last Will) and
// heartbeats.
#include <array>
#include <limits>

#include "protocol/codec.h"
#include "protocol/message_decoder.h"

namespace anju::protocol {
namespace {

constexpr int kMaxHeartbeatSeconds = 24 * 3600;

constexpr FieldSpec<Presence> kPresenceFields[] = {
    {"id", kRequired, [](auto& f, Presence& p, auto& v) { read_message_id(f, v, p.id); }},
    {"ts", kRequired, [](auto& f, Presence& p, auto& v) { read_timestamp(f, v, p.ts); }},
    {"node", kRequired, [](auto& f, Presence& p, auto& v) { read_id(f, v, p.node); }},
    {"kind", kRequired,
     [](auto& f, Presence& p, auto& v) { read_enum(f, v, parse_node_kind, p.kind); }},
    {"state", kRequired,
     [](auto& f, Presence& p, auto& v) { read_enum(f, v, parse_presence_state, p.state); }},
    {"room", kOptional, [](auto& f, Presence& p, auto& v) { read_id(f, v, p.room); }},
    {"version", kOptional, [](auto& f, Presence& p, auto& v) { read_text(f, v, p.version); }},
    {"heartbeat_s", kOptional,
     [](auto& f, Presence& p, auto& v) { read_count(f, v, kMaxHeartbeatSeconds, p.heartbeat_s); }},
};
static_assert(is_well_formed(kPresenceFields));

void validate_presence(const Presence& /*unused*/, Checks<Presence>& /*unused*/) {}

// Stats: a flat object of name -> number, kept in the order received.
void read_stats(const FieldContext& f, Heartbeat& h, const std::vector<JsonMember>& members) {
  h.stats.clear();
  h.stats.reserve(members.size());
  for_each_keyed_member(f, members, [&](const FieldContext& context, const JsonMember& m) {
    for (const auto& [name, value] : h.stats) {
      if (name == m.key)
        return f.fail(ErrorCode::kInvalidValue, quote_short(m.key) + " appears twice");
    }
    double value = 0;
    read_number(context, m.value(), -std::numeric_limits<double>::infinity(),
                std::numeric_limits<double>::infinity(), value);
    if (!f.errors.any()) h.stats.emplace_back(m.key, value);
  });
}

constexpr FieldSpec<Heartbeat> kHeartbeatFields[] = {
    {"id", kRequired, [](auto& f, Heartbeat& h, auto& v) { read_message_id(f, v, h.id); }},
    {"ts", kRequired, [](auto& f, Heartbeat& h, auto& v) { read_timestamp(f, v, h.ts); }},
    {"node", kRequired, [](auto& f, Heartbeat& h, auto& v) { read_id(f, v, h.node); }},
    {"seq", kRequired,
     [](auto& f, Heartbeat& h, auto& v) {
       read_count(f, v, std::numeric_limits<std::uint64_t>::max(), h.seq);
     }},
    {"uptime_s", kOptional,
     [](auto& f, Heartbeat& h, auto& v) {
       read_count(f, v, std::numeric_limits<std::int64_t>::max(), h.uptime_s);
     }},
    {"stats", kOptional, nullptr, read_stats},
};
static_assert(is_well_formed(kHeartbeatFields));

void validate_heartbeat(const Heartbeat& /*unused*/, Checks<Heartbeat>& /*unused*/) {}

}  // namespace

Result<Presence> decode_presence(std::string_view payload) {
  return decode_message<Presence>(payload, kPresenceFields, validate_presence);
}

Result<Heartbeat> decode_heartbeat(std::string_view payload) {
  return decode_message<Heartbeat>(payload, kHeartbeatFields, validate_heartbeat);
}

}  // namespace anju::protocol
