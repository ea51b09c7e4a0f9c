#include "cli/kiosk_options.h"

#include <gtest/gtest.h>

namespace anju::kiosk {
namespace {

bus::BusConfig bus_for(const std::string& room) {
  bus::BusConfig b;
  b.node = "kiosk-" + room;
  b.room = room;
  b.outbox_path = "/var/lib/anju/kiosk-" + room + ".outbox";
  return b;
}

TEST(KioskOptions, DefaultsForABedsideKiosk) {
  auto o = parse_kiosk_options({}, bus_for("101"), "/etc/anju");
  ASSERT_TRUE(o) << o.error().reason;
  EXPECT_EQ(o->room, "101");
  EXPECT_EQ(o->mode, KioskMode::kBedside);
  EXPECT_EQ(o->language, Language::kZh);
  EXPECT_EQ(o->state_file, "/var/lib/anju/kiosk-101.call-state.json");
  EXPECT_EQ(o->staff_file, "/etc/anju/kiosk-staff.conf");
  EXPECT_EQ(o->schedule_file, "/etc/anju/day-schedule.json");
  EXPECT_FALSE(o->screenshot);
  EXPECT_FALSE(o->window_size);
}

TEST(KioskOptions, ModesLanguagesAndScreenshots) {
  auto o = parse_kiosk_options(
      {"--mode", "bathroom", "--lang", "en", "--screenshot", "/tmp/a.png", "--sample",
       "acknowledged", "--screen", "staff-pin", "--size", "1280x800", "--theme", "high-contrast"},
      bus_for("101"), "/etc/anju");
  ASSERT_TRUE(o) << o.error().reason;
  EXPECT_EQ(o->mode, KioskMode::kBathroom);
  EXPECT_EQ(o->language, Language::kEn);
  EXPECT_TRUE(o->high_contrast);
  ASSERT_TRUE(o->screenshot);
  EXPECT_EQ(o->screenshot->sample, "acknowledged");
  EXPECT_EQ(o->screenshot->screen, "staff-pin");
  ASSERT_TRUE(o->window_size);
  EXPECT_EQ(o->window_size->width, 1280);
  EXPECT_EQ(o->window_size->height, 800);
}

TEST(KioskOptions, RejectsWhatWouldConfuseAnInstaller) {
  EXPECT_FALSE(parse_kiosk_options({}, bus_for(""), "/etc/anju")) << "no room";
  EXPECT_FALSE(parse_kiosk_options({"--mode", "kitchen"}, bus_for("101"), "/etc/anju"));
  EXPECT_FALSE(parse_kiosk_options({"--lang", "fr"}, bus_for("101"), "/etc/anju"));
  EXPECT_FALSE(parse_kiosk_options({"--size", "big"}, bus_for("101"), "/etc/anju"));
  EXPECT_FALSE(parse_kiosk_options({"--sample", "placed"}, bus_for("101"), "/etc/anju"))
      << "without --screenshot";
  EXPECT_FALSE(parse_kiosk_options({"--screenshot", "a.png", "--sample", "sleeping"},
                                   bus_for("101"), "/etc/anju"));
  EXPECT_FALSE(parse_kiosk_options({"--mode"}, bus_for("101"), "/etc/anju"));
  EXPECT_FALSE(parse_kiosk_options({"--frobnicate", "1"}, bus_for("101"), "/etc/anju"));
}

TEST(KioskOptions, DefaultNodeComesFromTheRoom) {
  const char* argv[] = {"anju-kiosk", "--mode", "bedside", "--room", "203"};
  EXPECT_EQ(default_node_id(5, const_cast<char**>(argv)), "kiosk-203");
  EXPECT_EQ(default_node_id(1, const_cast<char**>(argv)), "kiosk");
}

}  // namespace
}  // namespace anju::kiosk
