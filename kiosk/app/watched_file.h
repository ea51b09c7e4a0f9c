#pragma once
// A file the facility edits while the kiosk runs (schedule, directory): changed() fires when it
// is written or replaced, so the screen follows without a restart.
#include <QFileSystemWatcher>
#include <QObject>
#include <QString>

namespace anju::kiosk {

class WatchedFile : public QObject {
  Q_OBJECT

 public:
  explicit WatchedFile(QString path, QObject* parent = nullptr);
  const QString& path() const { return path_; }

 signals:
  void changed();

 private:
  void rewatch();
  QString path_;
  QFileSystemWatcher watcher_;
};

}  // namespace anju::kiosk
