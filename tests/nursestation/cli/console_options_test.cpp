// anju-nursestation's own options: defaults, every option read, and each mistake refused with a
// reason that names the option.
#include "cli/console_options.h"

#include <gtest/gtest.h>

namespace anju::console {
namespace {

TEST(ConsoleOptions, DefaultsAreALiveChineseBoard) {
  auto o = parse_console_options({});
  ASSERT_TRUE(o) << o.error().reason;
  EXPECT_EQ(o->lang, "zh");
  EXPECT_EQ(o->screen, "board");
  EXPECT_EQ(o->users, "console-users.db");
  EXPECT_TRUE(o->screenshot.empty());
  EXPECT_FALSE(o->mute);
  EXPECT_LT(o->last_room, o->first_room) << "no rooms unless asked";
}

TEST(ConsoleOptions, ReadsEveryOption) {
  auto o = parse_console_options({"--users",
                                  "/var/lib/anju/users.db",
                                  "--rooms",
                                  "101-124",
                                  "--lang",
                                  "en",
                                  "--mute",
                                  "--screenshot",
                                  "s.png",
                                  "--screen",
                                  "review",
                                  "--size",
                                  "1280x800",
                                  "--clip-server",
                                  "vision-1=https://10.0.0.5:18443",
                                  "--clip-server",
                                  "vision-2=https://10.0.0.6:18443",
                                  "--ca",
                                  "/etc/anju/broker/ca.crt",
                                  "--live-screenshot",
                                  "l.png",
                                  "--after",
                                  "2.5"});
  ASSERT_TRUE(o) << o.error().reason;
  EXPECT_EQ(o->users, "/var/lib/anju/users.db");
  EXPECT_EQ(o->first_room, 101);
  EXPECT_EQ(o->last_room, 124);
  EXPECT_EQ(o->lang, "en");
  EXPECT_TRUE(o->mute);
  EXPECT_EQ(o->screen, "review");
  EXPECT_EQ(o->width, 1280);
  EXPECT_EQ(o->height, 800);
  ASSERT_EQ(o->clip_servers.size(), 2u);
  EXPECT_EQ(o->clip_servers[1].first, "vision-2");
  EXPECT_EQ(o->clip_servers[1].second, "https://10.0.0.6:18443");
  EXPECT_DOUBLE_EQ(o->after_s, 2.5);
  auto user =
      parse_console_options({"--add-user", "n07", "--name", "Wang Fang", "--role", "manager"});
  ASSERT_TRUE(user) << user.error().reason;
  EXPECT_EQ(user->add_user, "n07");
  EXPECT_EQ(user->role, "manager");
}

TEST(ConsoleOptions, EachMistakeIsRefusedNamingTheOption) {
  const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
      {{"--lang", "fr"}, "--lang"},
      {{"--screen", "everything"}, "--screen"},
      {{"--size", "big"}, "--size"},
      {{"--size", "100x100"}, "--size"},
      {{"--rooms", "124-101"}, "--rooms"},
      {{"--rooms", "101"}, "--rooms"},
      {{"--after", "soon"}, "--after"},
      {{"--role", "admin"}, "--role"},
      {{"--add-user", "n/7"}, "--add-user"},
      {{"--clip-server", "vision-1=http://10.0.0.5"}, "--clip-server"},
      {{"--clip-server", "vision-1=https://10.0.0.5:18443"}, "--ca"},
      {{"--users"}, "--users"},
      {{"--colour", "red"}, "--colour"},
      {{"board"}, "board"},
  };
  for (const auto& [args, named] : cases) {
    auto o = parse_console_options(args);
    ASSERT_FALSE(o) << args[0];
    EXPECT_NE(o.error().reason.find(named), std::string::npos) << o.error().reason;
  }
}

TEST(ConsoleOptions, ScreensArePagesAndSignInIsTheBoardWithItsDialog) {
  EXPECT_EQ(page_of("board"), 0);
  EXPECT_EQ(page_of("review"), 5);
  EXPECT_EQ(page_of("signin"), 0);
  EXPECT_EQ(page_of("nonsense"), 0);
  auto help = parse_console_options({"--help"});
  ASSERT_TRUE(help);
  EXPECT_TRUE(help->help);
}

}  // namespace
}  // namespace anju::console
