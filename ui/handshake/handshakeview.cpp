// SPDX-License-Identifier: GPL-3.0-or-later
#include "handshakeview.h"

#include <algorithm>

#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QSslCertificate>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "protocol/handshake.h"
#include "protocol/httpmessage.h"
#include "protocol/permessagedeflate.h"

namespace Sockscope {
namespace {

// Dynamic property that remembers a label's tone, so a palette change can recolour it.
constexpr char kToneProperty[] = "sockscopeTone";

QLabel *valueLabel(const QString &objectName, bool monospace = false)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    if (monospace)
        label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return label;
}

// HTTP heads are Latin-1 in theory, but servers put UTF-8 in values and bodies.
QString display(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

QString rawText(const QByteArray &raw)
{
    QString text = QString::fromUtf8(raw);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return text;
}

QString joinedValues(const HttpMessage *message, QByteArrayView name)
{
    if (!message)
        return {};
    return display(message->headerValues(name).join(", "));
}

// One extension element ("name; p1; p2=v") as its name and parameters, quotes removed.
QList<HttpHeader> extensionParts(const QByteArray &element)
{
    QList<HttpHeader> parts;
    const QList<QByteArray> pieces = element.split(';');
    for (const QByteArray &piece : pieces) {
        const qsizetype equals = piece.indexOf('=');
        QByteArray name = (equals < 0 ? piece : piece.left(equals)).trimmed();
        QByteArray value = equals < 0 ? QByteArray() : piece.mid(equals + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        parts.append({name, value});
    }
    return parts;
}

} // namespace

HandshakeView::HandshakeView(QWidget *parent) : QWidget(parent)
{
    m_banner = new QLabel;
    m_banner->setObjectName(QStringLiteral("statusBanner"));
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bannerFont = m_banner->font();
    bannerFont.setBold(true);
    bannerFont.setPointSizeF(bannerFont.pointSizeF() * 1.25);
    m_banner->setFont(bannerFont);
    m_error = valueLabel(QStringLiteral("errorLabel"));
    QFont errorFont = m_error->font();
    errorFont.setBold(true);
    m_error->setFont(errorFont);

    // Three columns keep the summary short, leaving the height to the raw messages; a narrow
    // view stacks them (resizeEvent) instead of cutting the timings off.
    m_checks = new QWidget;
    auto *checks = new QVBoxLayout(m_checks);
    checks->setContentsMargins(0, 0, 0, 0);
    checks->addWidget(createAcceptBox());
    checks->addWidget(createTlsBox());
    checks->addStretch();
    m_negotiation = createNegotiationBox();
    m_timings = createTimingsBox();
    m_summary = new QGridLayout;
    arrangeSummary(3);

    m_requestBox = createMessageBox(tr("Request"), QStringLiteral("request"), &m_requestLine, &m_requestHeaders,
                                    &m_requestRaw);
    m_responseBox = createMessageBox(tr("Response"), QStringLiteral("response"), &m_responseLine, &m_responseHeaders,
                                     &m_responseRaw);
    m_messages = new QSplitter(Qt::Horizontal);
    m_messages->setChildrenCollapsible(false);
    m_messages->addWidget(m_requestBox);
    m_messages->addWidget(m_responseBox);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_error);
    layout->addLayout(m_summary);
    layout->addWidget(m_messages, 1);
    // The layout's minimum depends on the current arrangement; minimumSizeHint() says what the
    // narrowest arrangement needs, so containers may shrink the view until it stacks.
    layout->setSizeConstraint(QLayout::SetNoConstraint);

    clear();
}

HandshakeView::~HandshakeView() = default;

// Columns: 3 side by side; 2 with the timings under the checks; 1 stacked.
void HandshakeView::arrangeSummary(int columns)
{
    m_summaryColumns = columns;
    for (QWidget *part : {m_checks, static_cast<QWidget *>(m_negotiation), static_cast<QWidget *>(m_timings)})
        m_summary->removeWidget(part);
    for (int column = 0; column < 3; ++column)
        m_summary->setColumnStretch(column, 0);
    if (columns == 3) {
        m_summary->addWidget(m_checks, 0, 0);
        m_summary->addWidget(m_negotiation, 0, 1);
        m_summary->addWidget(m_timings, 0, 2, Qt::AlignTop);
        m_summary->setColumnStretch(0, 2);
        m_summary->setColumnStretch(1, 3);
        m_summary->setColumnStretch(2, 2);
    } else if (columns == 2) {
        m_summary->addWidget(m_checks, 0, 0);
        m_summary->addWidget(m_timings, 1, 0, Qt::AlignTop);
        m_summary->addWidget(m_negotiation, 0, 1, 2, 1);
        m_summary->setColumnStretch(0, 2);
        m_summary->setColumnStretch(1, 3);
    } else {
        m_summary->addWidget(m_checks, 0, 0);
        m_summary->addWidget(m_negotiation, 1, 0);
        m_summary->addWidget(m_timings, 2, 0);
    }
}

QSize HandshakeView::minimumSizeHint() const
{
    int width = 0;
    const std::initializer_list<const QWidget *> parts = {m_banner,  m_error,      m_checks,     m_negotiation,
                                                          m_timings, m_requestBox, m_responseBox};
    for (const QWidget *part : parts)
        width = std::max(width, part->minimumSizeHint().width());
    const QMargins margins = layout()->contentsMargins();
    return {width + margins.left() + margins.right(), QWidget::minimumSizeHint().height()};
}

void HandshakeView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int needed = m_checks->minimumSizeHint().width() + m_negotiation->minimumSizeHint().width()
            + m_timings->minimumSizeHint().width() + 4 * m_summary->spacing();
    const int pair =
            m_checks->minimumSizeHint().width() + m_negotiation->minimumSizeHint().width() + 3 * m_summary->spacing();
    const int columns = width() >= needed ? 3 : width() >= pair ? 2 : 1;
    if (columns != m_summaryColumns)
        arrangeSummary(columns);
    // Request above response when they do not fit side by side.
    const int messagesWide = m_requestBox->minimumSizeHint().width() + m_responseBox->minimumSizeHint().width()
            + m_messages->handleWidth();
    m_messages->setOrientation(width() >= messagesWide + 2 * layout()->contentsMargins().left() ? Qt::Horizontal
                                                                                                : Qt::Vertical);
}

