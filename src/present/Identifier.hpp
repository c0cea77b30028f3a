#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "doc/Document.hpp"

namespace galley::present {

/// SHA-1 digest (FIPS 180-4, OpenSSL) of `data`; used only for name-based UUIDs, not security.
std::array<std::uint8_t, 20> sha1(std::string_view data);

/// Name-based UUID version 5 (RFC 4122 §4.3) of `name` in the URL namespace, lower-case hex
/// ("xxxxxxxx-xxxx-5xxx-yxxx-xxxxxxxxxxxx").
std::string uuid_v5(std::string_view name);

/// An incremental SHA-1 of what a publication is made of, fed part by part without building a
/// copy: each part is length-prefixed, so ("ab", "c") and ("a", "bc") differ.
class ContentDigest {
  public:
    /// An empty digest.
    ContentDigest();
    /// Releases the hash state.
    ~ContentDigest();
    ContentDigest(const ContentDigest&) = delete;
    ContentDigest& operator=(const ContentDigest&) = delete;

    /// Adds one part (text or bytes).
    void add(std::string_view part);
    /// Adds a number.
    void add_number(std::uint64_t value);
    /// Adds what `document` is made of: its metadata (not a given identifier, nor the file
    /// name), every block, note and inline in order with its kind, and each image's bytes;
    /// source line numbers are left out (they change no output).
    void add(const doc::Document& document);
    /// "urn:uuid:" + the UUID v5 of the digest of everything added; the digest ends here.
    std::string uuid_urn();

  private:
    struct State;
    std::unique_ptr<State> state_;  ///< the SHA-1 context and a buffer of pending bytes
};

/// The publication identifier: the document's given identifier, else "urn:uuid:" + a UUID v5 of
/// the ContentDigest of the document and of `edition`, the other inputs that change the
/// publication (the job's resolved style, its cover, its pagination source): the same article
/// made the same way always gets the same identifier, and any change to what it is made of
/// gives another.
std::string publication_identifier(const doc::Document& document,
                                   const std::vector<std::string_view>& edition = {});

}  // namespace galley::present
