#include "provincefile.h"

#include "acceptedcriteria.h"
#include "assessmentstore.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace ParScore {
namespace {

constexpr int maxTextLength = 1000; // as the validator allows (parxvalidator.cpp)

void sortAgencies(QList<ExpectedAgency> &agencies)
{
    std::sort(agencies.begin(), agencies.end(), [](const ExpectedAgency &a, const ExpectedAgency &b) {
        return std::tie(a.group, a.code) < std::tie(b.group, b.code);
    });
}

Result<bool> writeAgencies(QSqlDatabase &db, const QList<ExpectedAgency> &agencies)
{
    QSqlQuery clear(db);
    if (!clear.exec(QStringLiteral("DELETE FROM expected_agencies")))
        return Error::unreadable(describeSqlError(clear.lastError(), db.databaseName()));
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO expected_agencies (agency_code, agency_name, unit_group) VALUES (?, ?, ?)"));
    for (const ExpectedAgency &agency : agencies) {
        insert.bindValue(0, agency.code);
        insert.bindValue(1, agency.name);
        insert.bindValue(2, agency.group);
        if (!insert.exec())
            return Error::unreadable(describeSqlError(insert.lastError(), db.databaseName()));
    }
    return true;
}

} // namespace

std::optional<ExpectedAgency> ProvinceInfo::expected(const QString &code) const
{
    for (const ExpectedAgency &agency : agencies) {
        if (agency.code == code)
            return agency;
    }
    return std::nullopt;
}

std::optional<Error> ProvinceFile::checkAgencies(const QList<ExpectedAgency> &agencies,
                                                 const QList<CriteriaSet> &criteria)
{
    // The groups some accepted set is for; a set for every group accepts any.
    QSet<QString> groups;
    bool anyGroup = false;
    for (const CriteriaSet &set : criteria) {
        anyGroup = anyGroup || set.unitKinds().isEmpty();
        for (const QString &kind : set.unitKinds())
            groups.insert(kind);
    }
    QStringList problems;
    QSet<QString> codes;
    for (const ExpectedAgency &agency : agencies) {
        const QString who = agency.code.trimmed().isEmpty() ? agency.name : agency.code;
        if (agency.code.trimmed().isEmpty() || agency.code.size() > maxTextLength)
            problems.append(tr("%1: the code is empty or too long").arg(who));
        else if (agency.code != agency.code.trimmed())
            problems.append(tr("%1: the code begins or ends with a space").arg(who));
        if (agency.name.trimmed().isEmpty() || agency.name.size() > maxTextLength)
            problems.append(tr("%1: the name is empty or too long").arg(who));
        if (agency.group.trimmed().isEmpty() || agency.group.size() > maxTextLength)
            problems.append(tr("%1: the group is empty or too long").arg(who));
        else if (!anyGroup && !groups.contains(agency.group))
            problems.append(tr("%1: no accepted criteria set is for the group “%2”").arg(who, agency.group));
        if (!agency.code.trimmed().isEmpty() && codes.contains(agency.code))
            problems.append(tr("%1: the code is listed twice").arg(who));
        codes.insert(agency.code);
    }
    if (problems.isEmpty())
        return std::nullopt;
    return Error::invalid(tr("The list of agencies has %n problem(s)", nullptr, int(problems.size())), problems);
}

Result<std::unique_ptr<ParxFile>> ProvinceFile::create(const QString &path, const NewProvince &province)
{
    if (province.title.trimmed().isEmpty() || province.title.size() > maxTextLength)
        return Error::invalid(tr("The province file needs a title"));
    if (province.year < 1900 || province.year > 2999)
        return Error::invalid(tr("The year must be between 1900 and 2999"));
    if (province.criteria.isEmpty())
        return Error::invalid(tr("Choose at least one criteria set for the province file"));
    if (auto refused = checkAgencies(province.agencies, province.criteria))
        return *refused;
    QList<ExpectedAgency> agencies = province.agencies;
    sortAgencies(agencies);
    return ParxFile::create(path, [&](ParxFile &unfinished) {
        return unfinished.write([&](QSqlDatabase &db) -> Result<bool> {
            for (const auto &[key, value] : {std::pair{QStringLiteral("role"), QStringLiteral("inspector")},
                                             std::pair{QStringLiteral("title"), province.title.trimmed()},
                                             std::pair{QStringLiteral("year"), QString::number(province.year)}}) {
                auto set = ParxFile::setInfo(db, key, value);
                if (!set)
                    return set;
            }
            for (const CriteriaSet &set : province.criteria) {
                auto accepted = AcceptedCriteria::accept(db, set);
                if (!accepted)
                    return accepted;
            }
            return writeAgencies(db, agencies);
        });
    });
}

Result<bool> ProvinceFile::isAt(const QString &path)
{
    // Only the role is read (on the hardened connection): the window that opens the file
    // checks it whole, so it is not checked twice.
    auto file = ParxFile::open(path, ParxFile::Mode::ReadOnly, ParxFile::Checks::CheckedBefore);
    if (!file)
        return file.error();
    return file.value()->info(QStringLiteral("role")) == QLatin1String("inspector");
}

Result<ProvinceInfo> ProvinceFile::read(ParxFile &file)
{
    ProvinceInfo info;
    info.title = file.info(QStringLiteral("title"));
    info.year = file.info(QStringLiteral("year")).toInt(); // checked as four digits by the validator
    QSqlQuery query(file.db());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT agency_code, agency_name, unit_group FROM expected_agencies")))
        return Error::unreadable(describeSqlError(query.lastError(), file.path()));
    while (query.next())
        info.agencies.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    sortAgencies(info.agencies);
    return info;
}

Result<QList<CriteriaSet>> ProvinceFile::acceptedSets(ParxFile &file)
{
    auto accepted = AcceptedCriteria::list(file.db());
    if (!accepted)
        return accepted.error();
    QList<CriteriaSet> sets;
    AssessmentStore store(file);
    for (const AcceptedCriteria::Entry &entry : accepted.value()) {
        auto set = store.criteria(entry.sha256);
        if (!set)
            return set.error();
        sets.append(std::move(set).value());
    }
    return sets;
}

Result<bool> ProvinceFile::setExpectedAgencies(ParxFile &file, const QList<ExpectedAgency> &agencies)
{
    const auto sets = acceptedSets(file);
    if (!sets)
        return sets.error();
    if (auto refused = checkAgencies(agencies, sets.value()))
        return *refused;
    QList<ExpectedAgency> sorted = agencies;
    sortAgencies(sorted);
    return file.write([&](QSqlDatabase &db) { return writeAgencies(db, sorted); });
}

} // namespace ParScore