QGroupBox *HandshakeView::createAcceptBox()
{
    m_acceptCheck = valueLabel(QStringLiteral("acceptCheck"));
    QFont bold = m_acceptCheck->font();
    bold.setBold(true);
    m_acceptCheck->setFont(bold);
    m_acceptExpected = valueLabel(QStringLiteral("acceptExpected"), true);
    m_acceptReceived = valueLabel(QStringLiteral("acceptReceived"), true);
    auto *box = new QGroupBox(tr("Sec-WebSocket-Accept"));
    auto *form = new QFormLayout(box);
    form->addRow(tr("Check:"), m_acceptCheck);
    form->addRow(tr("Expected:"), m_acceptExpected);
    form->addRow(tr("Received:"), m_acceptReceived);
    return box;
}

QGroupBox *HandshakeView::createNegotiationBox()
{
    m_subprotocol = valueLabel(QStringLiteral("subprotocolValue"), true);
    m_offeredSubprotocols = valueLabel(QStringLiteral("offeredSubprotocols"), true);
    m_extensions = valueLabel(QStringLiteral("extensionsValue"), true);
    m_offeredExtensions = valueLabel(QStringLiteral("offeredExtensions"), true);
    m_extensionTree = new QTreeWidget;
    m_extensionTree->setObjectName(QStringLiteral("extensionsTree"));
    m_extensionTree->setHeaderLabels({tr("Extension / parameter"), tr("Value")});
    m_extensionTree->setColumnWidth(0, 220);
    m_extensionTree->setUniformRowHeights(true);
    m_extensionTree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_extensionTree->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *box = new QGroupBox(tr("Negotiation"));
    auto *form = new QFormLayout(box);
    form->addRow(tr("Subprotocol:"), m_subprotocol);
    form->addRow(tr("Offered subprotocols:"), m_offeredSubprotocols);
    form->addRow(tr("Extensions:"), m_extensions);
    form->addRow(tr("Offered extensions:"), m_offeredExtensions);
    form->addRow(m_extensionTree);
    return box;
}

