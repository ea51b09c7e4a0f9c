#include "console/clip_client.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <algorithm>
#include <nlohmann/json.hpp>

namespace anju::console {

namespace {

constexpr int kTransferTimeoutMs = 15'000;

bool unreachable(QNetworkReply::NetworkError e) {
  switch (e) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:  // the transfer timeout
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
      return true;
    default:
      return false;
  }
}

}  // namespace

ClipRef parse_clip_ref(const QString& ref) {
  static const QRegularExpression re(
      QStringLiteral("^([A-Za-z0-9_.-]+)/(\\d{4}-\\d{2}-\\d{2})/([A-Za-z0-9_-]+)$"));
  const auto m = re.match(ref);
  if (!m.hasMatch()) return {};
  return {true, m.captured(1), m.captured(2), m.captured(3)};
}

ClipClient::ClipClient(const Clock& clock, QObject* parent) : QObject(parent), clock_(clock) {}

ClipClient::~ClipClient() = default;

bool ClipClient::set_ca_file(const QString& path) {
  ca_ = QSslCertificate::fromPath(path, QSsl::Pem);
  return !ca_.isEmpty();
}

void ClipClient::set_credentials(const QString& user, const QString& password,
                                 const QString& role) {
  forget();
  user_ = user;
  password_ = password;
  role_ = role;
  emit originalChanged();
}

void ClipClient::forget() {
  unload();
  password_.fill(QChar(0));
  password_.clear();
  user_.clear();
  role_.clear();
  tokens_.clear();
  dir_.reset();  // deletes every downloaded clip
  if (original_) {
    original_ = false;
  }
  emit originalChanged();
}

bool ClipClient::ensure_dir() {
  if (dir_ && dir_->isValid()) return true;
  dir_ = std::make_unique<QTemporaryDir>(QDir::tempPath() + "/anju-clips-XXXXXX");
  if (!dir_->isValid()) {
    dir_.reset();
    return false;
  }
  QFile::setPermissions(dir_->path(),
                        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);  // 0700
  return true;
}

QNetworkRequest ClipClient::request(const QUrl& url) const {
  QNetworkRequest r(url);
  QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
  ssl.setCaCertificates(ca_);  // the site CA only, never the system's list
  ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
  r.setSslConfiguration(ssl);
  r.setTransferTimeout(kTransferTimeoutMs);
  r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
  r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
  return r;
}

QString ClipClient::describe(QNetworkReply* reply, int status, const QString& what) const {
  if (reply->error() == QNetworkReply::SslHandshakeFailedError)
    return tr("The clip server's certificate is not trusted (is the site CA file right?)");
  if (status == 0 && unreachable(reply->error()))
    return tr("Clip server unreachable (%1)").arg(reply->url().authority());
  switch (status) {
    case 401:
      return tr("The clip server did not accept your sign-in; sign in again");
    case 403:
      return what == "original" ? tr("Only managers may see the original video")
                                : tr("Your role may not see clips");
    case 404:
      return tr("Clip not found on the server (it may have been deleted)");
    case 400:
      return tr("The clip server refused the clip reference");
  }
  if (status != 0) return tr("Clip server error (HTTP %1)").arg(status);
  return tr("Clip server error: %1").arg(reply->errorString());
}

void ClipClient::fail(const QString& message) {
  state_ = "error";
  error_ = message;
  emit stateChanged();
}

void ClipClient::with_token(const QString& node, std::function<void(const QString&)> then) {
  auto it = tokens_.find(node);
  if (it != tokens_.end() && it->renew_at_ms > clock_.now_ms()) {
    then({});
    return;
  }
  if (user_.isEmpty() || password_.isEmpty()) {
    then(tr("Sign in at the console to see clips"));
    return;
  }
  const QUrl base = servers_.value(node);
  QNetworkRequest r = request(QUrl(base.toString(QUrl::StripTrailingSlash) + "/v1/session"));
  r.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
  const QByteArray body = QByteArray::fromStdString(
      nlohmann::json{{"user", user_.toStdString()}, {"password", password_.toStdString()}}.dump());
  QNetworkReply* reply = net_.post(r, body);
  connect(reply, &QNetworkReply::finished, this, [this, reply, node, then] {
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200) {
      then(describe(reply, status, "session"));
      return;
    }
    const auto doc = nlohmann::json::parse(reply->readAll().toStdString(), nullptr, false);
    const auto token_field = doc.is_object() ? doc.find("token") : doc.end();
    const QByteArray token = token_field != doc.end() && token_field->is_string()
                                 ? QByteArray::fromStdString(token_field->get<std::string>())
                                 : QByteArray();
    if (token.isEmpty()) {
      then(tr("The clip server sent no token"));
      return;
    }
    const auto expires = doc.find("expires_in");
    const qint64 expires_in_s =
        expires != doc.end() && expires->is_number_integer() ? expires->get<qint64>() : 60;
    // Renew 30 s before the server would expire it, so a long download does not start stale.
    const qint64 life_s = std::max<qint64>(expires_in_s - 30, 10);
    tokens_[node] = {token, clock_.now_ms() + life_s * 1000};
    then({});
  });
}

