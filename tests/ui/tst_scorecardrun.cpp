// ScorecardRun (report/): every agency's card of a province file in the overview's order,
// with its progress told once per card and a cancel that stops it.
#include "fixtures.h"
#include "inspectorfixtures.h"
#include "scorecardrun.h"

#include <QDir>
#include <QFile>

using namespace ParScore;
using namespace ParScore::Test;

TEST_CASE("ScorecardRun tells its progress once per card, in the overview's order, and stops when cancelled")
{
    RankedProvince province;
    QStringList told;
    QList<qsizetype> counts;
    QList<qsizetype> totals;
    ScorecardRun::Options options;
    options.output = province.dir.filePath(QStringLiteral("tat-ca.pdf"));
    options.progress = [&](qsizetype done, qsizetype total, const QString &agency) {
        totals.append(total);
        counts.append(done);
        told.append(agency);
    };
    const auto run = ScorecardRun::run(province.path, options);
    REQUIRE(run.ok());
    CHECK(run.value().written == 4);
    CHECK_FALSE(run.value().cancelled);
    CHECK(run.value().files == QStringList{options.output});
    CHECK(counts == QList<qsizetype>{0, 1, 2, 3});
    CHECK(totals == QList<qsizetype>{4, 4, 4, 4});
    CHECK(told == QStringList{QStringLiteral("Đơn vị A"), QStringLiteral("Đơn vị B"), QStringLiteral("Đơn vị C"),
                              QStringLiteral("Đơn vị X")});
    CHECK(pdfText(options.output).count(QStringLiteral("PAR INDEX SCORECARD")) == 4);

    // Cancelled after the first card: one PDF is not written at all…
    const QString other = province.dir.filePath(QStringLiteral("khac.pdf"));
    options.output = other;
    options.cancelled = [&] { return counts.size() > 5; }; // the 2nd call of this run
    const auto stopped = ScorecardRun::run(province.path, options);
    REQUIRE(stopped.ok());
    CHECK(stopped.value().cancelled);
    CHECK(stopped.value().written == 1);
    CHECK(stopped.value().files.isEmpty());
    CHECK_FALSE(QFile::exists(other));

    // …one PDF each keeps the card finished before.
    options.output = province.dir.filePath(QStringLiteral("phieu"));
    options.oneEach = true;
    options.group = QStringLiteral("so");
    options.cancelled = [&] { return counts.size() > 7; };
    const auto folder = ScorecardRun::run(province.path, options);
    REQUIRE(folder.ok());
    CHECK(folder.value().cancelled);
    CHECK(QDir(options.output).entryList(QDir::Files) == QStringList{QStringLiteral("2026-so-A.pdf")});

    // Nobody of the group: refused, nothing written.
    options.group = QStringLiteral("phuong");
    options.cancelled = {};
    const auto nobody = ScorecardRun::run(province.path, options);
    REQUIRE_FALSE(nobody.ok());
    CHECK(nobody.error().message.contains(QStringLiteral("phuong")));
}

TEST_CASE("ScorecardRun names each agency's file safely, a second of the same name numbered")
{
    CHECK(ScorecardRun::safeName(QStringLiteral("2026-xã-../A B")) == QStringLiteral("2026-x_-.._A_B"));
    QList<OverviewRow> rows(3);
    for (OverviewRow &row : rows) {
        row.assessment.year = 2026;
        row.assessment.group = QStringLiteral("so");
        row.assessment.agencyCode = QStringLiteral("STP");
    }
    rows[1].assessment.agencyCode = QStringLiteral("stp");
    CHECK(ScorecardRun::fileNames(rows)
          == QStringList{QStringLiteral("2026-so-STP.pdf"), QStringLiteral("2026-so-stp-2.pdf"),
                         QStringLiteral("2026-so-STP-3.pdf")});
}
