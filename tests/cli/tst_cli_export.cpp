// parscore-cli export: the results workbook read back by an independent reader (openpyxl,
// Debian's python3-openpyxl) and every number compared with `overview --json` and
// `show --json` of the same file.
#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace ParScore::Test;

namespace {

// The workbook's sheets as openpyxl reads them: {sheet: [[cell, …], …]}, with its frozen
// panes and auto-filter.
QJsonObject readWorkbook(const QString &path)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"), QStringLiteral(R"(
import json, sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
print(json.dumps({sheet.title: {"rows": [list(row) for row in sheet.iter_rows(values_only=True)],
                                "freeze": sheet.freeze_panes, "filter": sheet.auto_filter.ref,
                                "numberFormat": sheet.cell(row=sheet.max_row, column=9).number_format}
                  for sheet in book.worksheets}))
)"),
                  path});
    REQUIRE(python.waitForFinished(60000));
    INFO(python.readAllStandardError().toStdString());
    REQUIRE(python.exitCode() == 0);
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

// The rows after the header row (the one starting with `firstHeader`).
QJsonArray bodyRows(const QJsonObject &sheet, const QString &firstHeader, int *headerRow = nullptr)
{
    const QJsonArray rows = sheet.value(QStringLiteral("rows")).toArray();
    for (int i = 0; i < rows.size(); ++i) {
        if (rows[i].toArray().at(0).toString() == firstHeader) {
            if (headerRow)
                *headerRow = i;
            return QJsonArray::fromVariantList(rows.toVariantList().mid(i + 1));
        }
    }
    FAIL("no header " << firstHeader.toStdString());
    return {};
}

// A number of the contract's JSON against a cell: both to the hundredth.
bool same(const QJsonValue &cell, const QJsonValue &expected)
{
    return cell.isDouble() && expected.isDouble() && qRound64(cell.toDouble() * 100) == qRound64(expected.toDouble() * 100);
}

// An overview sheet's row against `overview --json`'s: agency, self and final points and percents.
void checkAgencyFigures(const QJsonArray &cells, const QJsonObject &expected)
{
    CHECK(cells[1].toString() == expected.value(QStringLiteral("agencyCode")).toString());
    CHECK(cells[2].toString() == expected.value(QStringLiteral("agencyName")).toString());
    const QJsonObject self = expected.value(QStringLiteral("self")).toObject();
    const QJsonObject final = expected.value(QStringLiteral("final")).toObject();
    CHECK(same(cells[7], self.value(QStringLiteral("points"))));
    CHECK(same(cells[8], self.value(QStringLiteral("percent"))));
    CHECK(same(cells[9], final.value(QStringLiteral("points"))));
    CHECK(same(cells[10], final.value(QStringLiteral("percent"))));
}

// The workbook converted by LibreOffice (headless) into one CSV a sheet, read back as
// {sheet: [[cell, …], …]} with numbers as numbers; what LibreOffice said on the way, empty
// when it had nothing to complain about.
QJsonObject libreOfficeSheets(const QString &workbook, const QString &folder, QString *said)
{
    QProcess office;
    office.setWorkingDirectory(folder);
    // All sheets (-1), UTF-8 (76), values as stored, not as shown.
    office.start(QStringLiteral("soffice"),
                 {QStringLiteral("-env:UserInstallation=file://%1/profile").arg(folder), QStringLiteral("--headless"),
                  QStringLiteral("--convert-to"),
                  QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"),
                  QStringLiteral("--outdir"), folder + QStringLiteral("/csv"), workbook});
    REQUIRE(office.waitForFinished(180000));
    REQUIRE(office.exitCode() == 0);
    *said = QString::fromUtf8(office.readAllStandardError()).trimmed();
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QStringLiteral(R"(
import csv, glob, json, os, sys
def value(cell):
    try:
        return float(cell)
    except ValueError:
        return cell
sheets = {}
for path in glob.glob(os.path.join(sys.argv[1], "*.csv")):
    with open(path, encoding="utf-8", newline="") as f:
        sheets[os.path.basename(path)] = [[value(c) for c in row] for row in csv.reader(f)]
print(json.dumps(sheets))
)"),
                                                      folder + QStringLiteral("/csv")});
    REQUIRE(python.waitForFinished(60000));
    INFO(python.readAllStandardError().toStdString());
    REQUIRE(python.exitCode() == 0);
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

} // namespace

