#pragma once
// A child process for integration tests: started with fork/exec, its stdout readable line by line
// with a timeout, ended with a signal of the test's choice (SIGKILL to play a crash). The child
// gets SIGTERM if the thread that started it ends (PR_SET_PDEATHSIG), so no broker or helper
// outlives a crashed test run: start children from the test's main thread.
#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace anju::test {

class ChildProcess {
 public:
  // argv[0] is the program (looked up in PATH if it has no '/'). stderr goes to `stderr_file`
  // (appended) or is inherited when empty; stdout is captured when `capture_stdout`, else it goes
  // where stderr goes.
  ChildProcess(std::vector<std::string> argv, std::filesystem::path stderr_file = {},
               bool capture_stdout = true);
  ~ChildProcess();  // SIGKILL if still running
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  bool started() const { return pid_ > 0; }
  pid_t pid() const { return pid_; }
  // The next line of stdout without its newline; nullopt on timeout or end of output.
  std::optional<std::string> read_line(std::chrono::milliseconds timeout);
  // Sends `signal` to the child's process group and waits up to `timeout` for the exit; SIGKILL
  // after that. Returns the wait status, or -1 if it was not running (or could not be collected).
  int stop(int signal, std::chrono::milliseconds timeout = std::chrono::seconds(5));
  // Waits up to `timeout` for the child to exit by itself (SIGKILL after that); the wait status.
  int wait(std::chrono::milliseconds timeout);
  // True while the child has not exited (reaps it if it has).
  bool running();

 private:
  pid_t pid_ = -1;
  int stdout_fd_ = -1;
  std::string buffer_;
  int status_ = -1;
};

}  // namespace anju::test
