#include "support/web_driver.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cctype>
#include <chrono>
#include <fstream>
#include <thread>

#include "support/child_process.h"
#include "support/ports.h"

namespace anju::test {
namespace {

using nlohmann::json;
using namespace std::chrono_literals;

constexpr const char* kChromium = "/usr/bin/chromium";
constexpr const char* kChromeDriver = "/usr/bin/chromedriver";
constexpr const char* kElementKey = "element-6066-11e4-a52e-4f735466cecf";  // W3C

// One HTTP/1.1 exchange with chromedriver on loopback (Connection: close); the body, or nullopt.
std::optional<std::string> http(int port, const std::string& method, const std::string& path,
                                const std::string& body, std::string* error) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return std::nullopt;
  timeval timeout{60, 0};  // a page load or a screenshot on a busy 2-core machine
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = htons(static_cast<std::uint16_t>(port));
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    ::close(fd);
    *error = "chromedriver does not answer on port " + std::to_string(port);
    return std::nullopt;
  }
  std::string request = method + " " + path +
                        " HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(port) +
                        "\r\nConnection: close\r\n";
  if (!body.empty())
    request +=
        "Content-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) + "\r\n";
  request += "\r\n" + body;
  for (std::size_t sent = 0; sent < request.size();) {
    const ssize_t n = ::send(fd, request.data() + sent, request.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) {
      ::close(fd);
      *error = "chromedriver closed the connection";
      return std::nullopt;
    }
    sent += static_cast<std::size_t>(n);
  }
  // chromedriver keeps the connection open whatever the request says: read the head, then
  // Content-Length bytes of body.
  std::string response;
  char buffer[65536];
  std::size_t head_end = std::string::npos, want = std::string::npos;
  while (want == std::string::npos || response.size() < want) {
    const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
    if (n <= 0) break;
    response.append(buffer, static_cast<std::size_t>(n));
    if (head_end == std::string::npos &&
        (head_end = response.find("\r\n\r\n")) != std::string::npos) {
      std::string head = response.substr(0, head_end);
      for (auto& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      const auto at = head.find("content-length:");
      if (at == std::string::npos) break;  // no length: take what came
      want = head_end + 4 + std::stoul(head.substr(at + 15));
    }
  }
  ::close(fd);
  if (head_end == std::string::npos || (want != std::string::npos && response.size() < want)) {
    *error = "no complete answer from chromedriver to " + method + " " + path;
    return std::nullopt;
  }
  return response.substr(head_end + 4);
}

}  // namespace

std::string WebDriver::missing() {
  for (const char* program : {kChromium, kChromeDriver})
    if (::access(program, X_OK) != 0)
      return std::string(program) + " is not installed (apt-get install chromium chromium-driver)";
  return "";
}

WebDriver::WebDriver(WebDriverOptions options) {
  if (error_ = missing(); !error_.empty()) return;
  port_ = free_loopback_port();
  driver_ = std::make_unique<ChildProcess>(
      std::vector<std::string>{kChromeDriver, "--port=" + std::to_string(port_)},
      options.log.empty() ? std::filesystem::path("/dev/null") : options.log, false);
  for (int i = 0; i < 100 && !port_accepts(port_); ++i) std::this_thread::sleep_for(50ms);
  if (!port_accepts(port_)) {
    error_ = "chromedriver did not start";
    return;
  }
  const json chrome{
      {"binary", kChromium},
      {"args",
       {"--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--no-first-run", "--lang=" + options.language}},
      {"prefs", {{"intl.accept_languages", options.language}}},
      {"mobileEmulation",
       {{"deviceMetrics",
         {{"width", options.width}, {"height", options.height}, {"pixelRatio", 1}}}}}};
  // The page's certificate is checked by the gateway tests (QWebSocket against the site CA);
  // here the browser accepts it, as a phone does once the site CA is installed on it.
  const json body{{"capabilities",
                   {{"alwaysMatch",
                     {{"browserName", "chrome"},
                      {"acceptInsecureCerts", true},
                      {"goog:chromeOptions", chrome}}}}}};
  auto answer = call("POST", "/session", &body);
  if (answer && answer->contains("sessionId")) session_ = (*answer)["sessionId"];
}

WebDriver::~WebDriver() {
  if (!session_.empty()) call("DELETE", "/session/" + session_);
  if (driver_) driver_->stop(SIGTERM, 5s);
}

std::optional<json> WebDriver::call(const std::string& method, const std::string& path,
                                    const json* body) {
  auto text = http(port_, method, path, body ? body->dump() : "", &error_);
  if (!text) return std::nullopt;
  const json j = json::parse(*text, nullptr, false);
  if (j.is_discarded() || !j.contains("value")) {
    error_ = "chromedriver answered " + method + " " + path + " with: " + text->substr(0, 300);
    return std::nullopt;
  }
  const json& value = j["value"];
  if (value.is_object() && value.contains("error")) {
    error_ = method + " " + path + ": " + value["error"].get<std::string>() + ": " +
             value.value("message", "").substr(0, 300);
    return std::nullopt;
  }
  return value;
}

bool WebDriver::open(const std::string& url) {
  const json body{{"url", url}};
  return call("POST", "/session/" + session_ + "/url", &body).has_value();
}

std::optional<json> WebDriver::run(const std::string& script, const json& args) {
  const json body{{"script", script}, {"args", args}};
  return call("POST", "/session/" + session_ + "/execute/sync", &body);
}

std::string WebDriver::element(const std::string& css) {
  const json body{{"using", "css selector"}, {"value", css}};
  auto found = call("POST", "/session/" + session_ + "/element", &body);
  return found && found->contains(kElementKey) ? (*found)[kElementKey].get<std::string>() : "";
}

bool WebDriver::click(const std::string& css) {
  const std::string id = element(css);
  const json empty = json::object();
  return !id.empty() &&
         call("POST", "/session/" + session_ + "/element/" + id + "/click", &empty).has_value();
}

bool WebDriver::type(const std::string& css, const std::string& text) {
  const std::string id = element(css);
  const json body{{"text", text}};
  return !id.empty() &&
         call("POST", "/session/" + session_ + "/element/" + id + "/value", &body).has_value();
}

bool WebDriver::wait_for(const std::string& script, int timeout_ms) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  do {
    auto value = run(script);
    if (value && value->is_boolean() && value->get<bool>()) return true;
    std::this_thread::sleep_for(50ms);
  } while (std::chrono::steady_clock::now() < deadline);
  if (error_.empty()) error_ = "timed out waiting for: " + script;
  return false;
}

bool WebDriver::screenshot(const std::filesystem::path& png) {
  auto data = call("GET", "/session/" + session_ + "/screenshot");
  if (!data || !data->is_string()) return false;
  // base64 -> bytes
  static constexpr std::string_view kAlphabet =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string bytes;
  unsigned bits = 0;
  int count = 0;
  for (char c : data->get<std::string>()) {
    const auto at = kAlphabet.find(c);
    if (at == std::string_view::npos) continue;  // '=' padding, newlines
    bits = (bits << 6) | static_cast<unsigned>(at);
    if ((count += 6) >= 8) {
      count -= 8;
      bytes.push_back(static_cast<char>((bits >> count) & 0xFF));
    }
  }
  std::ofstream out(png, std::ios::binary);
  out << bytes;
  return static_cast<bool>(out);
}

}  // namespace anju::test
