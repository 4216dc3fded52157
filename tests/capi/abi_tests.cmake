# Tests of issue 6: the C ABI, exported symbols, the public headers, the API
# examples (and their copies in README.md and docs/api.md), the Python module,
# the manual page, and installing into a prefix that is then moved.
# Included from tests/CMakeLists.txt.
find_package(Threads REQUIRED)
find_package(Python3 COMPONENTS Interpreter REQUIRED)
set(ABI_BULLETIN ${PROJECT_SOURCE_DIR}/examples/buletin-sulteng-2021-07-14.txt)
set(ABI_BULLETIN_HTML ${PROJECT_SOURCE_DIR}/examples/buletin-sulteng-2021-07-14-web.html)
# ctest ignores the exit status of a test with PASS_REGULAR_EXPRESSION: the
# tests here pass on their exit status alone, and a test that must also print
# something runs through expect_output.py, which checks both.
set(ABI_EXPECT ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/capi/expect_output.py)

# A decoy installation beside the build tree's library (build/share/aksesibel,
# where `cmake --install --prefix build` would put one, with an empty marker
# file and no tables): binaries of the build tree must take the source tree's
# data/ and tables/ anyway (capi_c11 and python_unittest check it).
set(ABI_DECOY ${CMAKE_BINARY_DIR}/share/aksesibel)
add_test(NAME abi_decoy_install_setup COMMAND ${CMAKE_COMMAND} -E make_directory ${ABI_DECOY}/data ${ABI_DECOY}/tables)
add_test(NAME abi_decoy_install_marker COMMAND ${CMAKE_COMMAND} -E touch ${ABI_DECOY}/data/boilerplate-id.txt)
add_test(NAME abi_decoy_install_cleanup COMMAND ${CMAKE_COMMAND} -E rm -rf ${ABI_DECOY})
set_tests_properties(abi_decoy_install_setup abi_decoy_install_marker PROPERTIES FIXTURES_SETUP abi_decoy)
set_tests_properties(abi_decoy_install_marker PROPERTIES DEPENDS abi_decoy_install_setup)
set_tests_properties(abi_decoy_install_cleanup PROPERTIES FIXTURES_CLEANUP abi_decoy)

# The C ABI from a C11 program, linked with the shared library.
add_executable(test_capi ${CMAKE_CURRENT_SOURCE_DIR}/capi/capi_test.c)
set_target_properties(test_capi PROPERTIES C_STANDARD 11 C_STANDARD_REQUIRED ON C_EXTENSIONS OFF)
target_link_libraries(test_capi PRIVATE aksesibel Threads::Threads)
add_test(NAME capi_c11 COMMAND test_capi ${ABI_BULLETIN} ${ABI_BULLETIN_HTML} ${PROJECT_SOURCE_DIR})
set_tests_properties(capi_c11 PROPERTIES FAIL_REGULAR_EXPRESSION "FAIL " FIXTURES_REQUIRED abi_decoy
                     ENVIRONMENT "AKSESIBEL_DATA_DIR=;AKSESIBEL_TABLES_DIR=")

# …and with allocations failing from the N-th on, for many N: every call
# returns a status (no exception escapes), with a usable error.
add_executable(test_capi_oom ${CMAKE_CURRENT_SOURCE_DIR}/capi/oom_test.cpp)
target_link_libraries(test_capi_oom PRIVATE aksesibel)
add_test(NAME capi_out_of_memory COMMAND test_capi_oom ${ABI_BULLETIN})
set_tests_properties(capi_out_of_memory PROPERTIES FAIL_REGULAR_EXPRESSION "FAIL " TIMEOUT 600)

# Only aks_* and the public C++ API leave the shared library; the soname is versioned.
# (The soname's number is compared with AKS_ABI_VERSION as the header has it.)
add_test(NAME capi_symbols COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/capi/check_symbols.py
         $<TARGET_FILE:aksesibel> ${PROJECT_SOURCE_DIR}/include/aksesibel)

