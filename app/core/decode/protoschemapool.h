// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <memory>

namespace google::protobuf {
class Descriptor;
class FileDescriptor;
namespace compiler {
class DiskSourceTree;
} // namespace compiler
} // namespace google::protobuf

namespace Sockscope {

// A message read with its schema: TextFormat lines, and one line for a summary.
struct ProtoMessageText
{
    QString text;
    QString oneLine;
    QString error; // "cannot decode: …" when the payload is not such a message
};

// The .proto files the user gave, once per process, for ProtobufSchemaDecoder: files are
// compiled by libprotoc's Importer (imports found next to each file and in the import folders),
// and their message types ("package.Message") can be decoded from any thread.
class ProtoSchemaPool
{
    Q_DECLARE_TR_FUNCTIONS(Sockscope::ProtoSchemaPool)

public:
    struct LoadResult
    {
        QStringList messageTypes; // of the files given, nested types included, sorted
        QString error;            // one line: the first error ("chat.proto:3:5: …"), and how many more

        bool ok() const { return error.isEmpty(); }
    };

    static ProtoSchemaPool &instance();

    // Compiles `files` (again, if they were loaded before: they may have changed); on success
    // their message types replace any loaded ones of the same name.
    LoadResult load(const QStringList &files, const QStringList &importPaths = {});
    // Loads the files unless every one of them is loaded already (a capture's saved choice).
    LoadResult ensureLoaded(const QStringList &files, const QStringList &importPaths = {});

    QStringList messageTypes() const;
    bool hasMessageType(const QString &type) const;
    // nullopt-like: `error` set when the type is not loaded or the payload is not one.
    ProtoMessageText decode(const QString &type, QByteArrayView payload) const;

    ProtoSchemaPool();
    ~ProtoSchemaPool();
    ProtoSchemaPool(const ProtoSchemaPool &) = delete;
    ProtoSchemaPool &operator=(const ProtoSchemaPool &) = delete;

private:
    struct Schema;
    struct Type
    {
        std::shared_ptr<Schema> schema; // keeps the descriptor alive
        const google::protobuf::Descriptor *descriptor = nullptr;
    };

    static void mapFolders(google::protobuf::compiler::DiskSourceTree &tree, const QStringList &files,
                           const QStringList &importPaths);
    static const google::protobuf::FileDescriptor *importFile(Schema &schema, const QString &file);

    mutable QMutex m_mutex;
    QHash<QString, Type> m_types;
    QStringList m_loadedFiles;
};

} // namespace Sockscope
