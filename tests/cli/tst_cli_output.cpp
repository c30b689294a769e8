// What parscore-cli prints of texts that came from a file or the command line: exactly as
// given, never substituted into ("%1" in a name), and never able to act on the terminal
// (escape sequences, bidirectional overrides).
#include "clirunner.h"
#include "fixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace ParScore;
using namespace ParScore::Test;

namespace {

const QString esc = QStringLiteral("\x1b[2J");     // clears the screen
const QString rlo = QStringLiteral("\u202e");      // right-to-left override
const QString c1 = QString(QChar(char16_t(0x9b))); // CSI in C1 form

CliRun cli(const QStringList &arguments)
{
    return runCli(arguments, QStringLiteral("en"));
}

CliRun newFile(const QString &path, const QString &code, const QString &name,
               const QString &author = QStringLiteral("tester"))
{
    return cli({QStringLiteral("new"), QStringLiteral("--criteria"),
                QStringLiteral("builtin:vn.ninhbinh.par.so"), QStringLiteral("--agency-code"), code,
                QStringLiteral("--agency-name"), name, QStringLiteral("--group"),
                QStringLiteral("so"), QStringLiteral("--year"), QStringLiteral("2026"),
                QStringLiteral("--author"), author, QStringLiteral("-o"), path});
}

// No byte of the output can act on a terminal or turn the text around.
bool inert(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n') || (u >= 0x7f && u <= 0x9f) || (u >= 0x202a && u <= 0x202e)
            || (u >= 0x2066 && u <= 0x2069))
            return false;
    }
    return true;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("cli output: names with %1 %2 %7 are printed exactly as given")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stp.parx"));
    const QString name = QStringLiteral("Sở %1 %2 %7");
    const CliRun created = newFile(path, QStringLiteral("C%1"), name);
    REQUIRE(created.exitCode == 0);
    CHECK(created.out.startsWith(QStringLiteral("Created ") + path
                                 + QStringLiteral(": Sở %1 %2 %7 (C%1), 2026, criteria set "
                                                  "vn.ninhbinh.par.so @ 2026.1, assessment ")));

    const CliRun show = cli({QStringLiteral("show"), path});
    REQUIRE(show.exitCode == 0);
    CHECK(show.out.startsWith(QStringLiteral("Sở %1 %2 %7 (C%1) — 2026\n")));
    const CliRun json = cli({QStringLiteral("show"), path, QStringLiteral("--json")});
    const QJsonObject a = json.json.value(QStringLiteral("assessments")).toArray().at(0).toObject();
    CHECK(a.value(QStringLiteral("agencyName")).toString() == name);
    CHECK(a.value(QStringLiteral("agencyCode")).toString() == QStringLiteral("C%1"));

    const QString answers = dir.filePath(QStringLiteral("a.json"));
    writeFile(answers, answersJson(QStringLiteral(R"("1.1.1": {"option": "on_time"})")));
    const CliRun answered =
        cli({QStringLiteral("answer"), path, QStringLiteral("--answers"), answers});
    REQUIRE(answered.exitCode == 0);
    CHECK(answered.out == QStringLiteral("C%1: 1 item(s) changed in the self layer\n"));
    CHECK(cli({QStringLiteral("verify"), path}).err == QStringLiteral("C%1: not sealed\n"));
}

