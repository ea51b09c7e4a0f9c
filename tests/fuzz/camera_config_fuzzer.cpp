// libFuzzer entry point for the vision node's camera configuration (JSON: cameras, crops, zones,
// detector parameters) and the one-line parameter assignments of its tools ("key=value"). Any input
// must give a configuration or a Result error; a crash, a sanitizer report or an escaping exception
// is a finding.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "camera/camera_config.h"
#include "camera/params_json.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  (void)anju::vision::parse_param_assignment(input);
  const auto json = nlohmann::json::parse(input, nullptr, /*allow_exceptions=*/false);
  if (json.is_discarded()) return 0;  // what read_node_config reports as a syntax error
  (void)anju::vision::parse_node_config(json, "/nonexistent/anju-fuzz");
  return 0;
}
