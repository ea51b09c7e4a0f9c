#pragma once
// Decides what the kiosk says when the call changes: every resident action is confirmed aloud,
// and every step of the station's answer is announced (placed, a nurse is coming, who is here).
#include <functional>
#include <string>

#include "call/call_controller.h"
#include "speech/speaker.h"
#include "text/language.h"

namespace anju::kiosk {

class Announcer {
 public:
  using StaffNames = std::function<std::string(const std::string& staff_id)>;

  Announcer(Speaker& speaker, Language language, StaffNames staff_names);

  void set_language(Language language) { language_ = language; }
  void on_change(const CallChange& change);
  // "Say it again": the current state, as the screen shows it.
  void repeat(const CallSnapshot& snapshot);

 private:
  void say_state(const CallSnapshot& snapshot);
  void say_phrase(std::string_view key, std::string_view arg = {});

  Speaker& speaker_;
  Language language_;
  StaffNames staff_names_;
};

}  // namespace anju::kiosk
