#pragma once
// The hallway kiosk's wayfinding list: each place with an arrow and the direction in words
// ("Turn left", "向左走"), the distance and the floor. Reloaded when the facility edits the file.
#include <QtQml/qqmlregistration.h>

#include <QAbstractListModel>
#include <QString>
#include <vector>

#include "app/language_state.h"
#include "app/watched_file.h"
#include "facility/directory.h"

namespace anju::kiosk {

class DirectoryModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("made by the kiosk")
  Q_PROPERTY(bool ok READ ok NOTIFY loaded)

 public:
  enum Role {
    NameRole = Qt::UserRole + 1,
    DirectionRole,
    DirectionTextRole,
    DistanceRole,
    FloorRole,
    IconRole
  };
  Q_ENUM(Role)

  DirectoryModel(const QString& path, LanguageState& language, QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;
  bool ok() const { return error_.isEmpty(); }
  void reload();

 signals:
  void loaded();

 private:
  WatchedFile file_;
  LanguageState& language_;
  std::vector<Place> places_;
  QString error_;
};

}  // namespace anju::kiosk
