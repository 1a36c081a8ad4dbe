# SPDX-License-Identifier: GPL-3.0-or-later
# UI-5 decoder pane: JSON tree, Decode as…, decoded search, screenshots of every decoder view.
sockscope_add_test(tst_decoderpane SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_decoderpane.cpp
    LIBRARIES sockscope_ui sockscope_uitestsupport LABELS ui TIMEOUT 300)
# UI-5 protobuf schema dialog: .proto files through ProtoSchemaPool, errors, message types.
sockscope_add_test(tst_protoschemadialog SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_protoschemadialog.cpp
    LIBRARIES sockscope_ui sockscope_uitestsupport LABELS ui TIMEOUT 120)
