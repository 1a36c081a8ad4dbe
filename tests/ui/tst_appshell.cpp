// SPDX-License-Identifier: GPL-3.0-or-later
#include "appshell/aboutdialog.h"
#include "appshell/actionicons.h"
#include "appshell/appsettings.h"
#include "appshell/appshell.h"
#include "appshell/maintoolbar.h"
#include "appshell/paletteiconengine.h"
#include "appshell/settingsdialog.h"
#include "appshell/shortcutsdialog.h"
#include "appshell/theme.h"
#include "appshell/userguide.h"
#include "composer/composer.h"
#include "connections/connectionsview.h"
#include "demosession.h"
#include "dialogs/exportdialog.h"
#include "dialogs/newconnectiondialog.h"
#include "dialogs/newserverdialog.h"
#include "framelog/filterbar.h"
#include "framelog/framelogview.h"
#include "mainwindow.h"
#include "models/connectiontreemodel.h"
#include "models/framelogmodel.h"
#include "screenshot.h"
#include "websocketclient.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeWidget>

using namespace Sockscope;

namespace {

const QStringList kIconNames = {
        QStringLiteral("autoscroll"), QStringLiteral("clear"),          QStringLiteral("close"),
        QStringLiteral("connect"),    QStringLiteral("disconnect"),     QStringLiteral("export"),
        QStringLiteral("intercept"),  QStringLiteral("new-connection"), QStringLiteral("new-proxy"),
        QStringLiteral("new-server"), QStringLiteral("open"),           QStringLiteral("pause"),
        QStringLiteral("plots"),      QStringLiteral("reconnect"),      QStringLiteral("replay"),
        QStringLiteral("save"),       QStringLiteral("settings")};

// How many pixels of `image` are close to `colour` (antialiased edges aside).
int pixelsNear(const QImage &image, const QColor &colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 200 && std::abs(c.red() - colour.red()) < 24 && std::abs(c.green() - colour.green()) < 24
                && std::abs(c.blue() - colour.blue()) < 24)
                ++count;
        }
    }
    return count;
}

QAction *action(QWidget *window, const char *name)
{
    return window->findChild<QAction *>(QString::fromLatin1(name));
}

QStringList actionNames(const QToolBar *toolBar)
{
    QStringList names;
    for (const QAction *a : toolBar->actions()) {
        if (!a->isSeparator())
            names.append(a->objectName());
    }
    return names;
}

// Opens a URL handed to QDesktopServices instead of a browser.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

} // namespace

class TestAppShell : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void iconsArePaintedFromThePalette();
    void toolbarFindsActionsByName();
    void mainWindowToolbarAndIcons();
    void autoscrollButtonSaysWhatAClickDoes();
    void connectionToolbarFollowsTheCurrentEntry();
    void aboutListsVersionsAndLicence();
    void shortcutsAreReadFromTheActions();
    void mnemonicsAreStripped();
    void userGuideIsFoundRenderedAndOpened();
    void userGuideMissingSaysWhere();
    void settingsAreStoredAndShownAgain();
    void badRecordingFolderIsRefused();
    void settingsAreApplied();
    void recordingGoesToTheChosenFolder();
    void screenshots_data();
    void screenshots();
    void guideScreenshots();

private:
    QTemporaryDir m_dir;
};

void TestAppShell::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SockscopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("sockscope-tst-appshell"));
    QVERIFY(m_dir.isValid());
}

void TestAppShell::init()
{
    QSettings().clear();
    Theme::apply(AppSettings::Theme::System);
}

void TestAppShell::iconsArePaintedFromThePalette()
{
    const QPalette original = QApplication::palette();
    for (const QString &name : kIconNames) {
        QIcon icon(new PaletteIconEngine(QStringLiteral(":/icons/%1.svg").arg(name)));
        QVERIFY2(!icon.isNull(), qPrintable(name));
        for (const QColor colour : {QColor(Qt::red), QColor(0x20, 0xd0, 0xff)}) {
            QPalette palette = original;
            palette.setColor(QPalette::ButtonText, colour);
            QApplication::setPalette(palette);
            const QImage image = icon.pixmap(QSize(48, 48)).toImage();
            QCOMPARE(image.size(), QSize(48, 48));
            QCOMPARE(pixelsNear(image, QColor(QLatin1StringView(PaletteIconEngine::kNeutralColour))), 0);
            // The two accent-only icons keep their own colour; every other one takes the palette's.
            if (name != QLatin1String("connect") && name != QLatin1String("disconnect"))
                QVERIFY2(pixelsNear(image, colour) > 20, qPrintable(name));
            else
                QCOMPARE(pixelsNear(image, colour), 0);
        }
    }
    QApplication::setPalette(original);
}

