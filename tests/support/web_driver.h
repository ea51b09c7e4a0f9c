#pragma once
// A real browser for tests of the phone page: Debian's headless Chromium, driven over the W3C
// WebDriver protocol through a chromedriver child process on a free loopback port. Small on
// purpose: open a page, find and click elements, type, run a script, save a screenshot.
//
//   test::WebDriver phone({.width = 390, .height = 844});
//   if (!test::WebDriver::missing().empty()) GTEST_SKIP() << test::WebDriver::missing();
//   ASSERT_TRUE(phone.ok()) << phone.error();
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace anju::test {

class ChildProcess;

struct WebDriverOptions {
  int width = 390, height = 844;  // CSS pixels: a phone held upright (mobile emulation)
  std::string language = "en";    // the browser's language (navigator.language): en, zh-CN
  std::filesystem::path log;      // chromedriver's log; empty: discarded
};

class WebDriver {
 public:
  explicit WebDriver(WebDriverOptions options = {});
  ~WebDriver();
  WebDriver(const WebDriver&) = delete;
  WebDriver& operator=(const WebDriver&) = delete;

  // "" when chromium and chromedriver are installed, else what is missing (skip the test).
  static std::string missing();

  bool ok() const { return !session_.empty(); }
  const std::string& error() const { return error_; }  // the last failure

  bool open(const std::string& url);
  // The script's return value (W3C "execute sync": `arguments` are `args`); nullopt on an error.
  std::optional<nlohmann::json> run(const std::string& script,
                                    const nlohmann::json& args = nlohmann::json::array());
  bool click(const std::string& css);
  bool type(const std::string& css, const std::string& text);
  // Polls the script until it returns true (every 50 ms), up to `timeout_ms`.
  bool wait_for(const std::string& script, int timeout_ms = 10'000);
  bool screenshot(const std::filesystem::path& png);

 private:
  std::optional<nlohmann::json> call(const std::string& method, const std::string& path,
                                     const nlohmann::json* body = nullptr);
  std::string element(const std::string& css);

  int port_ = 0;
  std::unique_ptr<ChildProcess> driver_;
  std::string session_, error_;
};

}  // namespace anju::test
