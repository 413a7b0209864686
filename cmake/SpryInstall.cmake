# `cmake --install` layout: the interpreter, the static runtime (for embedding), the
# public C-API headers only, and the three ways to build an extension out of tree
# (find_package(Spry), spry-config, pkg-config).
#
# No shared libspry: an extension module never links the runtime; its C-API symbols
# resolve at dlopen time against the process that loads it -- bin/spry exports them, and a
# program embedding Spry links libspry.a whole with -rdynamic (spry-config --embed
# --ldflags) so that it exports them too. One copy of the runtime per process either way.
set(SPRY_INSTALL_CMAKEDIR lib/cmake/Spry)

install(TARGETS spry RUNTIME DESTINATION bin)
install(TARGETS spry_runtime ARCHIVE DESTINATION lib)
# Only Python.h and its companions: the runtime's internal headers stay in the build tree.
install(DIRECTORY ${CMAKE_SOURCE_DIR}/api/legacy/include/ DESTINATION include/spry
        FILES_MATCHING PATTERN "*.h")

# Libraries libspry.a needs when a program embeds it, as plain linker names.
set(SPRY_EMBED_LIBS mimalloc gmp ffi z bz2 lzma sqlite3 m dl pthread)
list(TRANSFORM SPRY_EMBED_LIBS PREPEND "-l" OUTPUT_VARIABLE _spry_embed_lflags)
string(JOIN " " SPRY_EMBED_LDFLAGS ${_spry_embed_lflags})

configure_file(${CMAKE_SOURCE_DIR}/cmake/SpryConfig.cmake.in
               ${CMAKE_BINARY_DIR}/install/SpryConfig.cmake @ONLY)
include(CMakePackageConfigHelpers)
write_basic_package_version_file(${CMAKE_BINARY_DIR}/install/SpryConfigVersion.cmake
                                 VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_BINARY_DIR}/install/SpryConfig.cmake
              ${CMAKE_BINARY_DIR}/install/SpryConfigVersion.cmake
        DESTINATION ${SPRY_INSTALL_CMAKEDIR})

configure_file(${CMAKE_SOURCE_DIR}/cmake/spry-config.in ${CMAKE_BINARY_DIR}/install/spry-config @ONLY)
install(PROGRAMS ${CMAKE_BINARY_DIR}/install/spry-config DESTINATION bin)

configure_file(${CMAKE_SOURCE_DIR}/cmake/spry.pc.in ${CMAKE_BINARY_DIR}/install/spry.pc @ONLY)
install(FILES ${CMAKE_BINARY_DIR}/install/spry.pc DESTINATION lib/pkgconfig)
