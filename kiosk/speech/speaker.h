#pragma once
// The kiosk's voice, behind an interface: Qt 6.4's TextToSpeech cannot render to a buffer, so tests
// check what the kiosk asks to be said (FakeSpeaker in tests/kiosk) instead of the audio.
#include <string>

#include "text/language.h"

namespace anju::kiosk {

class Speaker {
 public:
  virtual ~Speaker() = default;
  // Says the text in that language, interrupting whatever was being said: only the latest state
  // matters to the listener. Where no voice exists for the language, an implementation plays a
  // chime instead, so every state change is still heard.
  virtual void say(const std::string& text, Language language) = 0;
};

}  // namespace anju::kiosk
