// End-to-end tests of parscore-cli: the real executable, its output and exit statuses.
#include "clirunner.h"
#include "fixtures.h"
#include "storagefixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace ParScore;
using namespace ParScore::Test;

namespace {

using Run = CliRun;

Run cli(const QStringList &arguments, const QString &language = QStringLiteral("en"))
{
    return runCli(arguments, language);
}

const QString resources = QStringLiteral(PARSCORE_RESOURCES_DIR);

const QString smallTree = QStringLiteral(R"([
    {"id": "1", "title": "Công tác chỉ đạo, điều hành", "maxPoints": 3, "children": [
        {"id": "1.1", "title": "Tỷ lệ hoàn thành kế hoạch", "maxPoints": 2, "rule": {"kind": "ratio", "floorPercent": 80}},
        {"id": "1.2", "title": "Khảo sát", "maxPoints": 1, "rule": {"kind": "percent"}, "scoredBy": "appraiser"}]}])");

} // namespace

TEST_CASE("cli: criteria list shows the built-in sets - as a table and as JSON")
{
    const Run table = cli({QStringLiteral("criteria"), QStringLiteral("list")});
    CHECK(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("vn.ninhbinh.par.so")));
    CHECK(table.out.contains(QStringLiteral("Bộ Chỉ số cải cách hành chính các sở")));

    const Run json =
        cli({QStringLiteral("criteria"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(json.exitCode == 0);
    const QJsonArray sets = QJsonDocument::fromJson(json.rawOut).array();
    REQUIRE(sets.size() == 2);
    const QJsonObject first = sets.at(0).toObject();
    CHECK(first.value(QStringLiteral("id")).toString() == QStringLiteral("vn.ninhbinh.par.so"));
    CHECK(first.value(QStringLiteral("version")).toString() == QStringLiteral("2026.1"));
    CHECK(first.value(QStringLiteral("status")).toString() == QStringLiteral("illustrative"));
    CHECK(first.value(QStringLiteral("unitKinds")).toArray() == QJsonArray{QStringLiteral("so")});
    CHECK(first.value(QStringLiteral("title")).toString().startsWith(QStringLiteral("Bộ Chỉ số")));
}

TEST_CASE("cli: criteria export prints the shipped bytes - which criteria check accepts")
{
    QTemporaryDir dir;
    for (const auto &[spec, file] :
         {std::pair{"builtin:vn.ninhbinh.par.so", "so-2026.json"},
          std::pair{"builtin:vn.ninhbinh.par.xa-phuong@2026.1", "xa-phuong-2026.json"}}) {
        const Run run =
            cli({QStringLiteral("criteria"), QStringLiteral("export"), QString::fromLatin1(spec)});
        REQUIRE(run.exitCode == 0);
        QFile shipped(resources + QStringLiteral("/criteria/") + QString::fromLatin1(file));
        REQUIRE(shipped.open(QIODevice::ReadOnly));
        CHECK(run.rawOut == shipped.readAll());

        const QString path = writeFile(dir, QString::fromLatin1(file), run.rawOut);
        const Run check = cli({QStringLiteral("criteria"), QStringLiteral("check"), path});
        CHECK(check.exitCode == 0);
        CHECK(check.out.startsWith(QStringLiteral("OK: ")));
        CHECK(check.err.isEmpty());
    }
    CHECK(
        cli({QStringLiteral("criteria"), QStringLiteral("export"), QStringLiteral("builtin:nope")})
            .exitCode
        == 1);
    CHECK(cli({QStringLiteral("criteria"), QStringLiteral("export"), QStringLiteral("some.json")})
              .exitCode
          == 1);
}

TEST_CASE("cli: criteria check lists every problem and exits 1 - unreadable files exit 2")
{
    QTemporaryDir dir;
    const QString invalid =
        writeFile(dir, QStringLiteral("bad.json"), criteriaJson(QStringLiteral(R"([
        {"id": "1", "title": "A", "maxPoints": 3, "children": [
            {"id": "1.1", "title": "x", "maxPoints": 1, "rule": {"kind": "boolean"}}]},
        {"id": "1.1", "title": "dup", "maxPoints": 1, "rule": {"kind": "choice", "options": [{"id": "a", "label": "A", "points": 2}]}}])")));
    const Run run = cli({QStringLiteral("criteria"), QStringLiteral("check"), invalid});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("node 1: maxPoints is 3 but its children add up to 1")));
    CHECK(run.err.contains(QStringLiteral("node 1.1: the id is used by more than one node")));
    CHECK(run.err.contains(QStringLiteral("node 1.1, options[0]")));
    CHECK(run.out.isEmpty());

    CHECK(cli({QStringLiteral("criteria"), QStringLiteral("check"),
               dir.filePath(QStringLiteral("missing.json"))})
              .exitCode
          == 2);
    const QString broken = writeFile(dir, QStringLiteral("broken.json"), "{\"format\": ");
    CHECK(cli({QStringLiteral("criteria"), QStringLiteral("check"), broken}).exitCode == 2);
    const QString newer = writeFile(dir, QStringLiteral("newer.json"),
                                    R"({"format": "parscore.criteria", "formatVersion": 2})");
    const Run newerRun = cli({QStringLiteral("criteria"), QStringLiteral("check"), newer});
    CHECK(newerRun.exitCode == 2);
    CHECK(newerRun.err.contains(QStringLiteral("newer")));
    CHECK(cli({QStringLiteral("criteria"), QStringLiteral("check"), dir.path()}).exitCode == 2);
}

TEST_CASE("cli: score --json follows the contract - as the agency and as the appraiser")
{
    QTemporaryDir dir;
    const QString set = writeFile(dir, QStringLiteral("set.json"), criteriaJson(smallTree));
    const QString agency =
        writeFile(dir, QStringLiteral("a.json"),
                  answersJson(QStringLiteral(R"("1.1": {"numerator": 9, "denominator": 10})")));
    const Run run = cli({QStringLiteral("score"), QStringLiteral("--criteria"), set,
                         QStringLiteral("--answers"), agency, QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(run.rawOut).object();
    const QJsonObject total = json.value(QStringLiteral("total")).toObject();
    CHECK(total.value(QStringLiteral("points")).toDouble() == 1.8);
    CHECK(total.value(QStringLiteral("maxPoints")).toDouble() == 2);
    CHECK(total.value(QStringLiteral("percent")).toDouble() == 90);
    CHECK(total.value(QStringLiteral("grade")).toString() == QStringLiteral("Tốt"));
    CHECK(total.value(QStringLiteral("complete")).toBool());
    CHECK(total.value(QStringLiteral("bonus")).toDouble() == 0);
    CHECK(total.value(QStringLiteral("penalty")).toDouble() == 0);
    const QJsonObject nodes = json.value(QStringLiteral("nodes")).toObject();
    CHECK(nodes.keys() == (QStringList{QStringLiteral("1"), QStringLiteral("1.1")}));
    const QJsonObject criteria = json.value(QStringLiteral("criteria")).toObject();
    CHECK(criteria.value(QStringLiteral("id")).toString() == QStringLiteral("test.set"));
    CHECK(criteria.value(QStringLiteral("status")).toString() == QStringLiteral("draft"));
    CHECK(criteria.value(QStringLiteral("sha256")).toString().size() == 64);

    const Run appraiser = cli({QStringLiteral("score"), QStringLiteral("--criteria"), set,
                               QStringLiteral("--answers"), agency, QStringLiteral("--as"),
                               QStringLiteral("appraiser"), QStringLiteral("--json")});
    REQUIRE(appraiser.exitCode == 0);
    const QJsonObject appraised = QJsonDocument::fromJson(appraiser.rawOut).object();
    CHECK(appraised.value(QStringLiteral("nodes")).toObject().size() == 3);
    CHECK(appraised.value(QStringLiteral("total"))
              .toObject()
              .value(QStringLiteral("complete"))
              .toBool()
          == false);
    CHECK(appraised.value(QStringLiteral("total"))
              .toObject()
              .value(QStringLiteral("percent"))
              .toDouble()
          == 60);
    // The raw text has no more than two decimals anywhere.
    CHECK_FALSE(QString::fromUtf8(appraiser.rawOut)
                    .contains(QRegularExpression(QStringLiteral(R"(\d\.\d{3})"))));
}

TEST_CASE("cli: invalid answers exit 1 naming the node - unreadable files exit 2")
{
    QTemporaryDir dir;
    const QString set = writeFile(dir, QStringLiteral("set.json"), criteriaJson(smallTree));
    const auto score = [&](const QString &answersPath,
                           const QString &role = QStringLiteral("agency")) {
        return cli({QStringLiteral("score"), QStringLiteral("--criteria"), set,
                    QStringLiteral("--answers"), answersPath, QStringLiteral("--as"), role});
    };
    const Run appraiserItem = score(writeFile(
        dir, QStringLiteral("x.json"), answersJson(QStringLiteral(R"("1.2": {"percent": 50})"))));
    CHECK(appraiserItem.exitCode == 1);
    CHECK(appraiserItem.err.contains(QStringLiteral("node 1.2")));
    CHECK(appraiserItem.out.isEmpty());
    const Run overRange = score(
        writeFile(dir, QStringLiteral("y.json"),
                  answersJson(QStringLiteral(R"("1.1": {"numerator": 11, "denominator": 10})"))),
        QStringLiteral("appraiser"));
    CHECK(overRange.exitCode == 1);
    CHECK(overRange.err.contains(QStringLiteral("node 1.1")));
    CHECK(score(dir.filePath(QStringLiteral("none.json"))).exitCode == 2);
    CHECK(score(writeFile(dir, QStringLiteral("z.json"), "\x00\x01garbage")).exitCode == 2);
    CHECK(cli({QStringLiteral("score"), QStringLiteral("--criteria"),
               dir.filePath(QStringLiteral("nope.json")), QStringLiteral("--answers"), set})
              .exitCode
          == 2);
    CHECK(cli({QStringLiteral("score"), QStringLiteral("--criteria"),
               QStringLiteral("builtin:unknown"), QStringLiteral("--answers"), set})
              .exitCode
          == 1);
}

TEST_CASE("cli: usage mistakes exit 1 with a message")
{
    CHECK(cli({}).exitCode == 1);
    CHECK(cli({QStringLiteral("frobnicate")}).exitCode == 1);
    CHECK(cli({QStringLiteral("score")}).exitCode == 1);
    CHECK(cli({QStringLiteral("score"), QStringLiteral("--criteria"), QStringLiteral("x")}).exitCode
          == 1);
    CHECK(cli({QStringLiteral("score"), QStringLiteral("--criteria"), QStringLiteral("x"),
               QStringLiteral("--answers"), QStringLiteral("y"), QStringLiteral("--as"),
               QStringLiteral("boss")})
              .exitCode
          == 1);
    CHECK(cli({QStringLiteral("criteria"), QStringLiteral("check")}).exitCode == 1);
    CHECK(cli({QStringLiteral("criteria"), QStringLiteral("list"), QStringLiteral("--bogus")})
              .exitCode
          == 1);
    CHECK(cli({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("criteria"),
               QStringLiteral("list")})
              .exitCode
          == 1);
    const Run help = cli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("score --criteria")));
    // A command's own help speaks the reader's language, Qt's parts of it too.
    const Run vietnamese = cli({QStringLiteral("show"), QStringLiteral("--help")}, QStringLiteral("vi"));
    CHECK(vietnamese.exitCode == 0);
    CHECK(vietnamese.out.contains(QStringLiteral("Tùy chọn:")));
    CHECK(vietnamese.out.contains(QStringLiteral("Hiển thị trợ giúp")));
    CHECK_FALSE(vietnamese.out.contains(QStringLiteral("Options:")));
    CHECK_FALSE(vietnamese.out.contains(QStringLiteral("Displays")));
}

TEST_CASE("cli: the readable table of the demo keeps Vietnamese text intact")
{
    const Run run = cli({QStringLiteral("score"), QStringLiteral("--criteria"),
                         QStringLiteral("builtin:vn.ninhbinh.par.so"), QStringLiteral("--answers"),
                         resources + QStringLiteral("/demo/so-2026-self.json")},
                        QStringLiteral("vi"));
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(
        QStringLiteral("Bộ Chỉ số cải cách hành chính các sở, ban, ngành năm 2026")));
    CHECK(run.out.contains(QStringLiteral("MINH HỌA")));
    CHECK(run.out.contains(QStringLiteral("Tổng điểm")));
    CHECK(run.out.contains(
        QRegularExpression(QStringLiteral(R"(\d+,\d\d / \d+,\d\d)")))); // Vietnamese decimals
    CHECK(run.err.isEmpty());
}

