#include "app/watched_file.h"

#include <QFileInfo>

namespace anju::kiosk {

WatchedFile::WatchedFile(QString path, QObject* parent) : QObject(parent), path_(std::move(path)) {
  // Editors save by writing a new file and renaming it over the old one: the watch on the file
  // is lost then, so the folder is watched too and the file watch renewed.
  connect(&watcher_, &QFileSystemWatcher::fileChanged, this, [this] {
    rewatch();
    emit changed();
  });
  connect(&watcher_, &QFileSystemWatcher::directoryChanged, this, [this] {
    if (!watcher_.files().contains(path_) && QFileInfo::exists(path_)) {
      rewatch();
      emit changed();
    }
  });
  rewatch();
}

void WatchedFile::rewatch() {
  if (path_.isEmpty() || path_.startsWith(QLatin1Char(':'))) return;  // resources never change
  const QString dir = QFileInfo(path_).absolutePath();
  if (!watcher_.directories().contains(dir)) watcher_.addPath(dir);
  if (QFileInfo::exists(path_) && !watcher_.files().contains(path_)) watcher_.addPath(path_);
}

}  // namespace anju::kiosk
