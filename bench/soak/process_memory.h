#pragma once
// A process's resident set size, from /proc (Linux). 0 if the process is gone.
#include <sys/types.h>

#include <fstream>
#include <string>

namespace anju::soak {

inline double rss_mb(pid_t pid) {
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  for (std::string line; std::getline(status, line);) {
    if (line.rfind("VmRSS:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;  // kB
  }
  return 0;
}

// Least-squares slope of y over x: RSS growth per hour from (hours, MB) samples.
template <class Samples>
double slope(const Samples& xy) {
  double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
  for (const auto& [x, y] : xy) {
    n += 1;
    sx += x;
    sy += y;
    sxx += x * x;
    sxy += x * y;
  }
  const double d = n * sxx - sx * sx;
  return n < 2 || d == 0 ? 0 : (n * sxy - sx * sy) / d;
}

}  // namespace anju::soak
