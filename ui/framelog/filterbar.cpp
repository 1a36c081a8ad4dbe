// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterbar.h"

#include "protocol/frameheader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMultiHash>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Sockscope {

namespace {

// Wider than this, every control fits on one row next to a usable text field.
constexpr int kOneRowWidth = 1100;
constexpr int kStatusChars = 24;

// The connection combo's data: one connection id, or a proxied pair's two in one number.
QVariant connectionData(quint32 id, quint32 pairedLegId = 0)
{
    return qulonglong(id) | qulonglong(pairedLegId) << 32;
}

} // namespace

FilterBar::FilterBar(QWidget *parent) : QWidget(parent)
{
    createControls();
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(2, 2, 2, 2);
    rows->setSpacing(2);
    m_firstRow = new QHBoxLayout;
    m_secondRow = new QHBoxLayout;
    rows->addLayout(m_firstRow);
    rows->addLayout(m_secondRow);
    arrangeRows(false);

    // Typing restarts a short timer so a filter over millions of rows runs once per pause.
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &FilterBar::emitChanged);
    connect(m_text, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    for (QComboBox *combo : {m_connection, m_direction, m_kind, m_opcode})
        connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::emitChanged);
    connect(m_regex, &QCheckBox::toggled, this, &FilterBar::emitChanged);
    connect(m_decoded, &QCheckBox::toggled, this, &FilterBar::emitChanged);
    connect(m_minLength, &QSpinBox::valueChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_find, &QLineEdit::textChanged, this,
            [this](const QString &text) { Q_EMIT findTextChanged(text, m_regex->isChecked()); });
    connect(m_find, &QLineEdit::returnPressed, this, [this] { requestFind(false); });
    connect(m_next, &QToolButton::clicked, this, [this] { requestFind(false); });
    connect(m_previous, &QToolButton::clicked, this, [this] { requestFind(true); });
}

void FilterBar::createControls()
{
    createChoiceControls();
    createTextControls();
}

// The combo boxes: connection, direction, row kind, opcode.
void FilterBar::createChoiceControls()
{
    m_connection = new QComboBox;
    m_connection->setObjectName(QStringLiteral("filterConnection"));
    m_connection->addItem(tr("All connections"), connectionData(0));
    // Long connection labels must not push the rest of the bar off the window.
    m_connection->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_connection->setMinimumContentsLength(16);
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
        m_opcode->addItem(QStringLiteral("%1 %2")
                                  .arg(opcode, 2, 16, QLatin1Char('0'))
                                  .arg(QString::fromLatin1(opcodeName(std::uint8_t(opcode)))),
                          opcode);
    }
}

// The filter and find fields with their options, the length limit and the status.
void FilterBar::createTextControls()
{
    const int chars = fontMetrics().averageCharWidth();
    m_text = new QLineEdit;
    m_text->setObjectName(QStringLiteral("filterText"));
    m_text->setPlaceholderText(tr("Filter by payload text"));
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(22 * chars);
    m_find = new QLineEdit;
    m_find->setObjectName(QStringLiteral("findText"));
    m_find->setPlaceholderText(tr("Find (Ctrl+F), F3 for next"));
    m_find->setClearButtonEnabled(true);
    m_find->setMinimumWidth(18 * chars);
    m_find->setToolTip(tr("Highlights matching rows and steps through them without hiding the others"));
    m_regex = new QCheckBox(tr("Regex"));
    m_regex->setObjectName(QStringLiteral("filterRegex"));
    m_decoded = new QCheckBox(tr("Decoded"));
    m_decoded->setObjectName(QStringLiteral("filterDecoded"));
    m_decoded->setToolTip(tr("Also search the decoded content: MessagePack and protobuf strings, JSON values, "
                             "as the decoder pane shows them"));
    m_minLength = new QSpinBox;
    m_minLength->setObjectName(QStringLiteral("filterMinLength"));
    m_minLength->setRange(0, std::numeric_limits<int>::max());
    m_minLength->setPrefix(tr("≥ "));
    m_minLength->setSuffix(tr(" B"));
    m_minLength->setToolTip(tr("Minimum payload length"));
    m_previous = new QToolButton;
    m_previous->setObjectName(QStringLiteral("findPrevious"));
    m_previous->setText(tr("▲"));
    m_previous->setToolTip(tr("Find previous (Shift+F3)"));
    m_next = new QToolButton;
    m_next->setObjectName(QStringLiteral("findNext"));
    m_next->setText(tr("▼"));
    m_next->setToolTip(tr("Find next (F3)"));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("filterStatus"));
    // Reserved room: the bar must not shift when a status appears or changes.
    m_status->setFixedWidth(kStatusChars * chars);
}

