#include "common/ids.h"

#include <random>

namespace anju {

std::string random_hex(std::size_t chars) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::random_device rd;
  std::string out;
  out.reserve(chars);
  while (out.size() < chars) {
    auto bits = rd();
    for (int i = 0; i < 8 && out.size() < chars; ++i, bits >>= 4) out.push_back(kHex[bits & 0xF]);
  }
  return out;
}

IdGenerator::IdGenerator(std::string node) : node_(std::move(node)), boot_(random_hex(8)) {}

std::string IdGenerator::next() {
  return node_ + "-" + boot_ + "-" + std::to_string(seq_.fetch_add(1) + 1);
}

}  // namespace anju
