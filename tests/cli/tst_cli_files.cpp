// End-to-end tests of the .parx commands of parscore-cli.
#include "clirunner.h"
#include "editlock.h"
#include "fixtures.h"

#include <QCryptographicHash>
#include <QDateTime>
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

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

const QString resources = QStringLiteral(PARSCORE_RESOURCES_DIR);

// A department's file with the demo self-assessment.
QString agencyFile(const QTemporaryDir &dir, const QString &name, const QString &code)
{
    const QString path = dir.filePath(name);
    REQUIRE(cli({QStringLiteral("new"), QStringLiteral("--criteria"),
                 QStringLiteral("builtin:vn.ninhbinh.par.so"), QStringLiteral("--agency-code"),
                 code, QStringLiteral("--agency-name"), QStringLiteral("Sở Tư pháp"),
                 QStringLiteral("--group"), QStringLiteral("so"), QStringLiteral("--year"),
                 QStringLiteral("2026"), QStringLiteral("-o"), path})
                .exitCode
            == 0);
    REQUIRE(cli({QStringLiteral("answer"), path, QStringLiteral("--answers"),
                 resources + QStringLiteral("/demo/so-2026-self.json")})
                .exitCode
            == 0);
    return path;
}

} // namespace

TEST_CASE("cli files: new - answer and show --json give the contract's shape and scores")
{
    QTemporaryDir dir;
    const QString path = agencyFile(dir, QStringLiteral("stp.parx"), QStringLiteral("STP"));
    const Run show = cli({QStringLiteral("show"), path, QStringLiteral("--json")});
    REQUIRE(show.exitCode == 0);
    const QJsonArray assessments = show.json.value(QStringLiteral("assessments")).toArray();
    REQUIRE(assessments.size() == 1);
    const QJsonObject a = assessments.at(0).toObject();
    for (const char *key : {"uuid", "agencyCode", "agencyName", "group", "year", "status",
                            "criteria", "sealed", "sealIntact", "layers"})
        CHECK(a.contains(QLatin1String(key)));
    CHECK(a.value(QStringLiteral("agencyName")).toString() == QStringLiteral("Sở Tư pháp"));
    CHECK(a.value(QStringLiteral("status")).toString() == QStringLiteral("draft"));
    CHECK(a.value(QStringLiteral("sealed")).toBool() == false);
    const QJsonObject layers = a.value(QStringLiteral("layers")).toObject();
    CHECK(layers.value(QStringLiteral("appraisal1")).isNull());
    CHECK(layers.value(QStringLiteral("appraisal2")).isNull());
    const Run fresh = cli({QStringLiteral("new"), QStringLiteral("--criteria"),
                           QStringLiteral("builtin:vn.ninhbinh.par.so"), QStringLiteral("--agency-code"),
                           QStringLiteral("X"), QStringLiteral("--agency-name"), QStringLiteral("X"),
                           QStringLiteral("--group"), QStringLiteral("so"), QStringLiteral("--year"),
                           QStringLiteral("2026"), QStringLiteral("-o"), dir.filePath(QStringLiteral("x.parx"))});
    REQUIRE(fresh.exitCode == 0);
    // A year out of range is refused like every --year, and no file appears.
    for (const QString &year : {QStringLiteral("20260"), QStringLiteral("0"), QStringLiteral("năm")}) {
        const QString refusedPath = dir.filePath(QStringLiteral("bad-year.parx"));
        const Run badYear = cli({QStringLiteral("new"), QStringLiteral("--criteria"),
                                 QStringLiteral("builtin:vn.ninhbinh.par.so"), QStringLiteral("--agency-code"),
                                 QStringLiteral("X"), QStringLiteral("--agency-name"), QStringLiteral("X"),
                                 QStringLiteral("--group"), QStringLiteral("so"), QStringLiteral("--year"), year,
                                 QStringLiteral("-o"), refusedPath});
        CHECK(badYear.exitCode == 1);
        CHECK(badYear.err.contains(year));
        CHECK_FALSE(QFile::exists(refusedPath));
    }
    const QJsonObject emptyLayers = cli({QStringLiteral("show"), dir.filePath(QStringLiteral("x.parx")),
                                         QStringLiteral("--json")})
                                        .json.value(QStringLiteral("assessments")).toArray().at(0)
                                        .toObject().value(QStringLiteral("layers")).toObject();
    for (const char *layer : {"self", "appraisal1", "appraisal2", "final"})
        CHECK(emptyLayers.value(QLatin1String(layer)).isNull());

    // The self layer equals `score` of the same answers as the agency.
    const Run score =
        cli({QStringLiteral("score"), QStringLiteral("--criteria"),
             QStringLiteral("builtin:vn.ninhbinh.par.so"), QStringLiteral("--answers"),
             resources + QStringLiteral("/demo/so-2026-self.json"), QStringLiteral("--json")});
    REQUIRE(score.exitCode == 0);
    const QJsonObject self = layers.value(QStringLiteral("self")).toObject();
    CHECK(self.value(QStringLiteral("total")) == score.json.value(QStringLiteral("total")));
    CHECK(self.value(QStringLiteral("nodes")) == score.json.value(QStringLiteral("nodes")));
    CHECK(a.value(QStringLiteral("criteria")) == score.json.value(QStringLiteral("criteria")));
    CHECK(layers.value(QStringLiteral("final"))
              .toObject()
              .value(QStringLiteral("nodes"))
              .toObject()
              .contains(QStringLiteral("8")));

    // Invalid answers change nothing.
    const QByteArray before = hashOf(path);
    QFile bad(dir.filePath(QStringLiteral("bad.json")));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write(
        answersJson(QStringLiteral(R"("1.1.1": {"option": "on_time"}, "9.9": {"yes": true})")));
    bad.close();
    const Run refused =
        cli({QStringLiteral("answer"), path, QStringLiteral("--answers"), bad.fileName()});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("node 9.9")));
    CHECK(hashOf(path) == before);
}

