// fuzz: the whole EPUB path in memory. Bytes → decode_text → parse_article → doc::Document →
// write_epub with the built-in classic style and the bundled fonts (XHTML, nav, OPF, subset
// fonts, zip). Slower per input than fuzz_reader; it finds what the reader lets through.
#include <cstddef>
#include <cstdint>
#include <memory>

#include "FuzzSupport.hpp"
#include "base/Error.hpp"
#include "base/File.hpp"
#include "epub/EpubWriter.hpp"
#include "read/ArticleParser.hpp"
#include "read/Decoder.hpp"
#include "style/StyleSheet.hpp"
#include "text/FontCatalog.hpp"

namespace {

struct Backend {
    galley::style::StyleSheet style = galley::style::load_style("classic");
    galley::text::FontCatalog fonts{galley::data_dir() / "fonts"};
};

Backend& backend() {
    static Backend b;
    return b;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    (void)backend();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    galley::Diagnostics diagnostics;
    try {
        const std::string text =
            galley::read::decode_text(galley::fuzz::input(data, size), "fuzz.txt", diagnostics);
        galley::read::ReadOptions options;
        options.use_sidecar = false;
        const galley::doc::Document document =
            galley::read::parse_article(text, "fuzz.txt", options, diagnostics);
        galley::epub::EpubOptions epub_options;
        epub_options.timestamp = 315532800;
        (void)galley::epub::write_epub(document, backend().style, backend().fonts, epub_options,
                                       diagnostics);
    } catch (const galley::Error&) {
    }
    return 0;
}
