# SPDX-License-Identifier: GPL-3.0-or-later
# UI-2 frame log: row context menu, copy formats, find without filtering, the filter bar's layout.
sockscope_add_test(tst_framelog SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_framelog.cpp
    LIBRARIES sockscope_ui LABELS ui TIMEOUT 120)