TEST_CASE("cli output: control characters and bidi overrides from files are shown escaped")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stp.parx"));
    const QString name = QStringLiteral("Sở ") + esc + rlo + QStringLiteral("Tư pháp") + c1;
    const QString code = QStringLiteral("STP") + esc;
    const CliRun created = newFile(path, code, name, QStringLiteral("Ann") + esc);
    REQUIRE(created.exitCode == 0);
    const QString shownName = QStringLiteral("Sở \\u001b[2J\\u202eTư pháp\\u009b");
    const QString shownCode = QStringLiteral("STP\\u001b[2J");
    CHECK(inert(created.out));
    CHECK(created.out.contains(shownName + QStringLiteral(" (") + shownCode + u')'));

    const CliRun show = cli({QStringLiteral("show"), path});
    REQUIRE(show.exitCode == 0);
    CHECK(inert(show.out));
    CHECK(show.out.startsWith(shownName + QStringLiteral(" (") + shownCode + QStringLiteral(") — 2026\n")));
    // JSON keeps the text itself: the escapes are JSON's own.
    const CliRun json = cli({QStringLiteral("show"), path, QStringLiteral("--json")});
    CHECK(inert(json.out));
    CHECK(json.json.value(QStringLiteral("assessments")).toArray().at(0).toObject()
              .value(QStringLiteral("agencyName")).toString()
          == name);

    const CliRun log = cli({QStringLiteral("log"), path});
    REQUIRE(log.exitCode == 0);
    CHECK(inert(log.out));
    CHECK(log.out.contains(QStringLiteral(" Ann\\u001b[2J create ")));

    const CliRun verify = cli({QStringLiteral("verify"), path});
    CHECK(inert(verify.err));
    CHECK(verify.err == shownCode + QStringLiteral(": not sealed\n"));

    // A document's name, as the file system gave it.
    const QString document = dir.filePath(QStringLiteral("plan") + esc + QStringLiteral(".pdf"));
    writeFile(document, "%PDF-1.4 plan");
    REQUIRE(cli({QStringLiteral("evidence"), QStringLiteral("add"), path, QStringLiteral("--node"),
                 QStringLiteral("1.1.1"), document})
                .exitCode
            == 0);
    const CliRun evidence = cli({QStringLiteral("evidence"), QStringLiteral("list"), path});
    REQUIRE(evidence.exitCode == 0);
    CHECK(inert(evidence.out));
    CHECK(evidence.out.contains(QStringLiteral("plan\\u001b[2J.pdf")));

    // A merge report naming a file it refused.
    const QString broken = dir.filePath(QStringLiteral("bad") + rlo + QStringLiteral(".parx"));
    writeFile(broken, "not a database");
    const CliRun merged = cli({QStringLiteral("merge"), QStringLiteral("-o"),
                               dir.filePath(QStringLiteral("province.parx")), path, broken});
    CHECK(merged.exitCode == 2);
    CHECK(inert(merged.out));
    CHECK(merged.out.contains(QStringLiteral("REJECTED ") + dir.filePath(QStringLiteral("bad\\u202e.parx"))));
}

TEST_CASE("cli output: criteria check and the score table escape what the set says")
{
    QTemporaryDir dir;
    QByteArray set = criteriaJson(QStringLiteral(R"([{"id": "1", "title": "Area)") + esc
                                  + QStringLiteral(R"(", "maxPoints": 100, "rule": {"kind": "boolean"}}])"));
    set.replace("\"title\": \"Test set\"",
                (QStringLiteral("\"title\": \"Set ") + rlo + u'"').toUtf8());
    set.replace("\"id\": \"test.set\"", (QStringLiteral("\"id\": \"test") + esc + u'"').toUtf8());
    const QString setPath = dir.filePath(QStringLiteral("set.json"));
    writeFile(setPath, set);

    const CliRun check = cli({QStringLiteral("criteria"), QStringLiteral("check"), setPath});
    REQUIRE(check.exitCode == 0);
    CHECK(inert(check.out));
    CHECK(check.out.startsWith(QStringLiteral("OK: test\\u001b[2J @ 1 (draft set), ")));

    const QString answers = dir.filePath(QStringLiteral("a.json"));
    writeFile(answers, answersJson(QStringLiteral(R"("1": {"yes": true})")));
    const CliRun table = cli({QStringLiteral("score"), QStringLiteral("--criteria"), setPath,
                              QStringLiteral("--answers"), answers});
    REQUIRE(table.exitCode == 0);
    CHECK(inert(table.out));
    CHECK(table.out.startsWith(QStringLiteral("Set \\u202e\n")));
    CHECK(table.out.contains(QStringLiteral("Area\\u001b[2J")));

    // A problem found in the set names the node with its id escaped.
    QByteArray bad = set;
    bad.replace("\"maxPoints\": 100", "\"maxPoints\": -1");
    bad.replace("\"id\": \"1\"", (QStringLiteral("\"id\": \"1") + esc + u'"').toUtf8());
    writeFile(setPath, bad);
    const CliRun refused = cli({QStringLiteral("criteria"), QStringLiteral("check"), setPath});
    CHECK(refused.exitCode == 1);
    CHECK(inert(refused.err));
    CHECK(refused.err.contains(QStringLiteral("node 1\\u001b[2J: “maxPoints” is -1")));
}
