# One INTERFACE target carries the language level, warnings and Qt safety defines, so
# every ParScore target gets the same flags and nothing is set globally.
add_library(parscore_options INTERFACE)
add_library(ParScore::options ALIAS parscore_options)

target_compile_features(parscore_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

if(MSVC)
    # Windows (packaging/windows/README.md): the sources are UTF-8 (Vietnamese literals), and
    # cl's -Wall would be /Wall, every warning of the Qt headers included.
    target_compile_options(parscore_options INTERFACE
        /utf-8 /permissive- /Zc:__cplusplus /W4 $<$<BOOL:${PARSCORE_WERROR}>:/WX>)
else()
    target_compile_options(parscore_options INTERFACE
        -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Wshadow
        $<$<BOOL:${PARSCORE_WERROR}>:-Werror>)
endif()

target_compile_definitions(parscore_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER)

if(PARSCORE_SANITIZE AND MSVC)
    target_compile_options(parscore_options INTERFACE /fsanitize=address)
elseif(PARSCORE_SANITIZE)
    target_compile_options(parscore_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(parscore_options INTERFACE -fsanitize=address,undefined)
endif()

# The fuzz build (fuzz/, docs/fuzzing.md): every ParScore target carries libFuzzer's coverage
# instrumentation and the sanitizers, so the core the fuzz targets link is what they explore;
# only the fuzz_* executables link libFuzzer's main().
if(PARSCORE_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "PARSCORE_FUZZ needs clang (CXX=clang++): libFuzzer is part of clang")
    endif()
    target_compile_options(parscore_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(parscore_options INTERFACE -fsanitize=address,undefined)
endif()

# `cmake --build build --target format` applies .clang-format to every C++ source.
find_program(CLANG_FORMAT_EXECUTABLE NAMES clang-format clang-format-14)
if(CLANG_FORMAT_EXECUTABLE)
    file(GLOB_RECURSE parscore_format_sources CONFIGURE_DEPENDS
        ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/cli/*.cpp ${PROJECT_SOURCE_DIR}/cli/*.h
        ${PROJECT_SOURCE_DIR}/core/*.cpp ${PROJECT_SOURCE_DIR}/core/*.h
        ${PROJECT_SOURCE_DIR}/tests/*.cpp ${PROJECT_SOURCE_DIR}/tests/*.h)
    add_custom_target(format
        COMMAND ${CLANG_FORMAT_EXECUTABLE} -i ${parscore_format_sources}
        COMMENT "Formatting the C++ sources with clang-format"
        VERBATIM)
endif()
