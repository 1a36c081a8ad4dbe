// SPDX-License-Identifier: GPL-3.0-or-later
#include "harformat.h"

#include "capturereader.h"
#include "decode/payloadpreview.h"
#include "protocol/closecode.h"
#include "protocol/frameencoder.h"
#include "protocol/httpmessage.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <optional>

namespace Sockscope {
namespace {

constexpr qint64 kNsPerSecond = 1000000000;

// Times a HAR may hold that nanoseconds since 1970 cannot (before 1677 or after 2262) are
// clamped to the nearest there is, so they keep their order instead of overflowing.
qint64 nsFromSeconds(double seconds)
{
    constexpr double kLimit = 9.2e18;
    const double ns = seconds * double(kNsPerSecond);
    return std::isnan(ns) ? 0 : qint64(std::clamp(ns, -kLimit, kLimit));
}

qint64 nsFromMSecs(qint64 msecs)
{
    constexpr qint64 kNsPerMSec = 1000000;
    constexpr qint64 kLimit = std::numeric_limits<qint64>::max() / kNsPerMSec;
    return std::clamp(msecs, -kLimit, kLimit) * kNsPerMSec;
}

double secondsOf(qint64 ns)
{
    return double(ns) / double(kNsPerSecond);
}

// Chrome's type: "send" is what the client sent, whichever side we recorded.
QString messageType(const QString &role, Direction direction)
{
    const bool fromClient = (role == QLatin1String("server")) == (direction == Direction::Incoming);
    return fromClient ? QStringLiteral("send") : QStringLiteral("receive");
}

Direction directionOf(const QString &role, const QString &type)
{
    const bool fromClient = type == QLatin1String("send");
    return (role == QLatin1String("server")) == fromClient ? Direction::Incoming : Direction::Outgoing;
}

QJsonArray headersOf(const HttpMessage &message)
{
    QJsonArray headers;
    for (const HttpHeader &h : message.headers)
        headers.append(QJsonObject{{QStringLiteral("name"), QString::fromLatin1(h.name)},
                                   {QStringLiteral("value"), QString::fromLatin1(h.value)}});
    return headers;
}

HttpMessage parseHead(const QByteArray &raw, HttpParser::Kind kind)
{
    HttpParser parser(kind);
    qsizetype consumed = 0;
    parser.feed(raw, &consumed);
    parser.finish();
    return parser.message();
}

qint64 timeNsOf(const QJsonObject &message)
{
    bool ok = false;
    const qint64 exact = message.value(QLatin1String("_sockscopeTimeNs")).toString().toLongLong(&ok);
    return ok ? exact : nsFromSeconds(message.value(QLatin1String("time")).toDouble());
}

// One WebSocket connection on its way into a HAR entry.
struct EntryBuilder
{
    ConnectionInfo connection;
    QByteArray request;
    QByteArray response;
    int status = 0;
    qint64 startedNs = 0;
    QJsonArray messages;
    QJsonArray controlFrames;
    QJsonObject close;
    std::map<Direction, QByteArray> partial; // data message being reassembled per direction
    std::map<Direction, int> partialOpcode;
    std::map<Direction, qint64> partialStartNs;

    void addFrame(const Event &event)
    {
        const FrameHeader &f = event.frame;
        const QString type = messageType(connection.role, event.direction);
        if (f.isControl()) {
            QJsonObject control{{QStringLiteral("type"), type},
                                {QStringLiteral("time"), secondsOf(event.timestampNs)},
                                {QStringLiteral("_sockscopeTimeNs"), QString::number(event.timestampNs)},
                                {QStringLiteral("opcode"), f.opcode},
                                {QStringLiteral("data"), QString::fromLatin1(event.payload.toBase64())}};
            controlFrames.append(control);
            return;
        }
        QByteArray &buffer = partial[event.direction];
        if (f.opcode != 0) {
            buffer.clear();
            partialOpcode[event.direction] = f.opcode;
            partialStartNs[event.direction] = event.timestampNs;
        }
        buffer += event.compressed ? event.inflated : event.payload;
        if (!f.fin)
            return;
        const int opcode = partialOpcode[event.direction];
        const bool text = opcode == 1 && isUtf8Text(buffer);
        messages.append(QJsonObject{
                {QStringLiteral("type"), type},
                {QStringLiteral("time"), secondsOf(partialStartNs[event.direction])},
                {QStringLiteral("opcode"), opcode},
                {QStringLiteral("data"), text ? QString::fromUtf8(buffer) : QString::fromLatin1(buffer.toBase64())},
                {QStringLiteral("_sockscopeTimeNs"), QString::number(partialStartNs[event.direction])},
        });
        buffer.clear();
    }

