// The strict JSON scanner behind the decoder must accept exactly what JSON allows. nlohmann::json
// is the reference: on every sample both must give the same verdict. Two nlohmann leniencies are
// deliberately not copied and tested on their own: it skips a leading byte order mark, and it
// treats a NUL byte outside strings as the end of the input.
#include "protocol/json_scanner.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace anju::protocol {
namespace {

// Records the events as text, e.g. "{ k:a u:1 }", to check what was reported, not just the verdict.
struct RecordingHandler {
  std::string events;
  std::string error;
  bool null() { return add("null"); }
  bool boolean(bool b) { return add(b ? "true" : "false"); }
  bool number_integer(std::int64_t i) { return add("i:" + std::to_string(i)); }
  bool number_unsigned(std::uint64_t u) { return add("u:" + std::to_string(u)); }
  bool number_float(double d) {
    char buffer[32];
    const auto r = std::to_chars(buffer, buffer + sizeof buffer, d);
    return add("d:" + std::string(buffer, r.ptr));
  }
  bool string(std::string_view s) { return add("s:" + std::string(s)); }
  bool key(std::string_view k) { return add("k:" + std::string(k)); }
  bool start_object() { return add("{"); }
  bool end_object() { return add("}"); }
  bool start_array() { return add("["); }
  bool end_array() { return add("]"); }
  bool parse_error(std::size_t at, std::string_view what) {
    error = std::to_string(at) + ": " + std::string(what);
    return false;
  }
  bool add(const std::string& e) {
    events += events.empty() ? e : " " + e;
    return true;
  }
};

bool scanner_accepts(const std::string& text) {
  RecordingHandler h;
  return JsonScanner<RecordingHandler>(h).parse(text);
}

std::string events_of(const std::string& text) {
  RecordingHandler h;
  JsonScanner<RecordingHandler> scanner(h);
  return scanner.parse(text) ? h.events : "error " + h.error;
}

TEST(JsonScanner, AgreesWithNlohmannOnEdgeCases) {
  const std::vector<std::string> samples = {"",
                                            " ",
                                            "{}",
                                            "[]",
                                            " {} ",
                                            "{\"a\":1}",
                                            "{\"a\":1,}",
                                            "[1,]",
                                            "[,1]",
                                            "{,}",
                                            "[1 2]",
                                            "{\"a\" 1}",
                                            "{1:2}",
                                            "{\"a\":}",
                                            "{\"a\"}",
                                            "[[[[]]]]",
                                            "[[[",
                                            "]",
                                            "}",
                                            "{}{}",
                                            "{} x",
                                            "0",
                                            "01",
                                            "-",
                                            "-0",
                                            "-01",
                                            "1.",
                                            ".5",
                                            "1.5",
                                            "1e",
                                            "1e+",
                                            "1e5",
                                            "1E-5",
                                            "1.0e+2",
                                            "+1",
                                            "0x10",
                                            "1e400",
                                            "-1e400",
                                            "1e-400",
                                            "18446744073709551615",
                                            "18446744073709551616",
                                            "-9223372036854775808",
                                            "-9223372036854775809",
                                            "NaN",
                                            "Infinity",
                                            "-Infinity",
                                            "tru",
                                            "true",
                                            "truex",
                                            "nul",
                                            "null",
                                            "false",
                                            "fals",
                                            "\"",
                                            "\"abc",
                                            "\"abc\"",
                                            "\"a\tb\"",
                                            "\"a\nb\"",
                                            "\"\\t\"",
                                            "\"\\/\"",
                                            "\"\\x\"",
                                            "\"\\u00\"",
                                            "\"\\u00e9\"",
                                            "\"\\u00G0\"",
                                            "\"\\uD800\"",
                                            "\"\\uD800\\uDC00\"",
                                            "\"\\uDC00\"",
                                            "\"\\uD800\\u0041\"",
                                            "\"\\uD800x\"",
                                            "\"\\u0000\"",
                                            "\"\\\"",
                                            "[\"a\",{\"b\":[null,true,false,{}]}]",
                                            "\t\r\n[ 1 ,\n2 ]\r\n",
                                            "[1]\x0b",
                                            "\x0c[1]",
                                            "[1,2",
                                            "{\"a\":1",
                                            "{\"a\":[}",
                                            "[{]}",
                                            "\"\x7f\"",
                                            std::string("\"a\0b\"", 5),
                                            "[" + std::string(5000, '[') + std::string(5001, ']'),
                                            std::string(5000, '[') + std::string(4999, ']')};
  for (const auto& text : samples) {
    EXPECT_EQ(scanner_accepts(text), nlohmann::json::accept(text)) << "input: " << text;
  }
}

TEST(JsonScanner, RejectsByteOrderMarkThatNlohmannSkips) {
  EXPECT_FALSE(scanner_accepts("\xEF\xBB\xBF{}"));
}

TEST(JsonScanner, RejectsNulAfterTheValueWhereNlohmannStops) {
  EXPECT_FALSE(scanner_accepts(std::string("[1]\0", 4)));
  EXPECT_FALSE(scanner_accepts(std::string("[1]\0garbage", 11)));
  EXPECT_FALSE(scanner_accepts(std::string("[1,\0]", 5)));
}

TEST(JsonScanner, ReportsNestedStructureInOrder) {
  EXPECT_EQ(events_of(R"({"a":[1,-2,true,null],"b":{"c":"d"},"e":1.5})"),
            "{ k:a [ u:1 i:-2 true null ] k:b { k:c s:d } k:e d:1.5 }");
}

TEST(JsonScanner, ReportsIntegersThatDoNotFit64BitsAsDoubles) {
  EXPECT_EQ(events_of("[18446744073709551615,18446744073709551616,-9223372036854775808]"),
            "[ u:18446744073709551615 d:18446744073709551616 i:-9223372036854775808 ]");
  EXPECT_EQ(events_of("-9223372036854775809"), "d:-9223372036854775808");
}

TEST(JsonScanner, TurnsUnderflowIntoZeroAndRejectsOverflow) {
  EXPECT_EQ(events_of("[1e-400,-1e-400,0.000001e-400]"), "[ d:0 d:-0 d:0 ]");
  EXPECT_EQ(events_of("1e400").substr(0, 5), "error");
  EXPECT_EQ(events_of("123456789e300"), "d:1.23456789e+308");  // just below DBL_MAX
  EXPECT_EQ(events_of("123456789e301").substr(0, 5), "error");
  EXPECT_EQ(events_of("0.0000000001e309"), "d:1e+299");
}

TEST(JsonScanner, DecodesEscapesToUtf8) {
  EXPECT_EQ(events_of(R"("a\"b\\c\/d\b\f\n\r\t\u00e9\u4e2d\ud83d\ude00")"),
            "s:a\"b\\c/d\b\f\n\r\t\u00e9\u4e2d\U0001F600");
}

TEST(JsonScanner, NamesTheByteOfASyntaxError) {
  RecordingHandler h;
  EXPECT_FALSE(JsonScanner<RecordingHandler>(h).parse(R"({"a":1,})"));
  EXPECT_EQ(h.error, "7: expected a string key");
}

TEST(JsonScanner, StopsWhenTheHandlerSaysSo) {
  struct StopAtKey : RecordingHandler {
    bool key(std::string_view) { return false; }
  } h;
  EXPECT_FALSE(JsonScanner<StopAtKey>(h).parse(R"({"a":1})"));
  EXPECT_EQ(h.events, "{");
}

}  // namespace
}  // namespace anju::protocol
