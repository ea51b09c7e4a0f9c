#pragma once
// A site as the clip tests need it, made with the facility's own tools: the site CA
// (tools/anju-broker-setup) in dir/broker, the clip server certificate for host vision-1
// (tools/anju-clipd-cert) in dir/clipd, and dir/users.db with three staff accounts (PBKDF2 at 1000
// iterations so the tests stay fast): m1 manager "manager-pass", c1 charge nurse "charge-pass",
// n1 nurse "nurse-pass". Header-only; tests that use it link anju_auth.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "auth/user_store.h"

namespace anju::test {

// "" when the site is ready, else what failed.
inline std::string make_clip_site(const std::filesystem::path& dir) {
  std::ofstream(dir / "nodes.txt") << "vision-1 vision\n";
  const std::string tools = std::string(ANJU_SOURCE_DIR) + "/tools/";
  const std::string setup = tools + "anju-broker-setup --out " + (dir / "broker").string() +
                            " --port 8883 --site test --nodes " + (dir / "nodes.txt").string() +
                            " >/dev/null";
  if (std::system(setup.c_str()) != 0) return "failed: " + setup;
  const std::string cert = tools + "anju-clipd-cert --ca-dir " + (dir / "broker").string() +
                           " --out " + (dir / "clipd").string() + " --host vision-1 >/dev/null";
  if (std::system(cert.c_str()) != 0) return "failed: " + cert;
  auto users = auth::UserStore::open(dir / "users.db", 1000);
  if (!users) return users.error().reason;
  for (const auto& [user, password] :
       {std::pair{auth::User{"m1", "Wang Fang", auth::Role::kManager}, "manager-pass"},
        std::pair{auth::User{"c1", "Li Na", auth::Role::kChargeNurse}, "charge-pass"},
        std::pair{auth::User{"n1", "Zhao Lei", auth::Role::kNurse}, "nurse-pass"}}) {
    if (auto put = users.value()->put(user, password); !put) return put.error().reason;
  }
  return "";
}

}  // namespace anju::test