TEST_CASE("LibreOffice converts the workbook without complaint, and reads the overview's numbers in it")
{
    QTemporaryDir dir;
    const QString province = appraisedProvince(dir.path());
    const QString workbook = dir.filePath(QStringLiteral("ket-qua.xlsx"));
    REQUIRE(runCli({QStringLiteral("export"), province, QStringLiteral("-o"), workbook}).exitCode == 0);
    QString said;
    const QJsonObject sheets = libreOfficeSheets(workbook, dir.path(), &said);
    INFO("LibreOffice said: " << said.toStdString());
    // Java's launcher helper is missing without Java: a remark about LibreOffice, not the file.
    for (const QString &line : said.split(u'\n', Qt::SkipEmptyParts))
        CHECK(line.contains(QStringLiteral("javaldx")));
    REQUIRE(sheets.keys() == QStringList({QStringLiteral("ket-qua-Detail.csv"), QStringLiteral("ket-qua-Overview.csv")}));

    const CliRun overview = runCli({QStringLiteral("overview"), province, QStringLiteral("--json")});
    REQUIRE(overview.exitCode == 0);
    const QJsonArray expectedRows = overview.json.value(QStringLiteral("assessments")).toArray();
    const QJsonArray rows = bodyRows(QJsonObject{{QStringLiteral("rows"), sheets.value(QStringLiteral("ket-qua-Overview.csv"))}},
                                     QStringLiteral("No."));
    REQUIRE(rows.size() == expectedRows.size());
    int compared = 0;
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonArray cells = rows[i].toArray();
        const QJsonObject expected = expectedRows[i].toObject();
        INFO("row " << i);
        checkAgencyFigures(cells, expected);
        compared += 4;
    }
    CHECK(compared >= 8);
    const QJsonArray detail = sheets.value(QStringLiteral("ket-qua-Detail.csv")).toArray();
    CHECK(detail.size() > 2 * 40); // every item of both agencies
}

