# SPDX-License-Identifier: GPL-3.0-or-later
# Client behaviour: failed upgrades, timeouts, automatic ping, reconnect, timings, headers.
sockscope_add_test(tst_client SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_client.cpp
    LIBRARIES sockscope_net LABELS net TIMEOUT 120)
