# SPDX-License-Identifier: GPL-3.0-or-later
# UI-1 dialogs: new connection, new server, saved profiles.
sockscope_add_test(tst_dialogs SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_dialogs.cpp
    LIBRARIES sockscope_ui sockscope_uitestsupport LABELS ui TIMEOUT 120)
# File → Export with redaction (the export dialog and the copy the main window writes).
sockscope_add_test(tst_export SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_export.cpp
    LIBRARIES sockscope_ui LABELS ui TIMEOUT 120)
