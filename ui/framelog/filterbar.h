// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/opcodemetatype.h"
#include "models/logfilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;
class QToolButton;

namespace Sockscope {

// The frame log's filter bar (UI-2): connection, direction, kind, opcode, text or regular
// expression (optionally inside decoded content), minimum size; and, apart from filtering, a find field stepped through
// with F3. An invalid expression is shown inline. Below ~1 100 px the controls wrap onto two rows.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    LogFilter filter() const;
    struct ConnectionChoice
    {
        quint32 id = 0;
        QString label;
        quint32 clientLegId = 0; // a proxy's upstream leg: the client leg it serves
    };
    // Offers these connections in the connection combo, and each proxied pair's two legs
    // together after its client leg.
    void setConnections(const QList<ConnectionChoice> &connections);
    void setStatus(const QString &text);
    void focusText();
    void focusFind();
    QString findText() const;
    // Emits findRequested for the find field's text (F3 / Shift+F3).
    void requestFind(bool backwards);
    // Narrow the log to one connection or opcode (from a row's context menu).
    void setConnectionFilter(quint32 connectionId);
    void setOpcodeFilter(int opcode);

Q_SIGNALS:
    void filterChanged(const Sockscope::LogFilter &filter);
    void findRequested(const QString &text, bool regex, bool backwards);
    // The find field changed: rows matching it are highlighted, none filtered out.
    void findTextChanged(const QString &text, bool regex);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void createControls();
    void createChoiceControls();
    void createTextControls();
    void arrangeRows(bool oneRow);
    void emitChanged();

    QComboBox *m_connection;
    QComboBox *m_direction;
    QComboBox *m_kind;
    QComboBox *m_opcode;
    QLineEdit *m_text;
    QLineEdit *m_find;
    QCheckBox *m_regex;
    QCheckBox *m_decoded; // search decoded content too (UI-5)
    QSpinBox *m_minLength;
    QLabel *m_status;
    QTimer *m_debounce;
    QToolButton *m_previous;
    QToolButton *m_next;
    QHBoxLayout *m_firstRow;
    QHBoxLayout *m_secondRow;
    bool m_oneRow = false;
};

} // namespace Sockscope
