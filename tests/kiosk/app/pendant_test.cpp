// The bedside call pendant: evdev records into presses (split reads, repeats and releases), and
// the kiosk's reader over a FIFO an adapter writes into, including the adapter going away.
#include <fcntl.h>
#include <linux/input.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QSignalSpy>

#include "app/pendant_input.h"
#include "call/pendant_decoder.h"
#include "kiosk/qt_test_main.h"
#include "support/temp_dir.h"

namespace anju::kiosk {
namespace {

TEST(PendantDecoder, CountsKeyDownsOnlyWhateverTheReadsSplit) {
  const std::string bytes = pendant_click(BTN_0) + pendant_record(EV_KEY, BTN_0, 1) +
                            pendant_record(EV_KEY, BTN_0, 2) +  // held: auto-repeat, no new call
                            pendant_record(EV_KEY, BTN_0, 0) + pendant_record(EV_MSC, MSC_SCAN, 1) +
                            pendant_click(KEY_ENTER);
  PendantDecoder whole;
  EXPECT_EQ(whole.feed(bytes), 3);
  for (const std::size_t step :
       {std::size_t{1}, std::size_t{7}, PendantDecoder::record_size() - 1}) {
    PendantDecoder split;
    int presses = 0;
    for (std::size_t at = 0; at < bytes.size(); at += step)
      presses += split.feed(bytes.substr(at, step));
    EXPECT_EQ(presses, 3) << "reads of " << step << " bytes";
  }
}

TEST(PendantDecoder, NothingButNoiseIsNoCall) {
  PendantDecoder decoder;
  EXPECT_EQ(decoder.feed(pendant_record(EV_SYN, SYN_REPORT, 0) + pendant_record(EV_REL, REL_X, 1)),
            0);
  EXPECT_EQ(decoder.feed(pendant_record(EV_KEY, BTN_0, 1).substr(0, 5)), 0);  // unfinished
}

void write_all(const std::filesystem::path& fifo, const std::string& bytes) {
  const int fd = ::open(fifo.c_str(), O_WRONLY);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(::write(fd, bytes.data(), bytes.size()), static_cast<ssize_t>(bytes.size()));
  ::close(fd);
}

TEST(PendantInput, EachPressFromTheAdapterIsOneSignalAndAWriterGoingAwayIsNotAnError) {
  anju::test::TempDir dir("pendant");
  const auto fifo = dir / "pendant";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  PendantInput input(QString::fromStdString(fifo.string()));
  ASSERT_TRUE(input.connected());
  QSignalSpy pressed(&input, &PendantInput::pressed);
  write_all(fifo, pendant_click(BTN_0));
  EXPECT_TRUE(test::wait_until([&] { return pressed.count() == 1; }));
  // The adapter closed its end and opens it again: the kiosk keeps listening.
  write_all(fifo, pendant_click(BTN_0) + pendant_click(BTN_0));
  EXPECT_TRUE(test::wait_until([&] { return pressed.count() == 3; }));
  EXPECT_TRUE(input.connected());
}

TEST(PendantInput, ADeviceThatIsNotThereYetIsOpenedWhenItAppears) {
  anju::test::TempDir dir("pendant");
  const auto fifo = dir / "pendant";
  PendantInput input(QString::fromStdString(fifo.string()), std::chrono::milliseconds(50));
  EXPECT_FALSE(input.connected());
  QSignalSpy connected(&input, &PendantInput::connectedChanged);
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  EXPECT_TRUE(test::wait_until([&] { return input.connected(); }));
  EXPECT_EQ(connected.count(), 1);
}

}  // namespace
}  // namespace anju::kiosk

ANJU_KIOSK_QT_TEST_MAIN()
