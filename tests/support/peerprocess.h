// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace SockscopeTest {

// A real peer in its own process (Node ws, Python websockets, `sockscope serve`...), started by
// a test and stopped when the object dies. start() waits, bounded, for a line on stdout or
// stderr that matches `readyPattern`; its first capture group, if numeric, is the port.
class PeerProcess
{
public:
    PeerProcess() = default;
    ~PeerProcess();
    PeerProcess(const PeerProcess &) = delete;
    PeerProcess &operator=(const PeerProcess &) = delete;

    bool start(const QString &program, const QStringList &arguments, const QRegularExpression &readyPattern,
               int timeoutMs = 15000);
    // Waits (bounded) until the output so far matches `pattern`.
    bool waitForOutput(const QRegularExpression &pattern, int timeoutMs = 10000);
    // Sends SIGTERM, waits up to `timeoutMs`, then kills. Returns the exit code (-1 if killed).
    int stop(int timeoutMs = 5000);
    bool waitForExit(int timeoutMs = 10000);

    quint16 port() const { return m_port; }
    QString readyLine() const { return m_readyLine; }
    QString output() const { return QString::fromUtf8(m_output); }
    QProcess &process() { return m_process; }

private:
    void collect();

    QProcess m_process;
    QByteArray m_output;
    QString m_readyLine;
    quint16 m_port = 0;
};

// Where the tests find their peers and tools.
QString nodeExecutable();
QString pythonExecutable(); // Debian's python3, which has python3-websockets
QString peersDirectory();   // tests/support/peers (Node and Python peer scripts)
QString sockscopeExecutable();
QString testDataDirectory();

} // namespace SockscopeTest
