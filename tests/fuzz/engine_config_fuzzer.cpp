// libFuzzer entry point for the station engine's configuration files: the alarm policy and the
// rounds policy (both JSON, both read at start from files an administrator edits). Any input must
// give a value or a Result error; a crash, a sanitizer report or an exception is a finding.
// Policies that load must hold numbers in their documented ranges.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "engine/alarm_policy.h"
#include "engine/rounds.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  using anju::engine::AlarmPolicy;
  if (auto policy = AlarmPolicy::from_json(input)) {
    for (const auto* type : {"call", "fall", "bed_exit", "node_offline"}) {
      const auto* rule = policy->rule(type);
      if (rule &&
          (rule->escalate_after_s < 0 || rule->escalate_all_after_s < rule->escalate_after_s)) {
        std::fprintf(stderr, "engine_config_fuzzer: accepted a policy with bad times for %s\n",
                     type);
        std::abort();
      }
    }
  }
  // A rounds policy that loads keeps every number in the range its loader promises (a value
  // narrowed into range, e.g. 2^32 + 5 read as 5, would be accepted silently).
  if (auto rounds = anju::engine::RoundsPolicy::from_json(input)) {
    const bool sane = rounds->grace_min >= 0 && rounds->grace_min <= 120 &&
                      rounds->night_start_hour >= 0 && rounds->night_start_hour <= 23 &&
                      rounds->night_end_hour >= 0 && rounds->night_end_hour <= 23 &&
                      rounds->utc_offset_min >= -14 * 60 && rounds->utc_offset_min <= 14 * 60;
    if (!sane) {
      std::fprintf(stderr, "engine_config_fuzzer: accepted a rounds policy out of range\n");
      std::abort();
    }
  }
  return 0;
}