QGroupBox *HandshakeView::createTimingsBox()
{
    m_dns = valueLabel(QStringLiteral("dnsTiming"));
    m_tcp = valueLabel(QStringLiteral("tcpTiming"));
    m_tlsTime = valueLabel(QStringLiteral("tlsTiming"));
    m_upgrade = valueLabel(QStringLiteral("upgradeTiming"));
    for (QLabel *label : {m_dns, m_tcp, m_tlsTime, m_upgrade})
        label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *box = new QGroupBox(tr("Timings"));
    auto *form = new QFormLayout(box);
    form->addRow(tr("DNS lookup:"), m_dns);
    form->addRow(tr("TCP connect:"), m_tcp);
    form->addRow(tr("TLS handshake:"), m_tlsTime);
    form->addRow(tr("HTTP upgrade:"), m_upgrade);
    return box;
}

QGroupBox *HandshakeView::createTlsBox()
{
    m_tls = valueLabel(QStringLiteral("tlsValue"));
    auto *box = new QGroupBox(tr("TLS"));
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_tls);
    return box;
}

QGroupBox *HandshakeView::createMessageBox(const QString &title, const QString &name, QLabel **startLine,
                                           QTableWidget **headers, QPlainTextEdit **raw)
{
    *startLine = valueLabel(name + QStringLiteral("Line"), true);
    QFont bold = (*startLine)->font();
    bold.setBold(true);
    (*startLine)->setFont(bold);

    auto *table = new QTableWidget(0, 2);
    table->setObjectName(name + QStringLiteral("Headers"));
    table->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    // Headers are few, so sizing the name column to its contents is cheap.
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    *headers = table;

    auto *text = new QPlainTextEdit;
    text->setObjectName(name + QStringLiteral("Raw"));
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    *raw = text;

    auto *parts = new QSplitter(Qt::Vertical);
    parts->setChildrenCollapsible(false);
    parts->addWidget(table);
    parts->addWidget(text);

    auto *box = new QGroupBox(title);
    box->setObjectName(name + QStringLiteral("Box"));
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(*startLine);
    layout->addWidget(parts, 1);
    return box;
}

void HandshakeView::clear()
{
    m_banner->setText(tr("No handshake selected"));
    setTone(m_banner, Tone::Neutral);
    m_error->clear();
    m_error->hide();
    m_acceptCheck->setText(tr("—"));
    setTone(m_acceptCheck, Tone::Neutral);
    for (QLabel *label : {m_acceptExpected, m_acceptReceived, m_subprotocol, m_offeredSubprotocols, m_extensions,
                          m_offeredExtensions, m_tls})
        label->setText(tr("—"));
    m_extensionTree->clear();
    m_extensionTree->hide();
    showTimings({});
    m_requestBox->setTitle(tr("Request"));
    m_responseBox->setTitle(tr("Response"));
    for (QLabel *line : {m_requestLine, m_responseLine}) {
        line->clear();
        setTone(line, Tone::Neutral);
    }
    for (QTableWidget *table : {m_requestHeaders, m_responseHeaders})
        table->setRowCount(0);
    m_requestRaw->clear();
    m_responseRaw->clear();
}

