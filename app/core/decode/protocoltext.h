// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payloaddecoder.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace Sockscope {

// What the protocol decoders (Socket.IO, GraphQL, STOMP, MQTT) share to lay out their text:
// JSON members read as views into the payload (key order and values kept, as JsonDecoder
// keeps them), one-line summaries and byte previews.
namespace ProtocolText {

// One top-level member of a JSON object (`key` is the raw text between its quotes) or element
// of a JSON array (`key` empty); `value` is the member's JSON text.
struct JsonItem
{
    QByteArrayView key;
    QByteArrayView value;
};

// Why `json` is not one valid JSON value no deeper than PayloadDecoder::kMaxDepth ("not JSON",
// "nested deeper than 64 levels"); empty when it is.
QString jsonError(QByteArrayView json);
inline bool isValidJson(QByteArrayView json)
{
    return jsonError(json).isEmpty();
}
// The members or elements of valid JSON (see isValidJson); empty for scalars.
QList<JsonItem> jsonItems(QByteArrayView validJson);
std::optional<QByteArrayView> jsonMember(QByteArrayView validObject, QByteArrayView key);
// A JSON string's value, nullopt when `json` is not a string.
std::optional<QString> jsonString(QByteArrayView json);
// Valid JSON, one line without spaces, or four-space indented.
QString compactJson(QByteArrayView validJson);
QString indentedJson(QByteArrayView validJson);
// Indents every line of `text` by four spaces (a block under a "Field:" line).
QString indentedBlock(const QString &text);

// Which ends of a connection a protocol lets send a message type.
enum class SentBy { Client, Server, Either };
// "Only the server sends CONNACK." when the message came from the other end; empty otherwise.
QString wrongSenderNote(SentBy allowed, DecodeContext::Sender sender, const QString &what);

// A summary cut for the log's preview column: one line, white space folded.
QString summaryLine(const QString &summary);
// A byte payload inside a packet: text when it is UTF-8, hex otherwise, cut at kMaxOutput.
QString bytesText(QByteArrayView bytes);
// "1 byte", "12 bytes".
QString bytesWord(qsizetype size);
// "(12 B)": a body's size in a summary.
QString byteCount(qsizetype size);
// `text` cut at PayloadDecoder::kMaxOutput characters.
QString boundedText(const QString &text);

} // namespace ProtocolText
} // namespace Sockscope
