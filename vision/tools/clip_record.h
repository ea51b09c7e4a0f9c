#pragma once
// anju-clip record: plays a source at its own pace through a ClipRecorder, as the vision node
// does, and prints "recording <seconds>" for each second of stream written, so that a test can
// kill it mid-recording and check what the file holds.
#include <ostream>
#include <string>
#include <vector>

namespace anju::vision::clips {

int record_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace anju::vision::clips
