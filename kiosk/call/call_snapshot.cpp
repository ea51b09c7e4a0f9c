#include "call/call_snapshot.h"

#include <array>
#include <utility>

namespace anju::kiosk {
namespace {

constexpr std::array<std::pair<ServiceKind, std::string_view>, 5> kServiceNames{{
    {ServiceKind::kWater, "water"},
    {ServiceKind::kToilet, "toilet"},
    {ServiceKind::kPain, "pain"},
    {ServiceKind::kTurn, "turn"},
    {ServiceKind::kMeal, "meal"},
}};

template <class Enum, std::size_t N>
std::string_view name_of(const std::array<std::pair<Enum, std::string_view>, N>& names, Enum v) {
  for (const auto& [value, name] : names)
    if (value == v) return name;
  return "?";
}

template <class Enum, std::size_t N>
std::optional<Enum> value_of(const std::array<std::pair<Enum, std::string_view>, N>& names,
                             std::string_view s) {
  for (const auto& [value, name] : names)
    if (name == s) return value;
  return std::nullopt;
}

}  // namespace

std::string_view to_string(ServiceKind kind) {
  return name_of(kServiceNames, kind);
}
std::optional<ServiceKind> parse_service_kind(std::string_view s) {
  return value_of(kServiceNames, s);
}
std::optional<CallPhase> parse_call_phase(std::string_view s) {
  if (s == "idle") return CallPhase::kNone;
  return protocol::parse_call_state(s);
}

}  // namespace anju::kiosk
