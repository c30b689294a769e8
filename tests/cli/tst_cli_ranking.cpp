// parscore-cli report --ranking: the printed ranking read back with pdftotext and compared
// with `overview --json` of the same file: order, ties, percents, grades, ranks, the
// provisional mark and heading.
#include "clirunner.h"
#include "fixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace ParScore::Test;

namespace {

QString percent(const QJsonValue &value)
{
    return value.isDouble() ? QString::number(value.toDouble(), 'f', 2) : QStringLiteral("—");
}

} // namespace

TEST_CASE("The printed ranking lists each group's agencies in the overview's order with its figures")
{
    QTemporaryDir dir;
    const QString province = appraisedProvince(dir.path());
    const QString pdf = dir.filePath(QStringLiteral("xep-hang.pdf"));
    const CliRun printed = runCli({QStringLiteral("report"), province, QStringLiteral("--ranking"), QStringLiteral("-o"), pdf});
    REQUIRE(printed.exitCode == 0);
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("PAR INDEX RANKING")));
    CHECK(text.contains(QStringLiteral("Thẩm định Chỉ số CCHC năm 2026")));
    CHECK(text.contains(QStringLiteral("PROVISIONAL"))); // nobody is final yet
    const CliRun overview = runCli({QStringLiteral("overview"), province, QStringLiteral("--json")});
    REQUIRE(overview.exitCode == 0);
    const QJsonArray rows = overview.json.value(QStringLiteral("assessments")).toArray();
    REQUIRE(rows.size() == 2);
    qsizetype previous = -1;
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows[i].toObject();
        const QString code = row.value(QStringLiteral("agencyCode")).toString();
        const qsizetype at = text.indexOf(code + QStringLiteral(" — "));
        REQUIRE(at > previous); // the overview's order
        previous = at;
        const QString line = text.mid(at, text.indexOf(u'\n', at) - at).simplified();
        INFO(line.toStdString());
        const QJsonObject final = row.value(QStringLiteral("final")).toObject();
        const QString rank = row.value(QStringLiteral("rank")).isDouble()
                                 ? QString::number(row.value(QStringLiteral("rank")).toInt()) + u'*'
                                 : QStringLiteral("—");
        const QString expected = QStringLiteral("%1 %2* %3* %4")
                                     .arg(percent(row.value(QStringLiteral("self")).toObject().value(QStringLiteral("percent"))),
                                          percent(final.value(QStringLiteral("percent"))),
                                          final.value(QStringLiteral("grade")).toString(), rank);
        CHECK(line.endsWith(expected));
    }

    // One group; an unknown group and --agency with --ranking are refused.
    CHECK(runCli({QStringLiteral("report"), province, QStringLiteral("--ranking"), QStringLiteral("--group"),
                  QStringLiteral("xa"), QStringLiteral("-o"), dir.filePath(QStringLiteral("xa.pdf"))})
              .exitCode == 1);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("xa.pdf"))));
    CHECK(runCli({QStringLiteral("report"), province, QStringLiteral("--ranking"), QStringLiteral("--agency"),
                  QStringLiteral("A"), QStringLiteral("-o"), pdf})
              .exitCode == 1);
    CHECK(runCli({QStringLiteral("report"), province, QStringLiteral("--group"), QStringLiteral("so"),
                  QStringLiteral("-o"), pdf})
              .exitCode == 1);
}

