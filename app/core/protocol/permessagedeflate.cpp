// SPDX-License-Identifier: GPL-3.0-or-later
#include "permessagedeflate.h"

#include "httpmessage.h"

#include <zlib.h>

namespace Sockscope {
namespace {

struct ExtensionParam
{
    QByteArray name;
    QByteArray value; // null when the parameter has no value
};

struct Extension
{
    QByteArray name;
    QList<ExtensionParam> params;
};

Extension parseExtension(const QByteArray &element)
{
    Extension extension;
    const QList<QByteArray> parts = element.split(';');
    extension.name = parts.first().trimmed();
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray part = parts[i].trimmed();
        const qsizetype eq = part.indexOf('=');
        ExtensionParam param;
        param.name = (eq < 0 ? part : part.left(eq)).trimmed().toLower();
        if (eq >= 0) {
            param.value = part.mid(eq + 1).trimmed();
            if (param.value.size() >= 2 && param.value.startsWith('"') && param.value.endsWith('"'))
                param.value = param.value.mid(1, param.value.size() - 2);
        }
        extension.params.append(param);
    }
    return extension;
}

std::optional<int> windowBits(const QByteArray &value)
{
    bool ok = false;
    const int bits = value.toInt(&ok);
    if (!ok || bits < 8 || bits > 15 || value.startsWith('0'))
        return std::nullopt;
    return bits;
}

// zlib's raw deflate rejects an 8-bit window; 9 is the smallest it writes.
int zlibWindowBits(int bits)
{
    return -qMax(9, bits);
}

const std::uint8_t kSyncTail[] = {0x00, 0x00, 0xFF, 0xFF};

} // namespace

QByteArray PerMessageDeflate::clientOffer()
{
    return QByteArray(kName) + "; client_max_window_bits";
}

std::optional<DeflateParams> PerMessageDeflate::acceptOffer(const QList<QByteArray> &extensionElements)
{
    for (const QByteArray &element : extensionElements) {
        const Extension offer = parseExtension(element);
        if (offer.name != kName)
            continue;
        DeflateParams params;
        bool acceptable = true;
        QList<QByteArray> seen;
        for (const ExtensionParam &p : offer.params) {
            if (seen.contains(p.name)) {
                acceptable = false;
                break;
            }
            seen.append(p.name);
            if (p.name == "server_no_context_takeover" && p.value.isNull()) {
                params.serverNoContextTakeover = true;
            } else if (p.name == "client_no_context_takeover" && p.value.isNull()) {
                params.clientNoContextTakeover = true;
            } else if (p.name == "server_max_window_bits" && windowBits(p.value)) {
                params.serverMaxWindowBits = *windowBits(p.value);
            } else if (p.name == "client_max_window_bits") {
                // Without a value the client only says it could take a limit; we set none.
                if (!p.value.isNull()) {
                    if (!windowBits(p.value)) {
                        acceptable = false;
                        break;
                    }
                    params.clientMaxWindowBits = *windowBits(p.value);
                }
            } else {
                acceptable = false;
                break;
            }
        }
        if (acceptable)
            return params;
    }
    return std::nullopt;
}

QByteArray PerMessageDeflate::responseValue(const DeflateParams &params)
{
    QByteArray value = kName;
    if (params.serverNoContextTakeover)
        value += "; server_no_context_takeover";
    if (params.clientNoContextTakeover)
        value += "; client_no_context_takeover";
    if (params.serverMaxWindowBits != 15)
        value += "; server_max_window_bits=" + QByteArray::number(params.serverMaxWindowBits);
    if (params.clientMaxWindowBits != 15)
        value += "; client_max_window_bits=" + QByteArray::number(params.clientMaxWindowBits);
    return value;
}

std::optional<DeflateParams> PerMessageDeflate::parseResponse(const QList<QByteArray> &extensionElements,
                                                              QString *error)
{
    if (extensionElements.size() != 1) {
        *error = tr("server answered with %1 extensions, only permessage-deflate was offered")
                         .arg(extensionElements.size());
        return std::nullopt;
    }
    const Extension response = parseExtension(extensionElements.first());
    if (response.name != kName) {
        *error = tr("server accepted an extension that was not offered: %1").arg(QString::fromLatin1(response.name));
        return std::nullopt;
    }
    DeflateParams params;
    for (const ExtensionParam &p : response.params) {
        if (p.name == "server_no_context_takeover" && p.value.isNull()) {
            params.serverNoContextTakeover = true;
        } else if (p.name == "client_no_context_takeover" && p.value.isNull()) {
            params.clientNoContextTakeover = true;
        } else if (p.name == "server_max_window_bits" && windowBits(p.value)) {
            params.serverMaxWindowBits = *windowBits(p.value);
        } else if (p.name == "client_max_window_bits" && windowBits(p.value)) {
            params.clientMaxWindowBits = *windowBits(p.value);
        } else {
            *error = tr("invalid permessage-deflate parameter in the server's response: %1")
                             .arg(QString::fromLatin1(p.name));
            return std::nullopt;
        }
    }
    return params;
}

