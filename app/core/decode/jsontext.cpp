// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Sockscope::JsonText {
namespace {

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Walks the tokens of valid JSON, copying strings and scalars verbatim and letting the
// layout decide what goes between them.
class Relayout
{
public:
    Relayout(QByteArrayView json, bool indent, int maxDepth) : m_json(json), m_indent(indent), m_maxDepth(maxDepth) { }

    std::optional<QByteArray> run()
    {
        m_out.reserve(m_json.size() + m_json.size() / 2);
        for (qsizetype i = 0; i < m_json.size(); ++i) {
            const char c = m_json[i];
            if (c == '"')
                i = copyString(i);
            else if (c == '{' || c == '[')
                i = open(i);
            else if (c == '}' || c == ']')
                close(c);
            else if (c == ',')
                separate();
            else if (c == ':')
                m_out += m_indent ? QByteArrayView(": ") : QByteArrayView(":");
            else if (!isJsonSpace(c))
                m_out += c;
            if (m_tooDeep)
                return std::nullopt;
        }
        return m_out;
    }

private:
    qsizetype copyString(qsizetype start)
    {
        qsizetype i = start + 1;
        while (i < m_json.size() && m_json[i] != '"')
            i += m_json[i] == '\\' ? 2 : 1;
        m_out += m_json.sliced(start, std::min(i + 1, m_json.size()) - start);
        return i;
    }

    qsizetype nextToken(qsizetype from) const
    {
        while (from < m_json.size() && isJsonSpace(m_json[from]))
            ++from;
        return from;
    }

    // An empty container stays on one line: "{}" and "[]".
    qsizetype open(qsizetype i)
    {
        m_tooDeep = m_tooDeep || m_depth + 1 > m_maxDepth;
        const qsizetype next = nextToken(i + 1);
        if (next < m_json.size() && (m_json[next] == '}' || m_json[next] == ']')) {
            m_out += m_json[i];
            m_out += m_json[next];
            return next;
        }
        m_out += m_json[i];
        ++m_depth;
        newLine();
        return i;
    }

    void close(char c)
    {
        --m_depth;
        newLine();
        m_out += c;
    }

    void separate()
    {
        m_out += ',';
        newLine();
    }

    void newLine()
    {
        if (!m_indent)
            return;
        m_out += '\n';
        m_out += QByteArray(qsizetype(std::max(m_depth, 0)) * 4, ' ');
    }

    QByteArrayView m_json;
    bool m_indent;
    int m_maxDepth;
    int m_depth = 0;
    bool m_tooDeep = false;
    QByteArray m_out;
};

} // namespace

std::optional<QByteArray> indented(QByteArrayView json, int maxDepth)
{
    return Relayout(json, true, maxDepth).run();
}

std::optional<QByteArray> compact(QByteArrayView json, int maxDepth)
{
    return Relayout(json, false, maxDepth).run();
}

QString compactValue(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    // A scalar: wrapped in an array and unwrapped, so strings get JSON's quoting and escapes.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QString memberPath(const QString &parent, const QString &key)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_$][A-Za-z0-9_$]*$"));
    if (identifier.match(key).hasMatch())
        return parent + QLatin1Char('.') + key;
    return parent + QLatin1Char('[') + compactValue(QJsonValue(key)) + QLatin1Char(']');
}

} // namespace Sockscope::JsonText
