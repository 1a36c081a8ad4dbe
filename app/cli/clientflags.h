// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clientoptions.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

namespace Sockscope {

// The flags of how a client connection is made (ENG-5), shared by `connect` and by `proxy`
// for its upstream legs: TLS verification, CA, client certificate, proxy, timeout and the
// largest message.
class ClientFlags
{
    Q_DECLARE_TR_FUNCTIONS(Sockscope::ClientFlags)

public:
    ClientFlags();
    void addTo(QCommandLineParser &parser) const;
    // Fills the connection options from the parsed flags; false after printing a usage error.
    bool apply(const QCommandLineParser &parser, ClientOptions *options) const;
    bool isInsecure(const QCommandLineParser &parser) const { return parser.isSet(m_insecure); }

    // A flag's value in seconds; false after printing a usage error.
    static bool seconds(const QCommandLineParser &parser, const QCommandLineOption &option, double *out);

private:
    QCommandLineOption m_insecure;
    QCommandLineOption m_caFile;
    QCommandLineOption m_cert;
    QCommandLineOption m_key;
    QCommandLineOption m_proxy;
    QCommandLineOption m_timeout;
    QCommandLineOption m_maxMessage;
};

} // namespace Sockscope
