#pragma once
// A one-page, self-contained HTML report of one reviewed incident, for a family meeting or a
// regulator: the facts, the response times, the review, and the (privacy-filtered) thumbnail
// embedded as a data: URI. No external references (it must open offline, years later) and no
// residents' names (the incident carries none; staff appear by their ids).
#include <QByteArray>
#include <QString>
#include <QTimeZone>

#include "protocol/messages.h"

namespace anju::console {

struct IncidentReportInput {
  protocol::Incident incident;
  QByteArray thumbnail_jpeg;  // empty = "no picture"
  QString site;
  QString generated_by;     // staff id of whoever exported it
  qint64 generated_ms = 0;  // when
  QTimeZone zone = QTimeZone::systemTimeZone();
};

// Text is escaped; labels are translated (context "IncidentReport").
QString incident_report_html(const IncidentReportInput& in);

// "12 s", "3 min 05 s"; empty when either end is missing.
QString response_time(qint64 from_ms, qint64 to_ms);

}  // namespace anju::console
