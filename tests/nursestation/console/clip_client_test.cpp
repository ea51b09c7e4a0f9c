// The console's clip client against the real clip server (anju_clipserver, the code anju-clipd
// runs) over real TLS on a free loopback port: certificates from the real set-up scripts
// (anju-broker-setup's site CA, anju-clipd-cert's server certificate), a real users file, a real
// clip folder and audit file. Covers sign-in, token renewal, privacy/original, export, and every
// error the review page must show (401, 403, 404, unreachable, untrusted certificate).
#include "console/clip_client.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtQml/QQmlExtensionPlugin>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "auth/user_store.h"
#include "clipserver/audit_log.h"
#include "clipserver/clip_service.h"
#include "clipserver/https_server.h"
#include "clipserver/tls_context.h"
#include "console/console_controller.h"
#include "protocol/codec.h"
#include "support/clip_site.h"

Q_IMPORT_QML_PLUGIN(Anju_ConsolePlugin)

namespace anju::console {
namespace {

namespace fs = std::filesystem;
using clipserver::AuditAction;

constexpr const char* kRef = "vision-1/2026-11-23/cam-101-031502-fall";

void write_file(const fs::path& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

std::string bytes_of(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll().toStdString() : std::string("<missing>");
}

std::string pattern(std::size_t n, char seed) {
  std::string s(n, '\0');
  for (std::size_t i = 0; i < n; ++i) s[i] = static_cast<char>((i * 131 + seed) & 0xff);
  return s;
}

// Runs the event loop until `done` or 10 s.
template <typename F>
bool wait_for(F done) {
  QElapsedTimer t;
  t.start();
  while (!done() && t.elapsed() < 10'000) {
    QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QThread::msleep(2);
  }
  return done();
}

class ClipClientTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    char tmpl[] = "/tmp/anju-clipclient-test-XXXXXX";
    ASSERT_NE(::mkdtemp(tmpl), nullptr);
    dir_ = tmpl;
    const std::string site = anju::test::make_clip_site(dir_);
    ASSERT_EQ(site, "");
    // A CA the server's certificate does not chain to.
    const std::string other =
        "openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=other"
        " -keyout " +
        (dir_ / "other.key").string() + " -out " + (dir_ / "other.crt").string() +
        " >/dev/null 2>&1";
    ASSERT_EQ(std::system(other.c_str()), 0) << other;

    const fs::path day = dir_ / "store" / "2026-11-23";
    fs::create_directories(day);
    write_file(day / "cam-101-031502-fall.mp4", pattern(150'000, 1));
    write_file(day / "cam-101-031502-fall.privacy.mp4", pattern(220'000, 2));
    write_file(day / "cam-101-031502-fall.jpg", pattern(4'000, 3));
    write_file(
        day / "cam-101-031502-fall.json",
        R"({"clip":"2026-11-23/cam-101-031502-fall","camera":"cam-101","room":"101",)"
        R"("node":"vision-1","event":"fall","fps":10,"width":640,"height":480,)"
        R"("keep":false,"frames":[{"t":0.0,"boxes":[]},)"
        R"({"t":0.1,"boxes":[[10,20,30,40]]},{"t":0.2,"boxes":[[12,22,30,40],[300,100,50,60]]}]})");
  }

  // A real H.264 clip (../shared/data/falls) as the privacy version of cam-112's clip, with a
  // box on every tenth of a second, for the playback test.
  static bool add_real_clip() {
    const fs::path source = fs::path(ANJU_SHARED_DIR) / "data/falls/upfall/S1_A04_T1_C1.mp4";
    if (!fs::exists(source)) return false;
    const fs::path day = dir_ / "store" / "2026-11-23";
    fs::copy_file(source, day / "cam-112-031502-fall.privacy.mp4",
                  fs::copy_options::overwrite_existing);
    QImage thumb(320, 240, QImage::Format_RGB32);
    thumb.fill(Qt::darkGray);
    if (!thumb.save(QString::fromStdString((day / "cam-112-031502-fall.jpg").string()), "JPG"))
      return false;
    std::string frames;
    for (int i = 0; i <= 76; ++i)
      frames += (i ? "," : "") + std::string("{\"t\":") + std::to_string(i / 10.0) +
                ",\"boxes\":[[200,100,120,300]]}";
    write_file(day / "cam-112-031502-fall.json",
               R"({"clip":"2026-11-23/cam-112-031502-fall","width":640,"height":480,"fps":18,)"
               R"("frames":[)" +
                   frames + "]}");
    return true;
  }

  static void TearDownTestSuite() {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    auto audit = clipserver::AuditLog::open(dir_ / (std::string("audit-") + info->name() + ".db"));
    ASSERT_TRUE(audit) << audit.error().reason;
    audit_ = std::move(audit).value();
    service_ = std::make_unique<clipserver::ClipService>(dir_ / "store", dir_ / "users.db", *audit_,
                                                         server_clock_);
    auto tls =
        clipserver::make_server_tls(dir_ / "clipd" / "clipd.crt", dir_ / "clipd" / "clipd.key");
    ASSERT_TRUE(tls) << tls.error().reason;
    clipserver::ServerOptions options;
    options.port = 0;
    auto server = clipserver::HttpsServer::start(
        std::move(tls).value(), options,
        [this](const clipserver::HttpRequest& r, const std::string& remote) {
          return service_->handle(r, remote);
        });
    ASSERT_TRUE(server) << server.error().reason;
    server_ = std::move(server).value();
    client_.set_server("vision-1", QUrl(QString("https://127.0.0.1:%1").arg(server_->port())));
    ASSERT_TRUE(client_.set_ca_file(QString::fromStdString((dir_ / "clipd" / "ca.crt").string())));
  }

  void TearDown() override {
    server_.reset();
    service_.reset();
  }

  bool load() {
    client_.load(kRef);
    return wait_for([&] { return client_.state() == "ready" || client_.state() == "error"; });
  }

  std::vector<clipserver::AuditEntry> audit() {
    auto rows = audit_->read_all();
    EXPECT_TRUE(rows) << rows.error().reason;
    return rows ? rows.value() : std::vector<clipserver::AuditEntry>{};
  }
  int audited(AuditAction action, const std::string& user) {
    int n = 0;
    for (const auto& e : audit())
      if (e.action == action && e.user == user) ++n;
    return n;
  }

  static inline fs::path dir_;
  ManualClock server_clock_{1'795'000'000'000};
  ManualClock client_clock_{1'795'000'000'000};
  std::unique_ptr<clipserver::AuditLog> audit_;
  std::unique_ptr<clipserver::ClipService> service_;
  std::unique_ptr<clipserver::HttpsServer> server_;
  ClipClient client_{client_clock_};
};

TEST_F(ClipClientTest, AChargeNurseGetsThePrivacyVersionSidecarAndThumbnail) {
  client_.set_credentials("c1", "charge-pass", "charge_nurse");
  ASSERT_TRUE(load());
  ASSERT_EQ(client_.state(), "ready") << client_.error().toStdString();
  EXPECT_FALSE(client_.original());
  ASSERT_TRUE(client_.video_url().isLocalFile());
  EXPECT_TRUE(client_.video_url().toLocalFile().endsWith("cam-101-031502-fall.privacy.mp4"));
  EXPECT_EQ(bytes_of(client_.video_url().toLocalFile()), pattern(220'000, 2));
  EXPECT_EQ(client_.thumbnail().toStdString(), pattern(4'000, 3));
  EXPECT_EQ(client_.frame_width(), 640);
  EXPECT_EQ(client_.frame_height(), 480);
  // The private folder: owner only.
  struct stat st {};
  ASSERT_EQ(::stat(client_.download_dir().toLocal8Bit().constData(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0700u);
  // Boxes at the player's position.
  EXPECT_TRUE(client_.boxesAt(0.05).isEmpty());
  ASSERT_EQ(client_.boxesAt(0.12).size(), 1);
  EXPECT_EQ(client_.boxesAt(0.12)[0].toRectF(), QRectF(10, 20, 30, 40));
  EXPECT_EQ(client_.boxesAt(0.25).size(), 2);
  EXPECT_TRUE(client_.boxesAt(5.0).isEmpty()) << "a box half a second old is stale";
  EXPECT_EQ(audited(AuditAction::kView, "c1"), 3);  // json, jpg, privacy.mp4
  // A charge nurse cannot switch to the original.
  EXPECT_FALSE(client_.may_view_original());
  client_.set_original(true);
  EXPECT_FALSE(client_.original());
}

TEST_F(ClipClientTest, AManagerMaySwitchToTheAuditedOriginal) {
  client_.set_credentials("m1", "manager-pass", "manager");
  ASSERT_TRUE(load());
  ASSERT_EQ(client_.state(), "ready") << client_.error().toStdString();
  client_.set_original(true);
  ASSERT_TRUE(wait_for([&] { return client_.state() == "ready" || client_.state() == "error"; }));
  ASSERT_EQ(client_.state(), "ready") << client_.error().toStdString();
  EXPECT_TRUE(client_.video_url().toLocalFile().endsWith("cam-101-031502-fall.mp4"));
  EXPECT_EQ(bytes_of(client_.video_url().toLocalFile()), pattern(150'000, 1));
  // Both loads were audited as views under the manager's name: json, jpg and the video, twice.
  EXPECT_EQ(audited(AuditAction::kView, "m1"), 6);
  // Switching back gives the privacy version again.
  client_.set_original(false);
  ASSERT_TRUE(wait_for([&] { return client_.state() == "ready" || client_.state() == "error"; }));
  EXPECT_TRUE(client_.video_url().toLocalFile().endsWith(".privacy.mp4"));
}

TEST_F(ClipClientTest, ExportIsMarkedInTheAuditAndWrittenToTheFolder) {
  client_.set_credentials("c1", "charge-pass", "charge_nurse");
  QTemporaryDir out;
  client_.exportClip(kRef, out.path());
  ASSERT_TRUE(wait_for([&] { return client_.export_state() != "busy"; }));
  ASSERT_EQ(client_.export_state(), "done") << client_.export_message().toStdString();
  EXPECT_EQ(bytes_of(QDir(out.path()).filePath("cam-101-031502-fall.privacy.mp4")),
            pattern(220'000, 2));
  EXPECT_FALSE(QFile::exists(QDir(out.path()).filePath("cam-101-031502-fall.privacy.mp4.part")));
  EXPECT_EQ(audited(AuditAction::kExport, "c1"), 2);  // the thumbnail (for the report), the clip
  client_.exportClip(kRef, out.path() + "/no-such-folder");
  EXPECT_EQ(client_.export_state(), "error");
}

TEST_F(ClipClientTest, AnExpiredTokenIsRenewedAndTheRequestRetriedOnce) {
  client_.set_credentials("c1", "charge-pass", "charge_nurse");
  ASSERT_TRUE(load());
  ASSERT_EQ(client_.state(), "ready");
  // The server forgets the token (expired on its clock); the client still thinks it valid.
  server_clock_.advance(10 * 60'000);
  ASSERT_TRUE(load());
  EXPECT_EQ(client_.state(), "ready") << client_.error().toStdString();
  // The client renews by itself before the server's 5 minutes are up.
  client_clock_.advance(290'000);
  server_clock_.advance(290'000);
  ASSERT_TRUE(load());
  EXPECT_EQ(client_.state(), "ready") << client_.error().toStdString();
  EXPECT_EQ(audited(AuditAction::kRefused, "") + audited(AuditAction::kRefused, "c1"), 1)
      << "one refused request with the expired token, then a new sign-in";
}

TEST_F(ClipClientTest, AWrongPasswordIsShownNotThrown) {
  client_.set_credentials("c1", "wrong", "charge_nurse");
  ASSERT_TRUE(load());
  EXPECT_EQ(client_.state(), "error");
  EXPECT_TRUE(client_.error().contains("sign-in")) << client_.error().toStdString();
}

TEST_F(ClipClientTest, ANurseIsRefusedByTheServer) {
  client_.set_credentials("n1", "nurse-pass", "nurse");
  ASSERT_TRUE(load());
  EXPECT_EQ(client_.state(), "error");
  EXPECT_EQ(client_.error(), "Your role may not see clips");
}

TEST_F(ClipClientTest, AnUnknownClipIsNotFound) {
  client_.set_credentials("c1", "charge-pass", "charge_nurse");
  client_.load("vision-1/2026-11-23/cam-999-000000-fall");
  ASSERT_TRUE(wait_for([&] { return client_.state() == "error"; }));
  EXPECT_TRUE(client_.error().startsWith("Clip not found")) << client_.error().toStdString();
}

TEST_F(ClipClientTest, AnUntrustedCertificateIsRefused) {
  ASSERT_TRUE(client_.set_ca_file(QString::fromStdString((dir_ / "other.crt").string())));
  client_.set_credentials("c1", "charge-pass", "charge_nurse");
  ASSERT_TRUE(load());
  EXPECT_EQ(client_.state(), "error");
  EXPECT_TRUE(client_.error().contains("not trusted")) << client_.error().toStdString();
  EXPECT_TRUE(audit().empty()) << "nothing reached the clip service";
}

TEST_F(ClipClientTest, AnUnreachableServerAndAnUnconfiguredNodeAreExplained) {
  // A port that was free a moment ago: nothing listens there.
  QTcpServer probe;
  ASSERT_TRUE(probe.listen(QHostAddress::LocalHost));
  const quint16 port = probe.serverPort();
  probe.close();
  client_.set_server("vision-1", QUrl(QString("https://127.0.0.1:%1").arg(port)));
  client_.set_credentials("c1", "charge-pass", "charge_nurse");
  ASSERT_TRUE(load());
  EXPECT_EQ(client_.state(), "error");
  EXPECT_TRUE(client_.error().contains("unreachable")) << client_.error().toStdString();

  client_.load("vision-9/2026-11-23/cam-101-031502-fall");
  EXPECT_EQ(client_.state(), "error");
  EXPECT_TRUE(client_.error().contains("vision-9")) << client_.error().toStdString();
  client_.load("../../etc/passwd");
  EXPECT_EQ(client_.state(), "error");
}

TEST_F(ClipClientTest, SignOutForgetsTheDownloadsAndThePassword) {
  client_.set_credentials("c1", "charge-pass", "charge_nurse");
  ASSERT_TRUE(load());
  ASSERT_EQ(client_.state(), "ready");
  const QString dir = client_.download_dir();
  ASSERT_TRUE(QDir(dir).exists());
  client_.forget();
  EXPECT_FALSE(QDir(dir).exists());
  EXPECT_EQ(client_.state(), "idle");
  ASSERT_TRUE(load());
  EXPECT_EQ(client_.state(), "error");
  EXPECT_TRUE(client_.error().contains("Sign in")) << client_.error().toStdString();
}

// Delegates are visual children, not QObject children: walk the item tree.
QQuickItem* find_item(QQuickItem* root, const QString& name) {
  if (root->objectName() == name) return root;
  for (auto* child : root->childItems())
    if (auto* found = find_item(child, name)) return found;
  return nullptr;
}

// The review page end to end: a charge nurse picks an incident, loads its clip from the clip
// server, plays the real video, and the detector's box is drawn over it.
TEST_F(ClipClientTest, TheReviewPagePlaysTheClipWithTheDetectorBoxes) {
  if (!add_real_clip()) GTEST_SKIP() << "no shared video data (ANJU_SHARED_DIR/data/falls)";
  ConsoleController station(client_clock_, "demo", "console-1", nullptr, nullptr);
  station.clips()->set_server("vision-1",
                              QUrl(QString("https://127.0.0.1:%1").arg(server_->port())));
  ASSERT_TRUE(
      station.clips()->set_ca_file(QString::fromStdString((dir_ / "clipd" / "ca.crt").string())));
  station.sign_in_as({"c1", "Li Na", auth::Role::kChargeNurse});
  station.clips()->set_credentials("c1", "charge-pass", "charge_nurse");
  protocol::Incident i;
  i.id = "inc-1";
  i.ts = client_clock_.now_ms();
  i.incident = i.alarm = "al-112";
  i.room = "112";
  i.type = "fall";
  i.node = "vision-1";
  i.clip = "vision-1/2026-11-23/cam-112-031502-fall";
  i.raised_ts = client_clock_.now_ms() - 60'000;
  station.handle_message("anju/v1/demo/incident/al-112",
                         QByteArray::fromStdString(protocol::encode(i)));

  QQmlApplicationEngine engine;
  engine.setInitialProperties({{"station", QVariant::fromValue(&station)}});
  engine.load(QUrl("qrc:/Anju/Console/Main.qml"));
  ASSERT_FALSE(engine.rootObjects().isEmpty());
  auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().first());
  ASSERT_NE(window, nullptr);
  window->resize(1920, 1080);
  window->setProperty("page", 5);
  ASSERT_TRUE(QTest::qWaitForWindowExposed(window));
  auto tap = [&](const QString& name) {
    auto* target = find_item(window->contentItem(), name);
    if (!target || !target->isVisible()) return false;
    const QPointF c = target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
    QTest::mouseClick(window, Qt::LeftButton, {}, c.toPoint());
    return true;
  };
  ASSERT_TRUE(wait_for([&] { return tap("incident-al-112"); }));
  ASSERT_TRUE(tap("load-clip"));
  ASSERT_TRUE(wait_for([&] { return station.clips()->state() != "loading"; }));
  ASSERT_EQ(station.clips()->state(), "ready") << station.clips()->error().toStdString();
  ASSERT_TRUE(wait_for([&] { return find_item(window->contentItem(), "clip-video") != nullptr; }));
  ASSERT_TRUE(tap("play-pause"));
  QObject* media = nullptr;
  ASSERT_TRUE(wait_for([&] {
    auto* video = find_item(window->contentItem(), "clip-video");
    media = video ? video->property("media").value<QObject*>() : nullptr;
    return media && media->property("position").toLongLong() > 1'000;
  })) << "the video did not play: "
      << (media ? media->property("errorString").toString().toStdString() : "no player");
  auto* box = find_item(window->contentItem(), "detector-box");
  ASSERT_NE(box, nullptr) << "no box drawn at the player's position";
  EXPECT_TRUE(box->isVisible());
  EXPECT_GT(box->width(), 10);
  EXPECT_GT(box->height(), box->width()) << "a 120x300 box, scaled";
  if (const char* grab = std::getenv("ANJU_REVIEW_GRAB")) window->grabWindow().save(grab);
}

// Export from the console: the clip and then the report with the clip's thumbnail embedded, both
// fetched as exports (audited as such), into the chosen folder.
TEST_F(ClipClientTest, ExportingAnIncidentWritesTheClipAndAReportWithTheThumbnail) {
  ConsoleController station(client_clock_, "demo", "console-1", nullptr, nullptr);
  station.clips()->set_server("vision-1",
                              QUrl(QString("https://127.0.0.1:%1").arg(server_->port())));
  ASSERT_TRUE(
      station.clips()->set_ca_file(QString::fromStdString((dir_ / "clipd" / "ca.crt").string())));
  station.sign_in_as({"c1", "Li Na", auth::Role::kChargeNurse});
  station.clips()->set_credentials("c1", "charge-pass", "charge_nurse");
  protocol::Incident i;
  i.id = "inc-2";
  i.ts = client_clock_.now_ms();
  i.incident = i.alarm = "al-101";
  i.room = "101";
  i.type = "fall";
  i.node = "vision-1";
  i.clip = kRef;
  i.raised_ts = client_clock_.now_ms() - 60'000;
  station.handle_message("anju/v1/demo/incident/al-101",
                         QByteArray::fromStdString(protocol::encode(i)));
  QTemporaryDir out;
  ASSERT_TRUE(station.exportIncident("al-101", out.path()));
  ASSERT_TRUE(wait_for([&] { return !station.report_path().isEmpty(); }))
      << station.last_action_error().toStdString();
  EXPECT_EQ(station.clips()->export_state(), "done")
      << station.clips()->export_message().toStdString();
  EXPECT_EQ(bytes_of(QDir(out.path()).filePath("cam-101-031502-fall.privacy.mp4")),
            pattern(220'000, 2));
  const std::string html = bytes_of(station.report_path());
  const std::string jpeg_b64 =
      QByteArray::fromStdString(pattern(4'000, 3)).toBase64().toStdString();
  EXPECT_NE(html.find("data:image/jpeg;base64," + jpeg_b64), std::string::npos);
  EXPECT_EQ(audited(AuditAction::kExport, "c1"), 2);  // thumbnail and clip
  EXPECT_EQ(audited(AuditAction::kView, "c1"), 0);
  // Only the two files: no partial download, no thumbnail left beside them.
  EXPECT_EQ(QDir(out.path()).entryList(QDir::Files).size(), 2);
}

TEST(ClipRef, SplitsNodeDayAndNameAndRefusesTheRest) {
  const auto r = parse_clip_ref("vision-1/2026-11-23/cam-101-031502-fall");
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.node, "vision-1");
  EXPECT_EQ(r.id(), "2026-11-23/cam-101-031502-fall");
  for (const char* bad : {"", "vision-1", "vision-1/2026-11-23/../x", "vision-1/23-11-2026/cam",
                          "vision-1/2026-11-23/cam.mp4", "/2026-11-23/cam"})
    EXPECT_FALSE(parse_clip_ref(bad).ok) << bad;
}

}  // namespace
}  // namespace anju::console
