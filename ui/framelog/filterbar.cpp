// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterbar.h"

#include "protocol/frameheader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>

namespace Sockscope {

FilterBar::FilterBar(QWidget *parent) : QWidget(parent)
{
    m_connection = new QComboBox;
    m_connection->setObjectName(QStringLiteral("filterConnection"));
    m_connection->addItem(tr("All connections"), 0u);
    m_connection->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_direction = new QComboBox;
    m_direction->setObjectName(QStringLiteral("filterDirection"));
    m_direction->addItem(tr("Both directions"), -1);
    m_direction->addItem(tr("Received"), int(Direction::Incoming));
    m_direction->addItem(tr("Sent"), int(Direction::Outgoing));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("filterKind"));
    m_kind->addItem(tr("All rows"), int(LogFilter::All));
    m_kind->addItem(tr("Data frames"), int(LogFilter::DataFrames));
    m_kind->addItem(tr("Control frames"), int(LogFilter::ControlFrames));
    m_kind->addItem(tr("Frames"), int(LogFilter::DataFrames | LogFilter::ControlFrames));
    m_kind->addItem(tr("Events"), int(LogFilter::Events));
    m_opcode = new QComboBox;
    m_opcode->setObjectName(QStringLiteral("filterOpcode"));
    m_opcode->addItem(tr("Any opcode"), -1);
    for (int opcode = 0; opcode < 16; ++opcode) {
        m_opcode->addItem(QStringLiteral("%1 %2").arg(opcode, 2, 16, QLatin1Char('0')).arg(QString::fromLatin1(opcodeName(std::uint8_t(opcode)))),
                          opcode);
    }
    m_text = new QLineEdit;
    m_text->setObjectName(QStringLiteral("filterText"));
    m_text->setPlaceholderText(tr("Filter by payload text"));
    m_text->setClearButtonEnabled(true);
    m_regex = new QCheckBox(tr("Regex"));
    m_regex->setObjectName(QStringLiteral("filterRegex"));
    m_minLength = new QSpinBox;
    m_minLength->setObjectName(QStringLiteral("filterMinLength"));
    m_minLength->setRange(0, std::numeric_limits<int>::max());
    m_minLength->setPrefix(tr("≥ "));
    m_minLength->setSuffix(tr(" B"));
    m_minLength->setToolTip(tr("Minimum payload length"));
    auto *previous = new QToolButton;
    previous->setText(tr("▲"));
    previous->setToolTip(tr("Find previous (Shift+F3)"));
    auto *next = new QToolButton;
    next->setText(tr("▼"));
    next->setToolTip(tr("Find next (F3)"));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("filterStatus"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_connection);
    layout->addWidget(m_direction);
    layout->addWidget(m_kind);
    layout->addWidget(m_opcode);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_regex);
    layout->addWidget(m_minLength);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_status);

    // Typing restarts a short timer so a filter over millions of rows runs once per pause.
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &FilterBar::emitChanged);
    connect(m_text, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    for (QComboBox *combo : {m_connection, m_direction, m_kind, m_opcode})
        connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::emitChanged);
    connect(m_regex, &QCheckBox::toggled, this, &FilterBar::emitChanged);
    connect(m_minLength, &QSpinBox::valueChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(next, &QToolButton::clicked, this, [this] { Q_EMIT findRequested(m_text->text(), m_regex->isChecked(), false); });
    connect(previous, &QToolButton::clicked, this, [this] { Q_EMIT findRequested(m_text->text(), m_regex->isChecked(), true); });
}

LogFilter FilterBar::filter() const
{
    LogFilter f;
    f.connectionId = m_connection->currentData().toUInt();
    const int direction = m_direction->currentData().toInt();
    if (direction >= 0)
        f.direction = Direction(direction);
    f.kinds = m_kind->currentData().toInt();
    f.opcode = m_opcode->currentData().toInt();
    f.text = m_text->text();
    f.regex = m_regex->isChecked();
    f.minLength = quint32(m_minLength->value());
    return f;
}

void FilterBar::setConnections(const QList<QPair<quint32, QString>> &connections)
{
    const quint32 current = m_connection->currentData().toUInt();
    QSignalBlocker blocker(m_connection);
    m_connection->clear();
    m_connection->addItem(tr("All connections"), 0u);
    for (const auto &[id, label] : connections)
        m_connection->addItem(QStringLiteral("#%1 %2").arg(id).arg(label), id);
    m_connection->setCurrentIndex(qMax(0, m_connection->findData(current)));
}

void FilterBar::setStatus(const QString &text)
{
    m_status->setText(text);
}

void FilterBar::focusText()
{
    m_text->setFocus();
    m_text->selectAll();
}

void FilterBar::emitChanged()
{
    const LogFilter f = filter();
    const QString error = f.errorString();
    QPalette palette = m_text->palette();
    palette.setColor(QPalette::Text, error.isEmpty() ? QWidget::palette().color(QPalette::Text) : QColor(0xc6, 0x28, 0x28));
    m_text->setPalette(palette);
    if (!error.isEmpty()) {
        setStatus(tr("Invalid regular expression: %1").arg(error));
        return;
    }
    Q_EMIT filterChanged(f);
}

} // namespace Sockscope
