// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Sockscope {

// How the composer turns its input into a data message.
enum class MessageMode { Text, Json, Hex, File };

// A saved message: for File mode the content is the file's path.
struct Snippet
{
    QString name;
    MessageMode mode = MessageMode::Text;
    QString content;
};

// Snippets live in QSettings under "composer/snippets", in the order the user saved them.
QList<Snippet> loadSnippets();
void storeSnippets(const QList<Snippet> &snippets);

} // namespace Sockscope
