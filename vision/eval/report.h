#pragma once
// What the evaluator writes: the JSON file ({"clips":[{"file","alerts",...}],"metrics":{...}}) and
// the table it prints.
#include <nlohmann/json.hpp>
#include <ostream>
#include <vector>

#include "eval/leave_one_out.h"
#include "eval/metrics.h"

namespace anju::vision::eval {

nlohmann::json to_json(const Metrics& m);
nlohmann::json report_json(const std::vector<ClipResult>& results);
// Overall and per-dataset table, then every clip that was not a true positive or negative.
void print_report(std::ostream& out, const std::vector<ClipResult>& results);

// names[c] says what candidate c changed ("defaults", "fall.down_level=0.40", ...).
nlohmann::json leave_one_out_json(const LeaveOneOut& lodo, const std::vector<std::string>& names);
// One row per held-out data set (what was chosen on the others, how it did), then the pooled row.
void print_leave_one_out(std::ostream& out, const LeaveOneOut& lodo,
                         const std::vector<std::string>& names);

}  // namespace anju::vision::eval
