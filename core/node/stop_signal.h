#pragma once
// How every node daemon stops: SIGINT or SIGTERM asks for a clean stop (flush the outbox, publish
// presence offline), which the main loop polls.
namespace anju::node {

void install_stop_signals();
bool stop_requested();
void request_stop();  // the same from inside the program (e.g. "exit after N messages")

}  // namespace anju::node
