// parscore-cli overview: a province file made with the CLI itself, ranked on either layer.
#include "builtincriteria.h"
#include "clirunner.h"
#include "fixtures.h"
#include "provincefile.h"
#include "storagefixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace ParScore;
using namespace ParScore::Test;

namespace {

const QString resources = QStringLiteral(PARSCORE_RESOURCES_DIR);

CliRun cli(const QStringList &arguments, const QString &language = QStringLiteral("en"))
{
    return runCli(arguments, language);
}

// A department's file; `answers` (a path) is stored as its self-assessment when given.
QString departmentFile(const QTemporaryDir &dir, const QString &code, const QString &answers)
{
    const QString path = dir.filePath(code + QStringLiteral(".parx"));
    REQUIRE(cli({QStringLiteral("new"), QStringLiteral("--criteria"),
                 QStringLiteral("builtin:vn.ninhbinh.par.so"), QStringLiteral("--agency-code"),
                 code, QStringLiteral("--agency-name"), QStringLiteral("Sở ") + code,
                 QStringLiteral("--group"), QStringLiteral("so"), QStringLiteral("--year"),
                 QStringLiteral("2026"), QStringLiteral("-o"), path})
                .exitCode
            == 0);
    if (!answers.isEmpty())
        REQUIRE(cli({QStringLiteral("answer"), path, QStringLiteral("--answers"), answers}).exitCode
                == 0);
    if (code == QLatin1String("A") || code == QLatin1String("B")) // submitted; C and D are drafts
        REQUIRE(cli({QStringLiteral("seal"), path}).exitCode == 0);
    return path;
}

// The demo self-assessment with item 1.1.1 answered "on time": 93.13 % instead of 92.39 %.
QString betterAnswers(const QTemporaryDir &dir)
{
    QFile demo(resources + QStringLiteral("/demo/so-2026-self.json"));
    REQUIRE(demo.open(QIODevice::ReadOnly));
    QJsonObject file = QJsonDocument::fromJson(demo.readAll()).object();
    QJsonObject answers = file.value(QStringLiteral("answers")).toObject();
    answers.insert(QStringLiteral("1.1.1"),
                   QJsonObject{{QStringLiteral("option"), QStringLiteral("on_time")}});
    file.insert(QStringLiteral("answers"), answers);
    const QString path = dir.filePath(QStringLiteral("better.json"));
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(file).toJson());
    return path;
}

// Four departments merged into a province file; A is appraised in full.
QString provinceFile(const QTemporaryDir &dir)
{
    const QString self = resources + QStringLiteral("/demo/so-2026-self.json");
    const QString province = dir.filePath(QStringLiteral("province.parx"));
    const QStringList sources{departmentFile(dir, QStringLiteral("A"), self),
                              departmentFile(dir, QStringLiteral("B"), self),
                              departmentFile(dir, QStringLiteral("C"), betterAnswers(dir)),
                              departmentFile(dir, QStringLiteral("D"), QString())};
    REQUIRE(
        cli(QStringList{QStringLiteral("merge"), QStringLiteral("-o"), province} + sources).exitCode
        == 0);
    REQUIRE(cli({QStringLiteral("answer"), province, QStringLiteral("--layer"),
                 QStringLiteral("appraisal1"), QStringLiteral("--agency"), QStringLiteral("A"),
                 QStringLiteral("--answers"),
                 resources + QStringLiteral("/demo/so-2026-appraisal.json")})
                .exitCode
            == 0);
    return province;
}

QStringList field(const QJsonArray &rows, const QString &key)
{
    QStringList values;
    for (const QJsonValue &row : rows) {
        const QJsonValue value = row.toObject().value(key);
        values.append(value.isNull() ? QStringLiteral("null") : value.toVariant().toString());
    }
    return values;
}

QStringList list(const char *words)
{
    return QString::fromLatin1(words).split(u' ');
}

} // namespace

