# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 11 §3 in the window: New Proxy…, the intercept pane and injection from the composer.
sockscope_add_test(tst_interceptpane SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_interceptpane.cpp
    LIBRARIES sockscope_ui sockscope_uitestsupport Qt6::WebSockets LABELS ui TIMEOUT 120)
