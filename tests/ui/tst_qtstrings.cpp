// Qt's own dialogs and menus speak Vietnamese (translations/parscore_qt_vi.ts): each widget
// is opened non-natively once in English and once in Vietnamese, and every text a user can
// see that came out the same in both languages is reported as left in English.
#include "evidencedatedialog.h"
#include "language.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QMessageBox>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTimer>

#include <catch2/catch.hpp>

#include <functional>

using namespace ParScore;

namespace {

// Where a text is shown ("buttonBox/QPushButton#1 text") → the text.
using Texts = QMap<QString, QString>;

// Where `object` sits under `root`: object names where Qt gives them, otherwise the class
// and the rank among siblings of that class, which is the same in both languages.
QString pathOf(const QObject *object, const QObject *root)
{
    QStringList parts;
    for (const QObject *o = object; o && o != root; o = o->parent()) {
        QString name = o->objectName();
        if (name.isEmpty()) {
            int rank = 0;
            for (const QObject *sibling : o->parent()->children()) {
                if (sibling == o)
                    break;
                if (sibling->metaObject() == o->metaObject())
                    ++rank;
            }
            name = QLatin1String(o->metaObject()->className()) + u'#' + QString::number(rank);
        }
        parts.prepend(name);
    }
    return parts.join(u'/');
}

void add(Texts &texts, const QString &where, const QString &text)
{
    if (!text.isEmpty())
        texts.insert(where, text);
}

void addActions(Texts &texts, const QString &where, const QList<QAction *> &actions)
{
    for (qsizetype i = 0; i < actions.size(); ++i) {
        const QAction *action = actions.at(i);
        if (action->isSeparator())
            continue;
        const QString at = where + QStringLiteral("/action ") + QString::number(i);
        add(texts, at + QStringLiteral(" text"), action->text());
        add(texts, at + QStringLiteral(" toolTip"), action->toolTip());
        if (action->menu())
            addActions(texts, at, action->menu()->actions());
    }
}

void addHeader(Texts &texts, const QString &where, const QHeaderView *header)
{
    if (!header->model())
        return;
    const int count = header->orientation() == Qt::Horizontal ? header->model()->columnCount()
                                                              : header->model()->rowCount();
    for (int section = 0; section < count; ++section)
        add(texts, where + QStringLiteral(" section ") + QString::number(section),
            header->model()->headerData(section, header->orientation()).toString());
}

// Every text a user can see in `root` and its children, hidden ones included (a click shows
// them): labels, buttons, tooltips, placeholders, combo items, header sections, actions.
Texts textsOf(QWidget *root)
{
    Texts texts;
    add(texts, QStringLiteral("window title"), root->windowTitle());
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        const QString at = pathOf(widget, root);
        add(texts, at + QStringLiteral(" toolTip"), widget->toolTip());
        addActions(texts, at, widget->actions());
        if (const auto *label = qobject_cast<QLabel *>(widget))
            add(texts, at + QStringLiteral(" text"), label->text());
        else if (const auto *button = qobject_cast<QAbstractButton *>(widget))
            add(texts, at + QStringLiteral(" text"), button->text());
        else if (const auto *edit = qobject_cast<QLineEdit *>(widget))
            add(texts, at + QStringLiteral(" placeholder"), edit->placeholderText());
        else if (const auto *group = qobject_cast<QGroupBox *>(widget))
            add(texts, at + QStringLiteral(" title"), group->title());
        else if (const auto *header = qobject_cast<QHeaderView *>(widget))
            addHeader(texts, at, header);
        else if (const auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(texts, at + QStringLiteral(" tab ") + QString::number(i), tabs->tabText(i));
        } else if (const auto *combo = qobject_cast<QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                add(texts, at + QStringLiteral(" item ") + QString::number(i), combo->itemText(i));
        }
    }
    // Actions that live on the dialog rather than on a widget (the file view's context menu).
    for (QAction *action : root->findChildren<QAction *>(QString(), Qt::FindDirectChildrenOnly))
        addActions(texts, pathOf(action, root), {action});
    return texts;
}

