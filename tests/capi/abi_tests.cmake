# Tests of issue 6: the C ABI, exported symbols, the public headers, the API
# examples (and their copies in README.md and docs/api.md), the Python module,
# the manual page, and installing into a prefix that is then moved.
# Included from tests/CMakeLists.txt.
find_package(Threads REQUIRED)
find_package(Python3 COMPONENTS Interpreter REQUIRED)
set(ABI_BULLETIN ${PROJECT_SOURCE_DIR}/examples/buletin-sulteng-2021-07-14.txt)
set(ABI_BULLETIN_HTML ${PROJECT_SOURCE_DIR}/examples/buletin-sulteng-2021-07-14-web.html)

# The C ABI from a C11 program, linked with the shared library.
add_executable(test_capi ${CMAKE_CURRENT_SOURCE_DIR}/capi/capi_test.c)
set_target_properties(test_capi PROPERTIES C_STANDARD 11 C_STANDARD_REQUIRED ON C_EXTENSIONS OFF)
target_link_libraries(test_capi PRIVATE aksesibel Threads::Threads)
add_test(NAME capi_c11 COMMAND test_capi ${ABI_BULLETIN} ${ABI_BULLETIN_HTML})
set_tests_properties(capi_c11 PROPERTIES PASS_REGULAR_EXPRESSION "[1-9][0-9]* passed, 0 failed" FAIL_REGULAR_EXPRESSION "FAIL ")

# Only aks_* and the public C++ API leave the shared library; the soname is versioned.
add_test(NAME capi_symbols COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/capi/check_symbols.py
         $<TARGET_FILE:aksesibel> ${PROJECT_SOURCE_DIR}/include/aksesibel ${PROJECT_VERSION_MAJOR})
set_tests_properties(capi_symbols PROPERTIES PASS_REGULAR_EXPRESSION "symbols: [0-9]+ exported, 0 wrong, 0 missing")

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
add_executable(test_headers ${ABI_HEADER_SOURCES} ${ABI_HEADERS_C} ${CMAKE_CURRENT_BINARY_DIR}/headers/main.cpp)
target_include_directories(test_headers PRIVATE ${PROJECT_SOURCE_DIR}/include)
target_compile_options(test_headers PRIVATE -Werror)
set_target_properties(test_headers PROPERTIES C_STANDARD 11 C_STANDARD_REQUIRED ON C_EXTENSIONS OFF)
add_test(NAME headers_standalone COMMAND test_headers)
set_tests_properties(headers_standalone PROPERTIES PASS_REGULAR_EXPRESSION "headers: [0-9]+ compiled alone")
# …and every declaration in them is documented.
add_test(NAME headers_documented COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/headers/check_docs.py
         ${PROJECT_SOURCE_DIR}/include/aksesibel)
set_tests_properties(headers_documented PROPERTIES PASS_REGULAR_EXPRESSION "docs: [0-9]+ headers, 0 undocumented")

# The API examples: built against the shared library, run, and identical to
# the snippets of README.md and docs/api.md.
add_executable(example_api_cpp ${PROJECT_SOURCE_DIR}/examples/api/convert.cpp)
target_link_libraries(example_api_cpp PRIVATE aksesibel)
add_executable(example_api_tour ${PROJECT_SOURCE_DIR}/examples/api/tour.cpp)
target_link_libraries(example_api_tour PRIVATE aksesibel)
add_executable(example_api_c ${PROJECT_SOURCE_DIR}/examples/api/convert.c)
set_target_properties(example_api_c PROPERTIES C_STANDARD 11 C_STANDARD_REQUIRED ON C_EXTENSIONS OFF)
target_link_libraries(example_api_c PRIVATE aksesibel)
add_test(NAME example_api_cpp COMMAND example_api_cpp ${ABI_BULLETIN})
set_tests_properties(example_api_cpp PROPERTIES PASS_REGULAR_EXPRESSION "title: Kasus Harian Covid-19.*text: [0-9]+ bytes.*brf: [0-9]+ bytes")
add_test(NAME example_api_tour COMMAND example_api_tour ${ABI_BULLETIN})
set_tests_properties(example_api_tour PROPERTIES PASS_REGULAR_EXPRESSION "213 new cases.*#BAC")
add_test(NAME example_api_c COMMAND example_api_c)
set_tests_properties(example_api_c PROPERTIES PASS_REGULAR_EXPRESSION "#BAC")
add_test(NAME readme_snippets COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/capi/check_snippets.py
         ${PROJECT_SOURCE_DIR} README.md docs/api.md)
set_tests_properties(readme_snippets PROPERTIES PASS_REGULAR_EXPRESSION "snippets: [1-9][0-9]* identical, 0 different, 0 missing")

# The manual page: valid roff, and every option of `aksesibel convert --help` in it.
add_test(NAME man_page COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/install/check_man.py
         ${PROJECT_SOURCE_DIR}/docs/man/aksesibel.1 $<TARGET_FILE:aksesibel_cli>)
set_tests_properties(man_page PROPERTIES PASS_REGULAR_EXPRESSION "man: [0-9]+ options and [0-9]+ formats documented, 0 missing, 0 roff warnings")

# The Python module: unittest, and the example.
if(AKSESIBEL_PYTHON_BUILT)
  add_test(NAME python_unittest COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/python/test_aksesibel.py -v)
  add_test(NAME example_api_python COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/examples/api/convert.py)
  set_tests_properties(python_unittest example_api_python PROPERTIES
    ENVIRONMENT "PYTHONPATH=${AKSESIBEL_PYTHON_DIR};AKSESIBEL_EXAMPLES_DIR=${PROJECT_SOURCE_DIR}/examples;PYTHONDONTWRITEBYTECODE=1")
  set_tests_properties(example_api_python PROPERTIES PASS_REGULAR_EXPRESSION "\\['html', 'text'\\] \\[213.0\\]\ninvalid-utf8 rusak.txt 1 5")
endif()

# cmake --install into a temporary prefix, move it, then build and run a
# find_package() consumer and a pkg-config consumer against it, run the
# installed CLI and the installed Python module.
add_test(NAME install_consumers COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/install/install_test.sh
         ${CMAKE_BINARY_DIR} ${PROJECT_SOURCE_DIR} ${Python3_EXECUTABLE} "${AKSESIBEL_PYTHON_INSTALL_DIR}")
set_tests_properties(install_consumers PROPERTIES PASS_REGULAR_EXPRESSION "install: all checks passed" TIMEOUT 900)