// Actions added by other parts of the window (replay, proxy, intercept) join by objectName.
void TestAppShell::toolbarFindsActionsByName()
{
    QMainWindow window;
    QMenu *menu = window.menuBar()->addMenu(QStringLiteral("Tools"));
    menu->addAction(QStringLiteral("Replay"))->setObjectName(QStringLiteral("replayAction"));
    menu->addAction(QStringLiteral("Open"))->setObjectName(QStringLiteral("openAction"));
    menu->addAction(QStringLiteral("Unrelated"))->setObjectName(QStringLiteral("somethingElse"));
    MainToolBar toolBar(&window);
    QCOMPARE(actionNames(&toolBar), (QStringList{QStringLiteral("openAction"), QStringLiteral("replayAction")}));
    QCOMPARE(toolBar.actions().size(), 3); // a separator between the groups, none at the ends
    QVERIFY(toolBar.actions().at(1)->isSeparator());
}

void TestAppShell::mainWindowToolbarAndIcons()
{
    MainWindow window;
    auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(toolBar);
    QStringList expected;
    for (const QString &name : MainToolBar::actionNames()) {
        if (!name.isEmpty() && window.findChild<QAction *>(name))
            expected.append(name);
    }
    QCOMPARE(actionNames(toolBar), expected);
    for (const char *name : {"newConnectionAction", "newServerAction", "openAction", "saveAction", "exportAction",
                             "autoscrollAction", "clearAction", "plotsAction", "settingsAction"}) {
        QVERIFY2(expected.contains(QLatin1String(name)), name);
        QVERIFY2(!action(&window, name)->icon().isNull(), name);
    }
    // Clear empties the log of a live session.
    Event connecting;
    connecting.kind = Event::Kind::Connecting;
    connecting.text = QStringLiteral("ws://127.0.0.1:1/");
    window.logModel()->appendEvent(connecting);
    window.logModel()->flush();
    QCOMPARE(window.logModel()->rowCount(), 1);
    action(&window, "clearAction")->trigger();
    QCOMPARE(window.logModel()->rowCount(), 0);
}

void TestAppShell::autoscrollButtonSaysWhatAClickDoes()
{
    MainWindow window;
    QAction *autoscroll = action(&window, "autoscrollAction");
    QVERIFY(autoscroll->isChecked());
    QCOMPARE(autoscroll->toolTip(), QStringLiteral("Autoscroll on: click to pause"));
    const QImage following = autoscroll->icon().pixmap(24, 24).toImage();
    autoscroll->trigger();
    QCOMPARE(autoscroll->toolTip(), QStringLiteral("Autoscroll paused: click to resume"));
    QVERIFY(autoscroll->icon().pixmap(24, 24).toImage() != following);
    autoscroll->trigger();
    QCOMPARE(autoscroll->toolTip(), QStringLiteral("Autoscroll on: click to pause"));
    QCOMPARE(autoscroll->icon().pixmap(24, 24).toImage(), following);

    // Scrolling up pauses, and the button shows it; a click resumes at the end of the log.
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Event connecting;
    connecting.kind = Event::Kind::Connecting;
    connecting.text = QStringLiteral("ws://127.0.0.1:1/");
    for (int i = 0; i < 500; ++i)
        window.logModel()->appendEvent(connecting);
    window.logModel()->flush();
    QScrollBar *scroll = window.logView()->verticalScrollBar();
    QTRY_VERIFY(scroll->maximum() > 0);
    QTRY_COMPARE(scroll->value(), scroll->maximum());
    scroll->setValue(0);
    QTRY_VERIFY(!autoscroll->isChecked());
    QCOMPARE(autoscroll->toolTip(), QStringLiteral("Autoscroll paused: click to resume"));
    autoscroll->trigger();
    QVERIFY(autoscroll->isChecked());
    QTRY_COMPARE(scroll->value(), scroll->maximum());
    window.logModel()->appendEvent(connecting);
    window.logModel()->flush();
    QTRY_COMPARE(scroll->value(), scroll->maximum()); // following again
}

