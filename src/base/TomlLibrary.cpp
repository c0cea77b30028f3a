// toml++'s parser, compiled into galley once (TOML_IMPLEMENTATION) rather than loaded as Debian's
// libtomlplusplus.so: one shared library less to map and relocate at every start (0.37 million
// instructions of each run). The top-level CMakeLists.txt builds it as galley_toml, the target
// tomlplusplus::tomlplusplus stands for.
#define TOML_IMPLEMENTATION
#include <toml++/toml.h>
