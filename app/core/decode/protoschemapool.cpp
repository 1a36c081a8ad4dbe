// SPDX-License-Identifier: GPL-3.0-or-later
#include "protoschemapool.h"

#include "payloaddecoder.h"
#include "protocoltext.h"

#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>

#include <google/protobuf/compiler/importer.h>
#include <google/protobuf/dynamic_message.h>
#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/text_format.h>

namespace Sockscope {
namespace {

namespace pb = google::protobuf;

// String and bytes fields are cut here in the text: one field should not fill the pane.
constexpr qint64 kMaxShownStringBytes = 64 * 1024;

// What the Importer reports, as "file:line:column: message" lines.
class ErrorLines : public pb::compiler::MultiFileErrorCollector
{
public:
    void AddError(const std::string &file, int line, int column, const std::string &message) override
    {
        const QString where = QString::fromStdString(file);
        const QString what = QString::fromStdString(message);
        // The Importer counts lines and columns from 0, and says -1 for a whole file.
        if (line < 0)
            lines.append(QStringLiteral("%1: %2").arg(where, what));
        else
            lines.append(QStringLiteral("%1:%2:%3: %4").arg(where).arg(line + 1).arg(column + 1).arg(what));
    }

    QStringList lines;
};

QString oneLine(const QStringList &errors)
{
    if (errors.size() <= 1)
        return errors.value(0);
    return ProtoSchemaPool::tr("%1 (and %n more error(s))", nullptr, int(errors.size() - 1)).arg(errors.first());
}

// The message types a file defines, nested ones included, without the entries protoc
// generates for map fields.
void collectTypes(const pb::Descriptor *descriptor, QList<const pb::Descriptor *> *types)
{
    if (descriptor->options().map_entry())
        return;
    types->append(descriptor);
    for (int i = 0; i < descriptor->nested_type_count(); ++i)
        collectTypes(descriptor->nested_type(i), types);
}

// What libprotobuf last logged on this thread (it says why a string field is rejected); kept
// instead of written to stderr, where the CLI's output would get it.
thread_local std::string t_lastLog;

void rememberLog(pb::LogLevel, const char *, int, const std::string &message)
{
    t_lastLog = message;
}

QString absolute(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

struct ProtoSchemaPool::Schema
{
    pb::compiler::DiskSourceTree sourceTree;
    ErrorLines errors;
    pb::compiler::Importer importer{&sourceTree, &errors};
    pb::DynamicMessageFactory factory; // after the importer: destroyed before the descriptors
};

// Each file's own folder first, so that a file of the same name in an import folder does not
// hide it; imports are then looked up there and in the import folders, in order.
void ProtoSchemaPool::mapFolders(pb::compiler::DiskSourceTree &tree, const QStringList &files,
                                 const QStringList &importPaths)
{
    QStringList roots;
    for (const QString &file : files)
        roots.append(QFileInfo(file).absolutePath());
    for (const QString &path : importPaths)
        roots.append(QDir(path).absolutePath());
    roots.removeDuplicates();
    for (const QString &root : std::as_const(roots))
        tree.MapPath("", root.toStdString());
}

// The file compiled with what it imports; nullptr with the reason in the schema's errors.
const pb::FileDescriptor *ProtoSchemaPool::importFile(Schema &schema, const QString &file)
{
    std::string virtualFile;
    std::string shadowing;
    const auto found = schema.sourceTree.DiskFileToVirtualFile(absolute(file).toStdString(), &virtualFile, &shadowing);
    if (found == pb::compiler::DiskSourceTree::SHADOWED) {
        schema.errors.lines.append(tr("%1: hidden by %2 of the same name in an import folder")
                                           .arg(file, QString::fromStdString(shadowing)));
        return nullptr;
    }
    if (found != pb::compiler::DiskSourceTree::SUCCESS) {
        schema.errors.lines.append(tr("%1: cannot be read").arg(file));
        return nullptr;
    }
    return schema.importer.Import(virtualFile);
}

ProtoSchemaPool::ProtoSchemaPool()
{
    pb::SetLogHandler(&rememberLog);
}

ProtoSchemaPool::~ProtoSchemaPool() = default;

ProtoSchemaPool &ProtoSchemaPool::instance()
{
    static ProtoSchemaPool pool;
    return pool;
}

ProtoSchemaPool::LoadResult ProtoSchemaPool::load(const QStringList &files, const QStringList &importPaths)
{
    LoadResult result;
    if (files.isEmpty()) {
        result.error = tr("no .proto file given");
        return result;
    }
    auto schema = std::make_shared<Schema>();
    mapFolders(schema->sourceTree, files, importPaths);
    QList<const pb::Descriptor *> types;
    for (const QString &file : files) {
        if (const pb::FileDescriptor *descriptor = importFile(*schema, file)) {
            for (int i = 0; i < descriptor->message_type_count(); ++i)
                collectTypes(descriptor->message_type(i), &types);
        }
    }
    if (!schema->errors.lines.isEmpty()) {
        result.error = oneLine(schema->errors.lines);
        return result;
    }

    QMutexLocker locker(&m_mutex);
    for (const pb::Descriptor *descriptor : std::as_const(types)) {
        const QString name = QString::fromStdString(descriptor->full_name());
        m_types.insert(name, {schema, descriptor});
        result.messageTypes.append(name);
    }
    for (const QString &file : files)
        m_loadedFiles.append(absolute(file));
    m_loadedFiles.removeDuplicates();
    result.messageTypes.sort();
    return result;
}

ProtoSchemaPool::LoadResult ProtoSchemaPool::ensureLoaded(const QStringList &files, const QStringList &importPaths)
{
    {
        QMutexLocker locker(&m_mutex);
        if (!files.isEmpty() && std::all_of(files.begin(), files.end(), [this](const QString &file) {
                return m_loadedFiles.contains(absolute(file));
            }))
            return {};
    }
    return load(files, importPaths);
}

QStringList ProtoSchemaPool::messageTypes() const
{
    QMutexLocker locker(&m_mutex);
    QStringList types = m_types.keys();
    types.sort();
    return types;
}

bool ProtoSchemaPool::hasMessageType(const QString &type) const
{
    QMutexLocker locker(&m_mutex);
    return m_types.contains(type);
}

ProtoMessageText ProtoSchemaPool::decode(const QString &type, QByteArrayView payload) const
{
    Type found;
    {
        QMutexLocker locker(&m_mutex);
        found = m_types.value(type);
    }
    ProtoMessageText result;
    if (!found.descriptor) {
        result.error = tr("the message type %1 is not loaded").arg(type);
        return result;
    }
    // The prototype is made once per type; the factory is thread-safe for this.
    std::unique_ptr<pb::Message> message(found.schema->factory.GetPrototype(found.descriptor)->New());
    pb::io::CodedInputStream input(reinterpret_cast<const std::uint8_t *>(payload.data()), int(payload.size()));
    input.SetRecursionLimit(PayloadDecoder::kMaxDepth);
    t_lastLog.clear();
    if (!message->MergePartialFromCodedStream(&input) || !input.ConsumedEntireMessage()) {
        result.error = t_lastLog.empty()
                ? tr("not a %1 message: the bytes end or break off at byte %2").arg(type).arg(input.CurrentPosition())
                : tr("not a %1 message: %2").arg(type, QString::fromStdString(t_lastLog).trimmed());
        return result;
    }
    pb::TextFormat::Printer printer;
    printer.SetUseUtf8StringEscaping(true);
    printer.SetTruncateStringFieldLongerThan(kMaxShownStringBytes);
    std::string text;
    printer.PrintToString(*message, &text);
    printer.SetSingleLineMode(true);
    std::string line;
    printer.PrintToString(*message, &line);
    result.text = ProtocolText::boundedText(QString::fromStdString(text));
    if (!message->IsInitialized())
        result.text =
                tr("Missing required fields: %1").arg(QString::fromStdString(message->InitializationErrorString()))
                + QStringLiteral("\n") + result.text;
    result.oneLine = QString::fromStdString(line.substr(0, 4096)).trimmed();
    return result;
}

} // namespace Sockscope
