#include "agencyfile.h"

namespace ParScore {

Result<AgencyFile> createAgencyFile(
    const QString &path, const CriteriaSet &set, const NewAssessment &identity,
    const QString &author,
    const std::function<Result<bool>(AssessmentStore &, const AssessmentInfo &)> &more)
{
    AssessmentInfo assessment;
    auto file = ParxFile::create(path, [&](ParxFile &unfinished) -> Result<bool> {
        auto role = unfinished.write([](QSqlDatabase &db) {
            return ParxFile::setInfo(db, QStringLiteral("role"), QStringLiteral("agency"));
        });
        if (!role)
            return role;
        AssessmentStore store(unfinished);
        auto created = store.create(set, identity, author);
        if (!created)
            return created.error();
        assessment = created.value();
        return more ? more(store, assessment) : Result<bool>(true);
    });
    if (!file)
        return file.error();
    return AgencyFile{std::move(file).value(), assessment};
}

} // namespace ParScore