TEST_CASE("cli files: seal - verify - and tampering seen by verify and show")
{
    QTemporaryDir dir;
    const QString path = agencyFile(dir, QStringLiteral("stp.parx"), QStringLiteral("STP"));
    CHECK(cli({QStringLiteral("verify"), path}).exitCode == 1); // not sealed yet
    REQUIRE(cli({QStringLiteral("seal"), path}).exitCode == 0);
    CHECK(cli({QStringLiteral("verify"), path}).exitCode == 0);
    CHECK(cli({QStringLiteral("answer"), path, QStringLiteral("--answers"),
               resources + QStringLiteral("/demo/so-2026-self.json")})
              .exitCode
          == 1);

    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"),
                 {path, QStringLiteral("UPDATE answers SET answer = '{\"count\":0}' "
                                       "WHERE layer = 'self' AND item = '5.4'")});
    REQUIRE(sqlite.waitForFinished());
    REQUIRE(sqlite.exitCode() == 0);
    const Run verify = cli({QStringLiteral("verify"), path});
    CHECK(verify.exitCode == 1);
    CHECK(verify.err.contains(QStringLiteral("SEAL BROKEN")));
    const QJsonObject shown = cli({QStringLiteral("show"), path, QStringLiteral("--json")})
                                  .json.value(QStringLiteral("assessments"))
                                  .toArray()
                                  .at(0)
                                  .toObject();
    CHECK(shown.value(QStringLiteral("sealed")).toBool());
    CHECK_FALSE(shown.value(QStringLiteral("sealIntact")).toBool());
}