// Texts that read the same in both languages by nature: no letter at all (12,5%, 1, …),
// paths, key sequences, and a paper size's or file filter's own name.
bool sameInEveryLanguage(const QString &text)
{
    static const QRegularExpression natural(
        QStringLiteral(R"(^(\W|\d)*$|^[/\\]|^(Ctrl|Shift|Alt|Meta)\+|^\d+ \(\d+x\d+\)$)"));
    return natural.match(text).hasMatch();
}

QString plain(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text.trimmed();
}

// "where: 'English'" for each text that Vietnamese left as it was in English.
QStringList leftInEnglish(const QString &widget, const Texts &english, const Texts &vietnamese)
{
    QStringList found;
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        if (sameInEveryLanguage(plain(it.value())))
            continue;
        const QString translated = vietnamese.value(it.key());
        if (translated.isEmpty())
            found.append(widget + u' ' + it.key() + QStringLiteral(": '") + it.value()
                         + QStringLiteral("' has no Vietnamese text"));
        else if (plain(translated) == plain(it.value()))
            found.append(widget + u' ' + it.key() + QStringLiteral(": '") + it.value() + u'\'');
    }
    return found;
}

// The texts `collect` finds, once in English and once in Vietnamese; back in English after
// (the other tests expect it, even when this one fails).
struct BothLanguages
{
    Texts english;
    Texts vietnamese;
};

BothLanguages inBothLanguages(const std::function<Texts()> &collect)
{
    struct BackToEnglish
    {
        ~BackToEnglish() { setLanguage(Language::English); }
    } backToEnglish;
    BothLanguages texts;
    setLanguage(Language::English);
    texts.english = collect();
    setLanguage(Language::Vietnamese);
    texts.vietnamese = collect();
    return texts;
}

void requireVietnamese(const QString &widget, const std::function<Texts()> &collect)
{
    const BothLanguages texts = inBothLanguages(collect);
    REQUIRE_FALSE(texts.english.isEmpty()); // the widget was really looked at
    const QStringList english = leftInEnglish(widget, texts.english, texts.vietnamese);
    INFO("Left in English:\n" << english.join(u'\n').toStdString());
    CHECK(english.isEmpty());
}

// Set PARSCORE_SCREENSHOT_DIR to look at the Vietnamese widgets (qtstrings-*.png).
void screenshot(QWidget *widget, const QString &name)
{
    const QString out = qEnvironmentVariable("PARSCORE_SCREENSHOT_DIR");
    if (out.isEmpty() || currentLanguage() != Language::Vietnamese)
        return;
    widget->grab().save(out + QStringLiteral("/qtstrings-") + name + QStringLiteral(".png"));
}

void showAndSettle(QWidget *widget)
{
    widget->show();
    QApplication::processEvents();
}

// A menu that Qt builds and executes inside a context-menu event: its actions are read while
// it is open, then it is closed.
Texts contextMenuTexts(QWidget *widget, const QString &name)
{
    Texts texts;
    QTimer reader;
    reader.setInterval(10);
    QObject::connect(&reader, &QTimer::timeout, widget, [&] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            addActions(texts, name, menu->actions());
            screenshot(menu, name);
            menu->close();
            reader.stop();
        }
    });
    reader.start();
    QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(5, 5),
                            widget->mapToGlobal(QPoint(5, 5)));
    QApplication::sendEvent(widget, &event);
    return texts;
}

} // namespace

TEST_CASE("Qt's file dialog speaks Vietnamese: labels, buttons, tooltips, columns, filters, menus")
{
    QTemporaryDir dir;
    QDir(dir.path()).mkdir(QStringLiteral("2026"));
    for (const QFileDialog::AcceptMode mode : {QFileDialog::AcceptOpen, QFileDialog::AcceptSave}) {
        requireVietnamese(QStringLiteral("QFileDialog"), [&] {
            QFileDialog dialog(nullptr, QString(), dir.path());
            dialog.setOption(QFileDialog::DontUseNativeDialog);
            dialog.setAcceptMode(mode);
            dialog.setViewMode(QFileDialog::Detail);
            dialog.resize(760, 460);
            showAndSettle(&dialog);
            screenshot(&dialog, mode == QFileDialog::AcceptOpen
                                    ? QStringLiteral("filedialog-open")
                                    : QStringLiteral("filedialog-save"));
            return textsOf(&dialog);
        });
    }
}

