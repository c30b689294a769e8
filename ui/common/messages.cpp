#include "messages.h"


#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QDialog>
#include <QDir>
#include <QFontDatabase>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ParScore {

namespace {
Messages::TestHooks g_hooks;
} // namespace

void Messages::setTestHooks(TestHooks hooks)
{
    g_hooks = std::move(hooks);
}

bool Messages::confirm(QWidget *parent, const QString &question)
{
    if (g_hooks.confirm)
        return g_hooks.confirm(question);
    QMessageBox box(QMessageBox::Question, QObject::tr("ParScore"), question, QMessageBox::Yes | QMessageBox::No,
                    parent);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::No);
    // Qt ships no Vietnamese for its standard buttons.
    box.button(QMessageBox::Yes)->setText(QObject::tr("&Yes"));
    box.button(QMessageBox::No)->setText(QObject::tr("&No"));
    return box.exec() == QMessageBox::Yes;
}

bool Messages::confirmFingerprint(QWidget *parent, const QString &question, const QString &fingerprint)
{
    if (g_hooks.confirm)
        return g_hooks.confirm(question + QStringLiteral("\n\n") + fingerprint);
    QDialog dialog(parent);
    dialog.setWindowTitle(QObject::tr("ParScore"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *label = new QLabel(question, &dialog);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    // The fingerprint under the question, large and fixed-width: read out digit by digit.
    auto *shown = new QLabel(fingerprint, &dialog);
    shown->setTextFormat(Qt::PlainText);
    shown->setTextInteractionFlags(Qt::TextSelectableByMouse);
    shown->setAlignment(Qt::AlignCenter);
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setStyleHint(QFont::Monospace);
    font.setFixedPitch(true);
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    shown->setFont(font);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Yes | QDialogButtonBox::No, &dialog);
    buttons->button(QDialogButtonBox::Yes)->setText(QObject::tr("&Yes"));
    buttons->button(QDialogButtonBox::No)->setText(QObject::tr("&No"));
    buttons->button(QDialogButtonBox::No)->setDefault(true);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(label);
    layout->addSpacing(8);
    layout->addWidget(shown);
    layout->addSpacing(8);
    layout->addWidget(buttons);
    return dialog.exec() == QDialog::Accepted;
}

int Messages::pick(QWidget *parent, const QString &title, const QString &question, const QStringList &items)
{
    if (g_hooks.pick)
        return g_hooks.pick(question, items);
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(question);
    dialog.setComboBoxItems(items);
    dialog.setComboBoxEditable(false);
    dialog.setOkButtonText(QObject::tr("OK"));
    dialog.setCancelButtonText(QObject::tr("Cancel"));
    if (dialog.exec() != QDialog::Accepted)
        return -1;
    return int(items.indexOf(dialog.textValue()));
}

int Messages::choose(QWidget *parent, const QString &question, const QStringList &answers)
{
    if (g_hooks.choose)
        return g_hooks.choose(question, answers);
    QMessageBox box(QMessageBox::Question, QObject::tr("ParScore"), question, QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText);
    QList<QAbstractButton *> buttons;
    for (const QString &answer : answers)
        buttons.append(box.addButton(answer, QMessageBox::AcceptRole));
    box.addButton(QMessageBox::Cancel)->setText(QObject::tr("Cancel"));
    if (!buttons.isEmpty())
        box.setDefaultButton(qobject_cast<QPushButton *>(buttons.constFirst()));
    box.exec();
    return int(buttons.indexOf(box.clickedButton()));
}

std::optional<QString> Messages::askText(QWidget *parent, const QString &title, const QString &question, int maxLength)
{
    if (g_hooks.askText)
        return g_hooks.askText(question);
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&dialog);
    auto *label = new QLabel(question, &dialog);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    auto *text = new QPlainTextEdit(&dialog);
    text->setTabChangesFocus(true);
    label->setBuddy(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    nameStandardButtons(buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    QObject::connect(text, &QPlainTextEdit::textChanged, &dialog, [text, ok, maxLength] {
        const qsizetype length = text->toPlainText().trimmed().size();
        ok->setEnabled(length > 0 && length <= maxLength);
    });
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(label);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog.resize(520, 260);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return text->toPlainText().trimmed();
}

std::optional<QString> Messages::askPassphrase(QWidget *parent, const QString &title, const QString &question)
{
    if (g_hooks.askPassphrase)
        return g_hooks.askPassphrase(question);
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(question);
    dialog.setTextEchoMode(QLineEdit::Password);
    // Qt ships no Vietnamese for its standard buttons.
    dialog.setOkButtonText(QObject::tr("OK"));
    dialog.setCancelButtonText(QObject::tr("Cancel"));
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}

void Messages::showError(QWidget *parent, const Error &error)
{
    if (g_hooks.error) {
        g_hooks.error(error);
        return;
    }
    QMessageBox box(QMessageBox::Warning, QObject::tr("ParScore"), error.message, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.button(QMessageBox::Ok)->setText(QObject::tr("OK"));
    if (!error.details.isEmpty())
        box.setDetailedText(error.details.join(u'\n'));
    box.exec();
}

void Messages::nameStandardButtons(QDialogButtonBox *buttons)
{
    const std::pair<QDialogButtonBox::StandardButton, QString> names[] = {
        {QDialogButtonBox::Ok, QObject::tr("OK")},
        {QDialogButtonBox::Cancel, QObject::tr("Cancel")},
        {QDialogButtonBox::Close, QObject::tr("&Close")}};
    for (const auto &[which, name] : names) {
        if (QPushButton *button = buttons->button(which))
            button->setText(name);
    }
}

QString Messages::userName()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (!user.isEmpty())
        return user;
    // Stored in the change log: the same whatever language the window is in.
    const QString home = QDir::home().dirName();
    return home.isEmpty() ? QStringLiteral("officer") : home;
}

} // namespace ParScore
