# SPDX-License-Identifier: GPL-3.0-or-later
# CAP-5 from the window: Serve as Mock Server… on an opened capture and on a recorded connection.
sockscope_add_test(tst_mockserver SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_mockserver.cpp
    LIBRARIES sockscope_ui sockscope_uitestsupport Qt6::WebSockets LABELS ui TIMEOUT 120)
