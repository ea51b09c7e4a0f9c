#include "text/call_wording.h"

#include "text/phrasebook.h"

namespace anju::kiosk {

std::string CallWording::spoken(Language language) const {
  if (detail.empty()) return headline;
  return headline + (language == Language::kZh ? "。" : ". ") + detail;
}

CallWording describe_call(const CallSnapshot& s, Language lang, std::string_view staff_name) {
  const bool emergency = s.kind == CallKind::kEmergency;
  auto p = [lang](std::string_view key) { return std::string(phrase(key, lang)); };
  switch (s.phase) {
    case CallPhase::kNone:
      return {};
    case CallPhase::kPlaced:
      if (s.connecting())
        return {p(emergency ? "emergency_connecting" : "state_connecting"), p("connecting_detail")};
      if (emergency) return {p("emergency_placed"), p("emergency_detail")};
      return {p("state_placed"),
              p(s.station_confirmed ? "placed_detail" : "placed_detail_sending")};
    case CallPhase::kAcknowledged:
      return {p(emergency ? "emergency_ack" : "state_acknowledged"),
              staff_name.empty() ? p("ack_detail")
                                 : fill(phrase("ack_detail_named", lang), staff_name)};
    case CallPhase::kPresent:
      return {p("state_present"), staff_name.empty()
                                      ? std::string()
                                      : fill(phrase("present_detail_named", lang), staff_name)};
  }
  return {};
}

}  // namespace anju::kiosk
