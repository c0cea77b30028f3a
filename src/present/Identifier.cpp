#include "present/Identifier.hpp"

// The low-level SHA-1 functions, not the one-shot SHA1(): in OpenSSL 3 that one goes through
// EVP_MD_fetch, whose first call sets up the library context (over a millisecond per process).
// OpenSSL 3 marks them deprecated, not removed; the digest is the same.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>

#include <cstdio>
#include <type_traits>
#include <variant>

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

struct ContentDigest::State {
    SHA_CTX context{};
    std::string pending;  ///< small parts gathered, hashed in blocks (one SHA1_Update per 16 KiB)
    void flush() {
        SHA1_Update(&context, pending.data(), pending.size());
        pending.clear();
    }
};

ContentDigest::ContentDigest() : state_(std::make_unique<State>()) {
    SHA1_Init(&state_->context);
    state_->pending.reserve(16384);
}

ContentDigest::~ContentDigest() = default;

void ContentDigest::add_number(std::uint64_t value) {
    char bytes[8];
    for (int i = 0; i < 8; ++i) bytes[i] = static_cast<char>((value >> (8 * i)) & 0xFF);
    state_->pending.append(bytes, sizeof bytes);
}

void ContentDigest::add(std::string_view part) {
    add_number(part.size());
    if (state_->pending.size() + part.size() > 16384) {
        state_->flush();
        if (part.size() > 16384) {  // large parts (image bytes, long texts) go straight in
            SHA1_Update(&state_->context, part.data(), part.size());
            return;
        }
    }
    state_->pending.append(part);
}

namespace {

template <class... F>
struct Overloaded : F... {
    using F::operator()...;
};
template <class... F>
Overloaded(F...) -> Overloaded<F...>;

/// Feeds documents into a digest; every kind is tagged by its variant index, so a new kind of
/// block or inline the visitor does not handle fails to compile.
struct DocumentFeeder {
    ContentDigest& digest;

    void inlines(const doc::Inlines& list) {
        digest.add_number(list.size());
        for (const doc::Inline& in : list) {
            digest.add_number(in.value.index());
            std::visit(Overloaded{[&](const doc::Text& t) { digest.add(t.text); },
                                  [&](const doc::Emphasis& e) { inlines(e.content); },
                                  [&](const doc::Strong& s) { inlines(s.content); },
                                  [&](const doc::Link& l) {
                                      digest.add(l.url);
                                      inlines(l.content);
                                  },
                                  [&](const doc::LineBreak&) {},
                                  [&](const doc::Code& c) { digest.add(c.text); },
                                  [&](const doc::Strikethrough& s) { inlines(s.content); },
                                  [&](const doc::NoteRef& n) { digest.add_number(n.note); }},
                       in.value);
        }
    }

    void rows(const std::vector<doc::TableRow>& list) {
        digest.add_number(list.size());
        for (const doc::TableRow& row : list) {
            digest.add_number(row.cells.size());
            for (const doc::TableCell& cell : row.cells) inlines(cell.content);
        }
    }

    void blocks(const doc::Blocks& list) {
        digest.add_number(list.size());
        for (const doc::Block& block : list) {
            digest.add_number(block.value.index());
            std::visit(Overloaded{[&](const doc::Paragraph& p) { inlines(p.content); },
                                  [&](const doc::Heading& h) {
                                      digest.add_number(static_cast<std::uint64_t>(h.level));
                                      inlines(h.content);
                                      digest.add(h.id);
                                  },
                                  [&](const doc::BlockQuote& q) { blocks(q.content); },
                                  [&](const doc::List& l) {
                                      digest.add_number(l.ordered ? 1 : 0);
                                      digest.add_number(static_cast<std::uint64_t>(l.start));
                                      digest.add_number(l.items.size());
                                      for (const doc::Blocks& item : l.items) blocks(item);
                                  },
                                  [&](const doc::SceneBreak&) {},
                                  [&](const doc::CodeBlock& c) {
                                      digest.add(c.language);
                                      digest.add(c.text);
                                  },
                                  [&](const doc::Table& t) {
                                      digest.add_number(t.columns.size());
                                      for (doc::ColumnAlign a : t.columns)
                                          digest.add_number(static_cast<std::uint64_t>(a));
                                      rows(t.head);
                                      rows(t.body);
                                  },
                                  [&](const doc::Figure& f) {
                                      digest.add_number(f.image);
                                      digest.add(f.alt);
                                      inlines(f.caption);
                                      digest.add(f.credit);
                                  }},
                       block.value);
        }
    }

    void list(const std::vector<std::string>& items) {
        digest.add_number(items.size());
        for (const std::string& item : items) digest.add(item);
    }

    void document(const doc::Document& d) {
        const doc::Metadata& m = d.meta;
        for (const std::string* field : {&m.title, &m.subtitle, &m.date, &m.date_text, &m.dateline,
                                         &m.language, &m.description, &m.publisher, &m.rights})
            digest.add(*field);
        list(m.authors);
        list(m.keywords);
        digest.add_number(m.date_first ? 1 : 0);
        blocks(d.blocks);
        digest.add_number(d.notes.size());
        for (const doc::Note& note : d.notes) blocks(note.content);
        digest.add_number(d.images.size());
        for (const doc::Image& image : d.images) {
            digest.add(image.format);
            digest.add(image.bytes);
        }
    }
};

}  // namespace

void ContentDigest::add(const doc::Document& document) {
    DocumentFeeder{*this}.document(document);
}

std::string ContentDigest::uuid_urn() {
    state_->flush();
    std::array<std::uint8_t, 20> digest{};
    SHA1_Final(digest.data(), &state_->context);
    std::string hex;
    char b[3];
    for (std::uint8_t x : digest) {
        std::snprintf(b, sizeof b, "%02x", x);
        hex += b;
    }
    return "urn:uuid:" + uuid_v5("galley:sha1:" + hex);
}

std::string publication_identifier(const doc::Document& document,
                                   const std::vector<std::string_view>& edition) {
    if (!document.meta.identifier.empty()) return document.meta.identifier;
    ContentDigest digest;
    digest.add("galley article");
    digest.add(document);
    digest.add_number(edition.size());
    for (std::string_view part : edition) digest.add(part);
    return digest.uuid_urn();
}

}  // namespace galley::present
