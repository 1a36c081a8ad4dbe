// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>

namespace Sockscope {

struct HttpHeader
{
    QByteArray name;
    QByteArray value;
    bool operator==(const HttpHeader &) const = default;
};

// An HTTP/1.1 request or response head (plus body for a failed upgrade), with every header
// in wire order, duplicates kept, and the exact bytes it was parsed from.
struct HttpMessage
{
    QByteArray method;  // requests
    QByteArray target;  // requests
    int statusCode = 0; // responses
    QByteArray reason;  // responses
    QByteArray version;
    QList<HttpHeader> headers;
    QByteArray body;
    QByteArray raw;

    // First value of a header, names compared case-insensitively; null when absent.
    QByteArray header(QByteArrayView name) const;
    QList<QByteArray> headerValues(QByteArrayView name) const;
    // Comma-separated elements across every occurrence of the header, trimmed.
    QList<QByteArray> headerElements(QByteArrayView name) const;
    bool hasToken(QByteArrayView name, QByteArrayView token) const;
};

// Splits a header value at commas that are not inside quoted strings.
QList<QByteArray> splitHeaderElements(QByteArrayView value);

// Incremental parser for one HTTP/1.1 message head, fed in any split. Bytes after the head
// (WebSocket frames after a 101) are left to the caller; a non-101 response also takes its
// body (Content-Length, chunked, or until the connection closes: call finish()).
class HttpParser
{
    Q_DECLARE_TR_FUNCTIONS(Sockscope::HttpParser)

public:
    enum class Kind { Request, Response };
    enum class Result { NeedMoreData, Complete, Failed };
    static constexpr qsizetype kMaxHeadSize = 64 * 1024;
    static constexpr qsizetype kMaxBodySize = 1024 * 1024;

    explicit HttpParser(Kind kind) : m_kind(kind) { }

    // Feeds bytes; `consumed` tells how many of them belong to the message.
    Result feed(QByteArrayView data, qsizetype *consumed);
    // The peer closed the connection: a body delimited by the close is complete.
    Result finish();

    const HttpMessage &message() const { return m_message; }
    QString errorString() const { return m_error; }

private:
    Result parseHead(qsizetype headSize);
    Result feedBody(QByteArrayView data, qsizetype *consumed);
    bool feedChunked(char c);
    Result fail(const QString &error);

    enum class State { Head, Body, Complete, Failed };
    enum class BodyMode { None, Length, Chunked, UntilClose };
    enum class ChunkState { SizeLine, Data, DataEnd, Trailer, Done };

    Kind m_kind;
    State m_state = State::Head;
    BodyMode m_bodyMode = BodyMode::None;
    qint64 m_bodyLength = 0;
    qint64 m_bodyReceived = 0;
    ChunkState m_chunkState = ChunkState::SizeLine;
    qint64 m_chunkRemaining = 0;
    QByteArray m_chunkLine;
    HttpMessage m_message;
    QString m_error;
};

} // namespace Sockscope