void HandshakeView::setHandshake(const Event &request, const Event &response, const Event &outcome, const QUrl &url,
                                 const Event &tls)
{
    clear();
    if (!request.raw.isEmpty()) {
        const bool weSent = request.direction == Direction::Outgoing;
        m_requestBox->setTitle(weSent ? tr("Request (sent)") : tr("Request (received)"));
        m_responseBox->setTitle(weSent ? tr("Response (received)") : tr("Response (sent)"));
    }

    HttpMessage requestMessage;
    const bool haveRequest =
            showMessage(request.raw, true, m_requestLine, m_requestHeaders, m_requestRaw, &requestMessage);
    // A failed upgrade's Failed event carries the response too, with its body.
    const QByteArray responseRaw = response.raw.isEmpty() ? outcome.raw : response.raw;
    HttpMessage responseMessage;
    const bool haveResponse =
            showMessage(responseRaw, false, m_responseLine, m_responseHeaders, m_responseRaw, &responseMessage);
    const HttpMessage *requestPtr = haveRequest ? &requestMessage : nullptr;
    const HttpMessage *responsePtr = haveResponse ? &responseMessage : nullptr;

    showBanner(request, outcome, responsePtr);
    showAcceptCheck(requestPtr, responsePtr);
    showNegotiation(outcome, requestPtr, responsePtr);
    showTimings(outcome.timings);
    showTls(outcome, url, tls);
}

bool HandshakeView::showMessage(const QByteArray &raw, bool isRequest, QLabel *startLine, QTableWidget *headers,
                                QPlainTextEdit *rawView, HttpMessage *parsed)
{
    if (raw.isEmpty()) {
        startLine->setText(isRequest ? tr("No request recorded") : tr("No response received"));
        return false;
    }
    rawView->setPlainText(rawText(raw));

    HttpParser parser(isRequest ? HttpParser::Kind::Request : HttpParser::Kind::Response);
    qsizetype consumed = 0;
    HttpParser::Result result = parser.feed(raw, &consumed);
    if (result == HttpParser::Result::NeedMoreData)
        result = parser.finish();
    if (result == HttpParser::Result::Failed) {
        startLine->setText(tr("Cannot parse: %1").arg(parser.errorString()));
        setTone(startLine, Tone::Bad);
        return false;
    }
    *parsed = parser.message();
    startLine->setText(
            isRequest ? display(parsed->method + ' ' + parsed->target + ' ' + parsed->version)
                      : display(parsed->version + ' ' + QByteArray::number(parsed->statusCode) + ' ' + parsed->reason));
    headers->setRowCount(int(parsed->headers.size()));
    for (int row = 0; row < parsed->headers.size(); ++row) {
        const HttpHeader &header = parsed->headers.at(row);
        headers->setItem(row, 0, new QTableWidgetItem(display(header.name)));
        headers->setItem(row, 1, new QTableWidgetItem(display(header.value)));
    }
    return true;
}

void HandshakeView::showBanner(const Event &request, const Event &outcome, const HttpMessage *response)
{
    const int status = response ? response->statusCode : outcome.statusCode;
    const QString statusText =
            response ? QStringLiteral("%1 %2").arg(status).arg(display(response->reason)) : QString::number(status);
    if (outcome.kind == Event::Kind::Opened) {
        m_banner->setText(tr("✓ Upgraded: %1").arg(statusText));
        setTone(m_banner, Tone::Good);
        return;
    }
    if (outcome.kind == Event::Kind::Failed) {
        m_banner->setText(status > 0 ? tr("✗ Upgrade failed: HTTP %1").arg(statusText) : tr("✗ Connection failed"));
        setTone(m_banner, Tone::Bad);
        m_error->setText(outcome.text.isEmpty() ? tr("No error message recorded") : outcome.text);
        setTone(m_error, Tone::Bad);
        m_error->show();
        return;
    }
    m_banner->setText(request.raw.isEmpty() ? tr("No handshake selected") : tr("Handshake in progress"));
}

