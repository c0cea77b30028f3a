# What `cmake --install` adds beside the targets' own rules (src/app: the program, fonts and
# styles; src/api: libgalley and its headers): the CMake package, the pkg-config file, and the
# Debian package `cpack -G DEB` makes of the whole installed tree.
include(CMakePackageConfigHelpers)

set(GALLEY_CMAKE_DIR "${CMAKE_INSTALL_LIBDIR}/cmake/galley")
install(EXPORT galleyTargets NAMESPACE galley:: DESTINATION "${GALLEY_CMAKE_DIR}")
configure_package_config_file("${PROJECT_SOURCE_DIR}/cmake/galleyConfig.cmake.in"
  "${PROJECT_BINARY_DIR}/galleyConfig.cmake" INSTALL_DESTINATION "${GALLEY_CMAKE_DIR}")
# 0.x: a new minor version may change the API.
write_basic_package_version_file("${PROJECT_BINARY_DIR}/galleyConfigVersion.cmake"
  COMPATIBILITY SameMinorVersion)
install(FILES "${PROJECT_BINARY_DIR}/galleyConfig.cmake"
              "${PROJECT_BINARY_DIR}/galleyConfigVersion.cmake"
        DESTINATION "${GALLEY_CMAKE_DIR}")

file(RELATIVE_PATH GALLEY_PC_TO_PREFIX "/prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/prefix")
string(REGEX REPLACE "/$" "" GALLEY_PC_TO_PREFIX "${GALLEY_PC_TO_PREFIX}")
configure_file("${PROJECT_SOURCE_DIR}/cmake/galley.pc.in" "${PROJECT_BINARY_DIR}/galley.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/galley.pc" DESTINATION "${CMAKE_INSTALL_LIBDIR}/pkgconfig")

# cpack -G DEB: one package with the program, the library, its headers and the data; its
# dependencies are the shared libraries the binaries link (dpkg-shlibdeps).
set(CPACK_PACKAGE_NAME galley)
set(CPACK_PACKAGE_VENDOR "galley")
set(CPACK_PACKAGE_CONTACT "galley maintainers <galley@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "plain-text and Markdown articles to EPUB 3 e-books and typeset PDFs")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
  "galley reads plain-text and Markdown articles (title, byline, headings, lists, quotes) and "
  "writes EPUB 3 e-books and PDFs typeset with Knuth-Plass line breaking, one article at a "
  "time, a folder at once, or as a book. Also a C++ library (galley/galley.hpp).")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS ON)
# The libraries a program linking libgalley compiles against: only the C++ standard library.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "pkgconf, cmake")
# The sRGB profile that --pdf-standard a-2u embeds, read at run time.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "icc-profiles-free")
include(CPack)
