#include "common/ids.h"

#include <gtest/gtest.h>

#include <set>

namespace anju {

TEST(IdGenerator, IdsAreUniqueAndCarryTheNode) {
  IdGenerator ids("kiosk-101");
  std::set<std::string> seen;
  for (int i = 0; i < 1000; ++i) {
    const auto id = ids.next();
    EXPECT_TRUE(id.starts_with("kiosk-101-")) << id;
    EXPECT_TRUE(seen.insert(id).second) << "duplicate " << id;
  }
  EXPECT_EQ(ids.last_seq(), 1000u);
}

TEST(IdGenerator, ARestartedNodeNeverReusesAnId) {
  IdGenerator before("kiosk-101");
  IdGenerator after("kiosk-101");  // same node, new process start
  EXPECT_NE(before.next(), after.next());
}

TEST(RandomHex, HasTheRequestedLengthAndAlphabet) {
  const auto s = random_hex(24);
  ASSERT_EQ(s.size(), 24u);
  EXPECT_EQ(s.find_first_not_of("0123456789abcdef"), std::string::npos);
}

}  // namespace anju