void HandshakeView::showAcceptCheck(const HttpMessage *request, const HttpMessage *response)
{
    const QByteArray key = request ? request->header("Sec-WebSocket-Key") : QByteArray();
    const QByteArray received = response ? response->header("Sec-WebSocket-Accept") : QByteArray();
    const QByteArray expected = key.isEmpty() ? QByteArray() : Handshake::acceptKey(key);
    m_acceptExpected->setText(expected.isEmpty() ? tr("—") : display(expected));
    m_acceptReceived->setText(received.isNull() ? tr("—") : display(received));
    if (!request) {
        m_acceptCheck->setText(tr("not checked: no request"));
    } else if (key.isEmpty()) {
        m_acceptCheck->setText(tr("not checked: the request has no Sec-WebSocket-Key"));
    } else if (!response) {
        m_acceptCheck->setText(tr("not checked: no response"));
    } else if (received.isNull()) {
        m_acceptCheck->setText(tr("not checked: the response has no Sec-WebSocket-Accept"));
    } else if (received == expected) {
        m_acceptCheck->setText(tr("✓ match"));
        setTone(m_acceptCheck, Tone::Good);
    } else {
        m_acceptCheck->setText(tr("✗ mismatch"));
        setTone(m_acceptCheck, Tone::Bad);
    }
}

void HandshakeView::showNegotiation(const Event &outcome, const HttpMessage *request, const HttpMessage *response)
{
    const QString none = tr("none");
    const QString offeredProtocols = joinedValues(request, "Sec-WebSocket-Protocol");
    const QString offeredExtensions = joinedValues(request, "Sec-WebSocket-Extensions");
    m_offeredSubprotocols->setText(offeredProtocols.isEmpty() ? none : offeredProtocols);
    m_offeredExtensions->setText(offeredExtensions.isEmpty() ? none : offeredExtensions);

    // After an upgrade the Opened event says what the engine settled on; before or without
    // one, the response's headers are all there is.
    QString subprotocol;
    QByteArray extensions;
    if (outcome.kind == Event::Kind::Opened) {
        subprotocol = outcome.text;
        extensions = outcome.detail.toUtf8();
    } else if (response) {
        subprotocol = joinedValues(response, "Sec-WebSocket-Protocol");
        extensions = response->headerValues("Sec-WebSocket-Extensions").join(", ");
    }
    m_subprotocol->setText(subprotocol.isEmpty() ? none : subprotocol);
    m_extensions->setText(extensions.isEmpty() ? none : display(extensions));
    showExtensions(extensions);
}

void HandshakeView::showExtensions(const QByteArray &answered)
{
    m_extensionTree->clear();
    const QString yes = tr("yes");
    const QString no = tr("no");
    for (const QByteArray &element : splitHeaderElements(answered)) {
        const QList<HttpHeader> parts = extensionParts(element);
        auto *item = new QTreeWidgetItem(m_extensionTree, {display(parts.first().name)});
        if (parts.first().name == PerMessageDeflate::kName) {
            QString error;
            const std::optional<DeflateParams> params = PerMessageDeflate::parseResponse({element}, &error);
            if (!params) {
                item->setText(1, tr("✗ %1").arg(error));
                item->setToolTip(1, error);
            } else {
                // The effective values, defaults included, as the engine uses them (RFC 7692 §7.1).
                item->setText(1, tr("✓ valid"));
                const auto bits = [&parts](QByteArrayView name, int value) {
                    const bool explicitValue = std::any_of(parts.cbegin() + 1, parts.cend(),
                                                           [name](const HttpHeader &p) { return p.name == name; });
                    return explicitValue ? QString::number(value) : tr("%1 (default)").arg(value);
                };
                new QTreeWidgetItem(
                        item,
                        {QStringLiteral("server_no_context_takeover"), params->serverNoContextTakeover ? yes : no});
                new QTreeWidgetItem(
                        item,
                        {QStringLiteral("client_no_context_takeover"), params->clientNoContextTakeover ? yes : no});
                new QTreeWidgetItem(item,
                                    {QStringLiteral("server_max_window_bits"),
                                     bits("server_max_window_bits", params->serverMaxWindowBits)});
                new QTreeWidgetItem(item,
                                    {QStringLiteral("client_max_window_bits"),
                                     bits("client_max_window_bits", params->clientMaxWindowBits)});
            }
        } else {
            for (qsizetype i = 1; i < parts.size(); ++i)
                new QTreeWidgetItem(
                        item,
                        {display(parts[i].name), parts[i].value.isNull() ? tr("(no value)") : display(parts[i].value)});
        }
    }
    m_extensionTree->expandAll();
    // Sized to its few rows so the summary takes no more room than it needs.
    int rows = m_extensionTree->topLevelItemCount();
    for (int i = 0; i < m_extensionTree->topLevelItemCount(); ++i)
        rows += m_extensionTree->topLevelItem(i)->childCount();
    m_extensionTree->setVisible(rows > 0);
    if (rows > 0)
        m_extensionTree->setFixedHeight(m_extensionTree->header()->sizeHint().height()
                                        + rows * m_extensionTree->sizeHintForRow(0)
                                        + 2 * m_extensionTree->frameWidth());
}

