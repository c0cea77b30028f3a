#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "doc/Document.hpp"

namespace galley::present {

/// SHA-1 digest (FIPS 180-4, OpenSSL) of `data`; used only for name-based UUIDs, not security.
std::array<std::uint8_t, 20> sha1(std::string_view data);

/// Name-based UUID version 5 (RFC 4122 §4.3) of `name` in the URL namespace, lower-case hex
/// ("xxxxxxxx-xxxx-5xxx-yxxx-xxxxxxxxxxxx").
std::string uuid_v5(std::string_view name);

/// The publication identifier: the document's given identifier, else "urn:uuid:" + a UUID v5 of
/// the document's content (its dump), so the same article always gets the same identifier.
std::string publication_identifier(const doc::Document& document);

}  // namespace galley::present