    // HTTP Toolkit's form of the close: code, reason and time in seconds, or "aborted" when the
    // connection ended without a closing handshake.
    QJsonValue webSocketClose() const
    {
        const int code = close.value(QLatin1String("code")).toInt();
        if (code == int(CloseCode::AbnormalClosure))
            return QStringLiteral("aborted");
        return QJsonObject{{QStringLiteral("code"), code},
                           {QStringLiteral("reason"), close.value(QLatin1String("reason"))},
                           {QStringLiteral("timestamp"), secondsOf(timeNsOf(close))}};
    }

    QJsonObject entry() const
    {
        const HttpMessage req = parseHead(request, HttpParser::Kind::Request);
        const HttpMessage resp = parseHead(response, HttpParser::Kind::Response);
        const QString url = connection.url.isEmpty()
                ? QStringLiteral("ws://") + QString::fromLatin1(req.header("Host")) + QString::fromLatin1(req.target)
                : connection.url;
        QJsonObject requestObject{{QStringLiteral("method"), QStringLiteral("GET")},
                                  {QStringLiteral("url"), url},
                                  {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
                                  {QStringLiteral("headers"), headersOf(req)},
                                  {QStringLiteral("queryString"), QJsonArray()},
                                  {QStringLiteral("cookies"), QJsonArray()},
                                  {QStringLiteral("headersSize"), request.isEmpty() ? -1 : int(request.size())},
                                  {QStringLiteral("bodySize"), 0}};
        QJsonObject responseObject{
                {QStringLiteral("status"), status},
                {QStringLiteral("statusText"), QString::fromLatin1(resp.reason)},
                {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
                {QStringLiteral("headers"), headersOf(resp)},
                {QStringLiteral("cookies"), QJsonArray()},
                {QStringLiteral("content"),
                 QJsonObject{{QStringLiteral("size"), int(resp.body.size())},
                             {QStringLiteral("mimeType"), QStringLiteral("x-unknown")},
                             {QStringLiteral("text"), QString::fromUtf8(resp.body)}}},
                {QStringLiteral("redirectURL"), QString()},
                {QStringLiteral("headersSize"), response.isEmpty() ? -1 : int(response.size() - resp.body.size())},
                {QStringLiteral("bodySize"), int(resp.body.size())}};
        const ConnectionTimings &t = connection.timings;
        auto ms = [](qint64 us) { return us < 0 ? -1.0 : double(us) / 1000.0; };
        QJsonObject entry{
                {QStringLiteral("_resourceType"), QStringLiteral("websocket")},
                {QStringLiteral("startedDateTime"),
                 QDateTime::fromMSecsSinceEpoch(startedNs / 1000000, Qt::UTC).toString(Qt::ISODateWithMs)},
                {QStringLiteral("time"),
                 qMax(0.0, ms(t.dnsUs)) + qMax(0.0, ms(t.tcpConnectUs)) + qMax(0.0, ms(t.tlsUs))
                         + qMax(0.0, ms(t.upgradeUs))},
                {QStringLiteral("request"), requestObject},
                {QStringLiteral("response"), responseObject},
                {QStringLiteral("cache"), QJsonObject()},
                {QStringLiteral("timings"),
                 QJsonObject{{QStringLiteral("blocked"), -1},
                             {QStringLiteral("dns"), ms(t.dnsUs)},
                             {QStringLiteral("connect"), ms(t.tcpConnectUs)},
                             {QStringLiteral("ssl"), ms(t.tlsUs)},
                             {QStringLiteral("send"), 0},
                             {QStringLiteral("wait"), qMax(0.0, ms(t.upgradeUs))},
                             {QStringLiteral("receive"), 0}}},
                {QStringLiteral("serverIPAddress"), QString()},
                {QStringLiteral("_webSocketMessages"), messages},
                {QStringLiteral("_sockscopeRole"), connection.role},
                {QStringLiteral("_sockscopeControlFrames"), controlFrames},
        };
        if (!close.isEmpty()) {
            entry.insert(QStringLiteral("_webSocketClose"), webSocketClose());
            entry.insert(QStringLiteral("_sockscopeClose"), close);
        }
        if (!connection.peerAddress.isEmpty())
            entry.insert(QStringLiteral("_sockscopePeerAddress"), connection.peerAddress);
        entry.insert(QStringLiteral("_sockscopeId"), qint64(connection.id));
        if (connection.pairedId)
            entry.insert(QStringLiteral("_sockscopePairedWith"), qint64(connection.pairedId));
        return entry;
    }
};

QByteArray rawHead(const QByteArray &startLine, const QJsonArray &headers)
{
    QByteArray raw = startLine + "\r\n";
    for (const QJsonValue &h : headers) {
        const QJsonObject header = h.toObject();
        raw += header.value(QLatin1String("name")).toString().toLatin1() + ": "
                + header.value(QLatin1String("value")).toString().toLatin1() + "\r\n";
    }
    return raw + "\r\n";
}

QByteArray headerValue(const QJsonArray &headers, QLatin1String name)
{
    for (const QJsonValue &h : headers) {
        if (h.toObject().value(QLatin1String("name")).toString().compare(name, Qt::CaseInsensitive) == 0)
            return h.toObject().value(QLatin1String("value")).toString().toLatin1();
    }
    return {};
}

// The entry's close: ours when there (exact time, detail), else HTTP Toolkit's _webSocketClose.
// An "aborted" close has no time of its own; it is put at the entry's last event.
std::optional<Event> closeOf(const QJsonObject &entry, qint64 lastNs)
{
    Event closed;
    closed.kind = Event::Kind::Closed;
    const QJsonObject ours = entry.value(QLatin1String("_sockscopeClose")).toObject();
    const QJsonValue theirs = entry.value(QLatin1String("_webSocketClose"));
    if (!ours.isEmpty()) {
        closed.timestampNs = timeNsOf(ours);
        closed.closeCode = quint16(ours.value(QLatin1String("code")).toInt());
        closed.text = ours.value(QLatin1String("reason")).toString();
        closed.detail = ours.value(QLatin1String("detail")).toString();
    } else if (theirs.isObject()) {
        const QJsonObject close = theirs.toObject();
        const QJsonValue timestamp = close.value(QLatin1String("timestamp"));
        closed.timestampNs = timestamp.isDouble() ? nsFromSeconds(timestamp.toDouble()) : lastNs;
        closed.closeCode = quint16(close.value(QLatin1String("code")).toInt(int(CloseCode::NoStatusReceived)));
        closed.text = close.value(QLatin1String("reason")).toString();
    } else if (theirs.toString() == QLatin1String("aborted")) {
        closed.timestampNs = lastNs;
        closed.closeCode = quint16(CloseCode::AbnormalClosure);
        closed.detail = HarFormat::tr("aborted (as the HAR file says)");
    } else {
        return std::nullopt;
    }
    return closed;
}

} // namespace

bool HarFormat::exportCapture(CaptureReader &reader, const QString &path, QString *error,
                              const ExportProgress &progress)
{
    std::map<quint64, EntryBuilder> entries;
    for (const ConnectionInfo &c : reader.connections()) {
        if (c.role != QLatin1String("listener"))
            entries[c.id].connection = c;
    }
    const bool completed = reader.readEvents(ProgressCounter::wrap(progress, [&entries](const Event &event) {
        auto it = entries.find(event.connectionId);
        if (it == entries.end())
            return true;
        EntryBuilder &entry = it->second;
        switch (event.kind) {
        case Event::Kind::Frame:
            entry.addFrame(event);
            break;
        case Event::Kind::Connecting:
        case Event::Kind::PeerConnected:
            entry.startedNs = event.timestampNs;
            break;
        case Event::Kind::HandshakeRequest:
            entry.request = event.raw;
            break;
        case Event::Kind::HandshakeResponse:
            entry.response = event.raw;
            entry.status = event.statusCode;
            break;
        case Event::Kind::Closed:
            entry.close = {{QStringLiteral("code"), event.closeCode},
                           {QStringLiteral("reason"), event.text},
                           {QStringLiteral("detail"), event.detail},
                           {QStringLiteral("_sockscopeTimeNs"), QString::number(event.timestampNs)}};
            break;
        case Event::Kind::Failed:
        case Event::Kind::ProtocolError:
            entry.messages.append(
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("error")},
                                {QStringLiteral("time"), secondsOf(event.timestampNs)},
                                {QStringLiteral("opcode"), -1},
                                {QStringLiteral("data"), event.text},
                                {QStringLiteral("_sockscopeTimeNs"), QString::number(event.timestampNs)}});
            if (event.kind == Event::Kind::Failed && event.statusCode && entry.response.isEmpty()) {
                entry.response = event.raw;
                entry.status = event.statusCode;
            }
            break;
        default:
            break;
        }
        return true;
    }));
    if (!completed) {
        *error = tr("export of %1 cancelled").arg(path);
        return false;
    }
    QJsonArray harEntries;
    for (const auto &[id, entry] : entries) {
        if (!entry.request.isEmpty() || !entry.messages.isEmpty())
            harEntries.append(entry.entry());
    }
    const QJsonObject har{{QStringLiteral("log"),
                           QJsonObject{{QStringLiteral("version"), QStringLiteral("1.2")},
                                       {QStringLiteral("creator"),
                                        QJsonObject{{QStringLiteral("name"), QStringLiteral("Sockscope")},
                                                    {QStringLiteral("version"), QStringLiteral(SOCKSCOPE_VERSION)}}},
                                       {QStringLiteral("pages"), QJsonArray()},
                                       {QStringLiteral("entries"), harEntries}}}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(QJsonDocument(har).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool HarFormat::importFile(const QString &path, const ImportSink &sink, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    // A HAR is parsed whole, at a few times its size in memory.
    if (file.size() > kMaxFileBytes) {
        *error = tr("%1 is %2 MiB; HAR files of up to %3 MiB can be imported (JSON Lines has no such limit)")
                         .arg(path)
                         .arg(file.size() >> 20)
                         .arg(kMaxFileBytes >> 20);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (document.isNull()) {
        *error = tr("%1 is not valid JSON: %2 at offset %3").arg(path, parseError.errorString()).arg(parseError.offset);
        return false;
    }
    const QJsonValue entriesValue =
            document.object().value(QLatin1String("log")).toObject().value(QLatin1String("entries"));
    if (!entriesValue.isArray()) {
        *error = tr("%1 is not a HAR file: no log.entries array").arg(path);
        return false;
    }
    quint64 nextId = 1;
    QHash<qint64, quint64> idOfExported; // _sockscopeId → the id given here
    for (const QJsonValue &value : entriesValue.toArray()) {
        const QJsonObject entry = value.toObject();
        const QJsonValue messagesValue = entry.value(QLatin1String("_webSocketMessages"));
        if (!messagesValue.isArray())
            continue;
        const quint64 id = nextId++;
        const qint64 exportedId = entry.value(QLatin1String("_sockscopeId")).toInteger();
        if (exportedId > 0)
            idOfExported.insert(exportedId, id);
        const QString role = entry.value(QLatin1String("_sockscopeRole")).toString(QStringLiteral("client"));
        const QJsonObject request = entry.value(QLatin1String("request")).toObject();
        const QJsonObject response = entry.value(QLatin1String("response")).toObject();
        const QString url = request.value(QLatin1String("url")).toString();
        const qint64 startedNs = nsFromMSecs(
                QDateTime::fromString(entry.value(QLatin1String("startedDateTime")).toString(), Qt::ISODateWithMs)
                        .toMSecsSinceEpoch());
        auto event = [&](Event::Kind kind, qint64 ns) {
            Event e;
            e.kind = kind;
            e.connectionId = id;
            e.timestampNs = ns;
            return e;
        };
        const bool serverSide = role == QLatin1String("server");
        Event start = event(serverSide ? Event::Kind::PeerConnected : Event::Kind::Connecting, startedNs);
        start.text = serverSide ? entry.value(QLatin1String("_sockscopePeerAddress")).toString() : url;
        if (!serverSide)
            start.pairedId = idOfExported.value(entry.value(QLatin1String("_sockscopePairedWith")).toInteger());
        sink(start);

        const QJsonArray requestHeaders = request.value(QLatin1String("headers")).toArray();
        const QJsonArray responseHeaders = response.value(QLatin1String("headers")).toArray();
        const QUrl parsedUrl(url);
        QByteArray target = parsedUrl.path(QUrl::FullyEncoded).toLatin1();
        if (target.isEmpty())
            target = "/";
        if (parsedUrl.hasQuery())
            target += '?' + parsedUrl.query(QUrl::FullyEncoded).toLatin1();
        Event requestEvent = event(Event::Kind::HandshakeRequest, startedNs);
        requestEvent.direction = serverSide ? Direction::Incoming : Direction::Outgoing;
        requestEvent.raw = rawHead("GET " + target + " HTTP/1.1", requestHeaders);
        sink(requestEvent);
        const int status = response.value(QLatin1String("status")).toInt();
        Event responseEvent = event(Event::Kind::HandshakeResponse, startedNs);
        responseEvent.direction = serverSide ? Direction::Outgoing : Direction::Incoming;
        responseEvent.statusCode = status;
        responseEvent.raw = rawHead("HTTP/1.1 " + QByteArray::number(status) + ' '
                                            + response.value(QLatin1String("statusText")).toString().toLatin1(),
                                    responseHeaders);
        sink(responseEvent);
        if (status == 101) {
            Event opened = event(Event::Kind::Opened, startedNs);
            opened.text = QString::fromLatin1(headerValue(responseHeaders, QLatin1String("Sec-WebSocket-Protocol")));
            opened.detail =
                    QString::fromLatin1(headerValue(responseHeaders, QLatin1String("Sec-WebSocket-Extensions")));
            sink(opened);
        }

        // Messages and control frames come from two lists; merge them back in time order.
        std::multimap<qint64, Event> timeline;
        auto addFrame = [&](const QJsonObject &m, bool control) {
            const QString type = m.value(QLatin1String("type")).toString();
            const qint64 ns = timeNsOf(m);
            if (type == QLatin1String("error")) {
                Event failed = event(Event::Kind::ProtocolError, ns);
                failed.text = m.value(QLatin1String("data")).toString();
                timeline.emplace(ns, failed);
                return true;
            }
            const int opcode = m.value(QLatin1String("opcode")).toInt(-1);
            if (type != QLatin1String("send") && type != QLatin1String("receive"))
                return false;
            if (control ? (opcode < 8 || opcode > 15) : (opcode != 1 && opcode != 2))
                return false;
            const QString data = m.value(QLatin1String("data")).toString();
            Event frame = event(Event::Kind::Frame, ns);
            frame.direction = directionOf(role, type);
            frame.synthesized = true;
            if (opcode == 1 && !control) {
                frame.payload = data.toUtf8();
            } else {
                const auto decoded =
                        QByteArray::fromBase64Encoding(data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
                if (!decoded)
                    return false;
                frame.payload = *decoded;
            }
            FrameSpec spec;
            spec.opcode = std::uint8_t(opcode);
            // Client frames were masked on the wire, but HAR does not keep the key.
            spec.masked = type == QLatin1String("send");
            frame.frame = describeFrame(spec, std::uint64_t(frame.payload.size()));
            timeline.emplace(ns, frame);
            return true;
        };
        for (const QJsonValue &m : messagesValue.toArray()) {
            if (!addFrame(m.toObject(), false)) {
                *error = tr("%1: invalid WebSocket message in the entry for %2: %3")
                                 .arg(path, url,
                                      QString::fromUtf8(QJsonDocument(m.toObject()).toJson(QJsonDocument::Compact)));
                return false;
            }
        }
        for (const QJsonValue &m : entry.value(QLatin1String("_sockscopeControlFrames")).toArray()) {
            if (!addFrame(m.toObject(), true)) {
                *error = tr("%1: invalid control frame in the entry for %2").arg(path, url);
                return false;
            }
        }
        for (const auto &[ns, e] : timeline)
            sink(e);
        const qint64 lastNs = timeline.empty() ? startedNs : timeline.rbegin()->first;
        if (std::optional<Event> closed = closeOf(entry, lastNs)) {
            closed->connectionId = id;
            sink(*closed);
        }
    }
    return true;
}

} // namespace Sockscope
