#include "phone/phone_server.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QWebSocket>
#include <array>

namespace anju::phone {
namespace {

constexpr qint64 kMaxHeadBytes = 8192;

QByteArray status_line(int code) {
  switch (code) {
    case 200:
      return "HTTP/1.1 200 OK\r\n";
    case 404:
      return "HTTP/1.1 404 Not Found\r\n";
    case 405:
      return "HTTP/1.1 405 Method Not Allowed\r\n";
    default:
      return "HTTP/1.1 400 Bad Request\r\n";
  }
}

void answer(QSslSocket* socket, int code, const QByteArray& type, const QByteArray& body,
            bool head_only) {
  QByteArray out = status_line(code);
  out += "Content-Type: " + type + "\r\n";
  out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
  // The service worker keeps the page for offline use; the network copy is always checked.
  out += "Cache-Control: no-cache\r\n";
  out += "X-Content-Type-Options: nosniff\r\n";
  out +=
      "Content-Security-Policy: default-src 'self'; connect-src 'self'; img-src 'self' data:\r\n";
  out += "Connection: close\r\n\r\n";
  if (!head_only) out += body;
  socket->write(out);
  socket->disconnectFromHost();
}

}  // namespace

QString phone_file_for(const QByteArray& path) {
  static constexpr std::array<const char*, 7> kFiles{
      "index.html", "app.js", "words.js", "style.css", "manifest.webmanifest", "sw.js", "icon.svg"};
  QByteArray p = path;
  if (const auto q = p.indexOf('?'); q >= 0) p.truncate(q);
  if (p == "/") return QStringLiteral("index.html");
  for (const char* f : kFiles)
    if (p == QByteArray("/") + f) return QString::fromLatin1(f);
  return {};
}

QByteArray phone_content_type(const QString& file) {
  if (file.endsWith(".html")) return "text/html; charset=utf-8";
  if (file.endsWith(".js")) return "text/javascript; charset=utf-8";
  if (file.endsWith(".css")) return "text/css; charset=utf-8";
  if (file.endsWith(".webmanifest")) return "application/manifest+json";
  if (file.endsWith(".svg")) return "image/svg+xml";
  return "application/octet-stream";
}

PhoneServer::PhoneServer(QObject* parent)
    : QObject(parent), ws_(QStringLiteral("anju-phoned"), QWebSocketServer::NonSecureMode) {
  connect(&tls_, &QSslServer::pendingConnectionAvailable, this, [this] {
    while (auto* s = qobject_cast<QSslSocket*>(tls_.nextPendingConnection())) on_encrypted(s);
  });
  connect(&ws_, &QWebSocketServer::newConnection, this, [this] {
    while (QWebSocket* socket = ws_.nextPendingConnection()) {
      socket->setParent(this);
      connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
      emit opened(socket);
    }
  });
}

bool PhoneServer::listen(const PhoneServerOptions& options, QString* error) {
  options_ = options;
  QFile cert_file(options.cert_file), key_file(options.key_file);
  if (!cert_file.open(QIODevice::ReadOnly)) {
    *error = QStringLiteral("cannot read the certificate %1").arg(options.cert_file);
    return false;
  }
  if (!key_file.open(QIODevice::ReadOnly)) {
    *error = QStringLiteral("cannot read the key %1").arg(options.key_file);
    return false;
  }
  const auto chain = QSslCertificate::fromData(cert_file.readAll(), QSsl::Pem);
  QSslKey key(&key_file, QSsl::Rsa, QSsl::Pem);
  if (key.isNull()) {
    key_file.seek(0);
    key = QSslKey(&key_file, QSsl::Ec, QSsl::Pem);
  }
  if (chain.isEmpty() || key.isNull()) {
    *error = QStringLiteral("%1 or %2 is not a PEM certificate and key")
                 .arg(options.cert_file, options.key_file);
    return false;
  }
  QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
  tls.setLocalCertificateChain(chain);
  tls.setPrivateKey(key);
  tls.setPeerVerifyMode(QSslSocket::VerifyNone);  // phones show no client certificate
  tls.setProtocol(QSsl::TlsV1_2OrLater);
  tls_.setSslConfiguration(tls);
  tls_.setHandshakeTimeout(10'000);
  if (!tls_.listen(options.address, options.port)) {
    *error = QStringLiteral("cannot listen on %1:%2: %3")
                 .arg(options.address.toString())
                 .arg(options.port)
                 .arg(tls_.errorString());
    return false;
  }
  return true;
}

void PhoneServer::on_encrypted(QSslSocket* socket) {
  socket->setParent(this);
  connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
  connect(socket, &QSslSocket::readyRead, this, [this, socket] { on_head(socket); });
  if (socket->bytesAvailable() > 0) on_head(socket);
}

// Reads the request head without consuming it, so a WebSocket upgrade can be handed over whole.
void PhoneServer::on_head(QSslSocket* socket) {
  const QByteArray head = socket->peek(kMaxHeadBytes);
  const auto end = head.indexOf("\r\n\r\n");
  if (end < 0) {
    if (head.size() >= kMaxHeadBytes) answer(socket, 400, "text/plain", "head too large\n", false);
    return;
  }
  const QList<QByteArray> lines = head.left(end).split('\n');
  const QList<QByteArray> request = lines.value(0).trimmed().split(' ');
  if (request.size() != 3) {
    socket->disconnect(this);
    answer(socket, 400, "text/plain", "bad request\n", false);
    return;
  }
  bool upgrade = false;
  for (const auto& line : lines.mid(1)) {
    const auto colon = line.indexOf(':');
    if (colon > 0 && line.left(colon).trimmed().toLower() == "upgrade" &&
        line.mid(colon + 1).trimmed().toLower() == "websocket")
      upgrade = true;
  }
  socket->disconnect(this);  // this head is answered; nothing more is read here
  const QByteArray& path = request[1];
  if (upgrade && path == "/v1/ws") {
    disconnect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    ws_.handleConnection(socket);  // the WebSocket takes the socket, head included
    return;
  }
  socket->read(end + 4);
  serve(socket, request[0], path);
}

void PhoneServer::serve(QSslSocket* socket, const QByteArray& method, const QByteArray& path) {
  const bool head_only = method == "HEAD";
  if (method != "GET" && !head_only) {
    answer(socket, 405, "text/plain", "GET only\n", false);
    return;
  }
  const QString name = phone_file_for(path);
  QFile file(options_.web_root + '/' + name);
  if (name.isEmpty() || !file.open(QIODevice::ReadOnly)) {
    answer(socket, 404, "text/plain", "not found\n", head_only);
    return;
  }
  answer(socket, 200, phone_content_type(name), file.readAll(), head_only);
}

}  // namespace anju::phone
