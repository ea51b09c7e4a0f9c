#pragma once
// An HTTP response as the handler decides it: a small body in memory, or a byte range of an open
// file that the connection streams in chunks (clips are never read whole into memory).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "clipserver/clip_files.h"

namespace anju::clipserver {

struct FileBody {
  UniqueFd fd;
  std::uint64_t offset = 0;
  std::uint64_t length = 0;
};

struct HttpResponse {
  int status = 200;
  std::vector<std::pair<std::string, std::string>> headers;  // besides Content-Length, Connection
  std::string body;
  std::optional<FileBody> file;  // when set, streamed instead of `body`
  bool head_only = false;        // HEAD: headers (with the length) but no body
  bool close = false;            // close the connection after this response

  std::uint64_t content_length() const { return file ? file->length : body.size(); }
};

std::string_view reason_phrase(int status);

// Status line and headers, ending with the blank line.
std::string serialize_head(const HttpResponse& response, bool keep_alive);

// {"error": message} with the status; `close` for errors after which the stream cannot be trusted.
HttpResponse error_response(int status, std::string_view message, bool close = false);

}  // namespace anju::clipserver
