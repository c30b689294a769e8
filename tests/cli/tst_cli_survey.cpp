// parscore-cli survey: survey scores of many agencies from a tab-separated grid, all or
// nothing, into a province file made with the CLI itself.
#include "clirunner.h"
#include "fixtures.h"
#include "storagefixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace ParScore;
using namespace ParScore::Test;

namespace {

const QString resources = QStringLiteral(PARSCORE_RESOURCES_DIR);

QString newFile(const QTemporaryDir &dir, const QString &code, const QString &set, const QString &group)
{
    const QString path = dir.filePath(code + QStringLiteral(".parx"));
    REQUIRE(runCli({QStringLiteral("new"), QStringLiteral("--criteria"), set, QStringLiteral("--agency-code"), code,
                    QStringLiteral("--agency-name"), QStringLiteral("Đơn vị ") + code, QStringLiteral("--group"), group,
                    QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("-o"), path})
                .exitCode
            == 0);
    return path;
}

// STP (submitted) and SNV (draft) on the departments' set, XA1 on the communes' set.
QString provinceFile(const QTemporaryDir &dir)
{
    const QString so = QStringLiteral("builtin:vn.ninhbinh.par.so");
    const QString stp = newFile(dir, QStringLiteral("STP"), so, QStringLiteral("so"));
    REQUIRE(runCli({QStringLiteral("answer"), stp, QStringLiteral("--answers"),
                    resources + QStringLiteral("/demo/so-2026-self.json")})
                .exitCode
            == 0);
    REQUIRE(runCli({QStringLiteral("seal"), stp}).exitCode == 0);
    const QString snv = newFile(dir, QStringLiteral("SNV"), so, QStringLiteral("so"));
    const QString xa = newFile(dir, QStringLiteral("XA1"), QStringLiteral("builtin:vn.ninhbinh.par.xa-phuong"),
                               QStringLiteral("xa"));
    const QString province = dir.filePath(QStringLiteral("province.parx"));
    REQUIRE(runCli({QStringLiteral("merge"), QStringLiteral("-o"), province, stp, snv, xa}).exitCode == 0);
    return province;
}

QString writeGrid(const QTemporaryDir &dir, const QByteArray &bytes)
{
    const QString path = dir.filePath(QStringLiteral("grid.tsv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    return path;
}

// `pattern` with "cell(s)" standing for the English plural, whether or not parscore_en.ts
// spells it out yet.
bool saysCells(const QString &text, QString pattern)
{
    pattern.replace(QStringLiteral("cell(s)"), QStringLiteral("cells?(\\(s\\))?"));
    return QRegularExpression(pattern).match(text).hasMatch();
}

CliRun survey(const QString &province, const QString &grid, const QStringList &more = {})
{
    return runCli(QStringList{QStringLiteral("survey"), province, QStringLiteral("--layer"),
                              QStringLiteral("appraisal1"), QStringLiteral("--tsv"), grid}
                  + more);
}

// One assessment of `show --json`.
QJsonObject shown(const QString &province, const QString &code)
{
    const CliRun show = runCli({QStringLiteral("show"), province, QStringLiteral("--json")});
    REQUIRE(show.exitCode == 0);
    for (const QJsonValue &each : show.json.value(QStringLiteral("assessments")).toArray()) {
        if (each.toObject().value(QStringLiteral("agencyCode")).toString() == code)
            return each.toObject();
    }
    FAIL("no assessment " << code.toStdString());
    return {};
}

} // namespace

TEST_CASE("cli survey: a good grid is entered whole, counted per agency, and starts the appraisal")
{
    QTemporaryDir dir;
    const QString province = provinceFile(dir);
    // A spreadsheet's export: BOM, CRLF, "," decimals, each row on its own set.
    const QString grid = writeGrid(dir, "\xEF\xBB\xBF"
                                        "agency\t8.1\t8.3.2\t8.3.3\r\n"
                                        "STP\t87,5\t72.4\t\r\n"
                                        "SNV\t90\t\t\r\n"
                                        "XA1\t\t12\t3\r\n\r\n");
    const CliRun dry = survey(province, grid, {QStringLiteral("--dry-run")});
    INFO(dry.err.toStdString());
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("Dry run: nothing was written.")));
    CHECK(saysCells(dry.out, QStringLiteral("STP \\(2026\\): 2 cell(s) would change\n")));
    CHECK(shown(province, QStringLiteral("STP")).value(QStringLiteral("layers")).toObject().value(
              QStringLiteral("appraisal1")).isNull());

