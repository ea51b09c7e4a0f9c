#pragma once
// The one command-line parser every Anju program uses. Each option is declared once, with its
// help text, so the usage a program prints, the options it takes and the reasons it refuses a
// mistake cannot drift apart. Every value is checked where it is declared: "--days abc" is
// refused with a reason naming the option, never read as 0.
#include <functional>
#include <iosfwd>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "common/result.h"

namespace anju::cli {

// A value check: nullopt when the value is taken, else the reason it is refused ("must be ...").
using ValueSetter = std::function<std::optional<std::string>(const std::string& value)>;

class OptionParser {
 public:
  OptionParser() = default;
  explicit OptionParser(std::string synopsis) : synopsis_(std::move(synopsis)) {}

  // An option without a value; --help and -h are always flags of their own (help()).
  OptionParser& flag(std::string name, std::string help, bool& target);
  // An option with one value, stored as given or checked by `set`.
  OptionParser& value(std::string name, std::string meta, std::string help, std::string& target);
  OptionParser& value(std::string name, std::string meta, std::string help, ValueSetter set);
  // A repeatable option: every value is appended.
  OptionParser& list(std::string name, std::string meta, std::string help,
                     std::vector<std::string>& target);
  // A whole-number or decimal value within [min, max].
  OptionParser& integer(std::string name, std::string meta, std::string help, int& target, int min,
                        int max);
  OptionParser& integer(std::string name, std::string meta, std::string help, long& target,
                        long min, long max);
  OptionParser& number(std::string name, std::string meta, std::string help, double& target,
                       double min, double max);
  // A value that must be one of `choices`.
  OptionParser& choice(std::string name, std::string help, std::string& target,
                       std::vector<std::string> choices);
  // A line of its own in the usage (a note, a heading, a second synopsis).
  OptionParser& text(std::string line);

  enum class Unknown { kRefuse, kKeep };
  // Parses `args` (without the program name). With Unknown::kKeep, what is not declared here is
  // returned in order for the next parser (the node options first, then the program's own).
  Result<std::vector<std::string>> parse(std::span<const std::string> args,
                                         Unknown unknown = Unknown::kRefuse);
  Result<std::vector<std::string>> parse(int argc, char** argv, Unknown unknown = Unknown::kRefuse);

  // For a program's whole command line: parses `args`; on --help prints the usage to `out` and
  // returns 0, on a mistake prints "<program>: <reason>" and the usage to `err` and returns 2;
  // nullopt when the program should go on.
  std::optional<int> parse_or_explain(const char* program, std::span<const std::string> args,
                                      std::ostream& out, std::ostream& err);

  bool help() const { return help_; }  // --help or -h was given
  std::string usage() const;

 private:
  struct Option {
    std::string name, meta, help;
    std::function<void()> on_flag;
    ValueSetter on_value;
  };
  OptionParser& add(Option option);
  const Option* find(const std::string& name) const;

  std::string synopsis_;
  std::vector<Option> options_;
  std::vector<std::pair<std::size_t, std::string>> texts_;  // usage lines before option index
  bool help_ = false;
};

// Shared value readers: whole strings only ("12x" is not 12).
std::optional<int> parse_int(const std::string& text);
std::optional<long> parse_long(const std::string& text);
std::optional<double> parse_double(const std::string& text);
// "1280x800" within 320x240 .. 8192x8192.
std::optional<std::pair<int, int>> parse_size(const std::string& text);

}  // namespace anju::cli
