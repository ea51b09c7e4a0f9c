#pragma once
// The server side of TLS: a certificate chain and its key (from tools/anju-clipd-cert), TLS 1.2 or
// newer, no renegotiation.
#include <openssl/ssl.h>

#include <filesystem>
#include <memory>

#include "common/result.h"

namespace anju::clipserver {

struct SslCtxFree {
  void operator()(SSL_CTX* ctx) const { SSL_CTX_free(ctx); }
};
using SslCtxPtr = std::unique_ptr<SSL_CTX, SslCtxFree>;

Result<SslCtxPtr> make_server_tls(const std::filesystem::path& cert_chain,
                                  const std::filesystem::path& key);

// The most recent OpenSSL error queue entry as text (and clears the queue).
std::string openssl_error();

}  // namespace anju::clipserver