void TestAppShell::connectionToolbarFollowsTheCurrentEntry()
{
    MainWindow window;
    window.show();
    window.startDemo();
    QSignalSpy finished(window.demo(), &DemoSession::exchangeFinished);
    QVERIFY(finished.wait(10000));
    auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("connectionToolBar"));
    QVERIFY(toolBar);
    QCOMPARE(actionNames(toolBar),
             (QStringList{QStringLiteral("connectAction"), QStringLiteral("disconnectAction"),
                          QStringLiteral("reconnectAction"), QStringLiteral("closeWithCodeAction")}));
    QAction *connectAction = action(&window, "connectAction");
    QAction *disconnectAction = action(&window, "disconnectAction");
    QAction *reconnectAction = action(&window, "reconnectAction");
    ConnectionsView *view = window.connectionsView();
    const QModelIndexList clients = window.treeModel()->match(
            window.treeModel()->index(0, 0), ConnectionTreeModel::NodeKindRole,
            int(ConnectionTreeModel::NodeKind::Client), 1, Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(clients.size(), 1);
    view->setCurrentIndex(clients.first());
    QTRY_VERIFY(disconnectAction->isEnabled());
    QVERIFY(reconnectAction->isEnabled());
    QVERIFY(!connectAction->isEnabled());
    disconnectAction->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(connectAction->isEnabled(), 5000);
    QVERIFY(!disconnectAction->isEnabled());
    QVERIFY(!reconnectAction->isEnabled());
    connectAction->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(disconnectAction->isEnabled(), 5000);
    QCOMPARE(window.demo()->client()->state(), WebSocketClient::State::Open);
    view->setCurrentIndex({}); // nothing current
    QTRY_VERIFY(!disconnectAction->isEnabled());
    window.workspace()->markSaved();
}

void TestAppShell::aboutListsVersionsAndLicence()
{
    AboutDialog dialog;
    const QString text = dialog.findChild<QLabel *>(QStringLiteral("aboutText"))->text();
    QVERIFY(text.contains(QLatin1String(SOCKSCOPE_VERSION)));
    QVERIFY(text.contains(QLatin1String("GPL-3.0-or-later")));
    auto *table = dialog.findChild<QTreeWidget *>(QStringLiteral("libraries"));
    QHash<QString, QString> versions;
    for (int i = 0; i < table->topLevelItemCount(); ++i)
        versions.insert(table->topLevelItem(i)->text(0), table->topLevelItem(i)->text(1));
    QCOMPARE(versions.value(QStringLiteral("Qt")), QString::fromLatin1(qVersion()));
    const QRegularExpression version(QStringLiteral("\\d+\\.\\d+"));
    for (const char *library : {"zlib", "OpenSSL", "SQLite", "libpcap", "libtins", "msgpack-c++", "protobuf"})
        QVERIFY2(version.match(versions.value(QLatin1String(library))).hasMatch(), library);
    QCOMPARE(AboutDialog::libraryLines().size(), versions.size());
}

// Built from the actions: one added to a menu appears, and no two commands share a shortcut.
void TestAppShell::shortcutsAreReadFromTheActions()
{
    MainWindow window;
    auto has = [&window](const QString &where, const QString &command, const QKeySequence &keys) {
        const QString text = keys.toString(QKeySequence::NativeText);
        for (const ShortcutsDialog::Entry &entry : ShortcutsDialog::entries(&window)) {
            if (entry.where == where && entry.command == command && entry.keys == text)
                return true;
        }
        return false;
    };
    QVERIFY(has(QStringLiteral("File"), QStringLiteral("Save"), QKeySequence::Save));
    QVERIFY(has(QStringLiteral("Connection"), QStringLiteral("Reconnect"), QKeySequence(QStringLiteral("Ctrl+R"))));
    QVERIFY(has(QStringLiteral("View"), QStringLiteral("Plots"), QKeySequence(QStringLiteral("Ctrl+Shift+P"))));
    QVERIFY(has(QStringLiteral("File"), QStringLiteral("Settings…"), QKeySequence(QStringLiteral("Ctrl+,"))));
    QVERIFY(!has(QStringLiteral("View"), QStringLiteral("Brand New"), QKeySequence(Qt::Key_F9)));
    window.menuBar()->actions().at(1)->menu()->addAction(QStringLiteral("Brand &New"), QKeySequence(Qt::Key_F9), [] {});
    QVERIFY(has(QStringLiteral("View"), QStringLiteral("Brand New"), QKeySequence(Qt::Key_F9)));
    QHash<QString, QString> owners;
    for (const ShortcutsDialog::Entry &entry : ShortcutsDialog::entries(&window)) {
        for (const QString &keys : entry.keys.split(QStringLiteral(", "))) {
            QVERIFY2(!owners.contains(keys),
                     qPrintable(keys + QStringLiteral(": ") + owners.value(keys) + QStringLiteral(" and ")
                                + entry.command));
            owners.insert(keys, entry.command);
        }
    }
    ShortcutsDialog dialog(&window);
    QCOMPARE(dialog.findChild<QTreeWidget *>(QStringLiteral("shortcuts"))->topLevelItemCount(),
             ShortcutsDialog::entries(&window).size());
}

