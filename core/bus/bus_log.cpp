#include "bus/bus_log.h"

#include <unistd.h>

#include <string>

namespace anju::bus {

void log_line(std::string_view node, std::string_view text) {
  std::string line = "anju-bus[";
  line.append(node).append("]: ").append(text).append("\n");
  // One write() per line keeps lines from several threads and processes whole.
  const char* p = line.data();
  std::size_t left = line.size();
  while (left > 0) {
    const ssize_t n = ::write(STDERR_FILENO, p, left);
    if (n <= 0) return;
    p += n;
    left -= static_cast<std::size_t>(n);
  }
}

}  // namespace anju::bus
