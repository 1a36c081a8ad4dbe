// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sockscope {

// Reads MQTT's data types from a packet without ever reading past its end: a read beyond it
// returns zero or empty and marks the reader failed, so a parser checks once at the end.
class MqttReader
{
public:
    explicit MqttReader(QByteArrayView data) : m_data(data) { }

    bool ok() const { return !m_failed; }
    bool atEnd() const { return m_pos >= m_data.size(); }
    qsizetype left() const { return m_data.size() - m_pos; }
    void fail() { m_failed = true; }

    quint8 byte();
    quint16 twoBytes();
    quint32 fourBytes();
    // A variable byte integer: at most 4 bytes, so at most 268,435,455.
    quint32 varint();
    QByteArrayView bytes(qsizetype count);
    QByteArrayView binary(); // two-byte length, then the bytes
    QString utf8();          // two-byte length, then UTF-8
    QByteArrayView rest();

    // MQTT 5 properties: a varint length, then identifier and value pairs, each as
    // "Name: value"; nullopt (and failed) for an unknown identifier or a block cut short.
    std::optional<QStringList> properties();

private:
    std::optional<QString> property(quint32 identifier, MqttReader &block);

    QByteArrayView m_data;
    qsizetype m_pos = 0;
    bool m_failed = false;
};

} // namespace Sockscope
