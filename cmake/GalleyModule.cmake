# Module layering (DESIGN.md; issue 13 point 7). Each library exports only its own folder of
# src/: build/modules/<m>/<m> is a symbolic link to src/<m>, and build/modules/<m> is the
# library's public include directory. A module's sources therefore see their own headers and
# those of the libraries they link, nothing else: the include graph is the CMake target graph
# (epub does not link layout, so `#include "layout/..."` in epub/ does not compile). The order
# (DESIGN.md): base → doc → read/style/text → present → layout → raster/epub/pdf → api → book →
# app (raster draws layout's pages as pixels, as pdf writes them as vectors);
# present sits between doc/style/text and layout/epub/pdf, api (whose public headers are
# include/galley/) above the output modules and below book and the program. page (the page
# model) sits on base alone: layout writes it, the page backends pdf and svg read it and never
# see layout.
# tests/layering checks this with a deliberate wrong include.
function(galley_module_headers target module)
  set(root "${PROJECT_BINARY_DIR}/modules/${module}")
  file(MAKE_DIRECTORY "${root}")
  if(NOT EXISTS "${root}/${module}")
    file(CREATE_LINK "${PROJECT_SOURCE_DIR}/src/${module}" "${root}/${module}" SYMBOLIC)
  endif()
  target_include_directories(${target} PUBLIC "${root}")
endfunction()
