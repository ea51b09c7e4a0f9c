#include "models/service_request_model.h"

#include <algorithm>
#include <array>

#include "app/call_session.h"
#include "app/qt_text.h"
#include "text/phrasebook.h"

namespace anju::kiosk {
namespace {

struct Tile {
  ServiceKind kind;
  std::string_view phrase_key;
  std::string_view icon;
};

// The order residents see; the most urgent needs first.
constexpr std::array<Tile, 5> kTiles{{
    {ServiceKind::kToilet, "service_toilet", "toilet"},
    {ServiceKind::kPain, "service_pain", "pain"},
    {ServiceKind::kWater, "service_water", "water"},
    {ServiceKind::kTurn, "service_turn", "turn"},
    {ServiceKind::kMeal, "service_meal", "meal"},
}};

}  // namespace

ServiceRequestModel::ServiceRequestModel(CallSession& session, LanguageState& language,
                                         QObject* parent)
    : QAbstractListModel(parent), session_(session), language_(language) {
  connect(&session_, &CallSession::requestsChanged, this, &ServiceRequestModel::refresh);
  connect(&language_, &LanguageState::changed, this, &ServiceRequestModel::refresh);
}

int ServiceRequestModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(kTiles.size());
}

QVariant ServiceRequestModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
    return {};
  const Tile& tile = kTiles.at(static_cast<std::size_t>(index.row()));
  const auto& requests = session_.snapshot().requests;
  const auto request = std::find_if(requests.begin(), requests.end(),
                                    [&](const PendingRequest& r) { return r.kind == tile.kind; });
  const Language lang = language_.language();
  switch (role) {
    case KindRole:
      return qs(to_string(tile.kind));
    case Qt::DisplayRole:
    case LabelRole:
      return qs(phrase(tile.phrase_key, lang));
    case OtherLabelRole:
      return qs(phrase(tile.phrase_key, other(lang)));
    case IconRole:
      return qs(tile.icon);
    case RequestedRole:
      return request != requests.end();
    case RequestedAtRole:
      if (request == requests.end()) return QString();
      return qs(fill(phrase("service_requested", lang),
                     session_.timeOfDay(request->asked_ts).toStdString()));
    default:
      return {};
  }
}

QHash<int, QByteArray> ServiceRequestModel::roleNames() const {
  return {{KindRole, "kind"}, {LabelRole, "label"},         {OtherLabelRole, "otherLabel"},
          {IconRole, "icon"}, {RequestedRole, "requested"}, {RequestedAtRole, "requestedAt"}};
}

void ServiceRequestModel::refresh() {
  if (rowCount() > 0) emit dataChanged(index(0), index(rowCount() - 1));
}

}  // namespace anju::kiosk
