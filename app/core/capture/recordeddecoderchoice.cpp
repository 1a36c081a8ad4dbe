// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordeddecoderchoice.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Sockscope {

const char *senderName(DecodeContext::Sender sender)
{
    switch (sender) {
    case DecodeContext::Sender::Client:
        return "client";
    case DecodeContext::Sender::Server:
        return "server";
    case DecodeContext::Sender::Unknown:
        break;
    }
    return "unknown";
}

std::optional<DecodeContext::Sender> senderFromName(QByteArrayView name)
{
    if (name == "client")
        return DecodeContext::Sender::Client;
    if (name == "server")
        return DecodeContext::Sender::Server;
    return std::nullopt;
}

QString schemaFilesText(const QStringList &files)
{
    if (files.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(files)).toJson(QJsonDocument::Compact));
}

QStringList schemaFilesFromText(const QString &text)
{
    QStringList files;
    for (const QJsonValue &file : QJsonDocument::fromJson(text.toUtf8()).array()) {
        if (file.isString())
            files.append(file.toString());
    }
    return files;
}

} // namespace Sockscope
