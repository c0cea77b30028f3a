#include "pdf/Hash.hpp"

// OpenSSL 3's one-shot SHA256() goes through EVP_MD_fetch, whose first call sets up the
// library context and its providers: about 5.5 million instructions (over a millisecond, 7 % of
// converting the sample article) to hash a few bytes. The low-level functions hash directly;
// OpenSSL 3 marks them deprecated, not removed, and they give the same digest.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>

namespace galley::pdf {

std::array<std::uint8_t, 32> sha256(std::string_view data) {
    std::array<std::uint8_t, 32> digest{};
    SHA256_CTX context;
    SHA256_Init(&context);
    SHA256_Update(&context, data.data(), data.size());
    SHA256_Final(digest.data(), &context);
    return digest;
}

std::array<std::uint8_t, 32> sha256(std::string_view head, std::string_view tail) {
    std::array<std::uint8_t, 32> digest{};
    SHA256_CTX context;
    SHA256_Init(&context);
    SHA256_Update(&context, head.data(), head.size());
    SHA256_Update(&context, tail.data(), tail.size());
    SHA256_Final(digest.data(), &context);
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