void TestAppShell::mnemonicsAreStripped()
{
    QCOMPARE(ShortcutsDialog::plainText(QStringLiteral("&Save")), QStringLiteral("Save"));
    QCOMPARE(ShortcutsDialog::plainText(QStringLiteral("Save &As…")), QStringLiteral("Save As…"));
    QCOMPARE(ShortcutsDialog::plainText(QStringLiteral("文件(&F)")), QStringLiteral("文件"));
    QCOMPARE(ShortcutsDialog::plainText(QStringLiteral("Find && &Replace")), QStringLiteral("Find & Replace"));
}

void TestAppShell::userGuideIsFoundRenderedAndOpened()
{
    const QString guide = UserGuide::locate();
    QCOMPARE(QFileInfo(guide).canonicalFilePath(),
             QFileInfo(QStringLiteral(SOCKSCOPE_SOURCE_DIR "/docs/user-guide.md")).canonicalFilePath());
    const QString html = m_dir.filePath(QStringLiteral("guide/user-guide.html"));
    QString error;
    QVERIFY2(UserGuide::renderHtml(guide, html, &error), qPrintable(error));
    QFile page(html);
    QVERIFY(page.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(page.readAll());
    const QString base = QUrl::fromLocalFile(QFileInfo(guide).absolutePath() + QLatin1Char('/')).toString();
    QVERIFY(text.contains(QStringLiteral("<base href=\"%1\"/>").arg(base)));
    QVERIFY(text.contains(QLatin1String("Sockscope user guide")));
    QVERIFY(text.contains(QLatin1String("src=\"screenshots/")));

    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
    MainWindow window;
    action(&window, "userGuideAction")->trigger();
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    QCOMPARE(catcher.urls.size(), 1);
    QVERIFY(catcher.urls.first().toLocalFile().endsWith(QLatin1String("/user-guide.html")));
    QVERIFY(QFileInfo::exists(catcher.urls.first().toLocalFile()));
}

void TestAppShell::userGuideMissingSaysWhere()
{
    QString error;
    const QString missing = m_dir.filePath(QStringLiteral("no-such-guide.md"));
    QVERIFY(!UserGuide::renderHtml(missing, m_dir.filePath(QStringLiteral("x.html")), &error));
    QVERIFY2(error.contains(missing), qPrintable(error));
    QVERIFY(UserGuide::candidates().contains(QStringLiteral("/usr/share/doc/sockscope/user-guide.md")));
}

void TestAppShell::settingsAreStoredAndShownAgain()
{
    const QString folder = m_dir.filePath(QStringLiteral("recordings"));
    {
        SettingsDialog dialog(0);
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("language"));
        language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
        auto *theme = dialog.findChild<QComboBox *>(QStringLiteral("theme"));
        theme->setCurrentIndex(theme->findData(int(AppSettings::Theme::Dark)));
        dialog.findChild<QLineEdit *>(QStringLiteral("recordingFolder"))->setText(folder);
        dialog.findChild<QSpinBox *>(QStringLiteral("retention"))->setValue(250000);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QCOMPARE(AppSettings::language(), QStringLiteral("zh_CN"));
    QCOMPARE(AppSettings::theme(), AppSettings::Theme::Dark);
    QCOMPARE(AppSettings::recordingFolder(), folder);
    QVERIFY(QFileInfo(folder).isDir());
    QCOMPARE(AppSettings::retentionLimit(), 250000);
    QSettings settings; // written where the next start reads them
    QCOMPARE(settings.value(QStringLiteral("appearance/language")).toString(), QStringLiteral("zh_CN"));

    SettingsDialog again(1234);
    QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("language"))->currentData().toString(),
             QStringLiteral("zh_CN"));
    QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("theme"))->currentData().toInt(),
             int(AppSettings::Theme::Dark));
    QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("recordingFolder"))->text(), folder);
    QCOMPARE(again.findChild<QSpinBox *>(QStringLiteral("retention"))->value(), 250000);
    QVERIFY(again.findChild<QLabel *>(QStringLiteral("droppedRows"))->text().contains(QLocale().toString(1234)));

    // Back to the defaults: the system language, and the data folder, which is not written down.
    again.findChild<QComboBox *>(QStringLiteral("language"))->setCurrentIndex(0);
    again.findChild<QLineEdit *>(QStringLiteral("recordingFolder"))->clear();
    again.accept();
    QCOMPARE(AppSettings::language(), QString());
    QCOMPARE(AppSettings::recordingFolder(), AppSettings::defaultRecordingFolder());
    QVERIFY(!QSettings().contains(QStringLiteral("recording/folder")));
}