TEST_CASE("The workbook holds every agency's overview row and every item's points, as overview and show say")
{
    QTemporaryDir dir;
    const QString province = appraisedProvince(dir.path());
    const QString workbook = dir.filePath(QStringLiteral("ket-qua.xlsx"));
    const CliRun exported = runCli({QStringLiteral("export"), province, QStringLiteral("-o"), workbook});
    REQUIRE(exported.exitCode == 0);
    const QJsonObject sheets = readWorkbook(workbook);
    REQUIRE(sheets.keys() == QStringList({QStringLiteral("Detail"), QStringLiteral("Overview")}));

    // Sheet 1: the overview's rows, in its order, every number the same.
    const CliRun overview = runCli({QStringLiteral("overview"), province, QStringLiteral("--json")});
    REQUIRE(overview.exitCode == 0);
    const QJsonArray expectedRows = overview.json.value(QStringLiteral("assessments")).toArray();
    int headerRow = -1;
    const QJsonObject overviewSheet = sheets.value(QStringLiteral("Overview")).toObject();
    const QJsonArray rows = bodyRows(overviewSheet, QStringLiteral("No."), &headerRow);
    // The illustrative set is said above the header, which stays in view with its filter.
    CHECK(overviewSheet.value(QStringLiteral("rows")).toArray().at(0).toArray().at(0).toString().contains(
        QStringLiteral("ILLUSTRATIVE")));
    CHECK(overviewSheet.value(QStringLiteral("freeze")).toString() == QStringLiteral("A%1").arg(headerRow + 2));
    CHECK(overviewSheet.value(QStringLiteral("filter")).toString().startsWith(QStringLiteral("A%1:").arg(headerRow + 1)));
    REQUIRE(rows.size() == expectedRows.size());
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonArray cells = rows[i].toArray();
        const QJsonObject expected = expectedRows[i].toObject();
        INFO("row " << i);
        CHECK(cells[0].toInt() == i + 1);
        checkAgencyFigures(cells, expected);
        CHECK(cells[4].toInt() == 2026);
        const QJsonValue overclaim = expected.value(QStringLiteral("overclaim"));
        if (overclaim.isObject()) {
            CHECK(same(cells[11], overclaim.toObject().value(QStringLiteral("points"))));
            CHECK(same(cells[12], overclaim.toObject().value(QStringLiteral("percentPoints"))));
        } else {
            CHECK(cells[11].isNull());
        }
        CHECK(cells[13].toString() == expected.value(QStringLiteral("final")).toObject().value(QStringLiteral("grade")).toString());
        CHECK(cells[14].toInt() == expected.value(QStringLiteral("rank")).toInt());
        CHECK(cells[15].toString() == QStringLiteral("provisional"));
    }

    // Sheet 2: every item of every agency; each layer's points where the layer says
    // something, the final points everywhere, and the totals.
    const QJsonArray detail = bodyRows(sheets.value(QStringLiteral("Detail")).toObject(), QStringLiteral("Code"));
    int compared = 0;
    for (const QString &code : {QStringLiteral("A"), QStringLiteral("B")}) {
        const QJsonObject layers = shownAssessment(province, code).value(QStringLiteral("layers")).toObject();
        const QJsonObject finalNodes = layers.value(QStringLiteral("final")).toObject().value(QStringLiteral("nodes")).toObject();
        int rowsOfAgency = 0;
        for (const QJsonValue &value : detail) {
            const QJsonArray cells = value.toArray();
            if (cells[0].toString() != code)
                continue;
            ++rowsOfAgency;
            const QString node = cells[2].toString();
            INFO(code.toStdString() << " " << node.toStdString() << " " << cells[3].toString().toStdString());
            if (node.isEmpty()) { // bonus, penalty, total
                const QJsonObject total = layers.value(QStringLiteral("final")).toObject().value(QStringLiteral("total")).toObject();
                const QString label = cells[3].toString();
                const QString key = label == QLatin1String("Bonus")     ? QStringLiteral("bonus")
                                    : label == QLatin1String("Penalty") ? QStringLiteral("penalty")
                                                                        : QStringLiteral("points");
                CHECK(same(cells[8], total.value(key)));
                ++compared;
                continue;
            }
            const QJsonObject finalNode = finalNodes.value(node).toObject();
            REQUIRE_FALSE(finalNode.isEmpty());
            CHECK(same(cells[4], finalNode.value(QStringLiteral("maxPoints"))));
            CHECK(same(cells[8], finalNode.value(QStringLiteral("points"))));
            const char *layerKeys[] = {"self", "appraisal1", "appraisal2"};
            for (int i = 0; i < 3; ++i) {
                const QJsonValue shown = layers.value(QLatin1String(layerKeys[i]));
                if (!cells[5 + i].isNull()) {
                    REQUIRE(shown.isObject());
                    CHECK(same(cells[5 + i],
                               shown.toObject().value(QStringLiteral("nodes")).toObject().value(node).toObject().value(
                                   QStringLiteral("points"))));
                    ++compared;
                }
            }
        }
        CHECK(rowsOfAgency == finalNodes.size() + 3);
    }
    CHECK(compared > 100); // the comparison did compare
}

TEST_CASE("export refuses a bad layer, a missing -o and writing over the file it reads - a failed write leaves nothing")
{
    QTemporaryDir dir;
    const QString a = submittedAgencyFile(dir.path(), QStringLiteral("A"));
    CHECK(runCli({QStringLiteral("export"), a, QStringLiteral("-o"), dir.filePath(QStringLiteral("x.xlsx")),
                  QStringLiteral("--layer"), QStringLiteral("appraisal1")})
              .exitCode == 1);
    CHECK(runCli({QStringLiteral("export"), a}).exitCode == 1);
    const QByteArray before = [&] {
        QFile file(a);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }();
    const CliRun over = runCli({QStringLiteral("export"), a, QStringLiteral("-o"), a});
    CHECK(over.exitCode == 1);
    CHECK(over.err.contains(QStringLiteral("over the file")));
    QFile file(a);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == before);
    const QString nowhere = dir.filePath(QStringLiteral("no-such-folder/x.xlsx"));
    CHECK(runCli({QStringLiteral("export"), a, QStringLiteral("-o"), nowhere}).exitCode == 2);
    CHECK_FALSE(QFile::exists(nowhere));
    // An agency's own file exports too: its one row, ranked on the self-assessment.
    const QString own = dir.filePath(QStringLiteral("a.xlsx"));
    REQUIRE(runCli({QStringLiteral("export"), a, QStringLiteral("-o"), own, QStringLiteral("--layer"),
                    QStringLiteral("self")})
                .exitCode == 0);
    const QJsonArray rows = bodyRows(readWorkbook(own).value(QStringLiteral("Overview")).toObject(), QStringLiteral("No."));
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].toArray().at(1).toString() == QStringLiteral("A"));
}
