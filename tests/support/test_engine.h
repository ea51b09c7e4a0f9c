#pragma once
// The station engine as the integration tests run it, on a TestBroker: in this process
// (start_engine) or as the real anju-engine program (engine_command). Header-only: tests that use
// it link anju_engine.
//
//   auto engine = test::start_engine(broker);   // journal in the broker's folder
//   ASSERT_TRUE(engine) << "...";               // started and subscribed: nothing published
//                                               // from now on can be missed
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "engine/engine_service.h"
#include "support/test_broker.h"

namespace anju::test {

struct EngineOptions {
  std::string node = "engine";
  std::chrono::milliseconds tick{200};          // the engine's default
  std::function<void(const std::string&)> log;  // empty: quiet
};

// Where start_engine keeps the journal.
inline std::filesystem::path engine_journal(const TestBroker& broker,
                                            const std::string& node = "engine") {
  return broker.dir() / (node + ".journal");
}

// Null (and a test failure saying why) if it did not start or did not subscribe within 20 s: an
// event sent before the engine's first SUBSCRIBE has no session to wait in.
// `log` empty: quiet; tick 200 ms is the engine's default.
inline std::unique_ptr<engine::EngineService> start_engine(
    const TestBroker& broker, const std::string& node = "engine",
    std::chrono::milliseconds tick = std::chrono::milliseconds(200),
    std::function<void(const std::string&)> log = {}) {
  engine::EngineServiceConfig cfg;
  cfg.bus = broker.bus_config(node, protocol::NodeKind::kEngine);
  cfg.journal_path = engine_journal(broker, node);
  cfg.tick_interval = tick;
  auto service = std::make_unique<engine::EngineService>(cfg);
  service->on_log(log ? log : [](const std::string&) {});
  if (!service->start()) {
    ADD_FAILURE() << "the engine did not start";
    return nullptr;
  }
  if (!service->bus().wait_connected(std::chrono::seconds(20))) {
    ADD_FAILURE() << "the engine did not subscribe within 20 s";
    return nullptr;
  }
  return service;
}

// The command line of the real anju-engine (in `bin_dir`) on this broker, with the same journal.
inline std::vector<std::string> engine_command(const TestBroker& broker,
                                               const std::filesystem::path& bin_dir,
                                               const std::string& node = "engine") {
  return {(bin_dir / "anju-engine").string(),
          "--uri",
          broker.uri(),
          "--site",
          broker.site(),
          "--node",
          node,
          "--broker-dir",
          broker.broker_dir().string(),
          "--outbox",
          (broker.dir() / (node + ".outbox")).string(),
          "--journal",
          engine_journal(broker, node).string()};
}

}  // namespace anju::test
