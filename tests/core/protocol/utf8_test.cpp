// The UTF-8 validator that runs before JSON parsing (Unicode table 3-7, nothing more, nothing
// less).
#include "protocol/utf8.h"

#include <gtest/gtest.h>

#include <string>

namespace anju::protocol {
namespace {

TEST(Utf8, AcceptsAsciiAndEveryEncodingLengthAtItsBoundaries) {
  EXPECT_TRUE(is_valid_utf8(""));
  EXPECT_TRUE(is_valid_utf8(std::string("a\0b", 3)));
  EXPECT_TRUE(is_valid_utf8("\x7F"));
  EXPECT_TRUE(is_valid_utf8("\xC2\x80"));          // U+0080
  EXPECT_TRUE(is_valid_utf8("\xDF\xBF"));          // U+07FF
  EXPECT_TRUE(is_valid_utf8("\xE0\xA0\x80"));      // U+0800
  EXPECT_TRUE(is_valid_utf8("\xED\x9F\xBF"));      // U+D7FF, last before the surrogates
  EXPECT_TRUE(is_valid_utf8("\xEE\x80\x80"));      // U+E000, first after them
  EXPECT_TRUE(is_valid_utf8("\xEF\xBF\xBF"));      // U+FFFF
  EXPECT_TRUE(is_valid_utf8("\xF0\x90\x80\x80"));  // U+10000
  EXPECT_TRUE(is_valid_utf8("\xF4\x8F\xBF\xBF"));  // U+10FFFF
  EXPECT_TRUE(is_valid_utf8("跌倒 ✓ 😀 über"));
}

TEST(Utf8, RejectsOverlongForms) {
  EXPECT_FALSE(is_valid_utf8("\xC0\x80"));
  EXPECT_FALSE(is_valid_utf8("\xC1\xBF"));
  EXPECT_FALSE(is_valid_utf8("\xE0\x9F\xBF"));
  EXPECT_FALSE(is_valid_utf8("\xF0\x8F\xBF\xBF"));
}

TEST(Utf8, RejectsSurrogates) {
  EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));  // U+D800
  EXPECT_FALSE(is_valid_utf8("\xED\xBF\xBF"));  // U+DFFF
}

TEST(Utf8, RejectsCodePointsAboveU10FFFF) {
  EXPECT_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));
  EXPECT_FALSE(is_valid_utf8("\xF5\x80\x80\x80"));
  EXPECT_FALSE(is_valid_utf8("\xFF"));
}

TEST(Utf8, RejectsTruncatedAndStraySequences) {
  EXPECT_FALSE(is_valid_utf8("\xC2"));
  EXPECT_FALSE(is_valid_utf8("\xE2\x82"));
  EXPECT_FALSE(is_valid_utf8("\xF0\x9F\x98"));
  EXPECT_FALSE(is_valid_utf8("\x80"));
  EXPECT_FALSE(is_valid_utf8("a\xC2z"));
  EXPECT_FALSE(is_valid_utf8("\xE2\x28\xA1"));
}

TEST(Utf8, FindsABadByteAfterALongAsciiRun) {
  // The fast path skips eight bytes at a time: put the bad byte at every offset around it.
  for (std::size_t prefix = 0; prefix < 24; ++prefix) {
    std::string s(prefix, 'a');
    EXPECT_TRUE(is_valid_utf8(s + "\xC3\xA9" + std::string(9, 'b')));
    EXPECT_FALSE(is_valid_utf8(s + "\xC3" + std::string(9, 'b'))) << prefix;
    EXPECT_FALSE(is_valid_utf8(s + "\xC3")) << prefix;
  }
}

}  // namespace
}  // namespace anju::protocol
