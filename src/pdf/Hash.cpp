#include "pdf/Hash.hpp"

#include <openssl/sha.h>

namespace galley::pdf {

std::array<std::uint8_t, 32> sha256(std::string_view data) {
    std::array<std::uint8_t, 32> digest{};
    SHA256(reinterpret_cast<const unsigned char*>(data.data()), data.size(), digest.data());
    return digest;
}

std::string to_hex(const std::array<std::uint8_t, 32>& digest, std::size_t bytes) {
    static constexpr char kDigits[] = "0123456789ABCDEF";
    std::string out;
    for (std::size_t i = 0; i < bytes && i < digest.size(); ++i) {
        out += kDigits[digest[i] >> 4];
        out += kDigits[digest[i] & 15];
    }
    return out;
}

std::string subset_tag(std::string_view key) {
    auto digest = sha256(key);
    std::string tag;
    for (int i = 0; i < 6; ++i)
        tag += static_cast<char>('A' + digest[static_cast<std::size_t>(i)] % 26);
    return tag;
}

}  // namespace galley::pdf