void TestAppShell::badRecordingFolderIsRefused()
{
    QFile file(m_dir.filePath(QStringLiteral("a-file")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    SettingsDialog dialog(0);
    dialog.show();
    dialog.findChild<QLineEdit *>(QStringLiteral("recordingFolder"))->setText(file.fileName() + QStringLiteral("/sub"));
    dialog.findChild<QSpinBox *>(QStringLiteral("retention"))->setValue(10);
    dialog.accept();
    QVERIFY(dialog.isVisible());
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("cannot be created")), qPrintable(error->text()));
    QCOMPARE(AppSettings::retentionLimit(), 0); // nothing stored
    QCOMPARE(AppSettings::recordingFolder(), AppSettings::defaultRecordingFolder());
}

// The theme and the retention limit take effect at once, with the dropped rows counted in view.
void TestAppShell::settingsAreApplied()
{
    const QColor systemWindow = QApplication::palette().color(QPalette::Window);
    MainWindow window;
    window.show();
    auto *dropped = window.statusBar()->findChild<QLabel *>(QStringLiteral("statusDropped"));
    QVERIFY(dropped);
    QVERIFY(!dropped->isVisible());
    window.startDemo();
    QSignalSpy finished(window.demo(), &DemoSession::exchangeFinished);
    QVERIFY(finished.wait(10000));
    window.logModel()->flush();
    const qint64 rows = window.logModel()->rowCount();
    QVERIFY(rows > 20);

    AppSettings::setTheme(AppSettings::Theme::Dark);
    AppSettings::setRetentionLimit(10);
    window.findChild<AppShell *>()->applySettings();
    QCOMPARE(QApplication::palette().color(QPalette::Window), Theme::darkPalette().color(QPalette::Window));
    QCOMPARE(window.logModel()->rowCount(), 10);
    QVERIFY(dropped->isVisible());
    QCOMPARE(dropped->text(), QStringLiteral("Dropped: %1").arg(rows - 10));
    const QImage icon = action(&window, "saveAction")->icon().pixmap(QSize(32, 32)).toImage();
    QVERIFY(pixelsNear(icon, Theme::darkPalette().color(QPalette::ButtonText)) > 20);

    AppSettings::setTheme(AppSettings::Theme::Light);
    window.findChild<AppShell *>()->applySettings();
    QCOMPARE(QApplication::palette().color(QPalette::Window), Theme::lightPalette().color(QPalette::Window));
    AppSettings::setTheme(AppSettings::Theme::System);
    AppSettings::setRetentionLimit(0);
    window.findChild<AppShell *>()->applySettings();
    QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
    QCOMPARE(window.logModel()->retentionLimit(), 0);
    QVERIFY(dropped->isVisible()); // the dropped rows stay counted
    window.workspace()->markSaved();
}

void TestAppShell::recordingGoesToTheChosenFolder()
{
    const QString folder = m_dir.filePath(QStringLiteral("chosen-recordings"));
    AppSettings::setRecordingFolder(folder);
    {
        MainWindow window;
        window.workspace()->markSaved();
        QCOMPARE(QDir(folder).entryList({QStringLiteral("session-*.wscap")}, QDir::Files).size(), 1);
    }
    AppSettings::setRecordingFolder({});
}

void TestAppShell::screenshots_data()
{
    QTest::addColumn<QSize>("screen");
    QTest::addColumn<int>("theme");
    QTest::newRow("1366x768 light") << QSize(1366, 768) << int(AppSettings::Theme::Light);
    QTest::newRow("1920x1080 light") << QSize(1920, 1080) << int(AppSettings::Theme::Light);
    QTest::newRow("1366x768 dark") << QSize(1366, 768) << int(AppSettings::Theme::Dark);
    QTest::newRow("1920x1080 dark") << QSize(1920, 1080) << int(AppSettings::Theme::Dark);
}

