// SPDX-License-Identifier: GPL-3.0-or-later
#include "hexparser.h"

namespace Sockscope {
namespace {

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

bool isSeparator(QChar c)
{
    return c.isSpace() || c == u',';
}

} // namespace

HexParser::HexParser(QStringView text)
{
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        if (isSeparator(text[i])) {
            ++i;
            continue;
        }
        const qsizetype groupStart = i;
        if (i + 1 < size && text[i] == u'0' && (text[i + 1] == u'x' || text[i + 1] == u'X'))
            i += 2;
        const qsizetype digitsStart = i;
        for (; i < size && !isSeparator(text[i]); ++i) {
            if (hexValue(text[i]) < 0) {
                fail(text, i, tr("'%1' is not a hex digit.").arg(text[i]));
                return;
            }
        }
        const qsizetype digits = i - digitsStart;
        if (digits == 0) {
            fail(text, groupStart, tr("'0x' is not followed by hex digits."));
            return;
        }
        if (digits % 2) {
            fail(text, groupStart, tr("odd number of hex digits (%1); every byte needs two.").arg(digits));
            return;
        }
        for (qsizetype d = digitsStart; d < i; d += 2)
            m_bytes.append(char(hexValue(text[d]) << 4 | hexValue(text[d + 1])));
    }
}

void HexParser::fail(QStringView text, qsizetype position, const QString &what)
{
    m_bytes.clear();
    m_errorPosition = position;
    const QStringView before = text.first(position);
    const qsizetype lineStart = before.lastIndexOf(u'\n') + 1;
    const qsizetype line = before.count(u'\n') + 1;
    const qsizetype column = position - lineStart + 1;
    m_errorString = tr("Line %1, column %2: %3").arg(QString::number(line), QString::number(column), what);
}

} // namespace Sockscope
