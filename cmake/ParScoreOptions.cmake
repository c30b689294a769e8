# One INTERFACE target carries the language level, warnings and Qt safety defines, so
# every ParScore target gets the same flags and nothing is set globally.
add_library(parscore_options INTERFACE)
add_library(ParScore::options ALIAS parscore_options)

target_compile_features(parscore_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(parscore_options INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Wshadow
    $<$<BOOL:${PARSCORE_WERROR}>:-Werror>)

target_compile_definitions(parscore_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER)

if(PARSCORE_SANITIZE)
    target_compile_options(parscore_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(parscore_options INTERFACE -fsanitize=address,undefined)
endif()