TEST_CASE("cli files: a document altered inside a file - reading commands go on, verify and check --deep see it")
{
    QTemporaryDir dir;
    const QString path = agencyFile(dir, QStringLiteral("stp.parx"), QStringLiteral("STP"));
    const QString document = dir.filePath(QStringLiteral("qd.pdf"));
    QFile file(document);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4 decision");
    file.close();
    REQUIRE(cli({QStringLiteral("evidence"), QStringLiteral("add"), path, QStringLiteral("--node"),
                 QStringLiteral("1.1.1"), document})
                .exitCode
            == 0);
    REQUIRE(cli({QStringLiteral("seal"), path}).exitCode == 0);
    CHECK(cli({QStringLiteral("check"), path, QStringLiteral("--deep")}).exitCode == 0);
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {path, QStringLiteral("UPDATE blobs SET data = CAST('%PDF-1.4 forgery' AS BLOB)")});
    REQUIRE(sqlite.waitForFinished());
    REQUIRE(sqlite.exitCode() == 0);
    // Reading commands check rows only: fast, whatever the documents weigh.
    CHECK(cli({QStringLiteral("show"), path}).exitCode == 0);
    CHECK(cli({QStringLiteral("check"), path}).exitCode == 0);
    // The documents are read where it matters.
    const Run verify = cli({QStringLiteral("verify"), path});
    CHECK(verify.exitCode == 1);
    CHECK(verify.err.contains(QStringLiteral("SEAL BROKEN")));
    const Run deep = cli({QStringLiteral("check"), path, QStringLiteral("--deep")});
    CHECK(deep.exitCode == 2);
    CHECK(deep.err.contains(QStringLiteral("does not match its fingerprint")));
    CHECK(cli({QStringLiteral("evidence"), QStringLiteral("extract"), path, QStringLiteral("--to"),
               dir.filePath(QStringLiteral("out"))})
              .exitCode
          == 2);
}

TEST_CASE("cli files: damaged and foreign files exit 2 and stay untouched")
{
    QTemporaryDir dir;
    const QString good = agencyFile(dir, QStringLiteral("good.parx"), QStringLiteral("STP"));
    QFile source(good);
    REQUIRE(source.open(QIODevice::ReadOnly));
    const QByteArray bytes = source.readAll();
    const QList<std::pair<QString, QByteArray>> damaged = {
        {QStringLiteral("empty.parx"), QByteArray()},
        {QStringLiteral("truncated.parx"), bytes.left(bytes.size() / 3)},
        {QStringLiteral("text.parx"), QByteArray("hello")},
        {QStringLiteral("json.parx"), QByteArray("{\"format\": \"parscore.criteria\"}")},
    };
    for (const auto &[name, content] : damaged) {
        const QString path = dir.filePath(name);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        INFO(name.toStdString());
        for (const QStringList &command :
             {QStringList{QStringLiteral("show"), path},
              QStringList{QStringLiteral("verify"), path}, QStringList{QStringLiteral("log"), path},
              QStringList{QStringLiteral("evidence"), QStringLiteral("list"), path},
              QStringList{QStringLiteral("answer"), path, QStringLiteral("--answers"),
                          resources + QStringLiteral("/demo/so-2026-self.json")}}) {
            CHECK(cli(command).exitCode == 2);
        }
        CHECK(hashOf(path) == QCryptographicHash::hash(content, QCryptographicHash::Sha256));
    }
    CHECK(cli({QStringLiteral("show"), dir.filePath(QStringLiteral("missing.parx"))}).exitCode
          == 2);

    // SQLite files: not ours, ours but newer, ours with a crafted schema.
    const QList<std::pair<QString, QString>> crafted = {
        {QStringLiteral("foreign.parx"), QStringLiteral("CREATE TABLE t (x);")},
        {QStringLiteral("newer.parx"), QStringLiteral("PRAGMA user_version = 9;")},
        {QStringLiteral("trigger.parx"),
         QStringLiteral("CREATE TRIGGER t AFTER UPDATE ON answers BEGIN DELETE FROM answers; END;")},
    };
    for (const auto &[name, sql] : crafted) {
        const QString path = dir.filePath(name);
        if (name != QLatin1String("foreign.parx"))
            REQUIRE(QFile::copy(good, path));
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"), {path, sql});
        REQUIRE(sqlite.waitForFinished());
        REQUIRE(sqlite.exitCode() == 0);
        const QByteArray before = hashOf(path);
        INFO(name.toStdString());
        CHECK(cli({QStringLiteral("show"), path}).exitCode == 2);
        CHECK(cli({QStringLiteral("answer"), path, QStringLiteral("--answers"),
                   resources + QStringLiteral("/demo/so-2026-self.json")})
                  .exitCode
              == 2);
        CHECK(hashOf(path) == before);
    }
    const Run newer = cli({QStringLiteral("show"), dir.filePath(QStringLiteral("newer.parx"))});
    CHECK(newer.err.contains(QStringLiteral("newer version")));
}