TEST_CASE("cli overview: --json ranks on the final result by default, on the self-assessment with "
          "--layer self")
{
    QTemporaryDir dir;
    const QString province = provinceFile(dir);

    const CliRun final = cli({QStringLiteral("overview"), province, QStringLiteral("--json")});
    REQUIRE(final.exitCode == 0);
    CHECK(final.json.value(QStringLiteral("layer")).toString() == QStringLiteral("final"));
    const QJsonArray rows = final.json.value(QStringLiteral("assessments")).toArray();
    REQUIRE(rows.size() == 4);
    // Only A is appraised in full: the others lack the appraisers' items, so are unranked.
    CHECK(field(rows, QStringLiteral("agencyCode")) == list("A B C D"));
    CHECK(field(rows, QStringLiteral("rank")) == list("1 null null null"));
    const QJsonObject a = rows.at(0).toObject();
    for (const char *key : {"uuid", "agencyCode", "agencyName", "group", "year", "status", "sealed",
                            "sealIntact", "criteria", "self", "final", "rank"})
        CHECK(a.contains(QLatin1String(key)));
    CHECK(a.value(QStringLiteral("agencyName")).toString() == QStringLiteral("Sở A"));
    CHECK(a.value(QStringLiteral("status")).toString() == QStringLiteral("inAppraisal"));
    CHECK(a.value(QStringLiteral("sealed")).toBool());
    CHECK(a.value(QStringLiteral("sealIntact")).toBool());
    CHECK(field(rows, QStringLiteral("status")) == list("inAppraisal submitted draft draft"));
    CHECK(field(rows, QStringLiteral("sealed")) == list("true true false false"));
    CHECK(a.value(QStringLiteral("criteria")).toObject().value(QStringLiteral("id")).toString()
          == QStringLiteral("vn.ninhbinh.par.so"));
    const QJsonObject aSelf = a.value(QStringLiteral("self")).toObject();
    CHECK(aSelf.value(QStringLiteral("points")).toDouble() == 62.36);
    CHECK(aSelf.value(QStringLiteral("maxPoints")).toDouble() == 67.5);
    CHECK(aSelf.value(QStringLiteral("percent")).toDouble() == 92.39);
    const QJsonObject aFinal = a.value(QStringLiteral("final")).toObject();
    CHECK(aFinal.value(QStringLiteral("points")).toDouble() == 84.15);
    CHECK(aFinal.value(QStringLiteral("maxPoints")).toDouble() == 97.5);
    CHECK(aFinal.value(QStringLiteral("percent")).toDouble() == 86.31);
    CHECK(aFinal.value(QStringLiteral("grade")).toString() == QStringLiteral("Khá"));
    CHECK(aFinal.value(QStringLiteral("complete")).toBool());
    CHECK(a.value(QStringLiteral("provisional")).toBool());
    const QJsonObject d = rows.at(3).toObject();
    CHECK(d.value(QStringLiteral("self")).isNull());
    CHECK(d.value(QStringLiteral("final")).isNull());

    const CliRun self = cli({QStringLiteral("overview"), province, QStringLiteral("--layer"),
                             QStringLiteral("self"), QStringLiteral("--json")});
    REQUIRE(self.exitCode == 0);
    const QJsonArray bySelf = self.json.value(QStringLiteral("assessments")).toArray();
    CHECK(self.json.value(QStringLiteral("layer")).toString() == QStringLiteral("self"));
    CHECK(field(bySelf, QStringLiteral("agencyCode")) == list("C A B D"));
    CHECK(field(bySelf, QStringLiteral("rank")) == list("1 2 2 null"));

    const CliRun so =
        cli({QStringLiteral("overview"), province, QStringLiteral("--layer=self"),
             QStringLiteral("--group"), QStringLiteral("so"), QStringLiteral("--json")});
    CHECK(field(so.json.value(QStringLiteral("assessments")).toArray(), QStringLiteral("rank"))
          == list("1 2 2 null"));
    const CliRun xa = cli({QStringLiteral("overview"), province, QStringLiteral("--group"),
                           QStringLiteral("xa"), QStringLiteral("--json")});
    CHECK(xa.exitCode == 0);
    CHECK(xa.json.value(QStringLiteral("assessments")).toArray().isEmpty());
}

