# SPDX-License-Identifier: GPL-3.0-or-later
sockscope_add_test(tst_mainwindow SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_mainwindow.cpp LIBRARIES sockscope_ui sockscope_uitestsupport Qt6::WebSockets LABELS ui TIMEOUT 300)
target_compile_definitions(tst_mainwindow PRIVATE SOCKSCOPE_SCREENSHOT_DIR="${CMAKE_BINARY_DIR}/screenshots")
