#include "models/directory_model.h"

#include <QFile>
#include <QLoggingCategory>

#include "app/qt_text.h"
#include "text/phrasebook.h"

Q_LOGGING_CATEGORY(lcDirectory, "anju.kiosk.directory")

namespace anju::kiosk {

DirectoryModel::DirectoryModel(const QString& path, LanguageState& language, QObject* parent)
    : QAbstractListModel(parent), file_(path), language_(language) {
  connect(&file_, &WatchedFile::changed, this, &DirectoryModel::reload);
  connect(&language_, &LanguageState::changed, this, [this] {
    if (!places_.empty()) emit dataChanged(index(0), index(rowCount() - 1));
  });
  reload();
}

void DirectoryModel::reload() {
  if (file_.path().isEmpty()) {
    error_ = QStringLiteral("no directory file configured");
    emit loaded();
    return;
  }
  QFile file(file_.path());
  auto parsed = file.open(QIODevice::ReadOnly)
                    ? parse_directory(file.readAll().toStdString())
                    : Result<std::vector<Place>>(Error{ErrorCode::kIo, "cannot read"});
  if (!parsed) {
    error_ = file_.path() + QStringLiteral(": ") + QString::fromStdString(parsed.error().reason);
    qCWarning(lcDirectory) << "directory not loaded:" << error_;
    emit loaded();
    return;  // keep the last good list on screen
  }
  beginResetModel();
  places_ = std::move(parsed).value();
  error_.clear();
  endResetModel();
  emit loaded();
}

int DirectoryModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(places_.size());
}

QVariant DirectoryModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
    return {};
  const Place& p = places_.at(static_cast<std::size_t>(index.row()));
  const Language lang = language_.language();
  switch (role) {
    case Qt::DisplayRole:
    case NameRole:
      return qs(p.name.in(lang));
    case DirectionRole:
      return qs(to_string(p.direction));
    case DirectionTextRole:
      return qs(phrase("dir_" + std::string(to_string(p.direction)), lang));
    case DistanceRole:
      return p.distance_m ? qs(fill(phrase("distance_m", lang), std::to_string(*p.distance_m)))
                          : QString();
    case FloorRole:
      return p.floor ? qs(fill(phrase("floor", lang), std::to_string(*p.floor))) : QString();
    case IconRole:
      return qs(p.icon);
    default:
      return {};
  }
}

QHash<int, QByteArray> DirectoryModel::roleNames() const {
  return {{NameRole, "name"},
          {DirectionRole, "direction"},
          {DirectionTextRole, "directionText"},
          {DistanceRole, "distance"},
          {FloorRole, "floor"},
          {IconRole, "icon"}};
}

}  // namespace anju::kiosk
