#pragma once
// The resident's service request tiles (water, toilet help, pain, turn over, meal): each with its
// icon, its word in both languages, and whether it has been asked for (and when) so a resident
// sees that the request went out and is not lost.
#include <QtQml/qqmlregistration.h>

#include <QAbstractListModel>

#include "app/language_state.h"
#include "call/call_snapshot.h"

namespace anju::kiosk {

class CallSession;

class ServiceRequestModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("made by the kiosk")

 public:
  enum Role {
    KindRole = Qt::UserRole + 1,
    LabelRole,
    OtherLabelRole,
    IconRole,
    RequestedRole,
    RequestedAtRole
  };
  Q_ENUM(Role)

  ServiceRequestModel(CallSession& session, LanguageState& language, QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

 private:
  void refresh();
  CallSession& session_;
  LanguageState& language_;
};

}  // namespace anju::kiosk