TEST_CASE("cli: the readable table prints a negative total with U+2212 and no sign on a zero bonus")
{
    QTemporaryDir dir;
    const QString criteria = writeFile(dir, QStringLiteral("set.json"), criteriaJson(QStringLiteral(R"([
        {"id": "1", "title": "Area", "maxPoints": 1, "children": [
            {"id": "1.1", "title": "Item", "maxPoints": 1, "rule": {"kind": "boolean"}}]}])"),
        QStringLiteral(R"("bonus": {"maxPoints": 1, "items": [{"id": "B1", "title": "b", "points": 1}]},
            "penalty": {"maxPoints": 2.5, "items": [{"id": "P1", "title": "p", "points": 1.75}]})")));
    const QString answers = writeFile(dir, QStringLiteral("answers.json"),
                                      answersJson(QStringLiteral(R"("1.1": {"yes": false})"),
                                                  QStringLiteral(R"("penalty": {"P1": 1})")));
    const Run run = cli({QStringLiteral("score"), QStringLiteral("--criteria"), criteria,
                         QStringLiteral("--answers"), answers},
                        QStringLiteral("vi"));
    REQUIRE(run.exitCode == 0);
    const QStringList lines = run.out.split(u'\n');
    const auto line = [&lines](const QString &label) {
        for (const QString &l : lines) {
            if (l.startsWith(label))
                return l.mid(label.size()).trimmed();
        }
        return QString();
    };
    CHECK(line(QStringLiteral("Tổng điểm:")) == QStringLiteral("\u22121,75 / 1,00"));
    CHECK(line(QStringLiteral("Điểm trừ:")) == QStringLiteral("\u22121,75"));
    CHECK(line(QStringLiteral("Điểm thưởng:")) == QStringLiteral("0,00"));
    CHECK_FALSE(run.out.contains(u'-' + QStringLiteral("1,75")));
}

TEST_CASE("cli: --version prints the program's name and the project's version - in either language")
{
    const QString expected = QStringLiteral("parscore-cli " PARSCORE_PROJECT_VERSION "\n");
    for (const QStringList &arguments : {QStringList{QStringLiteral("--version")},
                                         QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--version")},
                                         QStringList{QStringLiteral("--version"), QStringLiteral("--lang=vi")}}) {
        CAPTURE(arguments);
        const Run run = cli(arguments, QStringLiteral("vi"));
        CHECK(run.exitCode == 0);
        CHECK(run.out == expected);
        CHECK(run.err.isEmpty());
    }
}
