// anju-bench-collect OUT.json IN.json...: merges the named figures (user counters in
// lower_snake_case that contain an underscore, e.g. codec_decode_msgs_per_s) from Google Benchmark
// JSON outputs into one object {"figure": value, ...}. Fails if a figure appears twice with
// different sources.
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <set>

namespace {

bool is_figure_name(const std::string& key) {
  if (key.find('_') == std::string::npos) return false;
  for (char c : key)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  return true;
}

// Keys Google Benchmark itself writes into each run; never figures.
const std::set<std::string> kBenchmarkKeys = {"run_name",
                                              "run_type",
                                              "repetitions",
                                              "repetition_index",
                                              "threads",
                                              "iterations",
                                              "real_time",
                                              "cpu_time",
                                              "time_unit",
                                              "family_index",
                                              "per_family_instance_index",
                                              "aggregate_name",
                                              "aggregate_unit",
                                              "error_occurred",
                                              "error_message",
                                              "bytes_per_second",
                                              "items_per_second",
                                              "label",
                                              "name"};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: anju-bench-collect OUT.json BENCH1.json [BENCH2.json ...]\n";
    return 2;
  }
  nlohmann::ordered_json figures = nlohmann::ordered_json::object();
  for (int i = 2; i < argc; ++i) {
    std::ifstream in(argv[i]);
    nlohmann::json doc = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
    if (doc.is_discarded() || !doc.contains("benchmarks")) {
      std::cerr << "anju-bench-collect: " << argv[i] << " is not Google Benchmark JSON\n";
      return 1;
    }
    for (const auto& run : doc["benchmarks"]) {
      for (const auto& [key, value] : run.items()) {
        if (kBenchmarkKeys.count(key) || !value.is_number() || !is_figure_name(key)) continue;
        figures[key] = value;
      }
    }
  }
  std::ofstream out(argv[1]);
  out << figures.dump(2) << "\n";
  std::cout << figures.dump(2) << "\n";
  return out ? 0 : 1;
}
