// Range headers as players send them when they seek.
#include "clipserver/byte_range.h"

#include <gtest/gtest.h>

namespace anju::clipserver {
namespace {

using Kind = ByteRange::Kind;

TEST(ByteRange, ReadsTheThreeForms) {
  auto r = parse_range("bytes=100-199", 1000);
  EXPECT_EQ(r.kind, Kind::kPart);
  EXPECT_EQ(r.first, 100u);
  EXPECT_EQ(r.length, 100u);
  r = parse_range("bytes=900-", 1000);
  EXPECT_EQ(r.kind, Kind::kPart);
  EXPECT_EQ(r.first, 900u);
  EXPECT_EQ(r.length, 100u);
  r = parse_range("bytes=-10", 1000);
  EXPECT_EQ(r.kind, Kind::kPart);
  EXPECT_EQ(r.first, 990u);
  EXPECT_EQ(r.length, 10u);
}

TEST(ByteRange, ClampsToTheFile) {
  auto r = parse_range("bytes=500-99999", 1000);
  EXPECT_EQ(r.first, 500u);
  EXPECT_EQ(r.length, 500u);
  r = parse_range("bytes=-5000", 1000);
  EXPECT_EQ(r.first, 0u);
  EXPECT_EQ(r.length, 1000u);
}

TEST(ByteRange, OutsideTheFileIsUnsatisfiable) {
  EXPECT_EQ(parse_range("bytes=1000-", 1000).kind, Kind::kUnsatisfiable);
  EXPECT_EQ(parse_range("bytes=-0", 1000).kind, Kind::kUnsatisfiable);
  EXPECT_EQ(parse_range("bytes=0-", 0).kind, Kind::kUnsatisfiable);
}

TEST(ByteRange, IgnoresWhatItCannotServeExactly) {
  for (const char* h :
       {"", "bytes", "bytes=", "bytes=abc", "bytes=5-1", "items=0-1", "bytes=0-1,5-6", "bytes=--1",
        "bytes=99999999999999999999-", "bytes=0-99999999999999999999"})
    EXPECT_EQ(parse_range(h, 1000).kind, Kind::kWhole) << h;
}

}  // namespace
}  // namespace anju::clipserver