TEST_CASE("cli files: evidence add - list --json and extract")
{
    QTemporaryDir dir;
    const QString path = agencyFile(dir, QStringLiteral("stp.parx"), QStringLiteral("STP"));
    const QString document = dir.filePath(QStringLiteral("Kế hoạch CCHC 2026.pdf"));
    QFile file(document);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4\n");
    file.close();
    REQUIRE(cli({QStringLiteral("evidence"), QStringLiteral("add"), path, QStringLiteral("--node"),
                 QStringLiteral("1.1.1"), QStringLiteral("--node"), QStringLiteral("1.1.2"),
                 document, QStringLiteral("--effective-date"), QStringLiteral("2026-01-12")})
                .exitCode
            == 0);
    CHECK(cli({QStringLiteral("evidence"), QStringLiteral("add"), path, QStringLiteral("--node"),
               QStringLiteral("nope"), document})
              .exitCode
          == 1);
    // The same bytes under another name for a third item: one document, three links.
    const QString renamed = dir.filePath(QStringLiteral("bao-cao.pdf"));
    REQUIRE(QFile::copy(document, renamed));
    REQUIRE(cli({QStringLiteral("evidence"), QStringLiteral("add"), path, QStringLiteral("--node"),
                 QStringLiteral("1.2"), renamed})
                .exitCode
            == 0);
    const Run list =
        cli({QStringLiteral("evidence"), QStringLiteral("list"), path, QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    const QJsonArray evidence = list.json.value(QStringLiteral("evidence")).toArray();
    REQUIRE(evidence.size() == 1);
    const QJsonObject item = evidence.at(0).toObject();
    CHECK(item.value(QStringLiteral("name")).toString()
          == QStringLiteral("Kế hoạch CCHC 2026.pdf"));
    CHECK(item.value(QStringLiteral("size")).toInt() == 9);
    CHECK(item.value(QStringLiteral("effectiveDate")).toString() == QStringLiteral("2026-01-12"));
    CHECK(item.value(QStringLiteral("nodes")).toArray()
          == (QJsonArray{QStringLiteral("1.1.1"), QStringLiteral("1.1.2"), QStringLiteral("1.2")}));
    const QJsonObject named{{QStringLiteral("node"), QStringLiteral("1.2")}, {QStringLiteral("name"), QStringLiteral("bao-cao.pdf")}};
    CHECK(item.value(QStringLiteral("links")).toArray().at(2).toObject() == named);
    CHECK(item.value(QStringLiteral("links")).toArray().at(0).toObject().value(QStringLiteral("name"))
          == QStringLiteral("Kế hoạch CCHC 2026.pdf"));
    CHECK(item.value(QStringLiteral("sha256")).toString().size() == 64);
    CHECK(item.contains(QStringLiteral("assessment")));

    const QString out = dir.filePath(QStringLiteral("out"));
    REQUIRE(cli({QStringLiteral("evidence"), QStringLiteral("extract"), path,
                 QStringLiteral("--to"), out})
                .exitCode
            == 0);
    QFile extracted(out + QStringLiteral("/Kế hoạch CCHC 2026.pdf"));
    REQUIRE(extracted.open(QIODevice::ReadOnly));
    CHECK(extracted.readAll() == QByteArray("%PDF-1.4\n"));
}

TEST_CASE("cli files: merge a folder - with its JSON report - dry run and log")
{
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath(QStringLiteral("inbox")));
    agencyFile(dir, QStringLiteral("inbox/a.parx"), QStringLiteral("A"));
    agencyFile(dir, QStringLiteral("inbox/b.parx"), QStringLiteral("B"));
    QFile junk(dir.filePath(QStringLiteral("inbox/junk.parx")));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write("junk");
    junk.close();
    const QString province = dir.filePath(QStringLiteral("province.parx"));

    const Run dry = cli({QStringLiteral("merge"), QStringLiteral("-o"), province,
                         dir.filePath(QStringLiteral("inbox")), QStringLiteral("--dry-run"),
                         QStringLiteral("--json")});
    REQUIRE(dry.exitCode == 2); // junk.parx was rejected; the rest is reported
    CHECK(dry.json.value(QStringLiteral("added")).toArray().size() == 2);
    CHECK_FALSE(QFile::exists(province));

    const Run merged = cli({QStringLiteral("merge"), QStringLiteral("-o"), province,
                            dir.filePath(QStringLiteral("inbox")), QStringLiteral("--json")});
    REQUIRE(merged.exitCode == 2); // merged, but junk.parx could not be read
    for (const char *key : {"added", "updated", "conflicts", "duplicates", "rejected", "unchanged"})
        CHECK(merged.json.contains(QLatin1String(key)));
    CHECK(merged.json.value(QStringLiteral("added")).toArray().size() == 2);
    const QJsonArray rejected = merged.json.value(QStringLiteral("rejected")).toArray();
    REQUIRE(rejected.size() == 1);
    CHECK(rejected.at(0)
              .toObject()
              .value(QStringLiteral("file"))
              .toString()
              .endsWith(QStringLiteral("junk.parx")));

    const Run again = cli({QStringLiteral("merge"), QStringLiteral("-o"), province,
                           dir.filePath(QStringLiteral("inbox/a.parx")), QStringLiteral("--json")});
    CHECK(again.exitCode == 0);
    CHECK(again.json.value(QStringLiteral("unchanged")).toInt() == 1);
    CHECK(again.json.value(QStringLiteral("updated")).toArray().isEmpty());

    const Run log = cli({QStringLiteral("log"), province, QStringLiteral("--agency"),
                         QStringLiteral("A"), QStringLiteral("--json")});
    REQUIRE(log.exitCode == 0);
    CHECK(log.json.value(QStringLiteral("log")).toArray().size() > 30);
    const Run show = cli({QStringLiteral("show"), province, QStringLiteral("--json")});
    CHECK(show.json.value(QStringLiteral("assessments")).toArray().size() == 2);
}

TEST_CASE("cli files: report prints the scorecard to PDF with the same numbers as show")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stp.parx"));
    REQUIRE(cli({QStringLiteral("new"), QStringLiteral("--criteria"), QStringLiteral("builtin:vn.ninhbinh.par.so"),
                 QStringLiteral("--agency-code"), QStringLiteral("STP"), QStringLiteral("--agency-name"),
                 QStringLiteral("Sở Tư pháp <b>Ninh Bình</b>"), QStringLiteral("--group"), QStringLiteral("so"),
                 QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("-o"), path})
                .exitCode
            == 0);
    REQUIRE(cli({QStringLiteral("answer"), path, QStringLiteral("--answers"),
                 resources + QStringLiteral("/demo/so-2026-self.json")})
                .exitCode
            == 0);
    REQUIRE(cli({QStringLiteral("seal"), path}).exitCode == 0);
    const QString pdf = dir.filePath(QStringLiteral("card.pdf"));
    const Run report = cli({QStringLiteral("report"), path, QStringLiteral("-o"), pdf}, QStringLiteral("vi"));
    REQUIRE(report.exitCode == 0);
    CHECK(report.err.isEmpty());

    QProcess toText;
    toText.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(toText.waitForFinished());
    REQUIRE(toText.exitCode() == 0);
    // Compatibility normalisation undoes typographic ligatures (ﬀ → ff) a font may use.
    const QString text =
        QString::fromUtf8(toText.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    const QJsonObject shown =
        cli({QStringLiteral("show"), path, QStringLiteral("--json")})
            .json.value(QStringLiteral("assessments")).toArray().at(0).toObject();
    const QJsonObject total = shown.value(QStringLiteral("layers")).toObject().value(QStringLiteral("self"))
                                  .toObject().value(QStringLiteral("total")).toObject();
    const auto vietnamese = [](double value) { return QString::number(value, 'f', 2).replace(u'.', u','); };
    CHECK(text.contains(QStringLiteral("BẢNG CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH")));
    CHECK(text.contains(QStringLiteral("Sở Tư pháp <b>Ninh Bình</b>"))); // shown as text, not markup
    CHECK(text.contains(QStringLiteral("MINH HỌA")));
    CHECK(text.contains(QStringLiteral("vn.ninhbinh.par.so")));
    CHECK(text.contains(vietnamese(total.value(QStringLiteral("points")).toDouble())));
    CHECK(text.contains(vietnamese(total.value(QStringLiteral("maxPoints")).toDouble())));
    CHECK(text.contains(vietnamese(total.value(QStringLiteral("percent")).toDouble()) + QStringLiteral(" %")));
    CHECK(text.contains(total.value(QStringLiteral("grade")).toString()));
    // A long fingerprint may wrap at the end of a line.
    CHECK(QString(text).remove(QRegularExpression(QStringLiteral("\\s")))
              .contains(shown.value(QStringLiteral("sealSha256")).toString()));
    CHECK(text.contains(QStringLiteral("THỦ TRƯỞNG")));
    // To fill in by hand; the normalisation above writes each "…" as "...".
    CHECK(text.contains(QRegularExpression(QStringLiteral(R"(\.+, ngày \.+ tháng \.+ năm \.+)"))));

    CHECK(cli({QStringLiteral("report"), dir.filePath(QStringLiteral("none.parx")), QStringLiteral("-o"), pdf})
              .exitCode
          == 2);
}

TEST_CASE("cli files: a file open for editing in the desktop app is left to it - reading still works")
{
    QTemporaryDir dir;
    const QString path = agencyFile(dir, QStringLiteral("stp.parx"), QStringLiteral("STP"));
    const QByteArray before = hashOf(path);
    auto mark = EditLock::take(path, nullptr); // as the window does while the file is open
    REQUIRE(mark);
    const Run refused = cli({QStringLiteral("seal"), path});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("is open for editing in ParScore")));
    CHECK(hashOf(path) == before);
    CHECK(cli({QStringLiteral("show"), path}).exitCode == 0);
    CHECK(cli({QStringLiteral("verify"), path}).exitCode == 1); // read: not sealed yet
    mark.reset(); // the window closed
    CHECK(cli({QStringLiteral("seal"), path}).exitCode == 0);
}

