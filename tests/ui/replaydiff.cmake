# SPDX-License-Identifier: GPL-3.0-or-later
# CAP-4 from the window: Replay… with its diff view, against Sockscope's echo and a Node ws server.
sockscope_add_test(tst_replaydiff SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_replaydiff.cpp
    LIBRARIES sockscope_ui sockscope_uitestsupport LABELS ui TIMEOUT 180)
