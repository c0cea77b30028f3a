#include "present/Identifier.hpp"

// The low-level SHA-1 functions, not the one-shot SHA1(): in OpenSSL 3 that one goes through
// EVP_MD_fetch, whose first call sets up the library context (over a millisecond per process).
// OpenSSL 3 marks them deprecated, not removed; the digest is the same.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>

#include <cstdio>

namespace galley::present {

std::array<std::uint8_t, 20> sha1(std::string_view data) {
    std::array<std::uint8_t, 20> digest{};
    SHA_CTX context;
    SHA1_Init(&context);
    SHA1_Update(&context, data.data(), data.size());
    SHA1_Final(digest.data(), &context);
    return digest;
}

std::string uuid_v5(std::string_view name) {
    // RFC 4122 Appendix C: the URL namespace 6ba7b811-9dad-11d1-80b4-00c04fd430c8.
    static constexpr std::uint8_t ns[16] = {0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1,
                                            0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8};
    std::string input(reinterpret_cast<const char*>(ns), sizeof ns);
    input.append(name);
    auto digest = sha1(input);
    digest[6] = static_cast<std::uint8_t>((digest[6] & 0x0F) | 0x50);  // version 5
    digest[8] = static_cast<std::uint8_t>((digest[8] & 0x3F) | 0x80);  // RFC 4122 variant
    std::string out;
    char hex[3];
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
        std::snprintf(hex, sizeof hex, "%02x", digest[i]);
        out += hex;
    }
    return out;
}

std::string publication_identifier(const doc::Document& document) {
    if (!document.meta.identifier.empty()) return document.meta.identifier;
    return "urn:uuid:" + uuid_v5("galley:" + doc::dump(document));
}

}  // namespace galley::present
