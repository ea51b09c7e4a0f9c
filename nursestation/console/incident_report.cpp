#include "console/incident_report.h"

#include <QCoreApplication>
#include <QDateTime>

namespace anju::console {

namespace {

// The translation context of the report's words (lupdate reads it from this declaration).
class IncidentReport {
  Q_DECLARE_TR_FUNCTIONS(IncidentReport)
};

QString esc(const std::string& s) {
  return QString::fromStdString(s).toHtmlEscaped();
}

QString when(qint64 ms, const QTimeZone& zone) {
  if (ms <= 0) return QStringLiteral("—");
  return QDateTime::fromMSecsSinceEpoch(ms, zone).toString("yyyy-MM-dd HH:mm:ss");
}

QString outcome_label(const std::string& o) {
  if (o == "fall") return IncidentReport::tr("Fall");
  if (o == "self_lowering") return IncidentReport::tr("Self-lowering (no fall)");
  if (o == "near_miss") return IncidentReport::tr("Near miss");
  if (o == "false_alarm") return IncidentReport::tr("False alarm");
  return IncidentReport::tr("Not reviewed yet");
}

QString type_label(const std::string& t) {
  if (t == "fall") return IncidentReport::tr("Fall detected by camera");
  if (t == "bed_exit") return IncidentReport::tr("Bed exit");
  if (t == "wander") return IncidentReport::tr("Wandering");
  return esc(t);
}

QString row(const QString& label, const QString& value_html) {
  return QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(label.toHtmlEscaped(), value_html);
}

QString multiline(const std::string& s) {
  if (s.empty()) return QStringLiteral("—");
  return esc(s).replace('\n', QStringLiteral("<br>"));
}

}  // namespace

QString response_time(qint64 from_ms, qint64 to_ms) {
  if (from_ms <= 0 || to_ms <= 0 || to_ms < from_ms) return {};
  const qint64 s = (to_ms - from_ms + 500) / 1000;
  if (s < 60) return IncidentReport::tr("%1 s").arg(s);
  return IncidentReport::tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString incident_report_html(const IncidentReportInput& in) {
  const auto& i = in.incident;
  auto after = [&](qint64 ts) {
    if (ts <= 0) return QStringLiteral("—");
    const QString rt = response_time(i.raised_ts, ts);
    return when(ts, in.zone) +
           (rt.isEmpty() ? QString() : " (" + IncidentReport::tr("after %1").arg(rt) + ")");
  };
  QString html;
  html += QStringLiteral(
              "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>%1</title>\n<style>\n"
              "@page { size: A4; margin: 16mm; }\n"
              "body { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 11pt; color: #111; "
              "max-width: 180mm; margin: auto; }\n"
              "h1 { font-size: 18pt; margin: 0 0 4mm 0; }\n"
              "h2 { font-size: 13pt; margin: 5mm 0 2mm 0; border-bottom: 1px solid #999; }\n"
              "table { border-collapse: collapse; width: 100%; }\n"
              "th { text-align: left; width: 45mm; vertical-align: top; padding: 1mm 2mm 1mm 0; "
              "color: #444; }\n"
              "td { padding: 1mm 0; }\n"
              "img { max-width: 100%; max-height: 70mm; border: 1px solid #999; }\n"
              ".foot { margin-top: 6mm; font-size: 9pt; color: #555; }\n"
              "</style></head><body>\n")
              .arg(IncidentReport::tr("Incident report").toHtmlEscaped());
  html +=
      QStringLiteral("<h1>%1</h1>\n").arg(IncidentReport::tr("Incident report").toHtmlEscaped());
  html += "<table>\n";
  html += row(IncidentReport::tr("Incident"), esc(i.incident));
  html += row(IncidentReport::tr("Site"), in.site.toHtmlEscaped());
  html += row(IncidentReport::tr("What happened"), type_label(i.type));
  html += row(IncidentReport::tr("Room"), esc(i.room));
  html += row(IncidentReport::tr("Camera"), esc(i.camera.empty() ? std::string("—") : i.camera));
  html += "</table>\n";

  html +=
      QStringLiteral("<h2>%1</h2>\n<table>\n").arg(IncidentReport::tr("Response").toHtmlEscaped());
  html += row(IncidentReport::tr("Alarm raised"), when(i.raised_ts, in.zone));
  html += row(IncidentReport::tr("Acknowledged"), after(i.acknowledged_ts));
  html += row(IncidentReport::tr("Staff in the room"), after(i.present_ts));
  html += row(IncidentReport::tr("Closed"), after(i.closed_ts));
  html += row(IncidentReport::tr("Attended by (staff id)"),
              esc(i.by.empty() ? std::string("—") : i.by));
  html += "</table>\n";

  html +=
      QStringLiteral("<h2>%1</h2>\n<table>\n").arg(IncidentReport::tr("Review").toHtmlEscaped());
  html += row(IncidentReport::tr("Outcome"), outcome_label(i.outcome).toHtmlEscaped());
  html += row(IncidentReport::tr("Notes"), multiline(i.notes));
  html += row(IncidentReport::tr("Root cause"), multiline(i.root_cause));
  html += row(IncidentReport::tr("Reviewed by (staff id)"),
              esc(i.reviewed_by.empty() ? std::string("—") : i.reviewed_by));
  html += row(IncidentReport::tr("Reviewed on"), when(i.reviewed_ts, in.zone));
  html += "</table>\n";

  html += QStringLiteral("<h2>%1</h2>\n")
              .arg(IncidentReport::tr("Picture at the event").toHtmlEscaped());
  if (in.thumbnail_jpeg.isEmpty()) {
    html += QStringLiteral("<p>%1</p>\n")
                .arg(IncidentReport::tr("No picture available.").toHtmlEscaped());
  } else {
    html += QStringLiteral("<img alt=\"%1\" src=\"data:image/jpeg;base64,%2\">\n")
                .arg(IncidentReport::tr("Privacy-filtered frame").toHtmlEscaped(),
                     QString::fromLatin1(in.thumbnail_jpeg.toBase64()));
    html +=
        QStringLiteral("<p>%1</p>\n")
            .arg(IncidentReport::tr("The picture is privacy-filtered (people blurred or shown as "
                                    "silhouettes).")
                     .toHtmlEscaped());
  }
  html += QStringLiteral("<p class=\"foot\">%1</p>\n")
              .arg(IncidentReport::tr(
                       "Generated by %1 on %2 from the Anju nurse station. Clip reference: %3.")
                       .arg(in.generated_by.toHtmlEscaped(), when(in.generated_ms, in.zone),
                            esc(i.clip)));
  html += "</body></html>\n";
  return html;
}

}  // namespace anju::console
