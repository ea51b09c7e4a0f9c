#include "speech/announcer.h"

#include "text/call_wording.h"
#include "text/phrasebook.h"

namespace anju::kiosk {

namespace {

std::string_view service_phrase_key(ServiceKind kind) {
  switch (kind) {
    case ServiceKind::kWater:
      return "service_water";
    case ServiceKind::kToilet:
      return "service_toilet";
    case ServiceKind::kPain:
      return "service_pain";
    case ServiceKind::kTurn:
      return "service_turn";
    case ServiceKind::kMeal:
      return "service_meal";
  }
  return "service_water";
}

}  // namespace

Announcer::Announcer(Speaker& speaker, Language language, StaffNames staff_names)
    : speaker_(speaker), language_(language), staff_names_(std::move(staff_names)) {}

void Announcer::say_state(const CallSnapshot& s) {
  const std::string name = s.staff.empty() || !staff_names_ ? s.staff : staff_names_(s.staff);
  const auto wording = describe_call(s, language_, name);
  if (!wording.headline.empty()) speaker_.say(wording.spoken(language_), language_);
}

void Announcer::say_phrase(std::string_view key, std::string_view arg) {
  speaker_.say(fill(phrase(key, language_), arg), language_);
}

void Announcer::repeat(const CallSnapshot& snapshot) {
  say_state(snapshot);
}

void Announcer::on_change(const CallChange& c) {
  const auto& before = c.before;
  const auto& after = c.after;
  switch (c.cause) {
    case CallCause::kResidentCall:
    case CallCause::kEmergency:
      say_state(after);
      return;
    case CallCause::kResidentRepeat:
      // Reassure without alarming: the call is not lost, the answer is the same.
      if (after.phase == CallPhase::kPlaced)
        say_phrase("say_already_called");
      else
        say_state(after);
      return;
    case CallCause::kResidentOk:
      say_phrase("ok_reported");
      return;
    case CallCause::kServiceRequest:
      if (c.service)
        say_phrase("say_request_sent", phrase(service_phrase_key(*c.service), language_));
      return;
    case CallCause::kStaffPresent:
      if (after.phase == CallPhase::kPresent) say_state(after);
      return;
    case CallCause::kStaffCancel:
      if (before.active()) say_phrase("say_call_ended");
      return;
    case CallCause::kStaffNote:
      return;  // staff business, not the resident's
    case CallCause::kStation:
      // Details (alarm id, confirmation) are not news; a new step or a new name is.
      if (before.phase == after.phase && before.staff == after.staff) return;
      if (!after.active())
        say_phrase("say_call_ended");
      else
        say_state(after);
      return;
    case CallCause::kConnection:
      if (before.connecting() && after.connected) say_phrase("say_reconnected");
      return;
  }
}

}  // namespace anju::kiosk
