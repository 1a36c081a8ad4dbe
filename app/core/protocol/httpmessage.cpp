// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpmessage.h"

namespace Sockscope {

QByteArray HttpMessage::header(QByteArrayView name) const
{
    for (const HttpHeader &h : headers) {
        if (name.compare(h.name, Qt::CaseInsensitive) == 0)
            return h.value;
    }
    return {};
}

QList<QByteArray> HttpMessage::headerValues(QByteArrayView name) const
{
    QList<QByteArray> values;
    for (const HttpHeader &h : headers) {
        if (name.compare(h.name, Qt::CaseInsensitive) == 0)
            values.append(h.value);
    }
    return values;
}

QList<QByteArray> HttpMessage::headerElements(QByteArrayView name) const
{
    QList<QByteArray> elements;
    for (const QByteArray &value : headerValues(name))
        elements += splitHeaderElements(value);
    return elements;
}

bool HttpMessage::hasToken(QByteArrayView name, QByteArrayView token) const
{
    for (const QByteArray &element : headerElements(name)) {
        if (token.compare(element, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QList<QByteArray> splitHeaderElements(QByteArrayView value)
{
    QList<QByteArray> elements;
    bool quoted = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= value.size(); ++i) {
        if (i < value.size()) {
            const char c = value[i];
            if (c == '"')
                quoted = !quoted;
            else if (c == '\\' && quoted)
                ++i;
            if (c != ',' || quoted)
                continue;
        }
        const QByteArray element = value.sliced(start, qMin(i, value.size()) - start).trimmed().toByteArray();
        if (!element.isEmpty())
            elements.append(element);
        start = i + 1;
    }
    return elements;
}

HttpParser::Result HttpParser::feed(QByteArrayView data, qsizetype *consumed)
{
    *consumed = 0;
    if (m_state == State::Head) {
        // The terminator may straddle two feeds: search from a few bytes back.
        const qsizetype previousSize = m_message.raw.size();
        const qsizetype searchFrom = qMax<qsizetype>(0, previousSize - 3);
        m_message.raw.append(data.first(qMin(data.size(), kMaxHeadSize + 4 - previousSize)));
        const qsizetype end = m_message.raw.indexOf("\r\n\r\n", searchFrom);
        if (end < 0) {
            *consumed = data.size();
            if (m_message.raw.size() > kMaxHeadSize)
                return fail(tr("HTTP head exceeds %1 bytes").arg(kMaxHeadSize));
            return Result::NeedMoreData;
        }
        const qsizetype headSize = end + 4;
        if (headSize > kMaxHeadSize)
            return fail(tr("HTTP head exceeds %1 bytes").arg(kMaxHeadSize));
        *consumed = headSize - previousSize;
        m_message.raw.truncate(headSize);
        if (parseHead(headSize) == Result::Failed)
            return Result::Failed;
        if (m_state == State::Complete)
            return Result::Complete;
        data = data.sliced(*consumed);
        qsizetype bodyConsumed = 0;
        const Result result = feedBody(data, &bodyConsumed);
        *consumed += bodyConsumed;
        return result;
    }
    if (m_state == State::Body)
        return feedBody(data, consumed);
    return m_state == State::Complete ? Result::Complete : Result::Failed;
}

HttpParser::Result HttpParser::parseHead(qsizetype headSize)
{
    const QList<QByteArray> lines = m_message.raw.first(headSize - 4).split('\n');
    auto stripCr = [](QByteArray line) {
        if (line.endsWith('\r'))
            line.chop(1);
        return line;
    };
    const QByteArray startLine = stripCr(lines.first());
    const QList<QByteArray> parts = startLine.split(' ');
    if (m_kind == Kind::Request) {
        if (parts.size() != 3 || !parts[2].startsWith("HTTP/"))
            return fail(tr("malformed HTTP request line: %1").arg(QString::fromLatin1(startLine.left(120))));
        m_message.method = parts[0];
        m_message.target = parts[1];
        m_message.version = parts[2];
    } else {
        bool ok = false;
        const int status = parts.size() >= 2 ? parts[1].toInt(&ok) : 0;
        if (!parts[0].startsWith("HTTP/") || !ok || status < 100 || status > 999)
            return fail(tr("malformed HTTP status line: %1").arg(QString::fromLatin1(startLine.left(120))));
        m_message.version = parts[0];
        m_message.statusCode = status;
        const qsizetype reasonStart = startLine.indexOf(' ', parts[0].size() + 1);
        m_message.reason = reasonStart < 0 ? QByteArray() : startLine.mid(reasonStart + 1);
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = stripCr(lines[i]);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return fail(tr("malformed HTTP header line: %1").arg(QString::fromLatin1(line.left(120))));
        m_message.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }

    if (m_kind == Kind::Request || m_message.statusCode == 101 || m_message.statusCode == 204
        || m_message.statusCode == 304 || m_message.statusCode < 200) {
        m_state = State::Complete;
        return Result::Complete;
    }
    m_state = State::Body;
    const QByteArray length = m_message.header("Content-Length");
    if (m_message.hasToken("Transfer-Encoding", "chunked")) {
        m_bodyMode = BodyMode::Chunked;
    } else if (!length.isNull()) {
        bool ok = false;
        m_bodyLength = length.toLongLong(&ok);
        if (!ok || m_bodyLength < 0)
            return fail(tr("invalid Content-Length: %1").arg(QString::fromLatin1(length)));
        m_bodyMode = BodyMode::Length;
    } else {
        m_bodyMode = BodyMode::UntilClose;
    }
    return Result::NeedMoreData;
}

HttpParser::Result HttpParser::feedBody(QByteArrayView data, qsizetype *consumed)
{
    qsizetype take = data.size();
    bool complete = false;
    if (m_bodyMode == BodyMode::Length) {
        take = qsizetype(qMin<qint64>(take, m_bodyLength - m_bodyReceived));
        complete = m_bodyReceived + take >= m_bodyLength;
    } else if (m_bodyMode == BodyMode::Chunked) {
        take = 0;
        while (take < data.size() && !complete) {
            if (!feedChunked(data[take++]))
                return fail(tr("malformed chunked body"));
            complete = m_chunkState == ChunkState::Done;
        }
    }
    // Bodies of failed upgrades are kept for display as received; past the cap they are
    // still parsed, to know where they end, but no longer stored.
    const qsizetype room = qsizetype(qMax<qint64>(0, kMaxBodySize - m_bodyReceived));
    m_message.body.append(data.first(qMin(take, room)));
    m_message.raw.append(data.first(qMin(take, room)));
    m_bodyReceived += take;
    *consumed = take;
    if (!complete)
        return Result::NeedMoreData;
    m_state = State::Complete;
    return Result::Complete;
}

// One byte of a chunked body (RFC 9112 §7.1): size line, data, CRLF, ..., last chunk, trailers.
bool HttpParser::feedChunked(char c)
{
    constexpr qsizetype kMaxLine = 8192;
    switch (m_chunkState) {
    case ChunkState::SizeLine:
    case ChunkState::Trailer:
        if (c != '\n') {
            if (m_chunkLine.size() >= kMaxLine)
                return false;
            m_chunkLine.append(c);
            return true;
        }
        if (m_chunkLine.endsWith('\r'))
            m_chunkLine.chop(1);
        if (m_chunkState == ChunkState::Trailer) {
            if (m_chunkLine.isEmpty())
                m_chunkState = ChunkState::Done;
        } else {
            const qsizetype extension = m_chunkLine.indexOf(';');
            bool ok = false;
            m_chunkRemaining =
                    m_chunkLine.left(extension < 0 ? m_chunkLine.size() : extension).trimmed().toLongLong(&ok, 16);
            if (!ok || m_chunkRemaining < 0)
                return false;
            m_chunkState = m_chunkRemaining == 0 ? ChunkState::Trailer : ChunkState::Data;
        }
        m_chunkLine.clear();
        return true;
    case ChunkState::Data:
        if (--m_chunkRemaining == 0)
            m_chunkState = ChunkState::DataEnd;
        return true;
    case ChunkState::DataEnd:
        // The CRLF after the data; a bare LF is tolerated.
        if (c == '\r')
            return true;
        if (c != '\n')
            return false;
        m_chunkState = ChunkState::SizeLine;
        return true;
    case ChunkState::Done:
        return true;
    }
    return false;
}

HttpParser::Result HttpParser::finish()
{
    if (m_state == State::Body) {
        m_state = State::Complete;
        return Result::Complete;
    }
    if (m_state == State::Head)
        return fail(tr("connection closed before the HTTP head was complete"));
    return m_state == State::Complete ? Result::Complete : Result::Failed;
}

HttpParser::Result HttpParser::fail(const QString &error)
{
    m_state = State::Failed;
    m_error = error;
    return Result::Failed;
}

} // namespace Sockscope
