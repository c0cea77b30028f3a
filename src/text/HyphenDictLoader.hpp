#pragma once

#include <hyphen.h>

#include <string>

namespace galley::text {

/// Loads a libhyphen pattern dictionary (.dic) into libhyphen's own HyphenDict structures, with
/// the same states, transitions, fallbacks, matches and settings as hnj_hyphen_load(), but in
/// milliseconds and a handful of allocations: libhyphen finds states through a fixed 31627-bucket
/// hash table with string compares, which takes seconds for the 69,000-line German file. The result
/// is used with libhyphen's hnj_hyphen_hyphenate2/3 and freed with free_hyphen_dict() (never
/// hnj_hyphen_free: each level is one allocation); nullptr when the file cannot be read.
HyphenDict* load_hyphen_dict(const std::string& file);

/// Frees a dictionary made by load_hyphen_dict() (both levels).
void free_hyphen_dict(HyphenDict* dict);

}  // namespace galley::text
