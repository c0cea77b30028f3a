// fuzz: the text reader. Bytes → decode_text (BOM, UTF-8, charset detection, NFC) →
// parse_article (header, body blocks, dates, language) → doc::Document → its dump.
// galley::Error (binary, empty or undecodable input) is an expected outcome, not a finding.
#include <cstddef>
#include <cstdint>

#include "FuzzSupport.hpp"
#include "base/Error.hpp"
#include "doc/Document.hpp"
#include "read/ArticleParser.hpp"
#include "read/Decoder.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    galley::Diagnostics diagnostics;
    try {
        const std::string text =
            galley::read::decode_text(galley::fuzz::input(data, size), "fuzz.txt", diagnostics);
        galley::read::ReadOptions options;
        options.use_sidecar = false;
        const galley::doc::Document document =
            galley::read::parse_article(text, "fuzz.txt", options, diagnostics);
        (void)galley::doc::dump(document);
    } catch (const galley::Error&) {
    }
    return 0;
}
