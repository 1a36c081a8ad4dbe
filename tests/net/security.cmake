# SPDX-License-Identifier: GPL-3.0-or-later
# TLS (openssl-generated CA), HTTP CONNECT/SOCKS5 proxies (tinyproxy, danted) and RFC 6455/7692
# violations sent by a raw peer. Each test starts and stops its own peers on 127.0.0.1.
sockscope_add_test(tst_tls
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_tls.cpp
    LIBRARIES sockscope_net sockscope_nettestsupport Qt6::WebSockets
    LABELS net TIMEOUT 180)
# The CLI cases run the sockscope binary.
add_dependencies(tst_tls sockscope)

sockscope_add_test(tst_proxy
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_proxy.cpp
    LIBRARIES sockscope_net sockscope_nettestsupport Qt6::WebSockets
    LABELS net TIMEOUT 180)
add_dependencies(tst_proxy sockscope)

# The WebSocket proxy (issue 11) between Node and Python peers, and its CLI.
sockscope_add_test(tst_wsproxy
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_wsproxy.cpp
    LIBRARIES sockscope_net sockscope_interopsupport SQLite::SQLite3
    LABELS net TIMEOUT 300)
add_dependencies(tst_wsproxy sockscope)

# zlib builds the compressed bomb without holding its inflated size in memory.
sockscope_add_test(tst_violations
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_violations.cpp
    LIBRARIES sockscope_net sockscope_testsupport Qt6::WebSockets ZLIB::ZLIB
    LABELS net TIMEOUT 180)