TEST_CASE("cli overview: the readable table in Vietnamese marks provisional final figures")
{
    QTemporaryDir dir;
    const QString province = provinceFile(dir);
    const CliRun table = cli({QStringLiteral("overview"), province}, QStringLiteral("vi"));
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("92,39"))); // self %, Vietnamese decimals
    CHECK(table.out.contains(QStringLiteral("86,31*")));
    CHECK(table.out.contains(QStringLiteral("Khá*")));
    CHECK(table.out.contains(QStringLiteral("Sở A")));
    CHECK(table.out.contains(QStringLiteral("đang thẩm định")));
    CHECK(table.out.contains(QStringLiteral("* ")));            // the footnote
    CHECK(table.out.contains(QStringLiteral("MINH HỌA")));      // the built-in set is illustrative
    CHECK_FALSE(table.out.contains(QStringLiteral("Final %"))); // no English left
    const CliRun english = cli(
        {QStringLiteral("overview"), province, QStringLiteral("--layer"), QStringLiteral("self")});
    REQUIRE(english.exitCode == 0);
    CHECK(english.out.contains(QStringLiteral("Ranked on the self-assessment")));
    CHECK(english.out.contains(QStringLiteral("93.13")));
    CHECK(english.out.contains(QStringLiteral("86.31*"))); // the final figure stays provisional
}

TEST_CASE("cli overview: a bad --layer is a usage error, an unreadable file exit 2")
{
    QTemporaryDir dir;
    const QString province = provinceFile(dir);
    const CliRun bad = cli({QStringLiteral("overview"), province, QStringLiteral("--layer"),
                            QStringLiteral("appraisal1")});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("--layer")));
    CHECK(cli({QStringLiteral("overview")}).exitCode == 1);
    CHECK(cli({QStringLiteral("overview"), dir.filePath(QStringLiteral("missing.parx"))}).exitCode
          == 2);
    QFile junk(dir.filePath(QStringLiteral("junk.parx")));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write("not a database");
    junk.close();
    CHECK(cli({QStringLiteral("overview"), junk.fileName(), QStringLiteral("--json")}).exitCode
          == 2);
}

TEST_CASE(
    "cli overview: a stored answer changed behind the program's back makes the file unreadable")
{
    QTemporaryDir dir;
    const QString province = provinceFile(dir);
    // The validator leaves the answers to the overview, which reads and checks them all.
    tamper(province,
           QStringLiteral(R"(UPDATE answers SET answer = '{"numerator":21,"denominator":20}')"
                          R"( WHERE item = '1.1.2' AND layer = 'self')"));
    const CliRun run = cli({QStringLiteral("overview"), province, QStringLiteral("--json")});
    CHECK(run.exitCode == 2);
    CHECK(run.out.isEmpty());
    CHECK(run.err.contains(QStringLiteral("1.1.2")));
}

TEST_CASE("cli overview: the over-claim of an appraised agency, in JSON and in the table")
{
    QTemporaryDir dir;
    const QString province = provinceFile(dir);
    const CliRun run = cli({QStringLiteral("overview"), province, QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    const QJsonArray rows = run.json.value(QStringLiteral("assessments")).toArray();
    REQUIRE(rows.size() == 4);
    // A: 62.36 of 67.5 claimed; the final answers give it 60.21 of the same 67.5.
    const QJsonObject overclaim =
        rows.at(0).toObject().value(QStringLiteral("overclaim")).toObject();
    CHECK(overclaim.value(QStringLiteral("points")).toDouble() == -2.15);
    CHECK(overclaim.value(QStringLiteral("percentPoints")).toDouble() == -3.19);
    for (int i = 1; i < 4; ++i) // not appraised: nothing to compare
        CHECK(rows.at(i).toObject().value(QStringLiteral("overclaim")).isNull());
    CHECK(run.json.value(QStringLiteral("missing")).toArray().isEmpty()); // no list of agencies

    const CliRun table = cli({QStringLiteral("overview"), province}, QStringLiteral("vi"));
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("−2,15 (−3,19 %)*")));
}