# Every public header compiles alone (and twice), with no include path but
# include/ and no warning; aksesibel.h also as C11.
file(GLOB ABI_PUBLIC_HEADERS CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/include/aksesibel/*.hpp)
set(ABI_HEADER_SOURCES)
foreach(h ${ABI_PUBLIC_HEADERS} ${PROJECT_SOURCE_DIR}/include/aksesibel/aksesibel.h)
  get_filename_component(n ${h} NAME)
  string(MAKE_C_IDENTIFIER ${n} id)
  set(src ${CMAKE_CURRENT_BINARY_DIR}/headers/${id}.cpp)
  file(CONFIGURE OUTPUT ${src} CONTENT "#include <aksesibel/${n}>\n#include <aksesibel/${n}>\nint header_${id}() { return 1; }\n")
  list(APPEND ABI_HEADER_SOURCES ${src})
  list(APPEND ABI_HEADER_CALLS "header_${id}")
endforeach()
set(ABI_HEADERS_C ${CMAKE_CURRENT_BINARY_DIR}/headers/aksesibel_h_c11.c)
file(CONFIGURE OUTPUT ${ABI_HEADERS_C} CONTENT "#include <aksesibel/aksesibel.h>\n#include <aksesibel/aksesibel.h>\nint header_c11(void) { aks_status s = AKS_OK; return (int)s + 1; }\n")
list(LENGTH ABI_HEADER_CALLS ABI_HEADER_COUNT)
list(TRANSFORM ABI_HEADER_CALLS APPEND "()")
list(JOIN ABI_HEADER_CALLS " + " ABI_HEADER_SUM)
set(ABI_HEADER_DECLS ${ABI_HEADER_CALLS})
list(TRANSFORM ABI_HEADER_DECLS PREPEND "int ")
list(JOIN ABI_HEADER_DECLS "; " ABI_HEADER_DECLS)
file(CONFIGURE OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/headers/main.cpp CONTENT
     "#include <cstdio>\n${ABI_HEADER_DECLS};\nextern \"C\" int header_c11(void);\nint main() {\n  int n = ${ABI_HEADER_SUM} + header_c11();\n  std::printf(\"headers: %d compiled alone\\n\", n);\n  return n == ${ABI_HEADER_COUNT} + 1 ? 0 : 1;\n}\n")
# noexcept_check.cpp: every aks_ function is noexcept for C++ callers.
add_executable(test_headers ${ABI_HEADER_SOURCES} ${ABI_HEADERS_C} ${CMAKE_CURRENT_BINARY_DIR}/headers/main.cpp
               ${CMAKE_CURRENT_SOURCE_DIR}/capi/noexcept_check.cpp)
target_include_directories(test_headers PRIVATE ${PROJECT_SOURCE_DIR}/include)
target_compile_options(test_headers PRIVATE -Werror)
set_target_properties(test_headers PROPERTIES C_STANDARD 11 C_STANDARD_REQUIRED ON C_EXTENSIONS OFF)
add_test(NAME headers_standalone COMMAND test_headers)
# …and every declaration in them (aksesibel.h too) is documented.
add_test(NAME headers_documented COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/headers/check_docs.py
         ${PROJECT_SOURCE_DIR}/include/aksesibel)

# The API examples: built against the shared library, run, and identical to
# the snippets of README.md and docs/api.md.
add_executable(example_api_cpp ${PROJECT_SOURCE_DIR}/examples/api/convert.cpp)
target_link_libraries(example_api_cpp PRIVATE aksesibel)
add_executable(example_api_tour ${PROJECT_SOURCE_DIR}/examples/api/tour.cpp)
target_link_libraries(example_api_tour PRIVATE aksesibel)
add_executable(example_api_c ${PROJECT_SOURCE_DIR}/examples/api/convert.c)
set_target_properties(example_api_c PROPERTIES C_STANDARD 11 C_STANDARD_REQUIRED ON C_EXTENSIONS OFF)
target_link_libraries(example_api_c PRIVATE aksesibel)
add_test(NAME example_api_cpp COMMAND ${ABI_EXPECT} "title: Kasus Harian Covid-19.*text: [0-9]+ bytes.*brf: [0-9]+ bytes"
         $<TARGET_FILE:example_api_cpp> ${ABI_BULLETIN})
add_test(NAME example_api_tour COMMAND ${ABI_EXPECT} "213 new cases.*#BAC" $<TARGET_FILE:example_api_tour> ${ABI_BULLETIN})
add_test(NAME example_api_c COMMAND ${ABI_EXPECT} "#BAC" $<TARGET_FILE:example_api_c>)
add_test(NAME readme_snippets COMMAND ${ABI_EXPECT} "snippets: [1-9][0-9]* identical, 0 different, 0 missing"
         ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/capi/check_snippets.py ${PROJECT_SOURCE_DIR} README.md docs/api.md)

# The manual page: valid roff, and every option of `aksesibel convert --help` in it.
add_test(NAME man_page COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/install/check_man.py
         ${PROJECT_SOURCE_DIR}/docs/man/aksesibel.1 $<TARGET_FILE:aksesibel_cli>)
# Its Indonesian translation: the same, with Indonesian section headings, and
# the same .TH fields, options, environment variables and examples as the English page.
add_test(NAME man_page_id COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/install/check_man.py
         --lang id --english ${PROJECT_SOURCE_DIR}/docs/man/aksesibel.1
         ${PROJECT_SOURCE_DIR}/docs/man/id/aksesibel.1 $<TARGET_FILE:aksesibel_cli>)

# The Python module: unittest, and the example.
if(AKSESIBEL_PYTHON_BUILT)
  add_test(NAME python_unittest COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/python/test_aksesibel.py -v)
  add_test(NAME example_api_python COMMAND ${ABI_EXPECT} "\\['html', 'text'\\] \\[213.0\\]\ninvalid-utf8 rusak.txt 1 5"
           ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/examples/api/convert.py)
  set_tests_properties(python_unittest example_api_python PROPERTIES
    ENVIRONMENT "PYTHONPATH=${AKSESIBEL_PYTHON_DIR};AKSESIBEL_EXAMPLES_DIR=${PROJECT_SOURCE_DIR}/examples;PYTHONDONTWRITEBYTECODE=1;AKSESIBEL_DATA_DIR=;AKSESIBEL_TABLES_DIR=;AKSESIBEL_TEST_SOURCE_DIR=${PROJECT_SOURCE_DIR}")
  set_tests_properties(python_unittest PROPERTIES FIXTURES_REQUIRED abi_decoy)
endif()

# cmake --install into a temporary prefix, move it, then build and run a
# find_package() consumer and a pkg-config consumer against it, run the
# installed CLI and the installed Python module. Not under the sanitizers:
# the consumers are built without them and cannot load an instrumented library.
if(NOT AKSESIBEL_SANITIZE)
add_test(NAME install_consumers COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/install/install_test.sh
         ${CMAKE_BINARY_DIR} ${PROJECT_SOURCE_DIR} ${Python3_EXECUTABLE} "${AKSESIBEL_PYTHON_INSTALL_DIR}")
set_tests_properties(install_consumers PROPERTIES FAIL_REGULAR_EXPRESSION "install: FAIL" TIMEOUT 900)
endif()