void ClipClient::fetch(const QString& node, const QString& path, const QString& file, Done done,
                       bool retried) {
  with_token(node, [=, this](const QString& error) {
    if (!error.isEmpty()) {
      done(0, error);
      return;
    }
    auto out = std::make_shared<QFile>(file);
    if (!out->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
      done(0, tr("Cannot write %1").arg(file));
      return;
    }
    const QUrl base = servers_.value(node);
    QNetworkRequest r = request(QUrl(base.toString(QUrl::StripTrailingSlash) + path));
    r.setRawHeader("Authorization", "Bearer " + tokens_.value(node).value);
    QNetworkReply* reply = net_.get(r);
    connect(reply, &QNetworkReply::readyRead, this, [reply, out] {
      if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
        out->write(reply->readAll());
    });
    connect(reply, &QNetworkReply::finished, this, [=, this] {
      reply->deleteLater();
      const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
      if (status == 200) out->write(reply->readAll());
      out->close();
      if (status == 200 && reply->error() == QNetworkReply::NoError) {
        done(200, {});
        return;
      }
      out->remove();
      if (status == 401 && !retried) {
        tokens_.remove(node);  // expired or the server restarted: sign in again, once
        fetch(node, path, file, done, true);
        return;
      }
      done(status, describe(reply, status,
                            path.contains(".privacy.")                        ? "privacy"
                            : path.endsWith(".mp4") || path.contains(".mp4?") ? "original"
                                                                              : "file"));
    });
  });
}

void ClipClient::load(const QString& clip_ref) {
  const int gen = ++generation_;
  const ClipRef ref = parse_clip_ref(clip_ref);
  clip_ = clip_ref;
  video_url_.clear();
  thumbnail_url_.clear();
  frames_.clear();
  frame_width_ = frame_height_ = 0;
  if (!ref.ok) return fail(tr("This incident has no valid clip reference"));
  if (!servers_.contains(ref.node))
    return fail(tr("Clip not loaded — no clip server configured for %1").arg(ref.node));
  if (!ensure_dir()) return fail(tr("Cannot create a private folder for clips"));
  // One clip at a time on disk.
  for (const auto& f : QDir(dir_->path()).entryList(QDir::Files)) QFile::remove(dir_->filePath(f));
  state_ = "loading";
  error_.clear();
  emit stateChanged();

  const QString base = "/v1/clips/" + ref.id();
  const QString sidecar = dir_->filePath(ref.name + ".json");
  const QString thumb = dir_->filePath(ref.name + ".jpg");
  const bool original = original_ && may_view_original();
  const QString video = dir_->filePath(ref.name + (original ? ".mp4" : ".privacy.mp4"));
  fetch(ref.node, base + ".json", sidecar, [=, this](int, const QString& error) {
    if (gen != generation_) return;
    if (!error.isEmpty()) return fail(error);
    if (!parse_sidecar(sidecar)) return fail(tr("The clip's box file is damaged"));
    fetch(ref.node, base + ".jpg", thumb, [=, this](int, const QString& thumb_error) {
      if (gen != generation_) return;
      if (thumb_error.isEmpty()) thumbnail_url_ = QUrl::fromLocalFile(thumb);
      fetch(ref.node, base + (original ? ".mp4" : ".privacy.mp4"), video,
            [=, this](int, const QString& video_error) {
              if (gen != generation_) return;
              if (!video_error.isEmpty()) return fail(video_error);
              video_url_ = QUrl::fromLocalFile(video);
              state_ = "ready";
              emit stateChanged();
            });
    });
  });
}

void ClipClient::unload() {
  ++generation_;
  clip_.clear();
  video_url_.clear();
  thumbnail_url_.clear();
  frames_.clear();
  frame_width_ = frame_height_ = 0;
  error_.clear();
  state_ = "idle";
  if (dir_)
    for (const auto& f : QDir(dir_->path()).entryList(QDir::Files))
      QFile::remove(dir_->filePath(f));
  emit stateChanged();
}

