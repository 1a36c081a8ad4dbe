// SPDX-License-Identifier: GPL-3.0-or-later
#include "protoschemadialog.h"

#include "decode/protoschemapool.h"
#include "dialogs/formmessage.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Sockscope {
namespace {

constexpr char kImportFoldersKey[] = "decoders/protoImportFolders";
constexpr char kDecoderId[] = "protobuf-schema";
// Marks an import folder in the list, whose entries are files and folders.
constexpr int kIsFolderRole = Qt::UserRole + 1;

} // namespace

ProtoSchemaDialog::ProtoSchemaDialog(const DecoderChoice &current, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Protocol Buffers Schema"));
    m_importFolders = QSettings().value(QLatin1String(kImportFoldersKey)).toStringList();
    m_files = current.schemaFiles;
    m_wantedType = current.schemaType;
    createWidgets();
    layOutDialog();
    reload();
}

std::optional<DecoderChoice> ProtoSchemaDialog::choose(QWidget *parent, const DecoderChoice &current)
{
    ProtoSchemaDialog dialog(current, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.choice();
}

DecoderChoice ProtoSchemaDialog::choice() const
{
    const QListWidgetItem *item = m_typeList->currentItem();
    return {QByteArray(kDecoderId), item ? item->text() : QString(), m_files};
}

void ProtoSchemaDialog::createWidgets()
{
    m_fileList = new QListWidget(this);
    m_fileList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_typeList = new QListWidget(this);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter message types"));
    m_filter->setClearButtonEnabled(true);
    m_error = new FormMessage(FormMessage::Kind::Error, this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_filter, &QLineEdit::textChanged, this, &ProtoSchemaDialog::filterTypes);
    connect(m_typeList, &QListWidget::currentItemChanged, this, &ProtoSchemaDialog::updateOk);
    connect(m_typeList, &QListWidget::itemDoubleClicked, this, &ProtoSchemaDialog::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProtoSchemaDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProtoSchemaDialog::reject);
}

void ProtoSchemaDialog::layOutDialog()
{
    auto *addFiles = new QPushButton(tr("Add .proto Files…"), this);
    auto *addFolder = new QPushButton(tr("Add Import Folder…"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    connect(addFiles, &QPushButton::clicked, this, &ProtoSchemaDialog::browseFiles);
    connect(addFolder, &QPushButton::clicked, this, &ProtoSchemaDialog::browseImportFolder);
    connect(remove, &QPushButton::clicked, this, &ProtoSchemaDialog::removeSelected);
    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(addFiles);
    fileButtons->addWidget(addFolder);
    fileButtons->addStretch();
    fileButtons->addWidget(remove);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Schema files and import folders:"), this));
    layout->addWidget(m_fileList, 1);
    layout->addLayout(fileButtons);
    layout->addWidget(m_error);
    layout->addWidget(new QLabel(tr("Message type of the payloads:"), this));
    layout->addWidget(m_filter);
    layout->addWidget(m_typeList, 2);
    layout->addWidget(m_buttons);
    resize(560, 520);
}

void ProtoSchemaDialog::browseFiles()
{
    const QString start = m_files.isEmpty() ? QString() : QFileInfo(m_files.last()).absolutePath();
    addFiles(QFileDialog::getOpenFileNames(this, tr("Add .proto Files"), start,
                                           tr("Protocol Buffers schemas (*.proto);;All files (*)")));
}

void ProtoSchemaDialog::browseImportFolder()
{
    addImportFolder(QFileDialog::getExistingDirectory(this, tr("Add Import Folder")));
}

void ProtoSchemaDialog::addFiles(const QStringList &files)
{
    if (files.isEmpty())
        return;
    for (const QString &file : files)
        m_files.append(QFileInfo(file).absoluteFilePath());
    m_files.removeDuplicates();
    reload();
}

void ProtoSchemaDialog::addImportFolder(const QString &folder)
{
    if (folder.isEmpty())
        return;
    m_importFolders.append(QDir(folder).absolutePath());
    m_importFolders.removeDuplicates();
    reload();
}

void ProtoSchemaDialog::removeSelected()
{
    for (const QListWidgetItem *item : m_fileList->selectedItems()) {
        QStringList &list = item->data(kIsFolderRole).toBool() ? m_importFolders : m_files;
        list.removeAll(item->data(Qt::UserRole).toString());
    }
    reload();
}

void ProtoSchemaDialog::reload()
{
    if (const QListWidgetItem *item = m_typeList->currentItem())
        m_wantedType = item->text();
    m_fileList->clear();
    for (const QString &file : std::as_const(m_files)) {
        auto *item = new QListWidgetItem(QDir::toNativeSeparators(file), m_fileList);
        item->setData(Qt::UserRole, file);
    }
    for (const QString &folder : std::as_const(m_importFolders)) {
        auto *item = new QListWidgetItem(tr("%1 (import folder)").arg(QDir::toNativeSeparators(folder)), m_fileList);
        item->setData(Qt::UserRole, folder);
        item->setData(kIsFolderRole, true);
    }
    m_typeList->clear();
    m_error->clearMessage();
    if (!m_files.isEmpty()) {
        const ProtoSchemaPool::LoadResult loaded = ProtoSchemaPool::instance().load(m_files, m_importFolders);
        if (!loaded.ok())
            m_error->showMessage(loaded.error);
        m_typeList->addItems(loaded.messageTypes);
        const auto wanted = m_typeList->findItems(m_wantedType, Qt::MatchExactly);
        m_typeList->setCurrentItem(wanted.isEmpty() ? m_typeList->item(0) : wanted.first());
    }
    filterTypes();
}

void ProtoSchemaDialog::filterTypes()
{
    const QString filter = m_filter->text().trimmed();
    for (int row = 0; row < m_typeList->count(); ++row) {
        QListWidgetItem *item = m_typeList->item(row);
        item->setHidden(!item->text().contains(filter, Qt::CaseInsensitive));
    }
    updateOk();
}

void ProtoSchemaDialog::updateOk()
{
    const QListWidgetItem *item = m_typeList->currentItem();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(item && !item->isHidden());
}

void ProtoSchemaDialog::accept()
{
    if (!m_typeList->currentItem())
        return;
    QSettings().setValue(QLatin1String(kImportFoldersKey), m_importFolders);
    QDialog::accept();
}

} // namespace Sockscope
