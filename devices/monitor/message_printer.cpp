#include "monitor/message_printer.h"

#include <sstream>
#include <type_traits>

#include "protocol/codec.h"

namespace anju::devices {
namespace {

using namespace protocol;

void field(std::ostringstream& out, const char* name, const std::string& value) {
  if (!value.empty()) out << ' ' << name << '=' << value;
}

std::string line(const Presence& m) {
  std::ostringstream out;
  out << "PRESENCE " << m.node << ' ' << to_string(m.state) << " kind=" << to_string(m.kind);
  field(out, "room", m.room);
  field(out, "version", m.version);
  return out.str();
}

std::string line(const Heartbeat& m) {
  std::ostringstream out;
  out << "HEARTBT  " << m.node << " seq=" << m.seq << " uptime=" << m.uptime_s << 's';
  for (const auto& [name, value] : m.stats) out << ' ' << name << '=' << value;
  return out.str();
}

std::string line(const Event& m) {
  std::ostringstream out;
  out << "EVENT    " << m.node << ' ' << to_string(m.type);
  field(out, "room", m.room);
  field(out, "bed", m.bed);
  field(out, "device", m.device);
  field(out, "staff", m.staff);
  field(out, "alarm", m.alarm);
  field(out, "detail", m.detail);
  if (m.confidence > 0) out << " confidence=" << m.confidence;
  field(out, "clip", m.clip);
  out << " seq=" << m.seq;
  return out.str();
}

std::string line(const AlarmState& m) {
  std::ostringstream out;
  out << "ALARM    " << m.alarm << ' ' << to_string(m.priority) << ' ' << to_string(m.status)
      << " type=" << m.type;
  field(out, "room", m.room);
  field(out, "by", m.by);
  if (m.escalation > 0) out << " escalation=" << m.escalation;
  return out.str();
}

std::string line(const RoomSummary& m) {
  std::ostringstream out;
  out << "ROOM     " << m.room << " active=" << m.active << " call=" << to_string(m.call);
  if (m.top) out << " top=" << to_string(*m.top);
  field(out, "staff", m.staff);
  if (m.round) out << " round=" << to_string(*m.round);
  return out.str();
}

std::string line(const Command& m) {
  std::ostringstream out;
  out << "CMD      " << m.node << ' ' << to_string(m.cmd);
  field(out, "alarm", m.alarm);
  field(out, "staff", m.staff);
  field(out, "text", m.text);
  if (!m.events.empty()) out << " events=" << m.events.size();
  return out.str();
}

std::string line(const Incident& m) {
  std::ostringstream out;
  out << "INCIDENT " << m.incident << " type=" << m.type;
  field(out, "room", m.room);
  field(out, "alarm", m.alarm);
  field(out, "clip", m.clip);
  field(out, "outcome", m.outcome);
  return out.str();
}

std::string line(const ShiftReport& m) {
  std::ostringstream out;
  out << "REPORT   " << m.report << " alarms=" << m.all.alarms << " answered=" << m.all.answered
      << " p50=" << m.all.p50_s << "s p90=" << m.all.p90_s << "s rounds=" << m.rounds_on_time << '/'
      << (m.rounds_on_time + m.rounds_missed);
  return out.str();
}

}  // namespace

std::string describe_message(std::string_view topic, std::string_view payload) {
  auto decoded = decode(topic, payload);
  if (!decoded) {
    return "REJECT   " + std::string(topic) + ": " + to_string(decoded.error().code) + ": " +
           decoded.error().reason;
  }
  return std::visit([](const auto& m) { return line(m); }, decoded.value().message);
}

}  // namespace anju::devices
