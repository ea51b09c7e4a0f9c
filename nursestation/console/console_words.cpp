#include "console/console_words.h"

#include <QCoreApplication>
#include <array>
#include <utility>

namespace anju::console::words {
namespace {

// Context "Labels": the translations these words had when they lived in Labels.qml.
using Table = std::pair<std::string_view, const char*>;

constexpr auto kAlarmTypes = std::to_array<Table>({
    {"call", QT_TRANSLATE_NOOP("Labels", "Nurse call")},
    {"bathroom_call", QT_TRANSLATE_NOOP("Labels", "Bathroom call")},
    {"emergency", QT_TRANSLATE_NOOP("Labels", "Emergency")},
    {"staff_emergency", QT_TRANSLATE_NOOP("Labels", "Staff emergency")},
    {"service_request", QT_TRANSLATE_NOOP("Labels", "Request")},
    {"fall", QT_TRANSLATE_NOOP("Labels", "Fall detected")},
    {"wander", QT_TRANSLATE_NOOP("Labels", "Wandering")},
    {"bed_exit", QT_TRANSLATE_NOOP("Labels", "Bed exit")},
    {"low_battery", QT_TRANSLATE_NOOP("Labels", "Low battery")},
    {"camera_offline", QT_TRANSLATE_NOOP("Labels", "Camera offline")},
    {"node_offline", QT_TRANSLATE_NOOP("Labels", "Device offline")},
    {"round_overdue", QT_TRANSLATE_NOOP("Labels", "Round overdue")},
});
constexpr auto kRequests = std::to_array<Table>({
    {"water", QT_TRANSLATE_NOOP("Labels", "Water")},
    {"toilet", QT_TRANSLATE_NOOP("Labels", "Toilet help")},
    {"pain", QT_TRANSLATE_NOOP("Labels", "Pain")},
    {"turn", QT_TRANSLATE_NOOP("Labels", "Turn over")},
    {"meal", QT_TRANSLATE_NOOP("Labels", "Meal")},
});
// Notes the engine attaches to an alarm (alarm_engine.cpp).
constexpr auto kNotes = std::to_array<Table>({
    {"resident reports OK", QT_TRANSLATE_NOOP("Labels", "Resident reports OK")},
    {"person got up", QT_TRANSLATE_NOOP("Labels", "Person got up")},
});
constexpr auto kPriorities = std::to_array<Table>({
    {"high", QT_TRANSLATE_NOOP("Labels", "HIGH")},
    {"medium", QT_TRANSLATE_NOOP("Labels", "MEDIUM")},
    {"low", QT_TRANSLATE_NOOP("Labels", "LOW")},
});
constexpr auto kStatuses = std::to_array<Table>({
    {"raised", QT_TRANSLATE_NOOP("Labels", "Waiting")},
    {"acknowledged", QT_TRANSLATE_NOOP("Labels", "Nurse coming")},
    {"present", QT_TRANSLATE_NOOP("Labels", "Staff in room")},
});
constexpr auto kCalls = std::to_array<Table>({
    {"none", QT_TRANSLATE_NOOP("Labels", "Quiet")},
    {"placed", QT_TRANSLATE_NOOP("Labels", "Call waiting")},
    {"acknowledged", QT_TRANSLATE_NOOP("Labels", "Nurse coming")},
    {"present", QT_TRANSLATE_NOOP("Labels", "Staff in room")},
});
constexpr auto kRounds = std::to_array<Table>({
    {"ok", QT_TRANSLATE_NOOP("Labels", "On schedule")},
    {"due", QT_TRANSLATE_NOOP("Labels", "Due now")},
    {"overdue", QT_TRANSLATE_NOOP("Labels", "Overdue")},
});
constexpr auto kShifts = std::to_array<Table>({
    {"day", QT_TRANSLATE_NOOP("Labels", "Day shift")},
    {"evening", QT_TRANSLATE_NOOP("Labels", "Evening shift")},
    {"night", QT_TRANSLATE_NOOP("Labels", "Night shift")},
});
constexpr auto kRoles = std::to_array<Table>({
    {"nurse", QT_TRANSLATE_NOOP("Labels", "Nurse")},
    {"charge_nurse", QT_TRANSLATE_NOOP("Labels", "Charge nurse")},
    {"manager", QT_TRANSLATE_NOOP("Labels", "Manager")},
});
constexpr auto kKinds = std::to_array<Table>({
    {"kiosk", QT_TRANSLATE_NOOP("Labels", "Kiosk")},
    {"gateway", QT_TRANSLATE_NOOP("Labels", "Call gateway")},
    {"vision", QT_TRANSLATE_NOOP("Labels", "Camera node")},
    {"engine", QT_TRANSLATE_NOOP("Labels", "Station engine")},
    {"console", QT_TRANSLATE_NOOP("Labels", "Console")},
    {"simulator", QT_TRANSLATE_NOOP("Labels", "Simulator")},
});

constexpr auto kPageStates = std::to_array<Table>({
    {"sent", QT_TRANSLATE_NOOP("Labels", "paged")},
    {"delivered", QT_TRANSLATE_NOOP("Labels", "received")},
    {"read", QT_TRANSLATE_NOOP("Labels", "read")},
    {"accepted", QT_TRANSLATE_NOOP("Labels", "accepted")},
    {"declined", QT_TRANSLATE_NOOP("Labels", "declined")},
    {"timed_out", QT_TRANSLATE_NOOP("Labels", "no answer")},
    {"unreachable", QT_TRANSLATE_NOOP("Labels", "phone offline")},
});

template <std::size_t N>
const char* find(const std::array<Table, N>& table, std::string_view name) {
  for (const auto& [wire, source] : table)
    if (wire == name) return source;
  return nullptr;
}

// The word in the installed language; the wire name itself when it has none.
template <std::size_t N>
QString word(const std::array<Table, N>& table, std::string_view name) {
  if (const char* source = find(table, name)) return QCoreApplication::translate("Labels", source);
  return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
}

}  // namespace

QString alarm_type(std::string_view type) {
  return word(kAlarmTypes, type);
}
QString request(std::string_view detail) {
  return word(kRequests, detail);
}
QString note(std::string_view note) {
  return note.empty() ? QString() : word(kNotes, note);
}
QString priority(std::string_view priority) {
  return word(kPriorities, priority);
}
QString status(std::string_view status) {
  return word(kStatuses, status);
}
QString call(std::string_view call_state) {
  return word(kCalls, call_state.empty() ? "none" : call_state);
}
QString round(std::string_view round_state) {
  return word(kRounds, round_state);
}
QString shift(std::string_view shift) {
  return word(kShifts, shift);
}
QString role(std::string_view role) {
  return word(kRoles, role);
}
QString node_kind(std::string_view kind) {
  return word(kKinds, kind);
}
QString page_state(std::string_view state) {
  return word(kPageStates, state);
}

QString escalation(int level) {
  if (level >= 2) return QCoreApplication::translate("Labels", "Escalated to all staff");
  if (level == 1) return QCoreApplication::translate("Labels", "Escalated to charge nurse");
  return {};
}

QString alarm_title(std::string_view type, std::string_view detail) {
  if (type == "service_request" && !detail.empty())
    return alarm_type(type) + QStringLiteral(": ") + request(detail);
  return alarm_type(type);
}

bool has_alarm_type(std::string_view type) {
  return find(kAlarmTypes, type) != nullptr;
}

}  // namespace anju::console::words

namespace anju::console {
namespace {
std::string utf8(const QString& s) {
  return s.toStdString();
}
}  // namespace

QString ConsoleWords::type(const QString& t) const {
  return words::alarm_type(utf8(t));
}
QString ConsoleWords::request(const QString& d) const {
  return words::request(utf8(d));
}
QString ConsoleWords::priority(const QString& p) const {
  return words::priority(utf8(p));
}
QString ConsoleWords::call(const QString& c) const {
  return words::call(utf8(c));
}
QString ConsoleWords::round(const QString& s) const {
  return words::round(utf8(s));
}
QString ConsoleWords::shift(const QString& s) const {
  return words::shift(utf8(s));
}
QString ConsoleWords::role(const QString& r) const {
  return words::role(utf8(r));
}
QString ConsoleWords::kind(const QString& k) const {
  return words::node_kind(utf8(k));
}

}  // namespace anju::console