    const CliRun run = survey(province, grid, {QStringLiteral("--author"), QStringLiteral("Thanh tra A")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(saysCells(run.out, QStringLiteral("^STP \\(2026\\): 2 cell(s) changed\nSNV \\(2026\\): 1 cell(s) changed\n"
                                            "XA1 \\(2026\\): 2 cell(s) changed\n5 cell(s) changed in the appraisal1 "
                                            "layer.\n$")));
    const QJsonObject stp = shown(province, QStringLiteral("STP"));
    CHECK(stp.value(QStringLiteral("status")).toString() == QStringLiteral("inAppraisal"));
    const QJsonObject nodes = stp.value(QStringLiteral("layers")).toObject().value(QStringLiteral("appraisal1"))
                                  .toObject().value(QStringLiteral("nodes")).toObject();
    CHECK(nodes.value(QStringLiteral("8.1")).toObject().value(QStringLiteral("points")).toDouble() == 10.5); // 87.5 % of 12
    CHECK(nodes.value(QStringLiteral("8.3.2")).toObject().value(QStringLiteral("points")).toDouble() == 3); // ≥ 70
    CHECK(shown(province, QStringLiteral("SNV")).value(QStringLiteral("status")).toString() == QStringLiteral("draft"));
    const CliRun log = runCli({QStringLiteral("log"), province, QStringLiteral("--agency"), QStringLiteral("XA1")});
    CHECK(log.out.contains(QStringLiteral("Thanh tra A answer appraisal1 8.3.3")));

    // The same grid again changes nothing.
    CHECK(saysCells(survey(province, grid).out, QStringLiteral("\n0 cell(s) changed in the appraisal1 layer.\n$")));
}

TEST_CASE("cli survey: any bad cell refuses the whole file, naming line, agency and column")
{
    QTemporaryDir dir;
    const QString province = provinceFile(dir);
    const QByteArray before = fileHash(province);
    const CliRun run = survey(province, writeGrid(dir, "agency\t8.1\t8.3.2\t1.1.1\n"
                                                      "STP\t87,5\t\t\n"
                                                      "SNV\t187,5\tabc\t\n"
                                                      "XA1\t5\t\t\n"
                                                      "ZZZ\t\t\t\n"
                                                      "SNV\t1\t\t\n"));
    CHECK(run.exitCode == 1);
    CHECK(run.out.isEmpty());
    CHECK(run.err.contains(QStringLiteral("The survey grid was refused; nothing was changed")));
    for (const QString &problem :
         {QStringLiteral("line 1, column 1.1.1: this item is scored by the agency itself"),
          QStringLiteral("line 3, agency SNV, column 8.1: “187,5” is more than 100, the most this item takes."),
          QStringLiteral("line 3, agency SNV, column 8.3.2: “abc” is not a number."),
          QStringLiteral("line 4, agency XA1, column 8.1: this item has sub-criteria"),
          QStringLiteral("line 5, agency ZZZ: the file holds no assessment of this agency"),
          QStringLiteral("line 6, agency SNV: the agency already has a row, on line 3")}) {
        INFO(run.err.toStdString());
        CHECK(run.err.contains(problem));
    }
    CHECK(fileHash(province) == before);
}

TEST_CASE("cli survey: refused targets and usage")
{
    QTemporaryDir dir;
    const QString province = provinceFile(dir);
    const QString grid = writeGrid(dir, "agency\t8.1\nSTP\t50\n");
    // An agency's own file takes no appraisal.
    const CliRun agency = survey(dir.filePath(QStringLiteral("STP.parx")), grid);
    CHECK(agency.exitCode == 1);
    CHECK(agency.err.contains(QStringLiteral("is not the inspectors' province file")));
    for (const QString &layer : {QStringLiteral("self"), QStringLiteral("final"), QStringLiteral("x")}) {
        const CliRun run = runCli({QStringLiteral("survey"), province, QStringLiteral("--layer"), layer,
                                   QStringLiteral("--tsv"), grid});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("--layer must be appraisal1 or appraisal2")));
    }
    CHECK(runCli({QStringLiteral("survey"), province, QStringLiteral("--layer"), QStringLiteral("appraisal1")}).exitCode
          == 1);
    CHECK(survey(province, grid, {QStringLiteral("--year"), QStringLiteral("20x6")}).exitCode == 1);
    const CliRun otherYear = survey(province, grid, {QStringLiteral("--year"), QStringLiteral("2025")});
    CHECK(otherYear.exitCode == 1);
    CHECK(otherYear.err.contains(QStringLiteral("line 2, agency STP: the file holds no assessment of this agency for 2025")));
    CHECK(survey(province, dir.filePath(QStringLiteral("missing.tsv"))).exitCode == 2);
    const CliRun latin1 = survey(province, writeGrid(dir, "agency\t8.1\nS\xD4NV\t50\n"));
    CHECK(latin1.exitCode == 1);
    CHECK(latin1.err.contains(QStringLiteral("not UTF-8")));
    CHECK(runCli({QStringLiteral("--help")}).out.contains(QStringLiteral("survey F.parx --layer")));
}
