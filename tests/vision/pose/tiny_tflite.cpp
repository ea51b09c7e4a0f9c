#include "tiny_tflite.h"

#include <algorithm>
#include <cstring>

namespace anju::vision::pose::test {

namespace {

class Writer {
 public:
  std::vector<std::uint8_t> b;

  void align(std::size_t n) {
    while (b.size() % n) b.push_back(0);
  }
  template <class T>
  void put(std::size_t at, T v) {
    std::memcpy(b.data() + at, &v, sizeof(T));
  }
  template <class T>
  std::size_t append(T v) {
    const std::size_t at = b.size();
    b.resize(at + sizeof(T));
    put(at, v);
    return at;
  }

  // Writes a node; returns where a uoffset to it must point.
  std::size_t write(const FbNode& n) {
    switch (n.kind) {
      case FbNode::Kind::kTable:
        return write_table(n);
      case FbNode::Kind::kTables: {
        align(4);
        const std::size_t at = append<std::uint32_t>(static_cast<std::uint32_t>(n.items.size()));
        std::vector<std::size_t> slots;
        for (std::size_t i = 0; i < n.items.size(); ++i) slots.push_back(append<std::uint32_t>(0));
        for (std::size_t i = 0; i < n.items.size(); ++i) link(slots[i], *n.items[i]);
        return at;
      }
      case FbNode::Kind::kInts: {
        align(4);
        const std::size_t at = append<std::uint32_t>(static_cast<std::uint32_t>(n.ints.size()));
        for (const auto v : n.ints) append<std::int32_t>(v);
        return at;
      }
      case FbNode::Kind::kBytes:
      case FbNode::Kind::kString: {
        align(4);
        const std::size_t at = append<std::uint32_t>(static_cast<std::uint32_t>(n.bytes.size()));
        b.insert(b.end(), n.bytes.begin(), n.bytes.end());
        if (n.kind == FbNode::Kind::kString) b.push_back(0);
        return at;
      }
    }
    return 0;
  }

  void link(std::size_t slot, const FbNode& child) {
    const std::size_t target = write(child);
    put<std::uint32_t>(slot, static_cast<std::uint32_t>(target - slot));
  }

