#pragma once
// Fetches incident clips from the vision nodes' clip servers (anju-clipd, HTTPS): signs in with
// the console user's id and password, keeps the short-lived token and renews it, and downloads a
// clip's privacy version (or, for a manager who asks, the audited original), its thumbnail and its
// sidecar into a private temporary folder. The player gets a local file URL and the detector's
// boxes per frame. Every failure becomes a message for the screen, never an exception.
//
// The password is kept in memory for the signed-in session only (cleared on sign-out): a token
// lives 5 minutes and a review takes longer, so asking again each time would push reviewers to
// give up on the clip. It is never written anywhere.
#include <QtQml/qqmlregistration.h>

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QRectF>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QUrl>
#include <QVariantList>
#include <functional>
#include <memory>
#include <vector>

#include "common/clock.h"

class QNetworkReply;

namespace anju::console {

// "<node>/<YYYY-MM-DD>/<name>" split into its parts; ok = false on anything else.
struct ClipRef {
  bool ok = false;
  QString node, day, name;
  QString id() const { return day + '/' + name; }
};
ClipRef parse_clip_ref(const QString& ref);

struct SidecarFrame {
  double t = 0;  // seconds from the clip start
  std::vector<QRectF> boxes;
};

class ClipClient : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("provided by the console")
  // idle | loading | ready | error
  Q_PROPERTY(QString state READ state NOTIFY stateChanged)
  Q_PROPERTY(QString error READ error NOTIFY stateChanged)
  Q_PROPERTY(QString clip READ clip NOTIFY stateChanged)
  Q_PROPERTY(QUrl videoUrl READ video_url NOTIFY stateChanged)
  Q_PROPERTY(QUrl thumbnailUrl READ thumbnail_url NOTIFY stateChanged)
  Q_PROPERTY(int frameWidth READ frame_width NOTIFY stateChanged)
  Q_PROPERTY(int frameHeight READ frame_height NOTIFY stateChanged)
  // True when the video shown is the original (unfiltered); managers only, audited by the server.
  Q_PROPERTY(bool original READ original WRITE set_original NOTIFY originalChanged)
  Q_PROPERTY(bool mayViewOriginal READ may_view_original NOTIFY originalChanged)
  Q_PROPERTY(bool configured READ configured CONSTANT)
  Q_PROPERTY(QString exportState READ export_state NOTIFY exportChanged)  // "", busy, done, error
  Q_PROPERTY(QString exportMessage READ export_message NOTIFY exportChanged)

 public:
  explicit ClipClient(const Clock& clock, QObject* parent = nullptr);
  ~ClipClient() override;

  // Where each vision node's clip server is, e.g. "vision-1" -> https://10.0.0.5:18443.
  void set_server(const QString& node, const QUrl& base) { servers_[node] = base; }
  // The site CA (anju-broker-setup's ca.crt); the only certificate trusted. False if unreadable.
  bool set_ca_file(const QString& path);
  // Sign-in at the console: credentials for the clip servers, kept for the session only.
  void set_credentials(const QString& user, const QString& password, const QString& role);
  // Sign-out: forgets password and tokens, deletes the downloaded files.
  void forget();

  // Starts fetching a clip (reference "<node>/<day>/<name>"); state goes loading -> ready|error.
  Q_INVOKABLE void load(const QString& clip_ref);
  Q_INVOKABLE void unload();
  // Boxes (x, y, w, h in frame pixels, as QRectF) of the sidecar frame shown at `seconds`.
  Q_INVOKABLE QVariantList boxesAt(double seconds) const;
  // Downloads the clip again, marked as an export in the server's audit, into `folder`.
  // `done(path or error)` is also reported through exportState/exportMessage.
  Q_INVOKABLE void exportClip(const QString& clip_ref, const QString& folder);
  // The same, fetching the thumbnail too (also marked as an export); `then` gets it (empty if it
  // could not be had) once the clip is saved or has failed.
  void export_with_thumbnail(const QString& clip_ref, const QString& folder,
                             std::function<void(const QByteArray&)> then);
  // The thumbnail bytes of the loaded clip (empty if none), for the report.
  QByteArray thumbnail() const;

  QString state() const { return state_; }
  QString error() const { return error_; }
  QString clip() const { return clip_; }
  QUrl video_url() const { return video_url_; }
  QUrl thumbnail_url() const { return thumbnail_url_; }
  int frame_width() const { return frame_width_; }
  int frame_height() const { return frame_height_; }
  bool original() const { return original_; }
  void set_original(bool original);
  bool may_view_original() const { return role_ == "manager"; }
  bool configured() const { return !servers_.isEmpty(); }
  bool has_server(const QString& node) const { return servers_.contains(node); }
  QString export_state() const { return export_state_; }
  QString export_message() const { return export_message_; }
  // Tests: the private download folder.
  QString download_dir() const { return dir_ ? dir_->path() : QString(); }
  const std::vector<SidecarFrame>& frames() const { return frames_; }

 signals:
  void stateChanged();
  void originalChanged();
  void exportChanged();

 private:
  struct Token {
    QByteArray value;
    qint64 renew_at_ms = 0;
  };
  using Done = std::function<void(int http_status, const QString& error)>;

  // Ensures a fresh token for the node's server, then runs `then` (or reports the error).
  void with_token(const QString& node, std::function<void(const QString& error)> then);
  // GET base + path into `file`; on 401 signs in again once and retries.
  void fetch(const QString& node, const QString& path, const QString& file, Done done,
             bool retried = false);
  QNetworkRequest request(const QUrl& url) const;
  QString describe(QNetworkReply* reply, int status, const QString& what) const;
  void fail(const QString& message);
  void finish_load();
  bool parse_sidecar(const QString& file);
  bool ensure_dir();
  void set_export(const QString& state, const QString& message);

  const Clock& clock_;
  QNetworkAccessManager net_;
  QList<QSslCertificate> ca_;
  QHash<QString, QUrl> servers_;
  QHash<QString, Token> tokens_;
  QString user_, password_, role_;
  std::unique_ptr<QTemporaryDir> dir_;
  QString state_ = "idle", error_, clip_;
  QUrl video_url_, thumbnail_url_;
  int frame_width_ = 0, frame_height_ = 0;
  std::vector<SidecarFrame> frames_;
  bool original_ = false;
  int generation_ = 0;  // bumped by load/unload: late replies of an older load are dropped
  QString export_state_, export_message_;
};

}  // namespace anju::console
