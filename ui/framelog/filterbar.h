// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/logfilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;

namespace Sockscope {

// The frame log's filter bar (UI-2): connection, direction, kind, opcode, text or regular
// expression, minimum size; plus search next/previous. An invalid expression is shown inline.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    LogFilter filter() const;
    // Offers these connections in the connection combo (id, label).
    void setConnections(const QList<QPair<quint32, QString>> &connections);
    void setStatus(const QString &text);
    void focusText();

Q_SIGNALS:
    void filterChanged(const Sockscope::LogFilter &filter);
    void findRequested(const QString &text, bool regex, bool backwards);

private:
    void emitChanged();

    QComboBox *m_connection;
    QComboBox *m_direction;
    QComboBox *m_kind;
    QComboBox *m_opcode;
    QLineEdit *m_text;
    QCheckBox *m_regex;
    QSpinBox *m_minLength;
    QLabel *m_status;
    QTimer *m_debounce;
};

} // namespace Sockscope
