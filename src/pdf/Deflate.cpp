#include "pdf/Deflate.hpp"

#include <podofo.h>

#include <string>

#include "base/Deflate.hpp"

namespace galley::pdf {

void set_flate_stream(PoDoFo::PdfObject& object, std::string_view data) {
    set_deflated_stream(object, zlib_compress(data));
}

void set_deflated_stream(PoDoFo::PdfObject& object, std::string_view packed) {
    using namespace PoDoFo;
    // An empty filter list stores the bytes as given; the /Filter key says how they are encoded.
    object.GetStream()->Set(packed.data(), static_cast<pdf_long>(packed.size()), TVecFilters());
    object.GetDictionary().AddKey(PdfName::KeyFilter, PdfName("FlateDecode"));
}

}  // namespace galley::pdf
