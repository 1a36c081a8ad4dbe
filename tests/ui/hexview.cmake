# SPDX-License-Identifier: GPL-3.0-or-later
# UI-4 hex decoder: layout decoding and geometry, and the widget driven by real input events.
sockscope_add_test(tst_hexview SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_hexview.cpp
    LIBRARIES sockscope_ui sockscope_uitestsupport LABELS ui TIMEOUT 120)