void HandshakeView::showTimings(const ConnectionTimings &timings)
{
    const auto format = [this](qint64 us) { return us < 0 ? tr("—") : tr("%1 µs").arg(QLocale().toString(us)); };
    m_dns->setText(format(timings.dnsUs));
    m_tcp->setText(format(timings.tcpConnectUs));
    m_tlsTime->setText(format(timings.tlsUs));
    m_upgrade->setText(format(timings.upgradeUs));
}

void HandshakeView::showTls(const Event &outcome, const QUrl &url, const Event &tls)
{
    if (tls.kind == Event::Kind::TlsEstablished) {
        QStringList lines{tls.text, tls.detail};
        const QList<QSslCertificate> chain = QSslCertificate::fromData(tls.raw, QSsl::Pem);
        for (qsizetype i = 0; i < chain.size(); ++i) {
            const QSslCertificate &certificate = chain.at(i);
            lines.append(tr("%1. %2 — issued by %3, valid %4 to %5")
                                 .arg(i + 1)
                                 .arg(certificate.subjectDisplayName(), certificate.issuerDisplayName(),
                                      certificate.effectiveDate().toString(Qt::ISODate),
                                      certificate.expiryDate().toString(Qt::ISODate)));
        }
        if (chain.isEmpty())
            lines.append(tr("No peer certificate."));
        m_tls->setText(lines.join(QLatin1Char('\n')));
        return;
    }
    const QString notRecorded = tr("TLS details (protocol, cipher, certificate chain) not recorded.");
    if (url.scheme() == QLatin1String("ws"))
        m_tls->setText(tr("Not TLS (ws://)"));
    else if (url.scheme() == QLatin1String("wss"))
        m_tls->setText(tr("TLS (wss://). %1").arg(notRecorded));
    else if (outcome.timings.tlsUs >= 0)
        m_tls->setText(tr("TLS was used. %1").arg(notRecorded));
    else
        m_tls->setText(tr("Unknown whether TLS was used. %1").arg(notRecorded));
}

void HandshakeView::setTone(QLabel *label, Tone tone)
{
    label->setProperty(kToneProperty, int(tone));
    applyTone(label);
}

void HandshakeView::applyTone(QLabel *label)
{
    const auto tone = Tone(label->property(kToneProperty).toInt());
    if (tone == Tone::Neutral) {
        label->setPalette(QPalette());
        return;
    }
    // Darker shades on light windows, lighter ones on dark windows, for contrast on both.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QColor colour = tone == Tone::Good ? (dark ? QColor(0x3fb950) : QColor(0x1a7f37))
                                             : (dark ? QColor(0xff7b72) : QColor(0xcf222e));
    QPalette palette;
    palette.setColor(QPalette::WindowText, colour);
    label->setPalette(palette);
}

void HandshakeView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        for (QLabel *label : findChildren<QLabel *>()) {
            if (label->property(kToneProperty).isValid())
                applyTone(label);
        }
    }
}

} // namespace Sockscope
