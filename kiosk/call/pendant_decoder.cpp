#include "call/pendant_decoder.h"

#include <linux/input.h>

#include <cstring>

namespace anju::kiosk {

std::size_t PendantDecoder::record_size() {
  return sizeof(input_event);
}

int PendantDecoder::feed(std::string_view bytes) {
  partial_.append(bytes);
  int presses = 0;
  std::size_t at = 0;
  for (; at + sizeof(input_event) <= partial_.size(); at += sizeof(input_event)) {
    input_event e;
    std::memcpy(&e, partial_.data() + at, sizeof e);
    if (e.type == EV_KEY && e.value == 1) ++presses;  // any key: a pendant has one button
  }
  partial_.erase(0, at);
  return presses;
}

std::string pendant_record(int type, int code, int value) {
  input_event e{};
  e.type = static_cast<decltype(e.type)>(type);
  e.code = static_cast<decltype(e.code)>(code);
  e.value = value;
  return {reinterpret_cast<const char*>(&e), sizeof e};
}

std::string pendant_click(int key_code) {
  return pendant_record(EV_KEY, key_code, 1) + pendant_record(EV_SYN, SYN_REPORT, 0) +
         pendant_record(EV_KEY, key_code, 0) + pendant_record(EV_SYN, SYN_REPORT, 0);
}

}  // namespace anju::kiosk
