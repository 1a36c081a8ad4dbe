// SPDX-License-Identifier: GPL-3.0-or-later
#include "capturefiles.h"

#include "capturereader.h"
#include "capturewriter.h"
#include "harformat.h"
#include "jsonlformat.h"
#include "pcapimport.h"
#include "pcapngexport.h"

#include <QFile>
#include <QFileInfo>

namespace Sockscope {
namespace {

// pcap (either byte order, micro- or nanosecond) and pcapng, whatever the file is called.
std::optional<CaptureFormat> packetFormatByMagic(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray magic = file.read(4).toHex();
    if (magic == "0a0d0d0a")
        return CaptureFormat::Pcap;
    for (const char *pcap : {"a1b2c3d4", "d4c3b2a1", "a1b23c4d", "4d3cb2a1"}) {
        if (magic == pcap)
            return CaptureFormat::Pcap;
    }
    return std::nullopt;
}

} // namespace

std::optional<CaptureFormat> CaptureFiles::formatOf(const QString &path, QString *error)
{
    if (const auto packets = packetFormatByMagic(path))
        return packets;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("wscap"))
        return CaptureFormat::Wscap;
    if (suffix == QLatin1String("har"))
        return CaptureFormat::Har;
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson"))
        return CaptureFormat::Jsonl;
    if (suffix == QLatin1String("pcapng"))
        return QFileInfo::exists(path) ? CaptureFormat::Pcap : CaptureFormat::Pcapng;
    if (suffix == QLatin1String("pcap"))
        return CaptureFormat::Pcap;
    *error = tr("%1: unknown capture format \"%2\"; use .wscap, .har, .jsonl, .pcap or .pcapng").arg(path, suffix);
    return std::nullopt;
}

bool CaptureFiles::import(const QString &path, CaptureFormat format, const QString &wscapPath, QString *error)
{
    if (!QFileInfo::exists(path)) {
        *error = tr("%1 does not exist").arg(path);
        return false;
    }
    CaptureWriter writer;
    if (!writer.open(wscapPath)) {
        *error = writer.errorString();
        return false;
    }
    const ImportSink sink = [&writer](const Event &event) { writer.append(event); };
    const bool imported = format == CaptureFormat::Har ? HarFormat::importFile(path, sink, error)
            : format == CaptureFormat::Jsonl           ? JsonlFormat::importFile(path, sink, error)
                                                       : PcapImport::importFile(path, sink, error);
    writer.close();
    if (imported && writer.hasFailed()) {
        *error = writer.errorString();
        return false;
    }
    return imported;
}

bool CaptureFiles::open(const QString &path, const QString &scratchWscap, CaptureReader &reader, QString *error)
{
    const auto format = formatOf(path, error);
    if (!format)
        return false;
    QString source = path;
    if (*format != CaptureFormat::Wscap) {
        if (!import(path, *format, scratchWscap, error))
            return false;
        source = scratchWscap;
    }
    if (!reader.open(source)) {
        *error = reader.errorString();
        return false;
    }
    return true;
}

bool CaptureFiles::save(CaptureReader &reader, const QString &path, QString *error, const ExportProgress &progress,
                        const std::optional<QList<RecordedDecoderChoice>> &choices)
{
    const auto format = formatOf(path, error);
    if (!format)
        return false;
    switch (*format) {
    case CaptureFormat::Har:
        return HarFormat::exportCapture(reader, path, error, progress);
    case CaptureFormat::Jsonl:
        return JsonlFormat::exportCapture(reader, path, error, progress);
    case CaptureFormat::Pcapng:
        return PcapngExport::exportCapture(reader, path, error, progress);
    case CaptureFormat::Pcap:
        if (QFileInfo(path).suffix().toLower() == QLatin1String("pcapng"))
            return PcapngExport::exportCapture(reader, path, error, progress); // overwriting one
        *error = tr("%1: export writes pcapng only; name the file .pcapng").arg(path);
        return false;
    case CaptureFormat::Wscap:
        break;
    }
    // Re-recording through the writer drops damaged rows and yields a clean, compact file.
    CaptureWriter writer;
    if (!writer.open(path)) {
        *error = writer.errorString();
        return false;
    }
    const bool completed = reader.readEvents(
            ProgressCounter::wrap(progress, [&writer](const Event &event) { return writer.append(event); }));
    for (const RecordedDecoderChoice &choice : choices.value_or(reader.decoderChoices()))
        writer.setDecoderChoice(choice);
    writer.close();
    if (!completed && !writer.hasFailed()) {
        QFile::remove(path);
        *error = tr("export of %1 cancelled").arg(path);
        return false;
    }
    if (writer.hasFailed()) {
        *error = writer.errorString();
        return false;
    }
    return true;
}

} // namespace Sockscope