// One row when wide; otherwise filters on the first row, text, find and status on the second.
void FilterBar::arrangeRows(bool oneRow)
{
    m_oneRow = oneRow;
    QHBoxLayout *textRow = oneRow ? m_firstRow : m_secondRow;
    for (QWidget *w : std::initializer_list<QWidget *>{m_connection, m_direction, m_kind, m_opcode, m_minLength})
        m_firstRow->addWidget(w);
    if (!oneRow)
        m_firstRow->addStretch(1);
    textRow->addWidget(m_text, 3);
    textRow->addWidget(m_regex);
    textRow->addWidget(m_decoded);
    textRow->addWidget(m_find, 2);
    textRow->addWidget(m_previous);
    textRow->addWidget(m_next);
    textRow->addWidget(m_status);
}

void FilterBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const bool oneRow = width() >= kOneRowWidth;
    if (oneRow == m_oneRow)
        return;
    for (QHBoxLayout *row : {m_firstRow, m_secondRow}) {
        while (QLayoutItem *item = row->takeAt(0))
            delete item; // the widgets stay; only their layout items go
    }
    arrangeRows(oneRow);
}

LogFilter FilterBar::filter() const
{
    LogFilter f;
    const quint64 legs = m_connection->currentData().toULongLong();
    f.connectionId = quint32(legs);
    f.pairedLegId = quint32(legs >> 32);
    const int direction = m_direction->currentData().toInt();
    if (direction >= 0)
        f.direction = Direction(direction);
    f.kinds = m_kind->currentData().toInt();
    f.opcode = m_opcode->currentData().toInt();
    f.text = m_text->text();
    f.regex = m_regex->isChecked();
    f.searchDecoded = m_decoded->isChecked();
    f.minLength = quint32(m_minLength->value());
    return f;
}

void FilterBar::setConnections(const QList<ConnectionChoice> &connections)
{
    const QVariant current = m_connection->currentData();
    QSignalBlocker blocker(m_connection);
    m_connection->clear();
    m_connection->addItem(tr("All connections"), connectionData(0));
    QMultiHash<quint32, quint32> upstreamLegsOf; // client leg → its upstream legs
    for (const ConnectionChoice &c : connections) {
        if (c.clientLegId)
            upstreamLegsOf.insert(c.clientLegId, c.id);
    }
    for (const ConnectionChoice &c : connections) {
        m_connection->addItem(QStringLiteral("#%1 %2").arg(c.id).arg(c.label), connectionData(c.id));
        for (const quint32 upstream : upstreamLegsOf.values(c.id))
            m_connection->addItem(tr("#%1 + #%2: both legs of the proxied pair").arg(c.id).arg(upstream),
                                  connectionData(c.id, upstream));
    }
    m_connection->setCurrentIndex(qMax(0, m_connection->findData(current)));
}

void FilterBar::setStatus(const QString &text)
{
    m_status->setText(m_status->fontMetrics().elidedText(text, Qt::ElideRight, m_status->width()));
    m_status->setToolTip(text);
}

void FilterBar::focusText()
{
    m_text->setFocus();
    m_text->selectAll();
}

void FilterBar::focusFind()
{
    m_find->setFocus();
    m_find->selectAll();
}

QString FilterBar::findText() const
{
    return m_find->text();
}

void FilterBar::requestFind(bool backwards)
{
    Q_EMIT findRequested(m_find->text(), m_regex->isChecked(), backwards);
}

void FilterBar::setConnectionFilter(quint32 connectionId)
{
    m_connection->setCurrentIndex(qMax(0, m_connection->findData(connectionData(connectionId))));
}

void FilterBar::setOpcodeFilter(int opcode)
{
    m_opcode->setCurrentIndex(qMax(0, m_opcode->findData(opcode)));
}

void FilterBar::emitChanged()
{
    const LogFilter f = filter();
    const QString error = f.errorString();
    QPalette palette = m_text->palette();
    palette.setColor(QPalette::Text,
                     error.isEmpty() ? QWidget::palette().color(QPalette::Text) : QColor(0xc6, 0x28, 0x28));
    m_text->setPalette(palette);
    if (!error.isEmpty()) {
        setStatus(tr("Invalid regular expression: %1").arg(error));
        return;
    }
    Q_EMIT filterChanged(f);
}

} // namespace Sockscope
