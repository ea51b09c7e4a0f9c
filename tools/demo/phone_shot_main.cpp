// anju-demo-phone: a nurse's phone for the headless demo. The phone page of anju-phoned in headless
// Chromium at a phone's size (390x844), signed in as a demo nurse the way she would (typing her id
// and password), saving the screen to a PNG after S seconds; it runs on until stopped.
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <thread>

#include "node/stop_signal.h"
#include "support/web_driver.h"

namespace {

const char* kUsage =
    "usage: anju-demo-phone --url URL --user ID --shot FILE.png --after S [--lang en|zh]\n"
    "  (the password is read from standard input)\n";

}  // namespace

int main(int argc, char** argv) {
  using namespace anju;
  std::string url, user, shot, lang = "en";
  double after_s = 30;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string a = argv[i], v = argv[i + 1];
    if (a == "--url")
      url = v;
    else if (a == "--user")
      user = v;
    else if (a == "--shot")
      shot = v;
    else if (a == "--after")
      after_s = std::atof(v.c_str());
    else if (a == "--lang")
      lang = v;
    else
      url.clear();  // unknown option: usage
  }
  if (argc % 2 == 0 || url.empty() || user.empty() || shot.empty() ||
      (lang != "en" && lang != "zh")) {
    std::cerr << kUsage;
    return 2;
  }
  if (auto missing = test::WebDriver::missing(); !missing.empty()) {
    std::cerr << "anju-demo-phone: " << missing << "\n";
    return 1;
  }
  std::string password;
  std::getline(std::cin, password);
  node::install_stop_signals();
  const auto start = std::chrono::steady_clock::now();

  test::WebDriver phone(
      {.width = 390, .height = 844, .language = lang == "zh" ? "zh-CN" : "en", .log = {}});
  const bool signed_in =
      phone.ok() && phone.open(url) &&
      phone.wait_for("return !document.getElementById('signin').hidden", 20'000) &&
      phone.type("#user", user) && phone.type("#password", password) &&
      phone.click("#signin-button") &&
      phone.wait_for("return !document.getElementById('board').hidden", 20'000);
  if (!signed_in) {
    std::cerr << "anju-demo-phone: cannot sign in at " << url << ": " << phone.error() << "\n";
    return 1;
  }
  std::cerr << "anju-demo-phone: signed in as " << user << " at " << url << std::endl;
  while (std::chrono::steady_clock::now() - start < std::chrono::duration<double>(after_s)) {
    if (node::stop_requested()) return 0;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  if (!phone.screenshot(shot)) {
    std::cerr << "anju-demo-phone: cannot write " << shot << ": " << phone.error() << "\n";
    return 1;
  }
  std::cerr << "anju-demo-phone: screenshot written to " << shot << std::endl;
  while (!node::stop_requested()) std::this_thread::sleep_for(std::chrono::milliseconds(200));
  return 0;
}
