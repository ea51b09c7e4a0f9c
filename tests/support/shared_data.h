// Where the tests find ../shared/data: the public fall clips and their labels (see its README).
#pragma once

#include <filesystem>

namespace anju::test_data {

inline const std::filesystem::path kFalls =
    std::filesystem::path(ANJU_SHARED_DIR) / "data" / "falls";

}  // namespace anju::test_data