 private:
  std::size_t write_table(const FbNode& n) {
    int fields = 0;
    for (const auto& f : n.fields) fields = std::max(fields, f.index + 1);
    // vtable: its size, the table's size, one offset per field (4-byte slots after the soffset).
    align(2);
    const std::size_t vt = b.size();
    const auto table_bytes = static_cast<std::uint16_t>(4 + 4 * n.fields.size());
    append<std::uint16_t>(static_cast<std::uint16_t>(4 + 2 * fields));
    append<std::uint16_t>(table_bytes);
    std::vector<std::size_t> entry(static_cast<std::size_t>(fields));
    for (int i = 0; i < fields; ++i) entry[static_cast<std::size_t>(i)] = append<std::uint16_t>(0);
    align(4);
    const std::size_t table = b.size();
    append<std::int32_t>(static_cast<std::int32_t>(table - vt));  // soffset back to the vtable
    std::vector<std::pair<std::size_t, const FbNode*>> children;
    for (std::size_t k = 0; k < n.fields.size(); ++k) {
      const FbField& f = n.fields[k];
      const std::size_t slot = append<std::uint32_t>(0);
      put<std::uint16_t>(entry[static_cast<std::size_t>(f.index)],
                         static_cast<std::uint16_t>(slot - table));
      if (f.child) {
        children.emplace_back(slot, f.child.get());
      } else if (f.bytes == 1) {
        put<std::uint8_t>(slot, static_cast<std::uint8_t>(f.value));
      } else if (f.bytes == 2) {
        put<std::uint16_t>(slot, static_cast<std::uint16_t>(f.value));
      } else {
        put<std::uint32_t>(slot, static_cast<std::uint32_t>(f.value));
      }
    }
    for (const auto& [slot, child] : children) link(slot, *child);
    return table;
  }
};

}  // namespace

FbNodePtr fb_table(std::vector<FbField> fields) {
  auto n = std::make_shared<FbNode>();
  n->kind = FbNode::Kind::kTable;
  n->fields = std::move(fields);
  return n;
}
FbNodePtr fb_tables(std::vector<FbNodePtr> items) {
  auto n = std::make_shared<FbNode>();
  n->kind = FbNode::Kind::kTables;
  n->items = std::move(items);
  return n;
}
FbNodePtr fb_ints(std::vector<std::int32_t> ints) {
  auto n = std::make_shared<FbNode>();
  n->kind = FbNode::Kind::kInts;
  n->ints = std::move(ints);
  return n;
}
FbNodePtr fb_bytes(std::vector<std::uint8_t> bytes) {
  auto n = std::make_shared<FbNode>();
  n->kind = FbNode::Kind::kBytes;
  n->bytes = std::move(bytes);
  return n;
}
FbNodePtr fb_string(const std::string& s) {
  auto n = std::make_shared<FbNode>();
  n->kind = FbNode::Kind::kString;
  n->bytes.assign(s.begin(), s.end());
  return n;
}

std::vector<std::uint8_t> fb_finish(const FbNodePtr& root) {
  Writer w;
  w.append<std::uint32_t>(0);
  w.b.insert(w.b.end(), {'T', 'F', 'L', '3'});
  w.link(0, *root);
  return w.b;
}

std::vector<std::uint8_t> tiny_model(const TinyModelOptions& o) {
  // schema.fbs: Tensor {shape 0, type 1, buffer 2, name 3}; Operator {opcode_index 0, inputs 1,
  // outputs 2}; OperatorCode {deprecated_builtin_code 0 (byte), builtin_code 3};
  // SubGraph {tensors 0, inputs 1, outputs 2, operators 3}; Buffer {data 0};
  // Model {version 0, operator_codes 1, subgraphs 2, buffers 4}.
  auto tensor = [](std::vector<std::int32_t> shape, int type, int buffer, const std::string& name) {
    return fb_table({fb_child(0, fb_ints(std::move(shape))), fb_scalar(1, type, 1),
                     fb_scalar(2, buffer), fb_child(3, fb_string(name))});
  };
  auto op = [](int opcode, std::vector<std::int32_t> in, std::vector<std::int32_t> out) {
    return fb_table({fb_scalar(0, opcode), fb_child(1, fb_ints(std::move(in))),
                     fb_child(2, fb_ints(std::move(out)))});
  };
  auto code = [](int builtin) {
    return fb_table({fb_scalar(0, std::min(builtin, 127), 1), fb_scalar(3, builtin)});
  };
  const auto tensors = fb_tables({
      tensor({1, 2, 2, 1}, 0, 0, "input"),
      tensor(o.output_shape, 0, 0, "output"),
      tensor({1}, 1, 1, "one_fp16"),  // FP16 1.0 = 0x3c00
      tensor({1}, 0, 0, "one"),
      tensor({1, 2, 2, 1}, 0, 0, "sum"),
  });
  const auto ops = fb_tables({
      op(2, {2}, {3}),                        // DEQUANTIZE
      op(1, {0, o.bad_index ? 99 : 3}, {4}),  // ADD
      op(0, {4}, {1}),                        // LOGISTIC
  });
  const auto subgraph = fb_table({fb_child(0, tensors), fb_child(1, fb_ints({0})),
                                  fb_child(2, fb_ints({1})), fb_child(3, ops)});
  const auto buffers = fb_tables({fb_table({}), fb_table({fb_child(0, fb_bytes({0x00, 0x3c}))})});
  const auto model =
      fb_table({fb_scalar(0, 3), fb_child(1, fb_tables({code(14), code(o.second_op), code(6)})),
                fb_child(2, fb_tables({subgraph})), fb_child(4, buffers)});
  return fb_finish(model);
}

}  // namespace anju::vision::pose::test