TEST_CASE(
    "cli overview: the expected agencies that have not submitted, after the table and in JSON")
{
    QTemporaryDir dir;
    const QString province = dir.filePath(QStringLiteral("tinh.parx"));
    {
        const auto so = BuiltinCriteria::find(QStringLiteral("vn.ninhbinh.par.so"));
        REQUIRE(so.ok());
        auto created = ProvinceFile::create(
            province, {QStringLiteral("Thẩm định Chỉ số CCHC năm 2026"),
                       2026,
                       {so.value()},
                       {{QStringLiteral("A"), QStringLiteral("Sở A"), QStringLiteral("so")},
                        {QStringLiteral("SYT"), QStringLiteral("Sở Y tế"), QStringLiteral("so")}}});
        REQUIRE(created.ok());
    }
    const QString self = resources + QStringLiteral("/demo/so-2026-self.json");
    REQUIRE(cli({QStringLiteral("merge"), QStringLiteral("-o"), province,
                 departmentFile(dir, QStringLiteral("A"), self)})
                .exitCode
            == 0);
    const CliRun run = cli({QStringLiteral("overview"), province, QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.json.value(QStringLiteral("missing")).toArray()
          == QJsonArray{QJsonObject{{QStringLiteral("agencyCode"), QStringLiteral("SYT")},
                                    {QStringLiteral("agencyName"), QStringLiteral("Sở Y tế")},
                                    {QStringLiteral("group"), QStringLiteral("so")}}});
    const CliRun table = cli({QStringLiteral("overview"), province});
    REQUIRE(table.exitCode == 0);
    const qsizetype listed = table.out.indexOf(QStringLiteral("Not submitted for 2026"));
    REQUIRE(listed > 0);
    CHECK(table.out.indexOf(QStringLiteral("SYT"), listed) > listed);
    CHECK(table.out.indexOf(QStringLiteral("Sở A")) < listed); // A is a row of the table, above
    CHECK(cli({QStringLiteral("overview"), province, QStringLiteral("--group"),
               QStringLiteral("xa"), QStringLiteral("--json")})
              .json.value(QStringLiteral("missing"))
              .toArray()
              .isEmpty());
}

TEST_CASE("cli history: one item's changes in every layer, oldest first, old and new readable")
{
    QTemporaryDir dir;
    const QString province = provinceFile(dir);
    const CliRun run =
        cli({QStringLiteral("history"), province, QStringLiteral("--agency"), QStringLiteral("A"),
             QStringLiteral("--node"), QStringLiteral("1.1.2"), QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    const QJsonArray history = run.json.value(QStringLiteral("history")).toArray();
    REQUIRE(history.size() == 2);
    CHECK(field(history, QStringLiteral("layer")) == list("self appraisal1"));
    CHECK(history.at(1).toObject().value(QStringLiteral("newText")).toString()
          == QStringLiteral("18/20"));
    CHECK(history.at(1).toObject().value(QStringLiteral("oldText")).toString().isEmpty());
    CHECK(history.at(0).toObject().value(QStringLiteral("at")).toString().endsWith(u'Z'));

    const CliRun table =
        cli({QStringLiteral("history"), province, QStringLiteral("--agency"), QStringLiteral("A"),
             QStringLiteral("--node"), QStringLiteral("1.1.1")},
            QStringLiteral("vi"));
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("appraisal1")));
    CHECK(table.out.contains(QStringLiteral("— → “")));

    CHECK(
        cli({QStringLiteral("history"), province, QStringLiteral("--agency"), QStringLiteral("A")})
            .exitCode
        == 1);
    const CliRun unknown =
        cli({QStringLiteral("history"), province, QStringLiteral("--agency"), QStringLiteral("A"),
             QStringLiteral("--node"), QStringLiteral("9.9.9")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("9.9.9")));
}