struct MessageDeflater::Stream
{
    z_stream z{};
};

MessageDeflater::MessageDeflater(int windowBits, bool noContextTakeover)
    : m_stream(std::make_unique<Stream>()), m_noContextTakeover(noContextTakeover)
{
    deflateInit2(&m_stream->z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, zlibWindowBits(windowBits), 8, Z_DEFAULT_STRATEGY);
}

MessageDeflater::~MessageDeflater()
{
    deflateEnd(&m_stream->z);
}

QByteArray MessageDeflater::compress(std::span<const std::uint8_t> message)
{
    z_stream &z = m_stream->z;
    QByteArray out;
    out.resize(qsizetype(deflateBound(&z, uLong(message.size())) + 16));
    z.next_in = const_cast<Bytef *>(message.data());
    z.avail_in = uInt(message.size());
    qsizetype produced = 0;
    do {
        if (produced == out.size())
            out.resize(out.size() * 2);
        z.next_out = reinterpret_cast<Bytef *>(out.data()) + produced;
        z.avail_out = uInt(out.size() - produced);
        deflate(&z, Z_SYNC_FLUSH);
        produced = out.size() - z.avail_out;
    } while (z.avail_out == 0);
    out.truncate(produced);
    if (out.endsWith(QByteArrayView(reinterpret_cast<const char *>(kSyncTail), 4)))
        out.chop(4);
    else
        out.append('\0'); // an empty stored block keeps the stream valid (RFC 7692 §7.2.3.6)
    if (m_noContextTakeover)
        deflateReset(&z);
    return out;
}

struct MessageInflater::Stream
{
    z_stream z{};
};

MessageInflater::MessageInflater(int windowBits, bool noContextTakeover)
    : m_stream(std::make_unique<Stream>()), m_noContextTakeover(noContextTakeover)
{
    // The negotiated window: data that refers further back than the peer agreed to cannot be
    // inflated with the negotiated context and is flagged (zlib reports a distance too far back).
    inflateInit2(&m_stream->z, -qBound(8, windowBits, 15));
}

MessageInflater::~MessageInflater()
{
    inflateEnd(&m_stream->z);
}

MessageInflater::Result MessageInflater::inflate(std::span<const std::uint8_t> compressed, bool finalFrame,
                                                 QByteArray &out, std::uint64_t limit)
{
    Result result = run(compressed, out, limit);
    if (result == Result::Ok && finalFrame)
        result = run(kSyncTail, out, limit);
    if (finalFrame) {
        m_messageSize = 0;
        if (m_noContextTakeover)
            inflateReset(&m_stream->z);
    }
    return result;
}

MessageInflater::Result MessageInflater::run(std::span<const std::uint8_t> input, QByteArray &out, std::uint64_t limit)
{
    z_stream &z = m_stream->z;
    z.next_in = const_cast<Bytef *>(input.data());
    z.avail_in = uInt(input.size());
    constexpr qsizetype kChunk = 64 * 1024;
    while (true) {
        const qsizetype start = out.size();
        // Never produce more than one byte beyond the limit, so a bomb costs at most `limit`.
        const std::uint64_t room = limit - qMin(limit, m_messageSize) + 1;
        const qsizetype chunk = qsizetype(qMin<std::uint64_t>(kChunk, room));
        out.resize(start + chunk);
        z.next_out = reinterpret_cast<Bytef *>(out.data()) + start;
        z.avail_out = uInt(chunk);
        const int rc = ::inflate(&z, Z_SYNC_FLUSH);
        const qsizetype produced = chunk - qsizetype(z.avail_out);
        out.truncate(start + produced);
        m_messageSize += std::uint64_t(produced);
        if (m_messageSize > limit)
            return Result::TooLarge;
        if (rc == Z_BUF_ERROR || (rc == Z_OK && z.avail_in == 0 && z.avail_out != 0))
            return Result::Ok;
        if (rc == Z_STREAM_END) {
            // A final deflate block ends the stream; the next message starts a fresh one.
            inflateReset(&z);
            if (z.avail_in == 0)
                return Result::Ok;
            continue;
        }
        if (rc != Z_OK)
            return Result::Corrupt;
    }
}

} // namespace Sockscope
