# SPDX-License-Identifier: GPL-3.0-or-later
# UI-7 plots: the plotted series of known traffic and of a capture, the range linked to the log.
sockscope_add_test(tst_plots SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_plots.cpp LIBRARIES sockscope_ui Qt6::WebSockets
    LABELS ui TIMEOUT 180)
target_compile_definitions(tst_plots PRIVATE SOCKSCOPE_SCREENSHOT_DIR="${CMAKE_BINARY_DIR}/screenshots")
