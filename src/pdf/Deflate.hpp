#pragma once

#include <string_view>

namespace PoDoFo {
class PdfObject;
}

namespace galley::pdf {

/// Sets `object`'s stream to `data` compressed by galley::zlib_compress() (libdeflate, see
/// base/Deflate.hpp) and marks it /FlateDecode: PoDoFo gets the bytes already encoded and stores
/// them as they are (no second compression).
void set_flate_stream(PoDoFo::PdfObject& object, std::string_view data);

/// Sets `object`'s stream to `packed`, already compressed by galley::zlib_compress(), and marks
/// it /FlateDecode.
void set_deflated_stream(PoDoFo::PdfObject& object, std::string_view packed);

}  // namespace galley::pdf
