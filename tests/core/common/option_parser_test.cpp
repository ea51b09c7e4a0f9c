#include "common/option_parser.h"

#include <gtest/gtest.h>

#include <sstream>

namespace anju::cli {
namespace {

std::vector<std::string> args(std::initializer_list<const char*> list) {
  return {list.begin(), list.end()};
}

struct Parsed {
  bool quiet = false;
  std::string out;
  int days = 7;
  double after = 5;
  std::string lang = "zh";
  std::vector<std::string> only;
};

OptionParser make(Parsed& p) {
  OptionParser parser("usage: tool [options]");
  parser.flag("--quiet", "no progress", p.quiet)
      .value("--out", "FILE", "where to write", p.out)
      .integer("--days", "N", "days back\nsecond line", p.days, 1, 365)
      .number("--after", "S", "seconds", p.after, 0, 3600)
      .choice("--lang", "language", p.lang, {"zh", "en"})
      .list("--only", "TEXT", "repeatable", p.only)
      .text("  a note at the end");
  return parser;
}

TEST(OptionParser, TakesEveryKindOfOption) {
  Parsed p;
  auto parser = make(p);
  const auto rest = parser.parse(args({"--quiet", "--out", "a.csv", "--days", "30", "--after",
                                       "2.5", "--lang", "en", "--only", "x", "--only", "y"}));
  ASSERT_TRUE(rest) << rest.error().reason;
  EXPECT_TRUE(rest->empty());
  EXPECT_TRUE(p.quiet);
  EXPECT_EQ(p.out, "a.csv");
  EXPECT_EQ(p.days, 30);
  EXPECT_DOUBLE_EQ(p.after, 2.5);
  EXPECT_EQ(p.lang, "en");
  EXPECT_EQ(p.only, (std::vector<std::string>{"x", "y"}));
  EXPECT_FALSE(parser.help());
}

TEST(OptionParser, DefaultsStayWhenAnOptionIsNotGiven) {
  Parsed p;
  auto parser = make(p);
  ASSERT_TRUE(parser.parse(args({})));
  EXPECT_EQ(p.days, 7);
  EXPECT_EQ(p.lang, "zh");
}

TEST(OptionParser, RefusesEachMistakeNamingTheOption) {
  const std::vector<std::pair<std::vector<std::string>, std::string>> cases{
      {args({"--days", "abc"}), "--days must be a number from 1 to 365 (got 'abc')"},
      {args({"--days", "12x"}), "--days must be a number from 1 to 365 (got '12x')"},
      {args({"--days", "0"}), "--days must be a number from 1 to 365 (got '0')"},
      {args({"--after", "nan"}), "--after must be a number from 0 to 3600 (got 'nan')"},
      {args({"--lang", "fr"}), "--lang must be zh or en (got 'fr')"},
      {args({"--out"}), "option --out needs a value"},
      {args({"--bogus"}), "unknown option --bogus"},
      {args({"stray"}), "unexpected argument 'stray'"},
  };
  for (const auto& [given, reason] : cases) {
    Parsed p;
    auto parser = make(p);
    const auto r = parser.parse(given);
    ASSERT_FALSE(r) << given[0];
    EXPECT_EQ(r.error().code, ErrorCode::kConfig);
    EXPECT_EQ(r.error().reason, reason);
  }
}

TEST(OptionParser, KeepsWhatItDoesNotKnowInOrderForTheNextParser) {
  Parsed p;
  auto parser = make(p);
  const auto rest = parser.parse(args({"--mode", "bedside", "--days", "3", "--help", "x"}),
                                 OptionParser::Unknown::kKeep);
  ASSERT_TRUE(rest);
  EXPECT_EQ(*rest, args({"--mode", "bedside", "--help", "x"}));
  EXPECT_EQ(p.days, 3);
  EXPECT_TRUE(parser.help());
}

TEST(OptionParser, HelpIsAlwaysAFlag) {
  Parsed p;
  auto parser = make(p);
  ASSERT_TRUE(parser.parse(args({"-h"})));
  EXPECT_TRUE(parser.help());
}

TEST(OptionParser, UsageListsEveryOptionInDeclarationOrder) {
  Parsed p;
  const auto usage = make(p).usage();
  EXPECT_EQ(usage,
            "usage: tool [options]\n"
            "  --quiet              no progress\n"
            "  --out FILE           where to write\n"
            "  --days N             days back\n"
            "                       second line\n"
            "  --after S            seconds\n"
            "  --lang zh|en         language\n"
            "  --only TEXT          repeatable\n"
            "  a note at the end\n");
}

TEST(OptionParser, ReadsArgvWithoutTheProgramName) {
  Parsed p;
  auto parser = make(p);
  char prog[] = "tool", days[] = "--days", n[] = "9";
  char* argv[] = {prog, days, n};
  ASSERT_TRUE(parser.parse(3, argv));
  EXPECT_EQ(p.days, 9);
}

TEST(OptionParser, ValueReadersTakeWholeStringsOnly) {
  EXPECT_EQ(parse_int("42"), 42);
  EXPECT_FALSE(parse_int("42 "));
  EXPECT_FALSE(parse_int(""));
  EXPECT_EQ(parse_long("-3"), -3);
  EXPECT_EQ(parse_double("0.25"), 0.25);
  EXPECT_FALSE(parse_double("1e"));
  EXPECT_EQ(parse_size("1280x800"), (std::pair{1280, 800}));
  EXPECT_FALSE(parse_size("1280x"));
  EXPECT_FALSE(parse_size("100x100"));
  EXPECT_FALSE(parse_size("1280*800"));
}

TEST(OptionParser, ExplainsAMistakeOrPrintsHelpWithAnExitCode) {
  Parsed p;
  auto parser = make(p);
  std::ostringstream out, err;
  EXPECT_EQ(parser.parse_or_explain("tool", args({"--days", "x"}), out, err), 2);
  EXPECT_TRUE(
      err.str().starts_with("tool: --days must be a number from 1 to 365 (got 'x')\n"
                            "usage: tool [options]\n"))
      << err.str();
  EXPECT_TRUE(out.str().empty());

  Parsed q;
  auto again = make(q);
  std::ostringstream out2, err2;
  EXPECT_EQ(again.parse_or_explain("tool", args({"--help"}), out2, err2), 0);
  EXPECT_EQ(out2.str(), again.usage());
  EXPECT_TRUE(err2.str().empty());

  Parsed r;
  auto fine = make(r);
  EXPECT_EQ(fine.parse_or_explain("tool", args({"--days", "2"}), out2, err2), std::nullopt);
  EXPECT_EQ(r.days, 2);
}

}  // namespace
}  // namespace anju::cli
