#include "clipserver/clip_service.h"

#include <cctype>
#include <iostream>
#include <nlohmann/json.hpp>

#include "clipserver/byte_range.h"
#include "clipserver/users_snapshot.h"

namespace anju::clipserver {
namespace {

constexpr std::size_t kMaxUserId = 64;
constexpr std::size_t kMaxPassword = 1024;

std::string dump(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

HttpResponse json_response(int status, const nlohmann::json& body) {
  HttpResponse r;
  r.status = status;
  r.headers.emplace_back("Content-Type", "application/json");
  r.body = dump(body);
  return r;
}

// "Bearer <token>" (scheme case-insensitive); empty when absent or another scheme.
std::string_view bearer_token(const HttpRequest& request) {
  const std::string* value = request.header("authorization");
  if (!value || value->size() < 7) return {};
  std::string_view v = *value;
  constexpr std::string_view kScheme = "bearer ";
  for (std::size_t i = 0; i < kScheme.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(v[i])) != kScheme[i]) return {};
  v.remove_prefix(kScheme.size());
  while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
  return v;
}

enum class Purpose { kView, kExport, kInvalid };

// ?purpose=export marks an export; other parameters (a player's cache buster) are ignored.
Purpose purpose_of(std::string_view query) {
  Purpose purpose = Purpose::kView;
  while (!query.empty()) {
    const auto amp = query.find('&');
    const auto item = query.substr(0, amp);
    if (item.substr(0, 8) == "purpose=") {
      const auto value = item.substr(8);
      if (value == "export")
        purpose = Purpose::kExport;
      else if (value != "view")
        return Purpose::kInvalid;
    }
    query = amp == std::string_view::npos ? std::string_view{} : query.substr(amp + 1);
  }
  return purpose;
}

HttpResponse unauthorized() {
  auto r = error_response(401, "sign in first: missing, expired or unknown token");
  r.headers.emplace_back("WWW-Authenticate",
                         "Bearer realm=\"anju-clips\", error=\"invalid_token\"");
  return r;
}

HttpResponse method_not_allowed(std::string_view allow) {
  auto r = error_response(405, "method not allowed here");
  r.headers.emplace_back("Allow", std::string(allow));
  return r;
}

std::filesystem::path default_scratch_dir() {
  std::error_code ec;
  auto dir = std::filesystem::temp_directory_path(ec);
  return ec ? std::filesystem::path("/tmp") : dir;
}

}  // namespace

bool may_see_clips(auth::Role role) {
  return role == auth::Role::kChargeNurse || role == auth::Role::kManager;
}

bool may_see(auth::Role role, ClipFile file) {
  if (file == ClipFile::kOriginal) return role == auth::Role::kManager;
  return may_see_clips(role);
}

ClipService::ClipService(std::filesystem::path store_root, std::filesystem::path users_file,
                         AuditLog& audit, const Clock& clock, ClipServiceOptions options)
    : files_(std::move(store_root)),
      users_file_(std::move(users_file)),
      scratch_dir_(options.scratch_dir.empty() ? default_scratch_dir() : options.scratch_dir),
      audit_(audit),
      clock_(clock),
      tokens_(clock, options.token_ttl_ms, options.max_sessions),
      throttle_(clock, options.max_failed_sign_ins_per_minute) {}

HttpResponse ClipService::audited(HttpResponse response, AuditEntry entry) {
  entry.ts = clock_.now_ms();
  entry.status = response.status;
  auto written = audit_.append(entry);
  if (!written) {
    std::cerr << "anju-clipd: audit not written, request refused: " << written.error().reason
              << std::endl;
    return error_response(503, "audit unavailable", true);
  }
  return response;
}

HttpResponse ClipService::handle(const HttpRequest& request, const std::string& remote) {
  const Route route = route_path(request.path);
  if (route.kind == Route::Kind::kUnknown) return error_response(404, "no such resource");
  if (route.kind == Route::Kind::kSession) return sign_in(request, remote);

  // Everything else is under /v1/clips/: audited whatever the outcome.
  AuditEntry entry;
  entry.remote = remote;
  entry.clip = route.kind == Route::Kind::kBadClip ? printable(request.target) : route.clip.id();
  entry.action = AuditAction::kRefused;
  const auto session = tokens_.check(bearer_token(request));
  if (!session) return audited(unauthorized(), entry);
  entry.user = session->user;
  entry.role = std::string(auth::to_string(session->role));
  if (route.kind == Route::Kind::kBadClip)
    return audited(error_response(400, "not a clip path: /v1/clips/<YYYY-MM-DD>/<name>.<ext>"),
                   entry);
  if (route.kind == Route::Kind::kClipKeep) return set_keep(request, route.clip, *session, remote);
  return serve_file(request, route.clip, *session, remote);
}

HttpResponse ClipService::sign_in(const HttpRequest& request, const std::string& remote) {
  if (request.method != "POST") return method_not_allowed("POST");
  AuditEntry entry;
  entry.action = AuditAction::kSession;
  entry.remote = remote;
  const auto body = nlohmann::json::parse(request.body, nullptr, false);
  if (body.is_discarded() || !body.is_object() || !body.contains("user") ||
      !body.contains("password") || !body["user"].is_string() || !body["password"].is_string())
    return audited(error_response(400, "body must be {\"user\": \"...\", \"password\": \"...\"}"),
                   entry);
  const auto& user = body["user"].get_ref<const std::string&>();
  const auto& password = body["password"].get_ref<const std::string&>();
  entry.user = printable(user, kMaxUserId);
  const std::string address = address_without_port(remote);
  if (!throttle_.allowed(address))
    return audited(error_response(429, "too many failed sign-ins, wait a minute"), entry);
  if (user.empty() || user.size() > kMaxUserId || password.size() > kMaxPassword) {
    throttle_.failed(address);
    return audited(error_response(401, "unknown user or wrong password"), entry);
  }

  std::unique_lock serial(sign_in_mutex_);
  auto users = UsersSnapshot::take(users_file_, scratch_dir_);
  if (!users) {
    std::cerr << "anju-clipd: " << users.error().reason << std::endl;
    return audited(error_response(503, "users file unavailable"), entry);
  }
  auto verified = users.value()->store().verify(user, password);
  users.value().reset();
  serial.unlock();
  if (!verified) {
    if (verified.error().code == ErrorCode::kIo) {
      std::cerr << "anju-clipd: " << verified.error().reason << std::endl;
      return audited(error_response(503, "users file unavailable"), entry);
    }
    // Same answer for an unknown user and a wrong password.
    throttle_.failed(address);
    return audited(error_response(401, "unknown user or wrong password"), entry);
  }
  throttle_.succeeded(address);
  entry.role = std::string(auth::to_string(verified->role));
  if (!may_see_clips(verified->role))
    return audited(error_response(403, "this role may not see clips"), entry);
  const auto token = tokens_.issue(verified->id, verified->role);
  if (!token) return audited(error_response(503, "too many sessions, try again later"), entry);
  return audited(json_response(200, {{"token", *token},
                                     {"expires_in", tokens_.ttl_ms() / 1000},
                                     {"role", entry.role},
                                     {"user", verified->id}}),
                 entry);
}

HttpResponse ClipService::serve_file(const HttpRequest& request, const ClipTarget& clip,
                                     const Session& session, const std::string& remote) {
  AuditEntry entry{0,         session.user,          std::string(auth::to_string(session.role)),
                   clip.id(), AuditAction::kRefused, remote,
                   0};
  if (request.method != "GET" && request.method != "HEAD")
    return audited(method_not_allowed("GET, HEAD"), entry);
  const Purpose purpose = purpose_of(request.query);
  if (purpose == Purpose::kInvalid)
    return audited(error_response(400, "purpose must be view or export"), entry);
  if (!may_see(session.role, clip.file))
    return audited(error_response(403, "this role may not see this file"), entry);

  entry.action = purpose == Purpose::kExport ? AuditAction::kExport : AuditAction::kView;
  auto opened = files_.open(clip);
  if (!opened) {
    std::cerr << "anju-clipd: " << opened.error().reason << std::endl;
    return audited(error_response(500, "cannot read the clip"), entry);
  }
  if (!opened.value()) return audited(error_response(404, "no such clip file"), entry);
  OpenedFile file = std::move(*opened.value());

  HttpResponse r;
  r.head_only = request.method == "HEAD";
  r.headers.emplace_back("Content-Type", std::string(content_type(clip.file)));
  r.headers.emplace_back("Accept-Ranges", "bytes");
  r.headers.emplace_back("Content-Disposition",
                         std::string(purpose == Purpose::kExport ? "attachment" : "inline") +
                             "; filename=\"" + clip.file_name() + "\"");
  const std::string* range_header = request.header("range");
  const ByteRange range =
      range_header ? parse_range(*range_header, file.size) : ByteRange{ByteRange::Kind::kWhole};
  switch (range.kind) {
    case ByteRange::Kind::kUnsatisfiable: {
      auto refused = error_response(416, "range outside the file");
      refused.headers.emplace_back("Content-Range", "bytes */" + std::to_string(file.size));
      return audited(std::move(refused), entry);
    }
    case ByteRange::Kind::kPart:
      r.status = 206;
      r.headers.emplace_back("Content-Range", "bytes " + std::to_string(range.first) + "-" +
                                                  std::to_string(range.first + range.length - 1) +
                                                  "/" + std::to_string(file.size));
      r.file = FileBody{std::move(file.fd), range.first, range.length};
      break;
    case ByteRange::Kind::kWhole:
      r.file = FileBody{std::move(file.fd), 0, file.size};
      break;
  }
  return audited(std::move(r), entry);
}

HttpResponse ClipService::set_keep(const HttpRequest& request, const ClipTarget& clip,
                                   const Session& session, const std::string& remote) {
  AuditEntry entry{0,         session.user,          std::string(auth::to_string(session.role)),
                   clip.id(), AuditAction::kRefused, remote,
                   0};
  if (request.method != "POST") return audited(method_not_allowed("POST"), entry);
  if (!may_see_clips(session.role))
    return audited(error_response(403, "this role may not keep clips"), entry);
  const auto body = nlohmann::json::parse(request.body, nullptr, false);
  if (body.is_discarded() || !body.is_object() || !body.contains("keep") ||
      !body["keep"].is_boolean())
    return audited(error_response(400, "body must be {\"keep\": true|false}"), entry);
  const bool keep = body["keep"].get<bool>();
  entry.action = keep ? AuditAction::kKeep : AuditAction::kUnkeep;
  if (!files_.exists(clip.day, clip.name))
    return audited(error_response(404, "no such clip"), entry);
  auto done = files_.set_keep(clip.day, clip.name, keep);
  if (!done) {
    std::cerr << "anju-clipd: " << done.error().reason << std::endl;
    return audited(error_response(500, "cannot change the keep marker"), entry);
  }
  return audited(json_response(200, {{"clip", clip.id()}, {"keep", keep}}), entry);
}

}  // namespace anju::clipserver
