# SPDX-License-Identifier: GPL-3.0-or-later
sockscope_add_test(tst_composer SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_composer.cpp
    LIBRARIES sockscope_ui sockscope_uitestsupport LABELS ui TIMEOUT 120)
