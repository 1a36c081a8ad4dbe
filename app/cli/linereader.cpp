// SPDX-License-Identifier: GPL-3.0-or-later
#include "linereader.h"

#include <cstdio>
#include <string>

namespace Sockscope {

LineReader::LineReader(QObject *parent) : QObject(parent) { }

LineReader::~LineReader()
{
    // The thread may sit in a blocking read; it ends with the process, not before.
    if (m_thread && m_thread->isRunning())
        m_thread->setParent(nullptr);
}

void LineReader::start()
{
    m_thread = QThread::create([this] {
        std::string line;
        int c;
        while ((c = std::getchar()) != EOF) {
            if (c != '\n') {
                line.push_back(char(c));
                continue;
            }
            if (!line.empty() && line.back() == '\r')
                line.pop_back();
            QMetaObject::invokeMethod(
                    this, [this, text = QString::fromStdString(line)] { Q_EMIT lineRead(text); }, Qt::QueuedConnection);
            line.clear();
        }
        if (!line.empty())
            QMetaObject::invokeMethod(
                    this, [this, text = QString::fromStdString(line)] { Q_EMIT lineRead(text); }, Qt::QueuedConnection);
        QMetaObject::invokeMethod(
                this, [this] { Q_EMIT finished(); }, Qt::QueuedConnection);
    });
    m_thread->start();
}

} // namespace Sockscope
