# SPDX-License-Identifier: GPL-3.0-or-later
# UI-9: complete translations, and the main window in German and Chinese. Incomplete translations
# skip (with their counts) until the translation pass turns SOCKSCOPE_TRANSLATIONS_COMPLETE on.
option(SOCKSCOPE_TRANSLATIONS_COMPLETE "Fail, not skip, when a shipped translation is incomplete" OFF)
sockscope_add_test(tst_translations SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_translations.cpp
    LIBRARIES sockscope_ui sockscope_uitestsupport LABELS "ui;translations" TIMEOUT 600)
target_compile_definitions(tst_translations PRIVATE
    SOCKSCOPE_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    SOCKSCOPE_LUPDATE="$<TARGET_FILE:Qt6::lupdate>"
    SOCKSCOPE_TRANSLATIONS_COMPLETE=$<BOOL:${SOCKSCOPE_TRANSLATIONS_COMPLETE}>)
set_property(TEST tst_translations APPEND PROPERTY ENVIRONMENT "SOCKSCOPE_SCREENSHOT_DIR=${CMAKE_BINARY_DIR}/screenshots")
