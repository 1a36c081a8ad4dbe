// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the capture readers that parse bytes themselves (REL, issue 13 §8), without SQLite in
// the loop so that a run reaches millions of inputs: the first byte picks the reader as in
// fuzz_captures (0 HAR, 1 JSON Lines, 2 pcap/pcapng, 3 and 4 the salvage scan of SQLite pages),
// the rest is the file. Importers hand their events to a sink that checks them; fuzz_captures
// takes the same inputs on through the capture writer and reader.
#include "fuzzsplit.h"

#include "capture/capturefiles.h"
#include "capture/capturesalvage.h"
#include "capture/harformat.h"
#include "capture/jsonlformat.h"
#include "capture/pcapimport.h"
#include "store/event.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Sockscope;
using SockscopeFuzz::check;

namespace {

// In memory when the system has a tmpfs there: every input is written to a file first.
const QTemporaryDir &scratch()
{
    static const QTemporaryDir dir(QDir(QStringLiteral("/dev/shm")).exists()
                                           ? QStringLiteral("/dev/shm/fuzz_imports-XXXXXX")
                                           : QDir::tempPath() + QStringLiteral("/fuzz_imports-XXXXXX"));
    return dir;
}

// What every imported event must be, whatever the file said: nothing read from a file is larger
// than the file (an inflated payload may be).
void checkEvent(const Event &event, qsizetype fileSize)
{
    check(event.payload.size() <= fileSize, "an imported payload is larger than its file");
    check(event.raw.size() <= fileSize, "imported raw bytes are larger than their file");
}

using Importer = bool (*)(const QString &, const ImportSink &, QString *);

void import(const QByteArray &file, Importer importFile, const char *extension)
{
    const QString path = scratch().filePath(QStringLiteral("input.") + QLatin1String(extension));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(file) != file.size())
        return;
    out.close();
    QString error;
    const bool imported =
            importFile(path, [&file](const Event &event) { checkEvent(event, file.size()); }, &error);
    check(imported || !error.isEmpty(), "an import failed without saying why");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray file(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    switch (data[0] % 5) {
    case 0:
        import(file, &HarFormat::importFile, "har");
        break;
    case 1:
        import(file, &JsonlFormat::importFile, "jsonl");
        break;
    case 2:
        import(file, &PcapImport::importFile, "pcapng");
        break;
    default:
        CaptureSalvage::scan(file);
        break;
    }
    return 0;
}
