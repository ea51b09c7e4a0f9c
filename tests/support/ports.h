#pragma once
// Loopback ports for tests that start servers (a broker, chromedriver).
namespace anju::test {

// A port nobody listens on right now (the kernel's choice); the server binds it a moment later.
int free_loopback_port();
// Whether something accepts TCP connections on 127.0.0.1:port.
bool port_accepts(int port);

}  // namespace anju::test