TEST_CASE("report --all prints every agency's scorecard into one PDF, or one PDF each into a folder")
{
    QTemporaryDir dir;
    const QString province = appraisedProvince(dir.path());
    const QString pdf = dir.filePath(QStringLiteral("tat-ca.pdf"));
    const CliRun printed = runCli({QStringLiteral("report"), province, QStringLiteral("--all"), QStringLiteral("-o"), pdf});
    REQUIRE(printed.exitCode == 0);
    const QString text = pdfText(pdf);
    CHECK(text.count(QStringLiteral("PAR INDEX SCORECARD")) == 2);
    const qsizetype first = text.indexOf(QStringLiteral("Sở A"));
    const qsizetype second = text.indexOf(QStringLiteral("Sở B"));
    CHECK(first >= 0);
    CHECK(second > first); // the overview's order
    // Each card's own self points, as show gives them.
    for (const QString &code : {QStringLiteral("A"), QStringLiteral("B")}) {
        const QJsonObject self = shownAssessment(province, code)
                                     .value(QStringLiteral("layers")).toObject()
                                     .value(QStringLiteral("self")).toObject()
                                     .value(QStringLiteral("total")).toObject();
        CHECK(text.contains(QString::number(self.value(QStringLiteral("points")).toDouble(), 'f', 2)));
    }

    const QString folder = dir.filePath(QStringLiteral("the/")); // made when missing
    REQUIRE(runCli({QStringLiteral("report"), province, QStringLiteral("--all"), QStringLiteral("--group"),
                    QStringLiteral("so"), QStringLiteral("-o"), folder})
                .exitCode == 0);
    CHECK(QFile::exists(folder + QStringLiteral("2026-so-A.pdf")));
    CHECK(QFile::exists(folder + QStringLiteral("2026-so-B.pdf")));
    CHECK(pdfText(folder + QStringLiteral("2026-so-B.pdf")).contains(QStringLiteral("Sở B")));
    CHECK(runCli({QStringLiteral("report"), province, QStringLiteral("--all"), QStringLiteral("--ranking"),
                  QStringLiteral("-o"), pdf})
              .exitCode == 1);
    CHECK(runCli({QStringLiteral("report"), province, QStringLiteral("--all"), QStringLiteral("--group"),
                  QStringLiteral("xa"), QStringLiteral("-o"), dir.filePath(QStringLiteral("xa.pdf"))})
              .exitCode == 1);
}

TEST_CASE("report --layer final prints the official card of every layer, provisional until the result is final")
{
    QTemporaryDir dir;
    const QString province = appraisedProvince(dir.path());
    const QString pdf = dir.filePath(QStringLiteral("phieu.pdf"));
    REQUIRE(runCli({QStringLiteral("report"), province, QStringLiteral("--agency"), QStringLiteral("A"),
                    QStringLiteral("--layer"), QStringLiteral("final"), QStringLiteral("-o"), pdf})
                .exitCode == 0);
    QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("SOCIALIST REPUBLIC OF VIET NAM")));
    CHECK(text.contains(QStringLiteral("Independence - Freedom - Happiness")));
    CHECK(text.contains(QStringLiteral("Thẩm định Chỉ số CCHC năm 2026"))); // the council's appraisal
    CHECK(text.contains(QStringLiteral("PROVISIONAL")));
    // The TOTAL row: maximum, self, appraisal 1, final — as show gives them.
    const QJsonObject layers = shownAssessment(province, QStringLiteral("A")).value(QStringLiteral("layers")).toObject();
    const auto total = [&](const char *layer, const char *key) {
        return QString::number(
            layers.value(QLatin1String(layer)).toObject().value(QStringLiteral("total")).toObject().value(QLatin1String(key)).toDouble(),
            'f', 2);
    };
    CHECK(text.contains(QStringLiteral("TOTAL %1 %2 %3 %4")
                            .arg(total("final", "maxPoints"), total("self", "points"), total("appraisal1", "points"),
                                 total("final", "points"))));

    REQUIRE(runCli({QStringLiteral("finalize"), province, QStringLiteral("--agency"), QStringLiteral("A")}).exitCode == 0);
    REQUIRE(runCli({QStringLiteral("report"), province, QStringLiteral("--agency"), QStringLiteral("A"),
                    QStringLiteral("--layer"), QStringLiteral("final"), QStringLiteral("-o"), pdf})
                .exitCode == 0);
    text = pdfText(pdf);
    CHECK_FALSE(text.contains(QStringLiteral("PROVISIONAL")));
    CHECK(text.contains(QStringLiteral("The appraisal is final.")));
    CHECK(runCli({QStringLiteral("report"), province, QStringLiteral("--ranking"), QStringLiteral("--layer"),
                  QStringLiteral("final"), QStringLiteral("-o"), pdf})
              .exitCode == 1);
}
