// Decoding of source events (anju/v1/<site>/event/<node>). Field table first, then the rules that
// depend on the event type (event_rules.h).
#include <algorithm>
#include <array>
#include <limits>

#include "protocol/codec.h"
#include "protocol/event_rules.h"
#include "protocol/message_decoder.h"

namespace anju::protocol {
namespace {

constexpr double kUnbounded = std::numeric_limits<double>::infinity();

struct BoxSide {
  std::string_view key;
  std::string_view field;  // as named in reasons
  double Box::*member;
  double lo;
};
constexpr std::array<BoxSide, 4> kBoxSides{{
    {"x", "box.x", &Box::x, -kUnbounded},
    {"y", "box.y", &Box::y, -kUnbounded},
    {"w", "box.w", &Box::w, 0},
    {"h", "box.h", &Box::h, 0},
}};

void read_box(const FieldContext& f, Event& e, const std::vector<JsonMember>& members) {
  Box box;
  for (const auto& side : kBoxSides) {
    const FieldContext context{side.field, true, f.errors};
    int found = 0;
    for (const auto& m : members) {
      if (m.key != side.key) continue;
      if (++found == 1) read_number(context, m.value(), side.lo, kUnbounded, box.*side.member);
    }
    if (found == 0) context.fail(ErrorCode::kMissingField, "required");
    if (found > 1) context.fail(ErrorCode::kInvalidValue, "appears more than once");
  }
  e.box = box;
}

constexpr FieldSpec<Event> kEventFields[] = {
    {"id", kRequired, [](auto& f, Event& e, auto& v) { read_message_id(f, v, e.id); }},
    {"ts", kRequired, [](auto& f, Event& e, auto& v) { read_timestamp(f, v, e.ts); }},
    {"seq", kRequired,
     [](auto& f, Event& e, auto& v) {
       read_count(f, v, std::numeric_limits<std::uint64_t>::max(), e.seq);
     }},
    {"node", kRequired, [](auto& f, Event& e, auto& v) { read_id(f, v, e.node); }},
    {"type", kRequired,
     [](auto& f, Event& e, auto& v) { read_enum(f, v, parse_event_type, e.type); }},
    {"room", kOptional, [](auto& f, Event& e, auto& v) { read_id(f, v, e.room); }},
    {"bed", kOptional, [](auto& f, Event& e, auto& v) { read_id(f, v, e.bed); }},
    {"device", kOptional, [](auto& f, Event& e, auto& v) { read_id(f, v, e.device); }},
    {"staff", kOptional, [](auto& f, Event& e, auto& v) { read_id(f, v, e.staff); }},
    {"alarm", kOptional, [](auto& f, Event& e, auto& v) { read_id(f, v, e.alarm); }},
    {"detail", kOptional, [](auto& f, Event& e, auto& v) { read_text(f, v, e.detail); }},
    {"confidence", kOptional,
     [](auto& f, Event& e, auto& v) { read_number(f, v, 0.0, 1.0, e.confidence); }},
    {"box", kOptional, nullptr, read_box},
    {"clip", kOptional, [](auto& f, Event& e, auto& v) { read_text(f, v, e.clip); }},
    {"clip_start_ts", kOptional,
     [](auto& f, Event& e, auto& v) { read_timestamp(f, v, e.clip_start_ts); }},
    {"clip_end_ts", kOptional,
     [](auto& f, Event& e, auto& v) { read_timestamp(f, v, e.clip_end_ts); }},
    {"outcome", kOptional, [](auto& f, Event& e, auto& v) { read_id(f, v, e.outcome); }},
    {"root_cause", kOptional, [](auto& f, Event& e, auto& v) { read_text(f, v, e.root_cause); }},
    {"assignee", kOptional, [](auto& f, Event& e, auto& v) { read_id(f, v, e.assignee); }},
};
static_assert(is_well_formed(kEventFields));

void validate_event(const Event& e, Checks<Event>& c) {
  const auto needs = needs_of(e.type);
  const auto type = to_string(e.type);
  if (needs.room) c.require("room", e.room.empty(), "type", type);
  if (needs.staff) c.require("staff", e.staff.empty(), "type", type);
  if (needs.alarm) c.require("alarm", e.alarm.empty(), "type", type);
  if (needs.device) c.require("device", e.device.empty(), "type", type);
  if (needs.detail) c.require("detail", e.detail.empty(), "type", type);
  if (needs.clip) {
    c.require("clip", e.clip.empty(), "type", type);
    c.require("clip_start_ts", e.clip_start_ts == 0, "type", type);
    c.require("clip_end_ts", e.clip_end_ts == 0, "type", type);
    if (e.clip_end_ts < e.clip_start_ts)
      c.fail(ErrorCode::kInvalidValue, "clip_end_ts", "must not be before clip_start_ts");
  }
  if (needs.outcome) {
    c.require("outcome", e.outcome.empty(), "type", type);
    if (!e.outcome.empty() && !is_incident_outcome(e.outcome)) {
      c.fail(ErrorCode::kInvalidValue, "outcome",
             quote_short(e.outcome) + " is not one of fall|self_lowering|near_miss|false_alarm");
    }
  }
  if (needs.confidence && !c.present("confidence")) {
    c.fail(ErrorCode::kMissingField, "confidence", "required for type '" + std::string(type) + "'");
  }
  const auto allowed = allowed_details(e.type);
  if (!allowed.empty() && !e.detail.empty() &&
      std::find(allowed.begin(), allowed.end(), e.detail) == allowed.end()) {
    std::string what = quote_short(e.detail) + " is not one of ";
    for (const auto& name : allowed) what.append(name).append(&name == &allowed.back() ? "" : "|");
    c.fail(ErrorCode::kInvalidValue, "detail", what);
  }
}

}  // namespace

Result<Event> decode_event(std::string_view payload) {
  return decode_message<Event>(payload, kEventFields, validate_event);
}

}  // namespace anju::protocol
