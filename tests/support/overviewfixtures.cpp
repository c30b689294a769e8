#include "overviewfixtures.h"

#include "answersparser.h"
#include "criteriaparser.h"
#include "fixtures.h"

#include <QFile>
#include <catch2/catch.hpp>
#include <stdexcept>

namespace ParScore::Test {

CriteriaSet twoGroupSet()
{
    QFile file(QStringLiteral(PARSCORE_TEST_DATA_DIR "/small-set.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray json = file.readAll();
    json.replace(R"("unitKinds": ["so"])", R"("unitKinds": ["so", "xa"])");
    json.replace(R"("version": "1")", R"("version": "2")");
    auto set = CriteriaParser::parse(json);
    REQUIRE(set.ok());
    return std::move(set).value();
}

Province::Province(const QString &path)
    : m_file(ParxFile::create(path).value())
{
    REQUIRE(m_file
                ->write([](QSqlDatabase &db) {
                    return ParxFile::setInfo(db, QStringLiteral("role"),
                                             QStringLiteral("inspector"));
                })
                .ok());
}

Province::Province(const QString &path, const NewProvince &province)
{
    auto created = ProvinceFile::create(path, province);
    if (!created)
        FAIL(created.error().message.toStdString());
    m_file = std::move(created).value();
}

AssessmentInfo Province::add(const CriteriaSet &set, const QString &code, const QString &group,
                             int year)
{
    const auto created = AssessmentStore(*m_file).create(
        set, {code, QStringLiteral("Đơn vị ") + code, group, year}, QStringLiteral("Thanh tra"));
    REQUIRE(created.ok());
    return created.value();
}

void Province::answer(const CriteriaSet &set, const AssessmentInfo &info, Layer layer,
                      const QString &answers, const QString &extras)
{
    const auto parsed = AnswersParser::parse(set, answersJson(answers, extras), roleOf(layer));
    if (!parsed)
        FAIL(parsed.error().details.join(u'\n').toStdString());
    REQUIRE(AssessmentStore(*m_file)
                .applyAnswers(info, set, layer, parsed.value(), QStringLiteral("A"))
                .ok());
}

const OverviewRow &rowFor(const Overview &overview, const QString &code)
{
    for (const OverviewRow &row : overview.rows) {
        if (row.assessment.agencyCode == code)
            return row;
    }
    FAIL("no row for " << code.toStdString());
    throw std::logic_error("unreachable");
}

Overview loaded(ParxFile &file, OverviewLayer layer, const QString &group)
{
    auto overview = Overview::load(file, {layer, group});
    if (!overview)
        FAIL(overview.error().message.toStdString());
    return std::move(overview).value();
}

QStringList codes(const QList<OverviewRow> &rows)
{
    QStringList result;
    for (const OverviewRow &row : rows)
        result.append(row.assessment.agencyCode);
    return result;
}

QList<std::optional<int>> ranks(const QList<OverviewRow> &rows)
{
    QList<std::optional<int>> result;
    for (const OverviewRow &row : rows)
        result.append(row.rank);
    return result;
}

} // namespace ParScore::Test
