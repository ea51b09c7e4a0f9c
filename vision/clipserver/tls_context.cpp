#include "clipserver/tls_context.h"

#include <openssl/err.h>

namespace anju::clipserver {

std::string openssl_error() {
  unsigned long last = 0;
  while (unsigned long e = ERR_get_error()) last = e;
  if (last == 0) return "unknown TLS error";
  char text[256];
  ERR_error_string_n(last, text, sizeof text);
  return text;
}

Result<SslCtxPtr> make_server_tls(const std::filesystem::path& cert_chain,
                                  const std::filesystem::path& key) {
  SslCtxPtr ctx(SSL_CTX_new(TLS_server_method()));
  if (!ctx) return Error{ErrorCode::kConfig, "cannot create a TLS context: " + openssl_error()};
  SSL_CTX_set_min_proto_version(ctx.get(), TLS1_2_VERSION);
  SSL_CTX_set_options(ctx.get(), SSL_OP_NO_RENEGOTIATION | SSL_OP_CIPHER_SERVER_PREFERENCE);
  if (SSL_CTX_use_certificate_chain_file(ctx.get(), cert_chain.c_str()) != 1)
    return Error{ErrorCode::kConfig,
                 "cannot load certificate " + cert_chain.string() + ": " + openssl_error()};
  if (SSL_CTX_use_PrivateKey_file(ctx.get(), key.c_str(), SSL_FILETYPE_PEM) != 1)
    return Error{ErrorCode::kConfig, "cannot load key " + key.string() + ": " + openssl_error()};
  if (SSL_CTX_check_private_key(ctx.get()) != 1)
    return Error{ErrorCode::kConfig,
                 "key " + key.string() + " does not match certificate " + cert_chain.string()};
  return ctx;
}

}  // namespace anju::clipserver
