#pragma once
// The words for a call's state: the same text is shown on the screen and spoken, so a resident
// who cannot read it hears it, and one who cannot hear it reads it.
#include <string>
#include <string_view>

#include "call/call_snapshot.h"
#include "text/language.h"

namespace anju::kiosk {

struct CallWording {
  std::string headline;  // empty when idle
  std::string detail;
  // Headline and detail as one sentence for the voice.
  std::string spoken(Language language) const;
};

// staff_name: the display name of snapshot.staff (empty if unknown).
CallWording describe_call(const CallSnapshot& snapshot, Language language,
                          std::string_view staff_name);

}  // namespace anju::kiosk
