#include "node/stop_signal.h"

#include <atomic>
#include <csignal>

namespace anju::node {
namespace {
std::atomic<bool> g_stop{false};
void on_signal(int) {
  g_stop = true;
}
}  // namespace

void install_stop_signals() {
  std::signal(SIGINT, on_signal);
  std::signal(SIGTERM, on_signal);
}

bool stop_requested() {
  return g_stop.load();
}

void request_stop() {
  g_stop = true;
}

}  // namespace anju::node