TEST_CASE("cli files: show gives the time of sealing in the local time zone with its offset - as the PDF does")
{
    QTemporaryDir dir;
    const QString path = agencyFile(dir, QStringLiteral("stp.parx"), QStringLiteral("STP"));
    REQUIRE(cli({QStringLiteral("seal"), path}).exitCode == 0);
    const QRegularExpression sealedAt(QStringLiteral(R"(sealed (\d\d/\d\d/\d{4} \d\d:\d\d) \(([+−]\d\d:\d\d)\) by)"));
    const auto shownIn = [&](const QString &zone) {
        const Run shown = runCli({QStringLiteral("show"), path}, QStringLiteral("en"), {{QStringLiteral("TZ"), zone}});
        REQUIRE(shown.exitCode == 0);
        const QRegularExpressionMatch match = sealedAt.match(shown.out);
        INFO(shown.out.toStdString());
        REQUIRE(match.hasMatch());
        return match;
    };
    const QRegularExpressionMatch vietnam = shownIn(QStringLiteral("Asia/Ho_Chi_Minh"));
    const QRegularExpressionMatch bogota = shownIn(QStringLiteral("America/Bogota"));
    CHECK(vietnam.captured(2) == QStringLiteral("+07:00"));
    CHECK(bogota.captured(2) == QStringLiteral("\u221205:00"));
    const auto moment = [](const QString &text) {
        return QDateTime::fromString(text, QStringLiteral("dd/MM/yyyy HH:mm"));
    };
    CHECK(moment(bogota.captured(1)).secsTo(moment(vietnam.captured(1))) == 12 * 3600); // one moment

    // The printed scorecard words the same moment the same way.
    const QString pdf = dir.filePath(QStringLiteral("card.pdf"));
    REQUIRE(runCli({QStringLiteral("report"), path, QStringLiteral("-o"), pdf}, QStringLiteral("vi"),
                   {{QStringLiteral("TZ"), QStringLiteral("Asia/Ho_Chi_Minh")}})
                .exitCode
            == 0);
    QProcess toText;
    toText.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(toText.waitForFinished());
    const QString text = QString::fromUtf8(toText.readAllStandardOutput()).simplified();
    CHECK(text.contains(vietnam.captured(1) + QStringLiteral(" (+07:00)")));
}
