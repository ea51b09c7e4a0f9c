#include "common/option_parser.h"

#include <algorithm>
#include <charconv>
#include <ostream>
#include <sstream>

namespace anju::cli {
namespace {

constexpr std::size_t kHelpColumn = 23;

template <class T>
std::optional<T> parse_whole(const std::string& text) {
  T out{};
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return out;
}

template <class T>
std::string range_reason(T min, T max) {
  std::ostringstream out;
  out << "must be a number from " << min << " to " << max;
  return out.str();
}

// A setter that takes a number within [min, max] (NaN is outside every range).
template <class T, class Parse>
ValueSetter bounded(T& target, T min, T max, Parse parse) {
  return [&target, min, max, parse](const std::string& v) -> std::optional<std::string> {
    const std::optional<T> n = parse(v);
    if (!n || !(*n >= min && *n <= max)) return range_reason(min, max);
    target = *n;
    return std::nullopt;
  };
}

}  // namespace

std::optional<int> parse_int(const std::string& text) {
  return parse_whole<int>(text);
}
std::optional<long> parse_long(const std::string& text) {
  return parse_whole<long>(text);
}
std::optional<double> parse_double(const std::string& text) {
  return parse_whole<double>(text);
}

std::optional<std::pair<int, int>> parse_size(const std::string& text) {
  const auto x = text.find('x');
  if (x == std::string::npos) return std::nullopt;
  const auto w = parse_int(text.substr(0, x));
  const auto h = parse_int(text.substr(x + 1));
  if (!w || !h || *w < 320 || *h < 240 || *w > 8192 || *h > 8192) return std::nullopt;
  return std::pair{*w, *h};
}

OptionParser& OptionParser::add(Option option) {
  options_.push_back(std::move(option));
  return *this;
}

OptionParser& OptionParser::flag(std::string name, std::string help, bool& target) {
  return add({std::move(name), "", std::move(help), [&target] { target = true; }, nullptr});
}

OptionParser& OptionParser::value(std::string name, std::string meta, std::string help,
                                  std::string& target) {
  return value(std::move(name), std::move(meta), std::move(help),
               [&target](const std::string& v) -> std::optional<std::string> {
                 target = v;
                 return std::nullopt;
               });
}

OptionParser& OptionParser::value(std::string name, std::string meta, std::string help,
                                  ValueSetter set) {
  return add({std::move(name), std::move(meta), std::move(help), nullptr, std::move(set)});
}

OptionParser& OptionParser::list(std::string name, std::string meta, std::string help,
                                 std::vector<std::string>& target) {
  return value(std::move(name), std::move(meta), std::move(help),
               [&target](const std::string& v) -> std::optional<std::string> {
                 target.push_back(v);
                 return std::nullopt;
               });
}

OptionParser& OptionParser::integer(std::string name, std::string meta, std::string help,
                                    int& target, int min, int max) {
  return value(std::move(name), std::move(meta), std::move(help),
               bounded(target, min, max, parse_int));
}

OptionParser& OptionParser::integer(std::string name, std::string meta, std::string help,
                                    long& target, long min, long max) {
  return value(std::move(name), std::move(meta), std::move(help),
               bounded(target, min, max, parse_long));
}

OptionParser& OptionParser::number(std::string name, std::string meta, std::string help,
                                   double& target, double min, double max) {
  return value(std::move(name), std::move(meta), std::move(help),
               bounded(target, min, max, parse_double));
}

OptionParser& OptionParser::choice(std::string name, std::string help, std::string& target,
                                   std::vector<std::string> choices) {
  std::string meta, listed;
  for (std::size_t i = 0; i < choices.size(); ++i) {
    meta += (i ? "|" : "") + choices[i];
    listed += (i == 0 ? "" : i + 1 == choices.size() ? " or " : ", ") + choices[i];
  }
  return value(std::move(name), std::move(meta), std::move(help),
               [&target, choices = std::move(choices),
                listed](const std::string& v) -> std::optional<std::string> {
                 if (std::find(choices.begin(), choices.end(), v) == choices.end())
                   return "must be " + listed;
                 target = v;
                 return std::nullopt;
               });
}

OptionParser& OptionParser::text(std::string line) {
  texts_.emplace_back(options_.size(), std::move(line));
  return *this;
}

const OptionParser::Option* OptionParser::find(const std::string& name) const {
  for (const auto& o : options_)
    if (o.name == name) return &o;
  return nullptr;
}

Result<std::vector<std::string>> OptionParser::parse(std::span<const std::string> args,
                                                     Unknown unknown) {
  std::vector<std::string> rest;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    const Option* o = find(a);
    if (!o && (a == "--help" || a == "-h")) {
      help_ = true;
      if (unknown == Unknown::kKeep) rest.push_back(a);
      continue;
    }
    if (!o) {
      if (unknown == Unknown::kKeep) {
        rest.push_back(a);
        continue;
      }
      return Error{ErrorCode::kConfig,
                   a.starts_with("-") ? "unknown option " + a : "unexpected argument '" + a + "'"};
    }
    if (o->on_flag) {
      o->on_flag();
      continue;
    }
    if (i + 1 >= args.size()) return Error{ErrorCode::kConfig, "option " + a + " needs a value"};
    const std::string& v = args[++i];
    if (const auto refused = o->on_value(v))
      return Error{ErrorCode::kConfig, a + " " + *refused + " (got '" + v + "')"};
  }
  return rest;
}

Result<std::vector<std::string>> OptionParser::parse(int argc, char** argv, Unknown unknown) {
  const std::vector<std::string> args(argv + (argc > 0 ? 1 : 0), argv + std::max(argc, 0));
  return parse(args, unknown);
}

std::optional<int> OptionParser::parse_or_explain(const char* program,
                                                  std::span<const std::string> args,
                                                  std::ostream& out, std::ostream& err) {
  const auto parsed = parse(args);
  if (!parsed) {
    err << program << ": " << parsed.error().reason << "\n" << usage();
    return 2;
  }
  if (help_) {
    out << usage();
    return 0;
  }
  return std::nullopt;
}

std::string OptionParser::usage() const {
  std::string out = synopsis_.empty() ? "" : synopsis_ + "\n";
  auto text_at = texts_.begin();
  for (std::size_t i = 0; i <= options_.size(); ++i) {
    for (; text_at != texts_.end() && text_at->first == i; ++text_at) out += text_at->second + "\n";
    if (i == options_.size()) break;
    const Option& o = options_[i];
    std::string head = "  " + o.name + (o.meta.empty() ? "" : " " + o.meta);
    head += head.size() + 1 < kHelpColumn ? std::string(kHelpColumn - head.size(), ' ') : "  ";
    std::string help = o.help;
    for (std::size_t nl = help.find('\n'); nl != std::string::npos; nl = help.find('\n', nl + 1))
      help.insert(nl + 1, std::string(kHelpColumn, ' '));
    out += head + help + "\n";
  }
  return out;
}

}  // namespace anju::cli
