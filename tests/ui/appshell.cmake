# SPDX-License-Identifier: GPL-3.0-or-later
# UI-8 desktop conventions: icons from the palette, toolbars, About, shortcuts, user guide, settings.
sockscope_add_test(tst_appshell SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_appshell.cpp
    LIBRARIES sockscope_ui sockscope_uitestsupport LABELS ui TIMEOUT 300)
target_compile_definitions(tst_appshell PRIVATE SOCKSCOPE_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
set_property(TEST tst_appshell APPEND PROPERTY ENVIRONMENT "SOCKSCOPE_SCREENSHOT_DIR=${CMAKE_BINARY_DIR}/screenshots")
