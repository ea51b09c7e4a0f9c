#include "support/child_process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <thread>

namespace anju::test {

ChildProcess::ChildProcess(std::vector<std::string> argv, std::filesystem::path stderr_file,
                           bool capture_stdout) {
  if (argv.empty()) return;
  // Everything the child needs is prepared before fork(): after it, only async-signal-safe calls.
  std::vector<char*> args;
  for (auto& a : argv) args.push_back(a.data());
  args.push_back(nullptr);
  const std::string err_path = stderr_file.string();
  int out_pipe[2] = {-1, -1};
  if (capture_stdout && ::pipe2(out_pipe, O_CLOEXEC) != 0) return;
  const pid_t parent = ::getpid();

  const pid_t pid = ::fork();
  if (pid < 0) {
    if (capture_stdout) {
      ::close(out_pipe[0]);
      ::close(out_pipe[1]);
    }
    return;
  }
  if (pid == 0) {
    ::prctl(PR_SET_PDEATHSIG, SIGTERM);       // TERM, not KILL: a wrapper may pass it on
    if (::getppid() != parent) ::_exit(126);  // the parent died before prctl took effect
    ::setpgid(0, 0);  // its own group: stop() signals the child and whatever it started
    if (!err_path.empty()) {
      const int fd = ::open(err_path.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
      if (fd >= 0) {
        ::dup2(fd, STDERR_FILENO);
        if (!capture_stdout) ::dup2(fd, STDOUT_FILENO);
        ::close(fd);
      }
    }
    if (capture_stdout) ::dup2(out_pipe[1], STDOUT_FILENO);
    ::execvp(args[0], args.data());
    ::_exit(127);
  }
  pid_ = pid;
  ::setpgid(pid, pid);  // also here: a signal to the group must not race the child's own setpgid
  if (capture_stdout) {
    ::close(out_pipe[1]);
    stdout_fd_ = out_pipe[0];
  }
}

ChildProcess::~ChildProcess() {
  if (running()) stop(SIGKILL);
  if (stdout_fd_ >= 0) ::close(stdout_fd_);
}

std::optional<std::string> ChildProcess::read_line(std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (true) {
    if (const auto nl = buffer_.find('\n'); nl != std::string::npos) {
      std::string line = buffer_.substr(0, nl);
      buffer_.erase(0, nl + 1);
      return line;
    }
    if (stdout_fd_ < 0) return std::nullopt;
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return std::nullopt;
    pollfd p{stdout_fd_, POLLIN, 0};
    const int r = ::poll(&p, 1, static_cast<int>(left.count()));
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return std::nullopt;
    char chunk[512];
    const ssize_t n = ::read(stdout_fd_, chunk, sizeof chunk);
    if (n <= 0) return std::nullopt;  // the child closed its output
    buffer_.append(chunk, static_cast<std::size_t>(n));
  }
}

bool ChildProcess::running() {
  if (pid_ <= 0) return false;
  int status = 0;
  const pid_t r = ::waitpid(pid_, &status, WNOHANG);
  if (r == 0) return true;
  if (r == pid_) {
    status_ = status;
  } else if (errno == ECHILD && ::kill(pid_, 0) == 0) {
    // Something else in this process reaps children (a library's SIGCHLD handler): the status
    // is lost to us, but the process is alive and must still be stopped.
    return true;
  }
  pid_ = -1;
  return false;
}

int ChildProcess::stop(int signal, std::chrono::milliseconds timeout) {
  if (!running()) return status_;
  // The whole process group: a wrapper and what it started end together.
  if (::kill(-pid_, signal) != 0) ::kill(pid_, signal);
  return wait(timeout);
}

int ChildProcess::wait(std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (running()) {
    if (std::chrono::steady_clock::now() >= deadline) {
      const pid_t pid = pid_;
      if (::kill(-pid, SIGKILL) != 0) ::kill(pid, SIGKILL);
      int status = 0;
      if (::waitpid(pid, &status, 0) == pid) status_ = status;
      pid_ = -1;
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  return status_;
}

}  // namespace anju::test
