#pragma once
// Whether anything accepts TCP connections at a broker URI's host and port. Paho reports "broker
// down" and "TLS handshake refused" with the same code; one probe after a failure tells them
// apart, so the log can say which to fix (start the broker, or the CA file / certificate names).
#include <chrono>
#include <string_view>

namespace anju::bus {

enum class TcpProbe { kAccepts, kNoAnswer, kBadUri };

TcpProbe probe_tcp(std::string_view uri, std::chrono::milliseconds timeout);

}  // namespace anju::bus
