// fuzz: the sidecar metadata parser (read/Sidecar): the input is ARTICLE.toml beside an article.
// galley::Error (bad TOML, unknown key, wrong type) is an expected outcome, not a finding.
#include <cstddef>
#include <cstdint>

#include "FuzzSupport.hpp"
#include "base/Error.hpp"
#include "read/Sidecar.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    galley::fuzz::write_scratch("article.toml", galley::fuzz::input(data, size));
    try {
        (void)galley::read::read_sidecar(galley::fuzz::scratch_dir() / "article.txt");
    } catch (const galley::Error&) {
    }
    return 0;
}
