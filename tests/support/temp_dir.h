#pragma once
// A private temporary folder for one test, removed with everything in it when the test ends.
// The name carries the process id and a counter, so parallel ctest runs never share one.
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <string>
#include <system_error>

namespace anju::test {

class TempDir {
 public:
  explicit TempDir(const std::string& what = "test")
      : path_(std::filesystem::temp_directory_path() /
              ("anju-" + what + "-" + std::to_string(::getpid()) + "-" + std::to_string(next()))) {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::filesystem::path& name) const { return path_ / name; }

 private:
  static int next() {
    static std::atomic<int> counter{0};
    return ++counter;
  }
  std::filesystem::path path_;
};

}  // namespace anju::test
