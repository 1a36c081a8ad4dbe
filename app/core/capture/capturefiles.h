// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Sockscope {

class CaptureReader;

enum class CaptureFormat { Wscap, Har, Jsonl };

// Capture files by extension: opening any supported format as a capture, converting between them.
class CaptureFiles
{
    Q_DECLARE_TR_FUNCTIONS(Sockscope::CaptureFiles)

public:
    // nullopt with `error` naming the supported extensions.
    static std::optional<CaptureFormat> formatOf(const QString &path, QString *error);
    // Opens `path` in `reader`; HAR and JSON Lines are imported into `scratchWscap` first.
    static bool open(const QString &path, const QString &scratchWscap, CaptureReader &reader, QString *error);
    // Writes `reader`'s capture to `path` in the format its extension names.
    static bool save(CaptureReader &reader, const QString &path, QString *error);
    // Imports a HAR or JSON Lines file into a new .wscap at `wscapPath`.
    static bool import(const QString &path, CaptureFormat format, const QString &wscapPath, QString *error);
};

} // namespace Sockscope
