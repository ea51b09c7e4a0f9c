#pragma once
// Loopback ports for tests that start servers (a broker, chromedriver).
#include <string>

namespace anju::test {

// A port nobody listens on right now (the kernel's choice); the server binds it a moment later.
int free_loopback_port();
// Whether something accepts TCP connections on 127.0.0.1:port.
bool port_accepts(int port);
// GET http://127.0.0.1:port<path> with Connection: close: the whole answer (head and body) as
// the server sent it until it closed; "" if nothing answered.
std::string http_get(int port, const std::string& path);

}  // namespace anju::test
