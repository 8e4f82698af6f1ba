# One INTERFACE target carries the language standard, warnings and Qt safety macros.
# Every project target links pajapolku_settings instead of repeating them.
set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

add_library(pajapolku_settings INTERFACE)
target_compile_features(pajapolku_settings INTERFACE cxx_std_20)
target_include_directories(pajapolku_settings INTERFACE "${PROJECT_SOURCE_DIR}")
target_compile_definitions(pajapolku_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_FOREACH
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    PAJAPOLKU_VERSION="${PROJECT_VERSION}")
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(pajapolku_settings INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Wnon-virtual-dtor
        -Wcast-align -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough)
    if(PAJAPOLKU_WERROR)
        target_compile_options(pajapolku_settings INTERFACE -Werror)
    endif()
endif()
