// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Sockscope {

// The readable form of a value tree (CBOR, MessagePack), written while a parser walks it, so a
// huge or hostile payload never needs a tree in memory: four-space indented lines for the
// decoder pane (cut at PayloadDecoder::kMaxOutput) and one compact line for the summary.
// Inside a map, items alternate between key and value.
class TreeText
{
public:
    void openMap() { open(QStringLiteral("{"), QLatin1Char('}'), Kind::Map); }
    void openArray() { open(QStringLiteral("["), QLatin1Char(']'), Kind::Array); }
    // A tagged value, "1(1363896240)": the next item is the tag's content.
    void openTag(const QString &prefix) { open(prefix + QLatin1Char('('), QLatin1Char(')'), Kind::Tag); }
    void close();
    void scalar(const QString &text);

    int depth() const { return int(m_levels.size()); }
    QString text() const;
    QString compact() const { return m_compact; }

    // "text" with JSON's escapes; h'0102ff' for bytes (CBOR's diagnostic notation).
    static QString quoted(const QString &text);
    static QString hexBytes(QByteArrayView bytes);
    // Shortest round trip, ".0" added to whole numbers so a float reads as one; NaN, Infinity.
    static QString floatText(double value);

private:
    enum class Kind : quint8 { Map, Array, Tag };
    struct Level
    {
        QChar closing;
        Kind kind;
        qsizetype items = 0;
    };

    void open(const QString &opening, QChar closing, Kind kind);
    void beginItem();
    void append(const QString &indented, const QString &compact);
    QString indentation() const;

    QList<Level> m_levels;
    QString m_text;
    QString m_compact;
    bool m_textCut = false;
};

} // namespace Sockscope
