#include "fileaccess.h"

#include "clioutput.h"
#include "editlock.h"
#include "parxvalidator.h"

#include <QCoreApplication>

namespace ParScore::Cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::Cli::FileCommands)
};

} // namespace

QCommandLineOption agencyOption()
{
    return {QStringLiteral("agency"),
            Text::tr("The assessment: agency code or UUID (needed when the file holds several)."),
            QStringLiteral("CODE")};
}

QCommandLineOption authorOption()
{
    return {QStringLiteral("author"),
            Text::tr("Your name, for the change log (default: the login name)."),
            QStringLiteral("NAME")};
}

std::variant<std::unique_ptr<ParxFile>, int> openFile(const QString &path, ParxFile::Mode mode,
                                                      ParxValidator::Depth depth)
{
    // A file open for editing in the desktop app is changed there only: the window would
    // not show this command's change, and its undo would work from what it showed.
    if (mode == ParxFile::Mode::ReadWrite) {
        if (const QString holder = EditLock::holder(path); !holder.isEmpty())
            return reportError(Error::unreadable(
                Text::tr("%1 is open for editing in ParScore (%2): close it there, then run the command again")
                    .arg(printableText(path), printableText(holder))));
    }
    auto opened = ParxFile::open(path, mode);
    if (!opened)
        return reportError(opened.error());
    // Every command works only from a file whose every row is valid. Documents are checked
    // where they are read (verify, evidence extract, merge, check --deep): never all of
    // them just to open a file.
    const auto valid = ParxValidator::validate(*opened.value(), depth);
    if (!valid)
        return reportError(valid.error());
    return std::move(opened).value();
}

std::variant<OpenedAssessment, int> openAssessment(const QString &path, ParxFile::Mode mode,
                                                   const QString &agency)
{
    auto file = openFile(path, mode);
    if (std::holds_alternative<int>(file))
        return std::get<int>(file);
    OpenedAssessment opened;
    opened.file = std::move(std::get<std::unique_ptr<ParxFile>>(file));
    AssessmentStore store(*opened.file);
    auto info = store.find(agency);
    if (!info)
        return reportError(info.error());
    opened.info = info.value();
    auto set = store.criteria(opened.info.criteriaSha256);
    if (!set)
        return reportError(set.error());
    opened.set = std::move(set).value();
    return opened;
}

QString authorName(const QString &option)
{
    if (!option.isEmpty())
        return option;
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("parscore-cli") : user;
}

} // namespace ParScore::Cli
