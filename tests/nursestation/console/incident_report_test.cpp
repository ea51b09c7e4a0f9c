// The one-page incident report: the figures are there, text is escaped, nothing is fetched from
// outside the file (it must open offline), the thumbnail is embedded.
#include "console/incident_report.h"

#include <gtest/gtest.h>

#include <QRegularExpression>

namespace anju::console {
namespace {

IncidentReportInput sample() {
  IncidentReportInput in;
  auto& i = in.incident;
  i.incident = "al-42";
  i.room = "105";
  i.type = "fall";
  i.camera = "cam-105";
  i.clip = "vision-1/2026-11-23/cam-105-031502-fall";
  i.raised_ts = 1'795'000'000'000;  // 2026-11-18 11:06:40 UTC
  i.acknowledged_ts = i.raised_ts + 22'000;
  i.present_ts = i.raised_ts + 74'400;
  i.closed_ts = i.raised_ts + 1'260'000;
  i.by = "n02";
  i.outcome = "self_lowering";
  i.notes = "Sat down <slowly> & safely\nno injury";
  i.root_cause = "Slippers \"out of reach\"";
  i.reviewed_by = "m01";
  i.reviewed_ts = i.raised_ts + 86'400'000;
  in.site = "demo";
  in.generated_by = "m01";
  in.generated_ms = i.raised_ts + 2 * 86'400'000;
  in.zone = QTimeZone::utc();
  in.thumbnail_jpeg = QByteArray("\xff\xd8\xff\xe0 fake jpeg", 15);
  return in;
}

TEST(IncidentReport, ResponseTimesAreWrittenPlainly) {
  EXPECT_EQ(response_time(1'000, 13'000), "12 s");
  EXPECT_EQ(response_time(0, 185'000), "");  // missing start: nothing
  EXPECT_EQ(response_time(1'000, 186'000), "3 min 05 s");
  EXPECT_EQ(response_time(5'000, 1'000), "");
}

TEST(IncidentReport, ContainsTheFactsTimesAndReview) {
  const QString html = incident_report_html(sample());
  EXPECT_TRUE(html.startsWith("<!DOCTYPE html>"));
  for (const char* needle :
       {"al-42", "105", "cam-105", "2026-11-18 11:06:40", "2026-11-18 11:07:02 (after 22 s)",
        "2026-11-18 11:07:54 (after 1 min 14 s)", "2026-11-18 11:27:40 (after 21 min 00 s)", "n02",
        "Self-lowering (no fall)", "m01", "2026-11-19 11:06:40",
        "vision-1/2026-11-23/cam-105-031502-fall"})
    EXPECT_TRUE(html.contains(QString::fromUtf8(needle))) << needle;
}

TEST(IncidentReport, EscapesFreeText) {
  const QString html = incident_report_html(sample());
  EXPECT_TRUE(html.contains("Sat down &lt;slowly&gt; &amp; safely<br>no injury"));
  EXPECT_TRUE(html.contains("Slippers &quot;out of reach&quot;"));
  EXPECT_FALSE(html.contains("<slowly>"));
  auto evil = sample();
  evil.incident.notes = "<script>alert(1)</script>";
  evil.generated_by = "<img src=x>";
  const QString bad = incident_report_html(evil);
  EXPECT_FALSE(bad.contains("<script>"));
  EXPECT_FALSE(bad.contains("<img src=x>"));
}

TEST(IncidentReport, HasNoExternalReferencesAndEmbedsTheThumbnail) {
  const QString html = incident_report_html(sample());
  EXPECT_TRUE(html.contains("src=\"data:image/jpeg;base64," +
                            QString::fromLatin1(sample().thumbnail_jpeg.toBase64()) + "\""));
  // Every src/href is a data: URI; no url(), no @import, no scheme anywhere.
  QRegularExpression ref(QStringLiteral("(src|href)\\s*=\\s*\"([^\"]*)\""));
  auto it = ref.globalMatch(html);
  int refs = 0;
  while (it.hasNext()) {
    const auto m = it.next();
    ++refs;
    EXPECT_TRUE(m.captured(2).startsWith("data:")) << m.captured(0).toStdString();
  }
  EXPECT_EQ(refs, 1);
  for (const char* bad : {"http:", "https:", "//", "url(", "@import", "<link", "<script"})
    EXPECT_FALSE(html.contains(bad)) << bad;
}

TEST(IncidentReport, WithoutAPictureOrReviewItSaysSo) {
  auto in = sample();
  in.thumbnail_jpeg.clear();
  in.incident.outcome.clear();
  in.incident.reviewed_by.clear();
  in.incident.reviewed_ts = 0;
  const QString html = incident_report_html(in);
  EXPECT_TRUE(html.contains("No picture available."));
  EXPECT_TRUE(html.contains("Not reviewed yet"));
  EXPECT_FALSE(html.contains("data:"));
}

}  // namespace
}  // namespace anju::console
