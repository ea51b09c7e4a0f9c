#pragma once
// A nurse-call pendant (pillow button, call cord with a USB or GPIO adapter) plugged into a bedside
// terminal shows up on Linux as an input device: /dev/input/eventN delivers `struct input_event`
// records, and a press is a key event with value 1 (2 is auto-repeat, 0 the release). This turns
// the bytes read from such a device into presses; records may arrive split across reads.
#include <cstddef>
#include <string>
#include <string_view>

namespace anju::kiosk {

class PendantDecoder {
 public:
  // Presses (key down) in these bytes, with what an earlier read left unfinished.
  int feed(std::string_view bytes);
  static std::size_t record_size();  // sizeof(struct input_event) on this machine

 private:
  std::string partial_;
};

// One record as the kernel writes it (tests and simulators feed the decoder with these).
std::string pendant_record(int type, int code, int value);
// A press and its release, each followed by the kernel's SYN_REPORT.
std::string pendant_click(int key_code);

}  // namespace anju::kiosk
