// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes every capture reader (REL, issue 13 §8) through the paths a user's file takes: the
// first byte picks the format, the rest is the file. HAR, JSON Lines and pcap/pcapng are
// imported into a scratch .wscap by CaptureFiles::import and read back; a .wscap is opened
// by CaptureReader (its salvage path takes over for damaged pages) and read whole; and
// CaptureSalvage::scan reads the bytes as SQLite pages directly. Nothing may crash, leak or
// allocate what the file claims; a failure says why, and what an import wrote opens.
#include "fuzzsplit.h"

#include "capture/capturefiles.h"
#include "capture/capturereader.h"
#include "capture/capturesalvage.h"
#include "store/event.h"

#include <QByteArray>
#include <QFile>
#include <QTemporaryDir>

#include <vector>

using namespace Sockscope;
using SockscopeFuzz::check;

namespace {

const QTemporaryDir &scratch()
{
    static const QTemporaryDir dir;
    return dir;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Reads everything the capture offers, as opening it in the window and exporting it would:
// the connections, the log index, every event, and the first rows again by sequence.
void readWhole(CaptureReader &reader)
{
    reader.connections();
    reader.decoderChoices();
    std::vector<LogRecord> index;
    reader.readLogIndex(index);
    reader.readEvents([](const Event &) { return true; });
    for (std::size_t i = 0; i < index.size() && i < 64; ++i)
        reader.event(index[i].sequence);
}

void importAndRead(const QByteArray &file, CaptureFormat format, const char *extension)
{
    const QString input = scratch().filePath(QStringLiteral("input.") + QLatin1String(extension));
    const QString wscap = scratch().filePath(QStringLiteral("imported.wscap"));
    QFile::remove(wscap);
    if (!writeFile(input, file))
        return;
    QString error;
    if (!CaptureFiles::import(input, format, wscap, &error)) {
        check(!error.isEmpty(), "an import failed without saying why");
        return;
    }
    CaptureReader reader;
    check(reader.open(wscap), "an imported capture does not open");
    readWhole(reader);
}

void openWscap(const QByteArray &file)
{
    const QString path = scratch().filePath(QStringLiteral("input.wscap"));
    QFile::remove(path + QStringLiteral("-journal"));
    QFile::remove(path + QStringLiteral("-wal"));
    if (!writeFile(path, file))
        return;
    CaptureReader reader;
    if (!reader.open(path)) {
        check(!reader.errorString().isEmpty(), "a capture failed to open without saying why");
        return;
    }
    readWhole(reader);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray file(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    switch (data[0] % 5) {
    case 0:
        importAndRead(file, CaptureFormat::Har, "har");
        break;
    case 1:
        importAndRead(file, CaptureFormat::Jsonl, "jsonl");
        break;
    case 2:
        importAndRead(file, CaptureFormat::Pcap, "pcapng");
        break;
    case 3:
        openWscap(file);
        break;
    default:
        CaptureSalvage::scan(file);
        break;
    }
    return 0;
}
