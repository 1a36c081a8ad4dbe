// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocoltext.h"

#include "jsontext.h"
#include "payloaddecoder.h"
#include "payloadpreview.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Sockscope::ProtocolText {
namespace {

// Where the JSON string starting at `open` (a quote) ends: the index of its closing quote.
qsizetype stringEnd(QByteArrayView json, qsizetype open)
{
    for (qsizetype i = open + 1; i < json.size(); ++i) {
        if (json[i] == '\\')
            ++i;
        else if (json[i] == '"')
            return i;
    }
    return json.size();
}

JsonItem splitItem(QByteArrayView item, bool isObject)
{
    item = item.trimmed();
    if (!isObject || item.isEmpty())
        return {{}, item};
    const qsizetype keyEnd = stringEnd(item, 0);
    const qsizetype colon = item.indexOf(':', keyEnd);
    return {item.sliced(1, keyEnd - 1), item.sliced(colon + 1).trimmed()};
}

// Bytes that are UTF-8 but not text to read: NUL and the other C0 controls but tab and line breaks.
bool hasControlBytes(QByteArrayView bytes)
{
    return std::any_of(bytes.begin(), bytes.end(),
                       [](char c) { return quint8(c) < 0x20 && c != '\t' && c != '\n' && c != '\r'; });
}

// How deep the arrays and objects of valid JSON nest.
int nestingDepth(QByteArrayView json)
{
    int depth = 0;
    int deepest = 0;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (c == '"')
            i = stringEnd(json, i);
        else if (c == '{' || c == '[')
            deepest = std::max(deepest, ++depth);
        else if (c == '}' || c == ']')
            --depth;
    }
    return deepest;
}

} // namespace

QString jsonError(QByteArrayView json)
{
    // Counted before parsing: Qt refuses nesting deeper than its own limit, too deep as well.
    if (nestingDepth(json) > PayloadDecoder::kMaxDepth)
        return QCoreApplication::translate("Sockscope::ProtocolText", "nested deeper than %1 levels")
                .arg(PayloadDecoder::kMaxDepth);
    QJsonParseError error;
    // Wrapped in an array, so that scalars ("hi", 3) parse as well; one element, so that "1,2"
    // is not taken for one value.
    const QJsonDocument wrapped = QJsonDocument::fromJson("[" + json.toByteArray() + "]", &error);
    if (error.error != QJsonParseError::NoError || wrapped.array().size() != 1)
        return QCoreApplication::translate("Sockscope::ProtocolText", "not JSON");
    return {};
}

QList<JsonItem> jsonItems(QByteArrayView json)
{
    json = json.trimmed();
    QList<JsonItem> items;
    if (json.size() < 2 || (json.front() != '{' && json.front() != '['))
        return items;
    const bool isObject = json.front() == '{';
    int depth = 0;
    qsizetype itemStart = 1;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (c == '"') {
            i = stringEnd(json, i);
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if ((c == '}' || c == ']') && --depth == 0) {
            if (!json.sliced(itemStart, i - itemStart).trimmed().isEmpty())
                items.append(splitItem(json.sliced(itemStart, i - itemStart), isObject));
        } else if (c == ',' && depth == 1) {
            items.append(splitItem(json.sliced(itemStart, i - itemStart), isObject));
            itemStart = i + 1;
        }
    }
    return items;
}

std::optional<QByteArrayView> jsonMember(QByteArrayView validObject, QByteArrayView key)
{
    for (const JsonItem &item : jsonItems(validObject)) {
        if (item.key == key)
            return item.value;
    }
    return std::nullopt;
}

std::optional<QString> jsonString(QByteArrayView json)
{
    json = json.trimmed();
    if (json.isEmpty() || json.front() != '"')
        return std::nullopt;
    const QJsonDocument wrapped = QJsonDocument::fromJson("[" + json.toByteArray() + "]");
    return wrapped.array().at(0).toString();
}

QString compactJson(QByteArrayView validJson)
{
    return QString::fromUtf8(JsonText::compact(validJson, PayloadDecoder::kMaxDepth).value_or(QByteArray()));
}

QString indentedJson(QByteArrayView validJson)
{
    const auto indented = JsonText::indented(validJson, PayloadDecoder::kMaxDepth).value_or(QByteArray());
    return QString::fromUtf8(indented.left(PayloadDecoder::kMaxOutput));
}

QString indentedBlock(const QString &text)
{
    QString block = QStringLiteral("    ") + text;
    block.replace(QLatin1Char('\n'), QStringLiteral("\n    "));
    return block;
}

QString wrongSenderNote(SentBy allowed, DecodeContext::Sender sender, const QString &what)
{
    if (allowed == SentBy::Client && sender == DecodeContext::Sender::Server)
        return QCoreApplication::translate("Sockscope::ProtocolText", "Only the client sends %1.").arg(what);
    if (allowed == SentBy::Server && sender == DecodeContext::Sender::Client)
        return QCoreApplication::translate("Sockscope::ProtocolText", "Only the server sends %1.").arg(what);
    return {};
}

QString summaryLine(const QString &summary)
{
    return textPreview(summary.toUtf8(), PreviewStyle::Log);
}

QString bytesText(QByteArrayView bytes)
{
    const qsizetype shown = std::min(bytes.size(), PayloadDecoder::kMaxOutput / 3);
    if (!isUtf8Text(bytes.first(shown)) || hasControlBytes(bytes.first(shown)))
        return hexPreview(bytes, PreviewStyle::Log, shown);
    const QString text = QString::fromUtf8(bytes.first(shown));
    return shown < bytes.size() ? text + QStringLiteral(" …") : text;
}

QString bytesWord(qsizetype size)
{
    return size == 1 ? QCoreApplication::translate("Sockscope::ProtocolText", "1 byte")
                     : QCoreApplication::translate("Sockscope::ProtocolText", "%1 bytes").arg(size);
}

QString byteCount(qsizetype size)
{
    return QCoreApplication::translate("Sockscope::ProtocolText", "(%1 B)").arg(size);
}

QString boundedText(const QString &text)
{
    return text.left(PayloadDecoder::kMaxOutput);
}

} // namespace Sockscope::ProtocolText
