# SPDX-License-Identifier: GPL-3.0-or-later
# UI-1 connection tree: readable names, compact columns, tooltips, recorded entries.
sockscope_add_test(tst_connectionsview SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_connectionsview.cpp
    LIBRARIES sockscope_ui LABELS ui TIMEOUT 120)
