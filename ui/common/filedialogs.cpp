#include "filedialogs.h"

#include "messages.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QCoreApplication>

namespace ParScore {
namespace {

FileDialogs::TestHook g_hook;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::FileDialogs)
};

QString settingsKey(FileDialogs::Purpose purpose)
{
    switch (purpose) {
    case FileDialogs::Purpose::Assessments:
        return QStringLiteral("folders/assessments");
    case FileDialogs::Purpose::Evidence:
        return QStringLiteral("folders/evidence");
    case FileDialogs::Purpose::Exports:
        return QStringLiteral("folders/exports");
    case FileDialogs::Purpose::CriteriaSets:
        return QStringLiteral("folders/criteriaSets");
    case FileDialogs::Purpose::Submissions:
        return QStringLiteral("folders/submissions");
    case FileDialogs::Purpose::AgencyLists:
        return QStringLiteral("folders/agencyLists");
    case FileDialogs::Purpose::Requests:
        return QStringLiteral("folders/requests");
    case FileDialogs::Purpose::Keys:
        return QStringLiteral("folders/keys");
    }
    return QStringLiteral("folders/other");
}

QStringList chosen(FileDialogs::Purpose purpose, const QString &start, const std::function<QStringList()> &dialog)
{
    const QStringList files = g_hook ? g_hook(purpose, start) : dialog();
    if (!files.isEmpty())
        FileDialogs::remember(purpose, files.constFirst());
    return files;
}

} // namespace

QString FileDialogs::startFolder(Purpose purpose, const QString &fallback)
{
    const QString folder = QSettings().value(settingsKey(purpose)).toString();
    // A folder since removed (a USB stick taken out) is no place to start.
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    return fallback.isEmpty() ? QDir::homePath() : fallback;
}

void FileDialogs::remember(Purpose purpose, const QString &path)
{
    QSettings().setValue(settingsKey(purpose), QFileInfo(path).absolutePath());
}

QString FileDialogs::openFile(QWidget *parent, Purpose purpose, const QString &title, const QString &filter)
{
    const QString start = startFolder(purpose);
    return chosen(purpose, start, [&] {
               const QString file = QFileDialog::getOpenFileName(parent, title, start, filter);
               return file.isEmpty() ? QStringList() : QStringList{file};
           })
        .value(0);
}

QStringList FileDialogs::openFiles(QWidget *parent, Purpose purpose, const QString &title, const QString &filter)
{
    const QString start = startFolder(purpose);
    return chosen(purpose, start, [&] { return QFileDialog::getOpenFileNames(parent, title, start, filter); });
}

QString FileDialogs::openFolder(QWidget *parent, Purpose purpose, const QString &title)
{
    const QString start = startFolder(purpose);
    return chosen(purpose, start, [&] {
               const QString folder = QFileDialog::getExistingDirectory(parent, title, start);
               return folder.isEmpty() ? QStringList() : QStringList{folder};
           })
        .value(0);
}

QString FileDialogs::saveFile(QWidget *parent, Purpose purpose, const QString &title, const QString &suggestedName,
                              const QString &filter, bool askToReplace)
{
    const QString start = QFileInfo(suggestedName).isAbsolute()
                              ? suggestedName
                              : QDir(startFolder(purpose)).filePath(suggestedName);
    return chosen(purpose, start, [&] {
               const QString file = QFileDialog::getSaveFileName(
                   parent, title, start, filter, nullptr,
                   askToReplace ? QFileDialog::Options() : QFileDialog::DontConfirmOverwrite);
               return file.isEmpty() ? QStringList() : QStringList{file};
           })
        .value(0);
}

QString FileDialogs::savePdf(QWidget *parent, Purpose purpose, const QString &title, const QString &suggestedName)
{
    QString path = saveFile(parent, purpose, title, suggestedName, Text::tr("PDF documents (*.pdf)"));
    if (path.isEmpty() || path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return path;
    path += QStringLiteral(".pdf");
    if (QFileInfo::exists(path)
        && !Messages::confirm(parent, Text::tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path))))
        return {};
    return path;
}

void FileDialogs::setTestHook(TestHook hook)
{
    g_hook = std::move(hook);
}

} // namespace ParScore