TEST_CASE("The context menus of Qt's text boxes and spin boxes speak Vietnamese")
{
    requireVietnamese(QStringLiteral("QLineEdit menu"), [] {
        QLineEdit edit(QStringLiteral("1"));
        const std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
        Texts texts;
        addActions(texts, QStringLiteral("menu"), menu->actions());
        screenshot(menu.get(), QStringLiteral("lineedit-menu"));
        return texts;
    });
    requireVietnamese(QStringLiteral("QPlainTextEdit menu"), [] {
        QPlainTextEdit edit(QStringLiteral("1"));
        const std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
        Texts texts;
        addActions(texts, QStringLiteral("menu"), menu->actions());
        return texts;
    });
    requireVietnamese(QStringLiteral("QSpinBox menu"), [] {
        QSpinBox box;
        showAndSettle(&box);
        return contextMenuTexts(&box, QStringLiteral("spinbox-menu"));
    });
}

TEST_CASE("Qt's print preview speaks Vietnamese: its title, toolbar actions and tooltips")
{
    requireVietnamese(QStringLiteral("QPrintPreviewDialog"), [] {
        QPrinter printer;
        QPrintPreviewDialog dialog(&printer);
        dialog.resize(900, 600);
        showAndSettle(&dialog);
        screenshot(&dialog, QStringLiteral("printpreview"));
        return textsOf(&dialog); // the toolbar's actions come with the toolbar
    });
}

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
TEST_CASE("Qt's print dialog, as the preview opens it, speaks Vietnamese")
{
    requireVietnamese(QStringLiteral("QPrintDialog"), [] {
        QPrinter printer;
        QPrintDialog dialog(&printer);
        showAndSettle(&dialog);
        screenshot(&dialog, QStringLiteral("printdialog"));
        Texts texts = textsOf(&dialog);
        // The printers are named by whoever set them up, in any language.
        texts.removeIf(
            [](const auto &entry) { return entry.key().contains(QLatin1String("printers item")); });
        return texts;
    });
}
#endif

TEST_CASE("Qt's standard buttons and the message box's details button speak Vietnamese")
{
    requireVietnamese(QStringLiteral("QDialogButtonBox"), [] {
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                 | QDialogButtonBox::Yes | QDialogButtonBox::No
                                 | QDialogButtonBox::Close | QDialogButtonBox::Save
                                 | QDialogButtonBox::Open | QDialogButtonBox::Apply);
        screenshot(&buttons, QStringLiteral("buttons"));
        return textsOf(&buttons);
    });
    requireVietnamese(QStringLiteral("QMessageBox"), [] {
        QMessageBox box(QMessageBox::Warning, QString(), QStringLiteral("…"), QMessageBox::Ok);
        box.setDetailedText(QStringLiteral("…"));
        showAndSettle(&box);
        screenshot(&box, QStringLiteral("messagebox"));
        return textsOf(&box);
    });
}

TEST_CASE("The calendar of an effective date names months and weekdays in the UI's language")
{
    requireVietnamese(QStringLiteral("QDateEdit calendar"), [] {
        EvidenceDateDialog dialog(QStringLiteral("ke-hoach.pdf"), QStringLiteral("2026-01-10"));
        const QLocale calendar =
            dialog.findChild<QDateEdit *>(QStringLiteral("effectiveDateEdit"))->locale();
        return Texts{
            {QStringLiteral("January"), calendar.standaloneMonthName(1)},
            {QStringLiteral("Monday"), calendar.standaloneDayName(1, QLocale::ShortFormat)}};
    });
}

TEST_CASE("Switching the language installs Qt's Vietnamese and takes it away, as often as asked")
{
    struct BackToEnglish
    {
        ~BackToEnglish() { setLanguage(Language::English); }
    } backToEnglish;
    const auto cancel = [] {
        return QCoreApplication::translate("QPlatformTheme", "Cancel");
    };
    for (int round = 0; round < 3; ++round) {
        setLanguage(Language::Vietnamese);
        CHECK(cancel() == QStringLiteral("Hủy"));
        setLanguage(Language::English);
        CHECK(cancel() == QStringLiteral("Cancel"));
    }
}
