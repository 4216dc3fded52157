# cmake --install: what goes where (included from the top-level CMakeLists.txt).
#
#   include/aksesibel/          public C++ headers and the C ABI (aksesibel.h)
#   lib/libaksesibel.so.N…      shared library (soname libaksesibel.so.N, N = AKS_ABI_VERSION of aksesibel.h)
#   lib/libaksesibel.a          static library
#   bin/aksesibel               the command line
#   share/aksesibel/data/       language data, found at run time beside the library
#   share/aksesibel/tables/     the braille tables, likewise
#   share/man/man1/aksesibel.1  the manual page
#   share/man/id/man1/aksesibel.1  the manual page in Indonesian (man finds it for LANG=id_ID.UTF-8, or man -L id)
#   lib/pkgconfig/aksesibel.pc, aksesibel-static.pc   pkg-config (relocatable: ${pcfiledir})
#   lib/cmake/aksesibel/        find_package(aksesibel): aksesibel::aksesibel, aksesibel::static
#   AKSESIBEL_PYTHON_INSTALL_DIR/aksesibel/  the Python module (bindings/python; Debian's
#                               python3 and /usr/local: lib/python3.X/dist-packages)
include(CMakePackageConfigHelpers)

set(AKSESIBEL_CMAKE_DIR "${CMAKE_INSTALL_LIBDIR}/cmake/aksesibel")

install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/aksesibel DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
        FILES_MATCHING PATTERN "*.hpp" PATTERN "*.h")

set_target_properties(aksesibel PROPERTIES EXPORT_NAME aksesibel)
set_target_properties(aksesibel_static PROPERTIES EXPORT_NAME static)
install(TARGETS aksesibel EXPORT aksesibelTargets
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(TARGETS aksesibel_static EXPORT aksesibelStaticTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(TARGETS aksesibel_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

install(DIRECTORY ${PROJECT_SOURCE_DIR}/data/ DESTINATION ${CMAKE_INSTALL_DATADIR}/aksesibel/data)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/tables/ DESTINATION ${CMAKE_INSTALL_DATADIR}/aksesibel/tables
        PATTERN tests EXCLUDE)
install(FILES ${PROJECT_SOURCE_DIR}/docs/man/aksesibel.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${PROJECT_SOURCE_DIR}/docs/man/id/aksesibel.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/id/man1)
# The Indonesian message catalogue, beside the data (cli/messages.cpp finds it there).
install(FILES ${AKSESIBEL_ID_MO} DESTINATION ${CMAKE_INSTALL_DATADIR}/aksesibel/locale/id/LC_MESSAGES)

# pkg-config: the prefix is found from the .pc file's own place.
file(RELATIVE_PATH AKSESIBEL_PC_TO_PREFIX "${CMAKE_INSTALL_FULL_LIBDIR}/pkgconfig" "${CMAKE_INSTALL_PREFIX}")
string(REGEX REPLACE "/$" "" AKSESIBEL_PC_TO_PREFIX "${AKSESIBEL_PC_TO_PREFIX}")
# aksesibel.pc is the shared library, which needs nothing else to compile
# or link against; aksesibel-static.pc is the static library with the
# libraries it links (so that users of the shared one need none of their
# development files, which pkg-config would otherwise ask for).
foreach(pc aksesibel aksesibel-static)
  configure_file(${PROJECT_SOURCE_DIR}/cmake/${pc}.pc.in ${CMAKE_BINARY_DIR}/generated/${pc}.pc @ONLY)
  install(FILES ${CMAKE_BINARY_DIR}/generated/${pc}.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
endforeach()

# CMake package.
install(EXPORT aksesibelTargets NAMESPACE aksesibel:: FILE aksesibel-targets.cmake DESTINATION ${AKSESIBEL_CMAKE_DIR})
install(EXPORT aksesibelStaticTargets NAMESPACE aksesibel:: FILE aksesibel-static-targets.cmake DESTINATION ${AKSESIBEL_CMAKE_DIR})
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/aksesibel-config.cmake.in
                              ${CMAKE_BINARY_DIR}/generated/aksesibel-config.cmake
                              INSTALL_DESTINATION ${AKSESIBEL_CMAKE_DIR})
# 0.x: a minor version may change the ABI; the soname's number is the ABI
# counter AKS_ABI_VERSION, raised whenever the C or the exported C++ ABI breaks.
write_basic_package_version_file(${CMAKE_BINARY_DIR}/generated/aksesibel-config-version.cmake
                                 COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_BINARY_DIR}/generated/aksesibel-config.cmake
              ${CMAKE_BINARY_DIR}/generated/aksesibel-config-version.cmake
        DESTINATION ${AKSESIBEL_CMAKE_DIR})
