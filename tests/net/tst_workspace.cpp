// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace's recording as the window and the CLI rely on it: a writer that fails after the
// last event still gets reported (the recording's file went away while the session was quiet).
#include "workspace.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Sockscope;

class TestWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failureAfterTheLastEventIsReported();
};

// One event (the server's Listening) is queued, the capture's folder is removed before the
// writer takes it, and nothing else happens: the failure is only known to the writer thread,
// and must still reach recordingFailed (it waited for a next event that never came).
void TestWorkspace::failureAfterTheLastEventIsReported()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("doomed"));
    QVERIFY(QDir().mkpath(folder));
    Workspace workspace;
    QVERIFY(workspace.startRecording(folder + QStringLiteral("/quiet.wscap")));
    QSignalSpy failed(&workspace, &Workspace::recordingFailed);
    QVERIFY(QDir(folder).removeRecursively());
    ServerOptions options;
    options.port = 0;
    QString error;
    QVERIFY2(workspace.addServer(options, QString(), &error), qPrintable(error));
    QVERIFY(failed.wait(5000));
    QVERIFY2(failed.first().first().toString().contains(QLatin1String("removed or replaced")),
             qPrintable(failed.first().first().toString()));
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
