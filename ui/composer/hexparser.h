// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace Sockscope {

// Parses hex bytes typed or pasted by a user: groups of an even number of hex digits, each
// optionally prefixed with 0x, separated by whitespace or commas ("81 85\n0x37fa",
// "0x81, 0x85", "818537fa"). On failure it names the line and column of the culprit.
class HexParser
{
    Q_DECLARE_TR_FUNCTIONS(Sockscope::HexParser)

public:
    explicit HexParser(QStringView text);

    bool isValid() const { return m_errorPosition < 0; }
    const QByteArray &bytes() const { return m_bytes; }
    // Character offset of the error in the input, or -1.
    qsizetype errorPosition() const { return m_errorPosition; }
    QString errorString() const { return m_errorString; }

private:
    void fail(QStringView text, qsizetype position, const QString &what);

    QByteArray m_bytes;
    qsizetype m_errorPosition = -1;
    QString m_errorString;
};

} // namespace Sockscope
