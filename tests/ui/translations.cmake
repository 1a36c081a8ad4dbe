# SPDX-License-Identifier: GPL-3.0-or-later
# UI-9: complete translations, and the main window in German and Chinese. On since both are
# complete: a string added without its German and Chinese translation fails the suite (turn it
# off only to build a tree whose translations are knowingly behind).
option(SOCKSCOPE_TRANSLATIONS_COMPLETE "Fail, not skip, when a shipped translation is incomplete" ON)
sockscope_add_test(tst_translations SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_translations.cpp
    LIBRARIES sockscope_ui sockscope_uitestsupport LABELS "ui;translations" TIMEOUT 600)
target_compile_definitions(tst_translations PRIVATE
    SOCKSCOPE_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    SOCKSCOPE_LUPDATE="$<TARGET_FILE:Qt6::lupdate>"
    SOCKSCOPE_TRANSLATIONS_COMPLETE=$<BOOL:${SOCKSCOPE_TRANSLATIONS_COMPLETE}>)
set_property(TEST tst_translations APPEND PROPERTY ENVIRONMENT "SOCKSCOPE_SCREENSHOT_DIR=${CMAKE_BINARY_DIR}/screenshots")
