#include "text/phrasebook.h"

#include <array>
#include <vector>

#include "text/phrasebook_zh.h"

namespace anju::kiosk {
namespace {

struct English {
  std::string_view key, en;
};
// lupdate reads each phrase from this macro: context "Kiosk", the English as the source and the
// key as its disambiguation. The Chinese lives in kiosk/i18n/kiosk_zh_CN.ts (Qt Linguist), compiled
// into phrasebook_zh.cpp at build time.
#define QT_TRANSLATE_NOOP3(context, english, key) \
  English {                                       \
    key, english                                  \
  }

// Short words, one idea per phrase, the most important word first: residents read slowly and
// some only catch the first words the voice says.
constexpr std::array kEnglish = std::to_array<English>({
    // Language switch: the button shows the name of the language it switches to.
    QT_TRANSLATE_NOOP3("Kiosk", "English", "lang_name"),
    QT_TRANSLATE_NOOP3("Kiosk", "Room %1", "room"),

    // The call button and the emergency button.
    QT_TRANSLATE_NOOP3("Kiosk", "Call nurse", "call_nurse"),
    QT_TRANSLATE_NOOP3("Kiosk", "Press here if you need a nurse", "call_nurse_hint"),
    QT_TRANSLATE_NOOP3("Kiosk", "Call again", "call_again"),
    QT_TRANSLATE_NOOP3("Kiosk", "Emergency call", "emergency"),
    QT_TRANSLATE_NOOP3("Kiosk", "Press here if you need help now", "emergency_hint"),
    QT_TRANSLATE_NOOP3("Kiosk", "Call for help", "call_for_help"),

    // Where the call stands.
    QT_TRANSLATE_NOOP3("Kiosk", "Your call has been sent", "state_placed"),
    QT_TRANSLATE_NOOP3("Kiosk", "The nurse station has your call. Please wait.", "placed_detail"),
    QT_TRANSLATE_NOOP3("Kiosk", "Sending to the nurse station. Please wait.",
                       "placed_detail_sending"),
    QT_TRANSLATE_NOOP3("Kiosk", "Call placed – connecting", "state_connecting"),
    QT_TRANSLATE_NOOP3("Kiosk", "Your call is saved. It is sent as soon as the connection is back.",
                       "connecting_detail"),
    QT_TRANSLATE_NOOP3("Kiosk", "A nurse is coming", "state_acknowledged"),
    QT_TRANSLATE_NOOP3("Kiosk", "Please stay where you are.", "ack_detail"),
    QT_TRANSLATE_NOOP3("Kiosk", "%1 is on the way.", "ack_detail_named"),
    QT_TRANSLATE_NOOP3("Kiosk", "A nurse is here", "state_present"),
    QT_TRANSLATE_NOOP3("Kiosk", "%1 is with you.", "present_detail_named"),
    QT_TRANSLATE_NOOP3("Kiosk", "Emergency call sent", "emergency_placed"),
    QT_TRANSLATE_NOOP3("Kiosk", "Someone will come at once. Stay where you are.",
                       "emergency_detail"),
    QT_TRANSLATE_NOOP3("Kiosk", "Emergency call – connecting", "emergency_connecting"),
    QT_TRANSLATE_NOOP3("Kiosk", "Help is coming", "emergency_ack"),
    QT_TRANSLATE_NOOP3("Kiosk", "Called at %1", "called_at"),
    QT_TRANSLATE_NOOP3("Kiosk", "The nurse ends the call when they arrive.", "staff_ends_call"),
    QT_TRANSLATE_NOOP3("Kiosk", "I'm OK", "i_am_ok"),
    QT_TRANSLATE_NOOP3("Kiosk", "The nurse knows you are OK and will still come to see you.",
                       "ok_reported"),
    QT_TRANSLATE_NOOP3("Kiosk", "Say it again", "hear_again"),

    // Said aloud (the screen shows the same words).
    QT_TRANSLATE_NOOP3("Kiosk", "You have already called. A nurse will come. Please wait.",
                       "say_already_called"),
    QT_TRANSLATE_NOOP3("Kiosk", "Connection is back. Your call has been sent.", "say_reconnected"),
    QT_TRANSLATE_NOOP3("Kiosk", "The call has ended.", "say_call_ended"),
    QT_TRANSLATE_NOOP3("Kiosk", "%1. Your request has been sent.", "say_request_sent"),

    // Connection.
    QT_TRANSLATE_NOOP3("Kiosk", "No connection. Calls are saved and sent automatically.",
                       "offline_banner"),

    // Service requests.
    QT_TRANSLATE_NOOP3("Kiosk", "I need", "service_title"),
    QT_TRANSLATE_NOOP3("Kiosk", "Water", "service_water"),
    QT_TRANSLATE_NOOP3("Kiosk", "Toilet help", "service_toilet"),
    QT_TRANSLATE_NOOP3("Kiosk", "Pain", "service_pain"),
    QT_TRANSLATE_NOOP3("Kiosk", "Turn over", "service_turn"),
    QT_TRANSLATE_NOOP3("Kiosk", "Meal", "service_meal"),
    QT_TRANSLATE_NOOP3("Kiosk", "Asked %1", "service_requested"),

    // Today.
    QT_TRANSLATE_NOOP3("Kiosk", "Today", "today"),
    QT_TRANSLATE_NOOP3("Kiosk", "Activities", "today_activities"),
    QT_TRANSLATE_NOOP3("Kiosk", "Menu", "today_menu"),
    QT_TRANSLATE_NOOP3("Kiosk", "No activities today", "no_activities"),
    QT_TRANSLATE_NOOP3("Kiosk", "The menu is not ready yet", "no_menu"),
    QT_TRANSLATE_NOOP3("Kiosk", "The schedule cannot be read. Please tell the staff.",
                       "schedule_unavailable"),
    QT_TRANSLATE_NOOP3("Kiosk", "Breakfast", "meal_breakfast"),
    QT_TRANSLATE_NOOP3("Kiosk", "Lunch", "meal_lunch"),
    QT_TRANSLATE_NOOP3("Kiosk", "Dinner", "meal_dinner"),
    QT_TRANSLATE_NOOP3("Kiosk", "Snack", "meal_snack"),
    QT_TRANSLATE_NOOP3("Kiosk", "Now", "now_label"),
    QT_TRANSLATE_NOOP3("Kiosk", "Next", "next_label"),
    QT_TRANSLATE_NOOP3("Kiosk", "Back", "back"),
    QT_TRANSLATE_NOOP3("Kiosk", "Earlier", "page_up"),
    QT_TRANSLATE_NOOP3("Kiosk", "More", "page_down"),
    QT_TRANSLATE_NOOP3("Kiosk", "Morning", "part_morning"),
    QT_TRANSLATE_NOOP3("Kiosk", "Midday", "part_noon"),
    QT_TRANSLATE_NOOP3("Kiosk", "Afternoon", "part_afternoon"),
    QT_TRANSLATE_NOOP3("Kiosk", "Evening", "part_evening"),
    QT_TRANSLATE_NOOP3("Kiosk", "Night", "part_night"),

    // Hallway.
    QT_TRANSLATE_NOOP3("Kiosk", "Find your way", "directory_title"),
    QT_TRANSLATE_NOOP3("Kiosk", "Happening now", "happening_now"),
    QT_TRANSLATE_NOOP3("Kiosk", "Later today", "later_today"),
    QT_TRANSLATE_NOOP3("Kiosk", "Free time", "nothing_now"),
    QT_TRANSLATE_NOOP3("Kiosk", "Turn left", "dir_left"),
    QT_TRANSLATE_NOOP3("Kiosk", "Turn right", "dir_right"),
    QT_TRANSLATE_NOOP3("Kiosk", "Straight ahead", "dir_ahead"),
    QT_TRANSLATE_NOOP3("Kiosk", "Behind you", "dir_behind"),
    QT_TRANSLATE_NOOP3("Kiosk", "Go upstairs", "dir_up"),
    QT_TRANSLATE_NOOP3("Kiosk", "Go downstairs", "dir_down"),
    QT_TRANSLATE_NOOP3("Kiosk", "%1 m", "distance_m"),
    QT_TRANSLATE_NOOP3("Kiosk", "Floor %1", "floor"),
    QT_TRANSLATE_NOOP3("Kiosk", "The directory cannot be read. Please ask the staff.",
                       "directory_unavailable"),

    // Staff mode.
    QT_TRANSLATE_NOOP3("Kiosk", "Staff", "staff"),
    QT_TRANSLATE_NOOP3("Kiosk", "Enter your PIN or scan your badge", "staff_enter_pin"),
    QT_TRANSLATE_NOOP3("Kiosk", "PIN not recognised. Try again.", "staff_pin_wrong"),
    QT_TRANSLATE_NOOP3("Kiosk", "Too many attempts. Try again in %1 seconds.", "staff_locked"),
    QT_TRANSLATE_NOOP3("Kiosk", "Checking…", "staff_checking"),
    QT_TRANSLATE_NOOP3("Kiosk", "No staff PINs are set up on this kiosk.", "staff_no_pins"),
    QT_TRANSLATE_NOOP3("Kiosk", "Clear", "key_clear"),
    QT_TRANSLATE_NOOP3("Kiosk", "Delete", "key_delete"),
    QT_TRANSLATE_NOOP3("Kiosk", "OK", "key_ok"),
    QT_TRANSLATE_NOOP3("Kiosk", "Signed in: %1", "staff_signed_in"),
    QT_TRANSLATE_NOOP3("Kiosk", "Mark present", "staff_mark_present"),
    QT_TRANSLATE_NOOP3("Kiosk", "Counts as a round check-in", "staff_mark_present_hint"),
    QT_TRANSLATE_NOOP3("Kiosk", "Cancel the call", "staff_cancel_call"),
    QT_TRANSLATE_NOOP3("Kiosk", "Ends the call in this room", "staff_cancel_hint"),
    QT_TRANSLATE_NOOP3("Kiosk", "No active call", "staff_no_call"),
    QT_TRANSLATE_NOOP3("Kiosk", "Add a note", "staff_add_note"),
    QT_TRANSLATE_NOOP3("Kiosk", "Type a note", "staff_note_custom"),
    QT_TRANSLATE_NOOP3("Kiosk", "Send note", "staff_send_note"),
    QT_TRANSLATE_NOOP3("Kiosk", "Resident resting", "note_resting"),
    QT_TRANSLATE_NOOP3("Kiosk", "Helped to the toilet", "note_toilet"),
    QT_TRANSLATE_NOOP3("Kiosk", "Gave water", "note_water"),
    QT_TRANSLATE_NOOP3("Kiosk", "Turned in bed", "note_turned"),
    QT_TRANSLATE_NOOP3("Kiosk", "Needs follow-up", "note_followup"),
    QT_TRANSLATE_NOOP3("Kiosk", "Check-in recorded.", "staff_done_present"),
    QT_TRANSLATE_NOOP3("Kiosk", "Call cancelled.", "staff_done_cancel"),
    QT_TRANSLATE_NOOP3("Kiosk", "Note sent: %1", "staff_done_note"),
    QT_TRANSLATE_NOOP3("Kiosk", "Done", "staff_sign_out"),
    QT_TRANSLATE_NOOP3("Kiosk", "Back to the resident screen", "staff_sign_out_hint"),
    QT_TRANSLATE_NOOP3("Kiosk", "Call: %1", "call_status"),
    QT_TRANSLATE_NOOP3("Kiosk", "A nurse", "nurse"),
});

#undef QT_TRANSLATE_NOOP3

std::string_view chinese(std::string_view key) {
  for (const auto& t : zh_translations())
    if (t.key == key) return t.text;
  return {};
}

const std::vector<Phrase>& table() {
  static const std::vector<Phrase> phrases = [] {
    std::vector<Phrase> out;
    out.reserve(kEnglish.size());
    for (const auto& [key, en] : kEnglish) out.push_back({key, en, chinese(key)});
    return out;
  }();
  return phrases;
}

}  // namespace

std::span<const Phrase> all_phrases() {
  return table();
}

std::string_view phrase(std::string_view key, Language language) {
  for (const auto& p : table())
    if (p.key == key) return language == Language::kZh && !p.zh.empty() ? p.zh : p.en;
  return key;
}

bool has_phrase(std::string_view key) {
  for (const auto& p : table())
    if (p.key == key) return true;
  return false;
}

std::string fill(std::string_view text, std::string_view arg) {
  std::string out(text);
  if (auto pos = out.find("%1"); pos != std::string::npos) out.replace(pos, 2, arg);
  return out;
}

}  // namespace anju::kiosk
