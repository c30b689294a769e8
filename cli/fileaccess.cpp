#include "fileaccess.h"

#include "clioutput.h"

namespace ParScore::Cli {

std::variant<std::unique_ptr<ParxFile>, int> openFile(const QString &path, ParxFile::Mode mode)
{
    auto opened = ParxFile::open(path, mode);
    if (!opened)
        return reportError(opened.error());
    return std::move(opened).value();
}

std::variant<OpenedAssessment, int> openAssessment(const QString &path, ParxFile::Mode mode, const QString &agency)
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
