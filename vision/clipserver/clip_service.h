#pragma once
// The clip API (docs/protocol.md, "Clip access"): sign-in for a short-lived token, clip files for
// the roles allowed to see them, the keep marker, and an audit row for everything that reaches a
// clip. Transport-free: HttpsServer feeds it parsed requests and streams what it answers.
#include <filesystem>
#include <mutex>
#include <string>

#include "auth/sign_in_throttle.h"
#include "auth/token_store.h"
#include "clipserver/audit_log.h"
#include "clipserver/clip_files.h"
#include "clipserver/clip_path.h"
#include "clipserver/http_request.h"
#include "clipserver/http_response.h"
#include "common/clock.h"

namespace anju::clipserver {

using auth::address_without_port;
using auth::Session;
using auth::SignInThrottle;
using auth::TokenStore;

struct ClipServiceOptions {
  TimestampMs token_ttl_ms = TokenStore::kDefaultTtlMs;
  std::size_t max_sessions = TokenStore::kDefaultMaxSessions;
  // Per client address; then 429 until the minute has passed (a shared console included).
  int max_failed_sign_ins_per_minute = 10;
  // Where the users file is copied for each sign-in (see users_snapshot.h); empty: the system's
  // temporary folder.
  std::filesystem::path scratch_dir;
};

// Who may do what: only charge nurses and managers see clips; only managers see the unfiltered
// original.
bool may_see_clips(auth::Role role);
bool may_see(auth::Role role, ClipFile file);

class ClipService {
 public:
  // The users file is read afresh for each sign-in, so a new copy from operations takes effect at
  // once.
  ClipService(std::filesystem::path store_root, std::filesystem::path users_file, AuditLog& audit,
              const Clock& clock, ClipServiceOptions options = {});

  HttpResponse handle(const HttpRequest& request, const std::string& remote);

  TokenStore& tokens() { return tokens_; }

 private:
  HttpResponse sign_in(const HttpRequest& request, const std::string& remote);
  HttpResponse serve_file(const HttpRequest& request, const ClipTarget& clip,
                          const Session& session, const std::string& remote);
  HttpResponse set_keep(const HttpRequest& request, const ClipTarget& clip, const Session& session,
                        const std::string& remote);
  // Writes the audit row, then returns the response; 503 (and nothing served) if it cannot.
  HttpResponse audited(HttpResponse response, AuditEntry entry);

  ClipFiles files_;
  std::filesystem::path users_file_;
  std::filesystem::path scratch_dir_;
  AuditLog& audit_;
  const Clock& clock_;
  TokenStore tokens_;
  SignInThrottle throttle_;
  std::mutex sign_in_mutex_;  // one PBKDF2 at a time: at most one core for sign-ins
};

}  // namespace anju::clipserver
