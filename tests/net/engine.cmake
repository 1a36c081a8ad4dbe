# SPDX-License-Identifier: GPL-3.0-or-later
# Client behaviour: failed upgrades, timeouts, automatic ping (and a hung peer), reconnect, timings, headers.
sockscope_add_test(tst_client SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_client.cpp
    LIBRARIES sockscope_net sockscope_testsupport LABELS net TIMEOUT 120)
# REL: 1 000 clients on a recording echo server, descriptors running out, a full disk, a
# slowloris; end to end with the sockscope binary and Node ws clients.
sockscope_add_test(tst_load SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_load.cpp
    LIBRARIES sockscope_capture sockscope_testsupport Qt6::WebSockets LABELS net TIMEOUT 300)
add_dependencies(tst_load sockscope)
# Workspace: a recording failure is reported even when no event follows it.
sockscope_add_test(tst_workspace SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_workspace.cpp
    LIBRARIES sockscope_net LABELS net TIMEOUT 60)
