// SPDX-License-Identifier: GPL-3.0-or-later
#include "interopsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QtEndian>

#include <iterator>

using namespace Sockscope;

namespace SockscopeTest {

QByteArray patternBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 x = seed ? seed : 1;
    for (qsizetype i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        bytes[i] = char(x & 0xff);
    }
    return bytes;
}

QByteArray windowProbe()
{
    QByteArray probe;
    const int distances[] = {300, 600, 1200, 2500, 5000, 10000, 20000};
    for (quint32 i = 0; i < std::size(distances); ++i) {
        const QByteArray block = patternBytes(64, 100 + i);
        probe += block + patternBytes(distances[i] - 64, 200 + i) + block;
    }
    return probe;
}

QByteArray compressibleText(qsizetype size)
{
    const QByteArray line = QByteArrayLiteral("Sockscope interop: the same line again and again. ");
    QByteArray text;
    text.reserve(size);
    while (text.size() < size)
        text += line;
    text.truncate(size);
    return text;
}

QString byteDifference(const QByteArray &actual, const QByteArray &expected)
{
    if (actual == expected)
        return {};
    qsizetype at = 0;
    const qsizetype common = qMin(actual.size(), expected.size());
    while (at < common && actual.at(at) == expected.at(at))
        ++at;
    const qsizetype from = qMax<qsizetype>(0, at - 4);
    return QStringLiteral("got %1 bytes, expected %2; first difference at offset %3: got %4, expected %5")
            .arg(actual.size())
            .arg(expected.size())
            .arg(at)
            .arg(QString::fromLatin1(actual.mid(from, 12).toHex(' ')),
                 QString::fromLatin1(expected.mid(from, 12).toHex(' ')));
}

quint16 closeCodeOf(const QByteArray &closePayload)
{
    if (closePayload.size() < 2)
        return quint16(CloseCode::NoStatusReceived);
    return qFromBigEndian<quint16>(closePayload.constData());
}

QByteArray rawHeaderValue(const QByteArray &rawHead, QByteArrayView name)
{
    const QList<QByteArray> lines = rawHead.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

QByteArray requestTarget(const QByteArray &rawHead)
{
    const QList<QByteArray> parts = rawHead.left(rawHead.indexOf('\r')).split(' ');
    return parts.size() == 3 ? parts.at(1) : QByteArray();
}

QList<Event> EventLog::frames(Direction direction, quint64 connectionId, std::optional<std::uint8_t> opcode) const
{
    QList<Event> result;
    for (const Event &event : m_events) {
        if (event.kind == Event::Kind::Frame && event.direction == direction
            && (connectionId == 0 || event.connectionId == connectionId) && (!opcode || event.frame.opcode == *opcode))
            result.append(event);
    }
    return result;
}

QList<Event> EventLog::dataFrames(Direction direction, quint64 connectionId) const
{
    QList<Event> result;
    for (const Event &event : frames(direction, connectionId)) {
        if (!event.frame.isControl())
            result.append(event);
    }
    return result;
}

std::optional<Event> EventLog::last(Event::Kind kind, quint64 connectionId) const
{
    for (auto it = m_events.crbegin(); it != m_events.crend(); ++it) {
        if (it->kind == kind && (connectionId == 0 || it->connectionId == connectionId))
            return *it;
    }
    return std::nullopt;
}

int EventLog::count(Event::Kind kind, quint64 connectionId) const
{
    int n = 0;
    for (const Event &event : m_events)
        n += event.kind == kind && (connectionId == 0 || event.connectionId == connectionId);
    return n;
}

QByteArray messageBytes(const QList<Event> &frames)
{
    QByteArray bytes;
    for (const Event &frame : frames)
        bytes += frame.compressed ? frame.inflated : frame.payload;
    return bytes;
}

QString peerName(ThirdParty peer)
{
    return peer == ThirdParty::Node ? QStringLiteral("node") : QStringLiteral("python");
}

QString peerInterpreter(ThirdParty peer)
{
    return peer == ThirdParty::Node ? nodeExecutable() : pythonExecutable();
}

QString peerServerScript(ThirdParty peer)
{
    return peersDirectory()
            + (peer == ThirdParty::Node ? QStringLiteral("/ws_server.js") : QStringLiteral("/py_server.py"));
}

QString peerClientScript(ThirdParty peer)
{
    return peersDirectory()
            + (peer == ThirdParty::Node ? QStringLiteral("/ws_client.js") : QStringLiteral("/py_client.py"));
}

QString peerUnavailableReason(ThirdParty peer)
{
    if (!QFileInfo(peerInterpreter(peer)).isExecutable())
        return QStringLiteral("%1 not found").arg(peerInterpreter(peer));
    if (peer == ThirdParty::Node) {
        if (!QFileInfo::exists(peersDirectory() + QStringLiteral("/node_modules/ws/package.json")))
            return QStringLiteral("Node's ws is not installed: run `npm ci` in %1 (tools/dev.sh test does)")
                    .arg(QDir::toNativeSeparators(peersDirectory()));
        return {};
    }
    QProcess probe;
    probe.start(pythonExecutable(), {QStringLiteral("-c"), QStringLiteral("import websockets")});
    if (!probe.waitForFinished(15000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
        return QStringLiteral("%1 cannot import websockets (install python3-websockets): %2")
                .arg(pythonExecutable(), QString::fromUtf8(probe.readAllStandardError()).trimmed());
    return {};
}

bool startPeerServer(PeerProcess &process, ThirdParty peer, const QStringList &arguments)
{
    static const QRegularExpression ready(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
    return process.start(peerInterpreter(peer), QStringList{peerServerScript(peer)} + arguments, ready);
}

QString collectedOutput(PeerProcess &process)
{
    // A pattern that never matches and no time to wait: only collects.
    static const QRegularExpression never(QStringLiteral("(?!)"));
    process.waitForOutput(never, 0);
    return process.output();
}

QStringList matchingLines(const QString &log, const QString &pattern)
{
    const QRegularExpression re(QLatin1Char('^') + pattern + QLatin1Char('$'));
    QStringList lines;
    for (const QString &line : log.split(QLatin1Char('\n'))) {
        if (re.match(line).hasMatch())
            lines.append(line);
    }
    return lines;
}

} // namespace SockscopeTest