bool ClipClient::parse_sidecar(const QString& file) {
  QFile in(file);
  if (!in.open(QIODevice::ReadOnly)) return false;
  const auto o = nlohmann::json::parse(in.readAll().toStdString(), nullptr, false);
  if (!o.is_object()) return false;
  const auto number = [](const nlohmann::json& j, const char* key, double fallback) {
    const auto it = j.find(key);
    return it != j.end() && it->is_number() ? it->get<double>() : fallback;
  };
  frame_width_ = static_cast<int>(number(o, "width", 0));
  frame_height_ = static_cast<int>(number(o, "height", 0));
  frames_.clear();
  const auto frames = o.find("frames");
  if (frames != o.end() && frames->is_array()) {
    for (const auto& f : *frames) {
      if (!f.is_object()) continue;
      SidecarFrame frame;
      frame.t = number(f, "t", -1);
      if (frame.t < 0) continue;
      const auto boxes = f.find("boxes");
      if (boxes != f.end() && boxes->is_array()) {
        for (const auto& b : *boxes) {
          if (!b.is_array() || b.size() != 4 ||
              !std::all_of(b.begin(), b.end(), [](const auto& v) { return v.is_number(); }))
            continue;
          frame.boxes.emplace_back(b[0].get<double>(), b[1].get<double>(), b[2].get<double>(),
                                   b[3].get<double>());
        }
      }
      frames_.push_back(std::move(frame));
    }
  }
  std::stable_sort(frames_.begin(), frames_.end(),
                   [](const auto& a, const auto& b) { return a.t < b.t; });
  return true;
}

QVariantList ClipClient::boxesAt(double seconds) const {
  // The last frame at or before the position; a frame older than half a second is stale (the
  // sidecar may list only frames with detections).
  auto it = std::upper_bound(frames_.begin(), frames_.end(), seconds + 1e-6,
                             [](double s, const SidecarFrame& f) { return s < f.t; });
  if (it == frames_.begin()) return {};
  --it;
  if (seconds - it->t > 0.5) return {};
  QVariantList out;
  for (const auto& b : it->boxes) out << QVariant(b);
  return out;
}

QByteArray ClipClient::thumbnail() const {
  if (!thumbnail_url_.isLocalFile()) return {};
  QFile in(thumbnail_url_.toLocalFile());
  return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
}

void ClipClient::set_original(bool original) {
  if (original && !may_view_original()) return;
  if (original == original_) return;
  original_ = original;
  emit originalChanged();
  if (!clip_.isEmpty()) load(clip_);
}

void ClipClient::set_export(const QString& state, const QString& message) {
  export_state_ = state;
  export_message_ = message;
  emit exportChanged();
}

void ClipClient::exportClip(const QString& clip_ref, const QString& folder) {
  export_with_thumbnail(clip_ref, folder, {});
}

void ClipClient::export_with_thumbnail(const QString& clip_ref, const QString& folder,
                                       std::function<void(const QByteArray&)> then) {
  // Whatever happens to the clip, `then` runs once (the report is written without it).
  auto finish = [then](const QByteArray& thumbnail) {
    if (then) then(thumbnail);
  };
  const ClipRef ref = parse_clip_ref(clip_ref);
  if (!ref.ok) {
    set_export("error", tr("This incident has no valid clip reference"));
    return finish({});
  }
  if (!servers_.contains(ref.node)) {
    set_export("error", tr("No clip server configured for %1").arg(ref.node));
    return finish({});
  }
  const QFileInfo dir(folder);
  if (folder.isEmpty() || !dir.isDir() || !dir.isWritable()) {
    set_export("error", tr("Choose a folder that exists and can be written"));
    return finish({});
  }
  if (!ensure_dir()) {
    set_export("error", tr("Cannot create a private folder for clips"));
    return finish({});
  }
  const bool original = original_ && may_view_original();
  const QString suffix = original ? ".mp4" : ".privacy.mp4";
  const QString target = QDir(folder).filePath(ref.name + suffix);
  const QString part = target + ".part";
  const QString thumb = dir_->filePath(ref.name + ".export.jpg");
  const QString base = "/v1/clips/" + ref.id();
  set_export("busy", tr("Exporting the clip…"));
  // The thumbnail first (into the private folder, for the report), then the clip itself.
  fetch(ref.node, base + ".jpg?purpose=export", thumb, [=, this](int, const QString&) {
    QByteArray picture;
    if (QFile in(thumb); in.open(QIODevice::ReadOnly)) picture = in.readAll();
    QFile::remove(thumb);
    fetch(ref.node, base + suffix + "?purpose=export", part, [=, this](int, const QString& error) {
      if (!error.isEmpty()) {
        set_export("error", error);
        return finish(picture);
      }
      QFile::remove(target);
      if (!QFile::rename(part, target))
        set_export("error", tr("Cannot write %1").arg(target));
      else
        set_export("done", tr("Clip saved: %1").arg(target));
      finish(picture);
    });
  });
}

}  // namespace anju::console
