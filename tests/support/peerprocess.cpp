// SPDX-License-Identifier: GPL-3.0-or-later
#include "peerprocess.h"

#include <QDeadlineTimer>
#include <QStandardPaths>

namespace SockscopeTest {

PeerProcess::~PeerProcess()
{
    stop(2000);
}

bool PeerProcess::start(const QString &program, const QStringList &arguments, const QRegularExpression &readyPattern,
                        int timeoutMs)
{
    m_process.setProgram(program);
    m_process.setArguments(arguments);
    m_process.start();
    if (!m_process.waitForStarted(timeoutMs))
        return false;
    if (!waitForOutput(readyPattern, timeoutMs))
        return false;
    const QRegularExpressionMatch match = readyPattern.match(QString::fromUtf8(m_output));
    m_readyLine = match.captured(0);
    if (match.lastCapturedIndex() >= 1)
        m_port = quint16(match.captured(1).toUInt());
    return true;
}

void PeerProcess::collect()
{
    m_output += m_process.readAllStandardOutput();
    m_output += m_process.readAllStandardError();
}

bool PeerProcess::waitForOutput(const QRegularExpression &pattern, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (true) {
        collect();
        if (pattern.match(QString::fromUtf8(m_output)).hasMatch())
            return true;
        if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning)
            return false;
        m_process.waitForReadyRead(int(qMin<qint64>(100, qMax<qint64>(1, deadline.remainingTime()))));
    }
}

bool PeerProcess::waitForExit(int timeoutMs)
{
    const bool exited = m_process.state() == QProcess::NotRunning || m_process.waitForFinished(timeoutMs);
    collect();
    return exited;
}

int PeerProcess::stop(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning) {
        collect();
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    m_process.terminate();
    if (!m_process.waitForFinished(timeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(timeoutMs);
        collect();
        return -1;
    }
    collect();
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

QString nodeExecutable()
{
    const QString found = QStandardPaths::findExecutable(QStringLiteral("node"));
    return found.isEmpty() ? QStringLiteral("/usr/bin/node") : found;
}

QString pythonExecutable()
{
    return QStringLiteral("/usr/bin/python3");
}

QString peersDirectory()
{
    return QStringLiteral(SOCKSCOPE_PEERS_DIR);
}

QString sockscopeExecutable()
{
    return QStringLiteral(SOCKSCOPE_BINARY);
}

QString testDataDirectory()
{
    return QStringLiteral(SOCKSCOPE_TEST_DATA_DIR);
}

} // namespace SockscopeTest
