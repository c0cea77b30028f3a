// fuzz: what every libFuzzer harness shares. The parsers under test read files, so a harness
// writes each input into a private scratch folder (made once per process, removed at exit).
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace galley::fuzz {

/// The process's scratch folder ($TMPDIR or /tmp, "galley-fuzz.XXXXXX"), created on first use.
const std::filesystem::path& scratch_dir();

/// Writes `bytes` to `name` inside scratch_dir() (replacing it) and returns the full path.
std::filesystem::path write_scratch(const std::string& name, std::string_view bytes);

/// libFuzzer's input as a string view.
inline std::string_view input(const uint8_t* data, size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

}  // namespace galley::fuzz
