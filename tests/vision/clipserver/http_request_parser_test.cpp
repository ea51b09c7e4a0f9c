// The clip server's HTTP/1.1 request parser: what it accepts, what it refuses and with which
// status, and that no byte string (random, deterministic seed) makes it crash or over-read.
#include <gtest/gtest.h>

#include <random>

#include "clipserver/http_request.h"

namespace anju::clipserver {
namespace {

using State = RequestParser::State;

TEST(HttpRequestParser, ParsesAGetWithQueryAndHeaders) {
  RequestParser p;
  ASSERT_EQ(p.feed("GET /v1/clips/2026-11-23/a.jpg?purpose=export HTTP/1.1\r\n"
                   "Host: vision-1\r\nAuthorization:  Bearer abc \r\nRange: bytes=0-9\r\n\r\n"),
            State::kDone);
  const HttpRequest r = p.take();
  EXPECT_EQ(r.method, "GET");
  EXPECT_EQ(r.path, "/v1/clips/2026-11-23/a.jpg");
  EXPECT_EQ(r.query, "purpose=export");
  ASSERT_NE(r.header("authorization"), nullptr);
  EXPECT_EQ(*r.header("authorization"), "Bearer abc");  // surrounding blanks trimmed
  EXPECT_EQ(*r.header("range"), "bytes=0-9");
  EXPECT_TRUE(r.keep_alive());
  EXPECT_EQ(p.state(), State::kNeedMore);
}

TEST(HttpRequestParser, ReadsABodyByContentLengthEvenByteByByte) {
  const std::string wire =
      "POST /v1/session HTTP/1.1\r\nHost: x\r\nContent-Length: 13\r\n\r\n{\"user\":\"m\"}X";
  RequestParser p;
  for (std::size_t i = 0; i + 1 < wire.size(); ++i) {
    EXPECT_EQ(p.feed(wire.substr(i, 1)), State::kNeedMore) << "after byte " << i;
  }
  ASSERT_EQ(p.feed(wire.substr(wire.size() - 1)), State::kDone);
  EXPECT_EQ(p.take().body, "{\"user\":\"m\"}X");
}

TEST(HttpRequestParser, KeepsPipelinedRequestsApart) {
  RequestParser p;
  p.feed(
      "GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  ASSERT_EQ(p.state(), State::kDone);
  EXPECT_EQ(p.take().path, "/a");
  ASSERT_EQ(p.state(), State::kDone);
  const auto second = p.take();
  EXPECT_EQ(second.path, "/b");
  EXPECT_FALSE(second.keep_alive());
}

TEST(HttpRequestParser, Http10ClosesUnlessAskedToKeep) {
  RequestParser p;
  p.feed("GET /a HTTP/1.0\r\n\r\n");  // no Host needed in 1.0
  ASSERT_EQ(p.state(), State::kDone);
  EXPECT_FALSE(p.take().keep_alive());
  p.feed("GET /a HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n");
  ASSERT_EQ(p.state(), State::kDone);
  EXPECT_TRUE(p.take().keep_alive());
}

struct Refusal {
  std::string wire;
  int status;
};

TEST(HttpRequestParser, RefusesWhatItDoesNotUnderstandWithTheRightStatus) {
  const std::vector<Refusal> cases = {
      {"GET /a HTTP/1.1\r\n\r\n", 400},                           // no Host
      {"GET /a HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400},     // two Hosts
      {"GET /a HTTP/1.1\nHost: a\r\n\r\n", 400},                  // bare LF
      {"GET /a HTTP/1.1\r\nHost: a\r\n folded\r\n\r\n", 400},     // obs-fold
      {"GET /a HTTP/1.1\r\nHost : a\r\n\r\n", 400},               // space before ':'
      {"GET /a HTTP/1.1\r\nHost: a\x01\r\n\r\n", 400},            // control byte
      {"GET http://x/a HTTP/1.1\r\nHost: a\r\n\r\n", 400},        // absolute form
      {"GET ../../etc/passwd HTTP/1.1\r\nHost: a\r\n\r\n", 400},  // not a path
      {"GET /a b HTTP/1.1\r\nHost: a\r\n\r\n", 400},              // space in target
      {"GET /a HTTP/2.0\r\nHost: a\r\n\r\n", 505},                // other version
      {"GET /a FTP/1.1\r\nHost: a\r\n\r\n", 400},                 // not HTTP
      {"DELETE /a HTTP/1.1\r\nHost: a\r\n\r\n", 501},             // other method
      {"POST /a HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n", 501},
      {"POST /a HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\nx", 400},
      {"POST /a HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n\r\n", 400},
      {"POST /a HTTP/1.1\r\nHost: a\r\nContent-Length: 99999999999999999999\r\n\r\n", 400},
      {"POST /a HTTP/1.1\r\nHost: a\r\nContent-Length: 5000\r\n\r\n", 413},
      {std::string("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n", 15),
       400},  // a TLS hello
  };
  for (const auto& c : cases) {
    RequestParser p;
    EXPECT_EQ(p.feed(c.wire), State::kError) << c.wire;
    EXPECT_EQ(p.error_status(), c.status) << c.wire << ": " << p.error_reason();
    EXPECT_FALSE(p.error_reason().empty());
    // Once refused, it stays refused: nothing more is parsed from this connection.
    EXPECT_EQ(p.feed("GET / HTTP/1.1\r\nHost: a\r\n\r\n"), State::kError);
  }
}

TEST(HttpRequestParser, RefusesAnOversizedHeadBeforeItEnds) {
  ParseLimits limits;
  limits.max_head_bytes = 1024;
  RequestParser p(limits);
  EXPECT_EQ(p.feed("GET /a HTTP/1.1\r\nHost: a\r\nX-Big: "), State::kNeedMore);
  EXPECT_EQ(p.feed(std::string(2000, 'a')), State::kError);
  EXPECT_EQ(p.error_status(), 431);
}

TEST(HttpRequestParser, RefusesTooManyHeaders) {
  std::string wire = "GET /a HTTP/1.1\r\nHost: a\r\n";
  for (int i = 0; i < 60; ++i) wire += "X-" + std::to_string(i) + ": v\r\n";
  RequestParser p;
  EXPECT_EQ(p.feed(wire + "\r\n"), State::kError);
  EXPECT_EQ(p.error_status(), 431);
}

// Random bytes, random chunking, and random mutations of a valid request: the parser must end in
// a defined state, never crash, and never hand out a request longer than it was fed.
TEST(HttpRequestParserFuzz, RandomBytesNeverCrash) {
  std::mt19937 rng(20261123);
  const std::string valid =
      "POST /v1/clips/2026-11-23/cam-1-000000-fall/keep?purpose=export HTTP/1.1\r\nHost: a\r\n"
      "Authorization: Bearer 0123\r\nContent-Length: 14\r\nRange: bytes=0-1\r\n\r\n{\"keep\": "
      "true}";
  const std::string alphabet = "GETPOST /:\r\n\t -0123456789HTTP/1.1%.?=&Content-Length";
  int done = 0, errors = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string input;
    switch (round % 3) {
      case 0: {  // raw random bytes
        input.resize(rng() % 600);
        for (auto& c : input) c = static_cast<char>(rng() & 0xFF);
        break;
      }
      case 1: {  // tokens of HTTP
        const std::size_t n = rng() % 400;
        for (std::size_t i = 0; i < n; ++i) input.push_back(alphabet[rng() % alphabet.size()]);
        break;
      }
      default: {  // a valid request with a few bytes flipped, inserted or cut
        input = valid;
        for (int k = static_cast<int>(rng() % 4); k >= 0; --k) {
          const std::size_t at = rng() % input.size();
          switch (rng() % 3) {
            case 0:
              input[at] = static_cast<char>(rng() & 0xFF);
              break;
            case 1:
              input.insert(at, 1, static_cast<char>(rng() & 0xFF));
              break;
            default:
              input.erase(at, 1 + rng() % 8);
              break;
          }
          if (input.empty()) input = "x";
        }
      }
    }
    ParseLimits limits;
    limits.max_head_bytes = 256 + rng() % 512;
    limits.max_body_bytes = rng() % 64;
    RequestParser p(limits);
    std::size_t fed = 0;
    while (fed < input.size() && p.state() != State::kError) {
      const std::size_t n = std::min<std::size_t>(1 + rng() % 97, input.size() - fed);
      p.feed(std::string_view(input).substr(fed, n));
      fed += n;
      while (p.state() == State::kDone) {
        const HttpRequest r = p.take();
        ASSERT_LE(r.target.size() + r.body.size(), input.size());
        ++done;
      }
    }
    if (p.state() == State::kError) {
      ++errors;
      ASSERT_TRUE(p.error_status() >= 400 && p.error_status() < 600) << p.error_status();
    }
  }
  // The generator exercises both sides (a silent generator would make this test pointless).
  EXPECT_GT(done, 0);
  EXPECT_GT(errors, 1000);
}

}  // namespace
}  // namespace anju::clipserver
