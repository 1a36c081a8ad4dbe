# SPDX-License-Identifier: GPL-3.0-or-later
# UI-3 handshake view, fed with recorded handshake events.
sockscope_add_test(tst_handshakeview SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_handshakeview.cpp
    LIBRARIES sockscope_ui sockscope_uitestsupport LABELS ui TIMEOUT 120)
