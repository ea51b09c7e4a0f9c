#pragma once
// Test doubles at the kiosk's two seams: where events go (EventSink) and the voice (Speaker).
#include <string>
#include <utility>
#include <vector>

#include "common/result.h"
#include "node/event_sink.h"
#include "speech/speaker.h"

namespace anju::kiosk::test {

// Keeps what the kiosk publishes as it filled it (the envelope is the real sender's to stamp) and
// answers with a fresh id, as the sender does.
class RecordingSink final : public node::EventSink {
 public:
  Result<std::string> publish(protocol::Event event) override {
    event.id = "rec-" + std::to_string(events.size() + 1);
    events.push_back(event);
    return event.id;
  }
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
