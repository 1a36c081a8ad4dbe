// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decode/decoderchoice.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLineEdit;
class QListWidget;

namespace Sockscope {

class FormMessage;

// "Decode as → Protocol Buffers (with .proto)…": the user adds .proto files (and folders their
// imports are found in), sees what libprotoc says is wrong with them, and picks the message
// type. Files are compiled through ProtoSchemaPool, so the decoder can use them at once. The
// import folders are remembered in QSettings ("decoders/protoImportFolders"): a DecoderChoice
// keeps only the files.
class ProtoSchemaDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProtoSchemaDialog(const DecoderChoice &current, QWidget *parent = nullptr);

    // DecoderChoice{"protobuf-schema", type, files}; nullopt when the user cancelled.
    static std::optional<DecoderChoice> choose(QWidget *parent, const DecoderChoice &current);

    DecoderChoice choice() const;
    void addFiles(const QStringList &files);
    void addImportFolder(const QString &folder);
    void accept() override;

private:
    void createWidgets();
    void layOutDialog();
    void browseFiles();
    void browseImportFolder();
    void removeSelected();
    // Compiles the files again: the error shown, or the message types listed.
    void reload();
    void filterTypes();
    void updateOk();

    QStringList m_files;
    QStringList m_importFolders;
    QString m_wantedType;
    QListWidget *m_fileList = nullptr;
    QListWidget *m_typeList = nullptr;
    QLineEdit *m_filter = nullptr;
    FormMessage *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Sockscope
