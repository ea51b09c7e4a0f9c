#pragma once
// Strict UTF-8 validation (Unicode 15, table 3-7): rejects overlong forms, UTF-16 surrogates
// (U+D800..U+DFFF), code points above U+10FFFF and truncated sequences. Payloads are checked with
// this before any JSON parsing, so a bad byte is reported as kInvalidUtf8 and never as kMalformed.
#include <string_view>

namespace anju::protocol {

bool is_valid_utf8(std::string_view bytes);

}  // namespace anju::protocol
