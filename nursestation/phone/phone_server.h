#pragma once
// The phone page's one HTTPS port: the page's files (built into the binary) for GET, and its
// WebSocket at /v1/ws, on the same TLS listener so the page needs one certificate and one origin.
// Debian 12's Mosquitto has no WebSocket listener, so phones never reach the broker: the gateway
// speaks MQTT for them.
#include <QHostAddress>
#include <QObject>
#include <QSslServer>
#include <QWebSocketServer>

namespace anju::phone {

struct PhoneServerOptions {
  QHostAddress address = QHostAddress::Any;
  quint16 port = 18444;  // 0 = any free port (tests)
  QString cert_file;     // PEM, issued by the site CA (tools/anju-clipd-cert --name phoned)
  QString key_file;
  QString web_root = QStringLiteral(":/phone");  // the page's files
};

class PhoneServer : public QObject {
  Q_OBJECT

 public:
  explicit PhoneServer(QObject* parent = nullptr);
  // Loads the certificate and listens; false with the reason in `error`.
  bool listen(const PhoneServerOptions& options, QString* error);
  quint16 port() const { return tls_.serverPort(); }

 signals:
  // A page opened its WebSocket; the socket is parented to this server and deletes itself later
  // once disconnected.
  void opened(QWebSocket* socket);

 private:
  void on_encrypted(QSslSocket* socket);
  void on_head(QSslSocket* socket);
  void serve(QSslSocket* socket, const QByteArray& method, const QByteArray& path);

  PhoneServerOptions options_;
  QSslServer tls_;
  QWebSocketServer ws_;
};

// The file a request path names among the page's files ("/" is the page), or "" (404). Only the
// listed names: no path can leave the page's folder.
QString phone_file_for(const QByteArray& path);
QByteArray phone_content_type(const QString& file);

}  // namespace anju::phone
