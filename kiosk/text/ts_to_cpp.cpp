// anju-ts-to-cpp: turns one context of a Qt Linguist .ts file into a C++ table of finished
// translations by key (each message's disambiguation comment), for the Qt-free phrasebook.
//   anju-ts-to-cpp IN.ts CONTEXT OUT.cpp
// Unfinished, vanished and obsolete messages are left out (the phrasebook then shows English and
// the translations test names them). Reads only what lupdate writes: no DTD, no CDATA.
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>

namespace {

std::string decode(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '&') {
      out += text[i];
      continue;
    }
    const auto end = text.find(';', i);
    if (end == std::string::npos) throw std::runtime_error("bad entity in '" + text + "'");
    const std::string name = text.substr(i + 1, end - i - 1);
    if (name == "amp")
      out += '&';
    else if (name == "lt")
      out += '<';
    else if (name == "gt")
      out += '>';
    else if (name == "quot")
      out += '"';
    else if (name == "apos")
      out += '\'';
    else if (name.size() > 1 && name[0] == '#') {
      const unsigned long code = name[1] == 'x' ? std::stoul(name.substr(2), nullptr, 16)
                                                : std::stoul(name.substr(1), nullptr, 10);
      if (code < 0x80) {
        out += static_cast<char>(code);
      } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
      } else if (code < 0x10000) {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
      } else {
        out += static_cast<char>(0xF0 | (code >> 18));
        out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
      }
    } else {
      throw std::runtime_error("unknown entity &" + name + ";");
    }
    i = end;
  }
  return out;
}

// The text of the first <tag ...>text</tag> in `block`, with its opening tag's attributes;
// nullopt if absent. A self-closing <tag .../> has empty text.
struct Element {
  std::string attributes, text;
};
std::optional<Element> element(const std::string& block, const std::string& tag) {
  const auto open = block.find("<" + tag);
  if (open == std::string::npos) return std::nullopt;
  const auto close_of_open = block.find('>', open);
  if (close_of_open == std::string::npos) throw std::runtime_error("unclosed <" + tag + ">");
  Element e;
  e.attributes = block.substr(open + tag.size() + 1, close_of_open - open - tag.size() - 1);
  if (!e.attributes.empty() && e.attributes.back() == '/') return e;
  const auto end = block.find("</" + tag + ">", close_of_open);
  if (end == std::string::npos) throw std::runtime_error("no </" + tag + ">");
  e.text = decode(block.substr(close_of_open + 1, end - close_of_open - 1));
  return e;
}

std::string cpp_literal(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + "\"";
}

std::map<std::string, std::string> read_context(const std::string& ts, const std::string& name) {
  std::map<std::string, std::string> out;
  for (std::size_t at = ts.find("<context>"); at != std::string::npos;
       at = ts.find("<context>", at + 1)) {
    const auto end = ts.find("</context>", at);
    if (end == std::string::npos) throw std::runtime_error("no </context>");
    const std::string context = ts.substr(at, end - at);
    const auto context_name = element(context, "name");
    if (!context_name || context_name->text != name) continue;
    for (std::size_t m = context.find("<message"); m != std::string::npos;
         m = context.find("<message", m + 1)) {
      const auto m_end = context.find("</message>", m);
      if (m_end == std::string::npos) throw std::runtime_error("no </message>");
      const std::string message = context.substr(m, m_end - m);
      const auto key = element(message, "comment");
      const auto translation = element(message, "translation");
      if (!key || key->text.empty())
        throw std::runtime_error("a message of " + name + " has no key (comment)");
      if (!translation || translation->text.empty() ||
          translation->attributes.find("type=") != std::string::npos)
        continue;  // unfinished, vanished or obsolete
      if (!out.emplace(key->text, translation->text).second)
        throw std::runtime_error("key " + key->text + " appears twice");
    }
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: anju-ts-to-cpp IN.ts CONTEXT OUT.cpp\n";
    return 2;
  }
  std::ifstream in(argv[1]);
  if (!in) {
    std::cerr << "anju-ts-to-cpp: cannot read " << argv[1] << "\n";
    return 1;
  }
  std::stringstream text;
  text << in.rdbuf();
  std::map<std::string, std::string> translations;
  try {
    translations = read_context(text.str(), argv[2]);
  } catch (const std::exception& e) {
    std::cerr << "anju-ts-to-cpp: " << argv[1] << ": " << e.what() << "\n";
    return 1;
  }
  std::ostringstream cpp;
  cpp << "// Generated from " << argv[1] << " by anju-ts-to-cpp: do not edit.\n"
      << "#include \"text/phrasebook_zh.h\"\n\nnamespace anju::kiosk {\n\n"
      << "std::span<const Translation> zh_translations() {\n"
      << "  static constexpr Translation kTranslations[] = {\n";
  for (const auto& [key, zh] : translations)
    cpp << "      {" << cpp_literal(key) << ", " << cpp_literal(zh) << "},\n";
  if (translations.empty()) cpp << "      {\"\", \"\"},\n";
  cpp << "  };\n  return kTranslations;\n}\n\n}  // namespace anju::kiosk\n";
  // Written only when changed, so an unchanged .ts rebuilds nothing.
  std::ifstream old(argv[3]);
  std::stringstream old_text;
  old_text << old.rdbuf();
  if (old_text.str() == cpp.str()) return 0;
  std::ofstream out(argv[3]);
  out << cpp.str();
  if (!out) {
    std::cerr << "anju-ts-to-cpp: cannot write " << argv[3] << "\n";
    return 1;
  }
  return 0;
}
