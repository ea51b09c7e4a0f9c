#pragma once
// Test doubles at the kiosk's two seams: where events go (EventSink) and the voice (Speaker).
#include <string>
#include <utility>
#include <vector>

#include "call/event_sink.h"
#include "speech/speaker.h"

namespace anju::kiosk::test {

class RecordingSink final : public EventSink {
 public:
  void publish(const protocol::Event& event) override { events.push_back(event); }
  std::vector<protocol::Event> events;
};

class FakeSpeaker final : public Speaker {
 public:
  void say(const std::string& text, Language language) override {
    said.emplace_back(text, language);
  }
  std::string last() const { return said.empty() ? std::string() : said.back().first; }
  std::vector<std::pair<std::string, Language>> said;
};

}  // namespace anju::kiosk::test
