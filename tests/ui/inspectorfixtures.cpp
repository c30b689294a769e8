#include "inspectorfixtures.h"

#include "answersparser.h"
#include "assessmentstore.h"
#include "filedialogs.h"
#include "fixtures.h"
#include "importdialog.h"
#include "messages.h"
#include "overviewfixtures.h"
#include "seal.h"
#include "storagefixtures.h"

#include <QSqlError>
#include <QTest>
#include <QTreeWidget>
#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace ParScore::Test {

QString provinceFile(const QTemporaryDir &dir, const QList<CriteriaSet> &sets, const QList<ExpectedAgency> &agencies,
                     int year, const QString &name)
{
    const QString path = dir.filePath(name);
    const auto created = ProvinceFile::create(
        path, {QStringLiteral("Thẩm định Chỉ số CCHC năm %1").arg(year), year, sets, agencies});
    if (!created)
        FAIL(created.error().message.toStdString() << "\n" << created.error().details.join(u'\n').toStdString());
    return path;
}

SubmittedProvince::SubmittedProvince()
{
    const CriteriaSet set = smallSet();
    Province province(path, NewProvince{QStringLiteral("Thẩm định Chỉ số CCHC năm 2026"), 2026, {set},
                                        {{QStringLiteral("STP"), QStringLiteral("Sở Tư pháp"), QStringLiteral("so")},
                                         {QStringLiteral("SNV"), QStringLiteral("Sở Nội vụ"), QStringLiteral("so")}}});
    stp = province.add(set, QStringLiteral("STP"));
    snv = province.add(set, QStringLiteral("SNV"));
    for (const AssessmentInfo &agency : {stp, snv})
        province.answer(set, agency, Layer::Self,
                        QStringLiteral(R"("1.1": {"yes": true}, "1.2": {"numerator": 9, "denominator": 10})"));
    REQUIRE(province.file().write([](QSqlDatabase &db) -> Result<bool> {
        QSqlQuery query(db);
        return query.exec(QStringLiteral("UPDATE assessments SET status = 'submitted'"))
                   ? Result<bool>(true)
                   : Error::invalid(query.lastError().text());
    }));
}

RankedProvince::RankedProvince()
{
    const CriteriaSet set = twoGroupSet();
    const QList<ExpectedAgency> expected{{QStringLiteral("A"), QStringLiteral("Sở Tư pháp"), QStringLiteral("so")},
                                         {QStringLiteral("B"), QStringLiteral("Sở Nội vụ"), QStringLiteral("so")},
                                         {QStringLiteral("C"), QStringLiteral("Sở Y tế"), QStringLiteral("so")},
                                         {QStringLiteral("X"), QStringLiteral("Xã Tân Lập"), QStringLiteral("xa")}};
    Province province(path, NewProvince{QStringLiteral("Thẩm định Chỉ số CCHC năm 2026"), 2026, {set}, expected});
    for (const ExpectedAgency &agency : expected) {
        const AssessmentInfo info = province.add(set, agency.code, agency.group);
        agencies.insert(agency.code, info);
        const bool less = agency.code == QStringLiteral("C");
        province.answer(set, info, Layer::Self,
                        QStringLiteral(R"("1.1": {"yes": %1}, "1.2": {"numerator": 9, "denominator": 10})")
                            .arg(less ? QStringLiteral("false") : QStringLiteral("true")));
        province.answer(set, info, Layer::Appraisal1, QStringLiteral(R"("2.1": {"percent": 80})"));
    }
    REQUIRE(province.file().write([](QSqlDatabase &db) -> Result<bool> {
        QSqlQuery query(db);
        return query.exec(QStringLiteral("UPDATE assessments SET status = 'inAppraisal'"))
                   ? Result<bool>(true)
                   : Error::invalid(query.lastError().text());
    }));
}

QString submissionFile(const QString &path, const CriteriaSet &set, const Submission &submission)
{
    auto file = ParxFile::create(path);
    REQUIRE(file.ok());
    AssessmentStore store(*file.value());
    const auto created =
        store.create(set, {submission.code, submission.name, submission.group, submission.year}, QStringLiteral("Cán bộ A"));
    REQUIRE(created.ok());
    REQUIRE(file.value()
                ->write([&submission](QSqlDatabase &db) {
                    return ParxFile::setInfo(db, QStringLiteral("role"), submission.role);
                })
                .ok());
    const auto storeLayer = [&](Layer layer, const QString &answers) {
        if (answers.isEmpty())
            return;
        const auto parsed = AnswersParser::parse(set, answersJson(answers), roleOf(layer));
        if (!parsed)
            FAIL(parsed.error().details.join(u'\n').toStdString());
        REQUIRE(store.applyAnswers(created.value(), set, layer, parsed.value(), QStringLiteral("Cán bộ A")).ok());
    };
    storeLayer(Layer::Self, submission.selfAnswers);
    if (submission.seal)
        REQUIRE(Seal::seal(*file.value(), onlyAssessment(*file.value()), QStringLiteral("Thủ trưởng")).ok());
    storeLayer(Layer::Appraisal1, submission.appraisal1Answers);
    return path;
}

ChosenExport::ChosenExport(const QString &path)
{
    FileDialogs::setTestHook([path](FileDialogs::Purpose purpose, const QString &) {
        CHECK(purpose == FileDialogs::Purpose::Exports);
        return QStringList{path};
    });
}

ChosenExport::~ChosenExport()
{
    FileDialogs::setTestHook({});
}

CollectedErrors::CollectedErrors()
{
    Messages::setTestHooks({[this](const Error &error) { messages.append(error.message); }, {}, {}});
}

CollectedErrors::~CollectedErrors()
{
    Messages::setTestHooks({});
}

void waitForPreview(ImportDialog &dialog)
{
    REQUIRE(QTest::qWaitFor([&dialog] { return !dialog.isWorking() && dialog.preview()->topLevelItemCount() > 0; }, 20000));
}

QMap<QString, QStringList> sections(const ImportDialog &dialog)
{
    QMap<QString, QStringList> result;
    for (int i = 0; i < dialog.preview()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *section = dialog.preview()->topLevelItem(i);
        QStringList lines;
        for (int j = 0; j < section->childCount(); ++j)
            lines.append(section->child(j)->text(0) + QStringLiteral(" | ") + section->child(j)->text(1));
        result.insert(section->text(0), lines);
    }
    return result;
}

void setStatus(const QString &path, const QString &code, const QString &status)
{
    tamper(path, QStringLiteral("UPDATE assessments SET status = '%1' WHERE agency_code = '%2'").arg(status, code));
}

} // namespace ParScore::Test