// The main window with its toolbars, the About box, the settings and the shortcuts, in both
// palettes; every toolbar button in view.
void TestAppShell::screenshots()
{
    QFETCH(QSize, screen);
    QFETCH(int, theme);
    AppSettings::setTheme(AppSettings::Theme(theme)); // the window applies the stored theme
    const QString suffix = QStringLiteral("%1x%2%3")
                                   .arg(screen.width())
                                   .arg(screen.height())
                                   .arg(theme == int(AppSettings::Theme::Dark) ? QStringLiteral("-dark") : QString());
    MainWindow window;
    window.resize(screen.width(), screen.height() - 40);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.startDemo();
    QSignalSpy finished(window.demo(), &DemoSession::exchangeFinished);
    QVERIFY(finished.wait(10000));
    auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    for (QAction *a : toolBar->actions()) {
        QWidget *button = toolBar->widgetForAction(a);
        QVERIFY2(button && button->isVisible()
                         && window.rect().contains(QRect(button->mapTo(&window, QPoint()), button->size())),
                 qPrintable(a->objectName()));
    }
    QVERIFY(SockscopeTest::saveScreenshot(window, QStringLiteral("toolbar-mainwindow-%1.png").arg(suffix)));
    if (screen.width() == 1366) {
        AboutDialog about(&window);
        about.show();
        QVERIFY(SockscopeTest::saveScreenshot(about, QStringLiteral("about%1.png").arg(suffix.mid(8))));
        SettingsDialog settings(0, &window);
        // A folder as a user would choose it, rather than the test's data folder.
        settings.findChild<QLineEdit *>(QStringLiteral("recordingFolder"))
                ->setText(QStringLiteral("/home/ada/Captures"));
        settings.show();
        QVERIFY(SockscopeTest::saveScreenshot(settings, QStringLiteral("settings%1.png").arg(suffix.mid(8))));
        ShortcutsDialog shortcuts(&window, &window);
        shortcuts.show();
        QVERIFY(SockscopeTest::saveScreenshot(shortcuts, QStringLiteral("shortcuts%1.png").arg(suffix.mid(8))));
    }
    window.workspace()->markSaved();
    AppSettings::setTheme(AppSettings::Theme::System);
    Theme::apply(AppSettings::Theme::System);
}

// The pictures the user guide shows that no other test takes: the dialogs of its tasks, the
// composer's raw frame builder and a filtered log.
void TestAppShell::guideScreenshots()
{
    AppSettings::setTheme(AppSettings::Theme::Light);
    MainWindow window;
    window.resize(1366, 728);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.startDemo();
    QSignalSpy finished(window.demo(), &DemoSession::exchangeFinished);
    QVERIFY(finished.wait(10000));
    NewConnectionDialog connection(&window);
    connection.findChild<QLineEdit *>(QStringLiteral("url"))->setText(QStringLiteral("wss://echo.example.test/socket"));
    connection.show();
    QVERIFY(SockscopeTest::saveScreenshot(connection, QStringLiteral("guide-new-connection.png")));
    NewServerDialog server(&window);
    server.show();
    QVERIFY(SockscopeTest::saveScreenshot(server, QStringLiteral("guide-new-server.png")));
    ExportDialog exporter(&window);
    exporter.show();
    QVERIFY(SockscopeTest::saveScreenshot(exporter, QStringLiteral("guide-export.png")));
    auto *tabs = window.composer()->findChild<QTabWidget *>(QStringLiteral("tabs"));
    tabs->setCurrentIndex(tabs->count() - 1);
    window.filterBar()->setOpcodeFilter(1);
    QTRY_VERIFY(window.logModel()->rowCount() < window.logModel()->totalCount());
    QVERIFY(SockscopeTest::saveScreenshot(window, QStringLiteral("guide-raw-frame-filter.png")));
    window.workspace()->markSaved();
    AppSettings::setTheme(AppSettings::Theme::System);
    Theme::apply(AppSettings::Theme::System);
}

int main(int argc, char **argv)
{
    // Under Xvfb (DISPLAY set) the screenshots are a real X11 rendering; otherwise offscreen.
    if (!qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "xcb");
    QApplication app(argc, argv);
    TestAppShell test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_appshell.moc"
