#pragma once
// What the evaluator writes: the JSON file ({"clips":[{"file","alerts",...}],"metrics":{...}}) and
// the table it prints.
#include <nlohmann/json.hpp>
#include <ostream>
#include <vector>

#include "eval/metrics.h"

namespace anju::vision::eval {

nlohmann::json to_json(const Metrics& m);
nlohmann::json report_json(const std::vector<ClipResult>& results);
// Overall and per-dataset table, then every clip that was not a true positive or negative.
void print_report(std::ostream& out, const std::vector<ClipResult>& results);

}  // namespace anju::vision::eval
