// parscore-cli province new | show, and merge holding submissions that do not match the
// province's list of agencies.
#include "clirunner.h"
#include "fixtures.h"
#include "storagefixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace ParScore;
using namespace ParScore::Test;

namespace {

CliRun cli(const QStringList &arguments, const QString &language = QStringLiteral("en"))
{
    return runCli(arguments, language);
}

QStringList provinceNew(const QString &path, const QString &list)
{
    QStringList arguments{QStringLiteral("province"), QStringLiteral("new"), QStringLiteral("-o"), path,
                          QStringLiteral("--year"),   QStringLiteral("2026"), QStringLiteral("--title"),
                          QStringLiteral("Thẩm định Chỉ số CCHC năm 2026")};
    if (!list.isEmpty())
        arguments += {QStringLiteral("--agencies"), list};
    return arguments;
}

QString departmentFile(const QTemporaryDir &dir, const QString &code, const QString &name)
{
    const QString path = dir.filePath(code + QStringLiteral(".parx"));
    REQUIRE(cli({QStringLiteral("new"), QStringLiteral("--criteria"), QStringLiteral("builtin:vn.ninhbinh.par.so"),
                 QStringLiteral("--agency-code"), code, QStringLiteral("--agency-name"), name, QStringLiteral("--group"),
                 QStringLiteral("so"), QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("-o"), path})
                .exitCode
            == 0);
    return path;
}

} // namespace

TEST_CASE("cli province: new from a Vietnamese Excel list - show prints it back - an existing file is refused")
{
    QTemporaryDir dir;
    const QString list = writeFile(dir, QStringLiteral("ds.csv"),
                                   "\xEF\xBB\xBFMã;Tên;Nhóm\r\nXA01;\"Xã Gia Viễn; huyện cũ\";xa\r\n"
                                   "P01;Phường Nam Thành;phuong\r\n");
    const QString path = dir.filePath(QStringLiteral("tinh.parx"));
    QStringList arguments = provinceNew(path, list);
    arguments += {QStringLiteral("--criteria"), QStringLiteral("builtin:vn.ninhbinh.par.xa-phuong")};
    const CliRun created = cli(arguments);
    REQUIRE(created.exitCode == 0);
    CHECK(created.out.contains(QStringLiteral("2 expected agencies")));

    const CliRun shown = cli({QStringLiteral("province"), QStringLiteral("show"), path, QStringLiteral("--json")});
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.json.value(QStringLiteral("title")).toString() == QStringLiteral("Thẩm định Chỉ số CCHC năm 2026"));
    CHECK(shown.json.value(QStringLiteral("year")).toInt() == 2026);
    const QJsonArray criteria = shown.json.value(QStringLiteral("criteria")).toArray();
    REQUIRE(criteria.size() == 1);
    CHECK(criteria[0].toObject().value(QStringLiteral("id")).toString() == QStringLiteral("vn.ninhbinh.par.xa-phuong"));
    const QJsonArray agencies = shown.json.value(QStringLiteral("agencies")).toArray();
    REQUIRE(agencies.size() == 2);
    CHECK(agencies[0].toObject() == QJsonObject{{QStringLiteral("agencyCode"), QStringLiteral("P01")},
                                                {QStringLiteral("agencyName"), QStringLiteral("Phường Nam Thành")},
                                                {QStringLiteral("group"), QStringLiteral("phuong")}});
    CHECK(agencies[1].toObject().value(QStringLiteral("agencyName")).toString()
          == QStringLiteral("Xã Gia Viễn; huyện cũ"));

    const CliRun text = cli({QStringLiteral("province"), QStringLiteral("show"), path}, QStringLiteral("vi"));
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("Xã Gia Viễn; huyện cũ")));

    // Without --criteria the built-in sets are accepted.
    const QString builtins = dir.filePath(QStringLiteral("builtins.parx"));
    REQUIRE(cli(provinceNew(builtins, QString())).exitCode == 0);
    const CliRun all = cli({QStringLiteral("province"), QStringLiteral("show"), builtins, QStringLiteral("--json")});
    CHECK(all.json.value(QStringLiteral("criteria")).toArray().size() == 2);
    CHECK(all.json.value(QStringLiteral("agencies")).toArray().isEmpty());

    const QByteArray before = fileHash(path);
    const CliRun again = cli(provinceNew(path, list));
    CHECK(again.exitCode == 2);
    CHECK(again.err.contains(QStringLiteral("already exists")));
    CHECK(fileHash(path) == before);
}

TEST_CASE("cli province: a bad list prints every problem and writes nothing - usage mistakes exit 1")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tinh.parx"));
    const QString broken = writeFile(dir, QStringLiteral("broken.tsv"),
                                     "code\tname\tgroup\nSTP\tSở Tư pháp\tso\n\tSở Nội vụ\tso\nSCT\tSở Công Thương\n");
    const CliRun bad = cli(provinceNew(path, broken));
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("line 3: the code is empty")));
    CHECK(bad.err.contains(QStringLiteral("line 4: 2 fields where the header has 3")));
    CHECK_FALSE(QFile::exists(path));

    // Read, but a group no accepted set is for.
    const QString groups = writeFile(dir, QStringLiteral("groups.csv"), "code,name,group\nTT01,Thị trấn Me,Thị trấn\n");
    const CliRun group = cli(provinceNew(path, groups));
    CHECK(group.exitCode == 1);
    CHECK(group.err.contains(QStringLiteral("TT01: no accepted criteria set is for the group “Thị trấn”")));
    CHECK_FALSE(QFile::exists(path));

    CHECK(cli(provinceNew(path, dir.filePath(QStringLiteral("missing.csv")))).exitCode == 2);
    CHECK(cli({QStringLiteral("province"), QStringLiteral("new"), QStringLiteral("-o"), path}).exitCode == 1);
    QStringList badYear = provinceNew(path, QString());
    badYear[5] = QStringLiteral("20x6");
    CHECK(cli(badYear).exitCode == 1);
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("cli merge: a submission unlike the list is held - in JSON and text - until --accept-mismatched")
{
    QTemporaryDir dir;
    const QString list =
        writeFile(dir, QStringLiteral("ds.tsv"), "code\tname\tgroup\nSTP\tSở Tư pháp\tso\nSNV\tSở Nội vụ\tso\n");
    const QString province = dir.filePath(QStringLiteral("tinh.parx"));
    REQUIRE(cli(provinceNew(province, list)).exitCode == 0);
    const QString held = departmentFile(dir, QStringLiteral("STP"), QStringLiteral("Sở Tư Pháp"));
    const QString extra = departmentFile(dir, QStringLiteral("SXD"), QStringLiteral("Sở Xây dựng"));

    const CliRun dry = cli({QStringLiteral("merge"), QStringLiteral("-o"), province, held, extra,
                            QStringLiteral("--dry-run")});
    CHECK(dry.exitCode == 2); // as for a rejected file: not everything went in
    CHECK(dry.out.contains(QStringLiteral("HELD STP from ") + held
                           + QStringLiteral(": named “Sở Tư Pháp”, the list says “Sở Tư pháp” — not merged")));
    CHECK(dry.out.contains(QStringLiteral("NOT LISTED SXD (Sở Xây dựng, group so)")));

    const CliRun merged =
        cli({QStringLiteral("merge"), QStringLiteral("-o"), province, held, extra, QStringLiteral("--json")});
    CHECK(merged.exitCode == 2);
    const QJsonArray heldJson = merged.json.value(QStringLiteral("held")).toArray();
    REQUIRE(heldJson.size() == 1);
    const QJsonObject record = heldJson[0].toObject();
    CHECK(record.value(QStringLiteral("file")).toString() == held);
    CHECK(record.value(QStringLiteral("agencyCode")).toString() == QStringLiteral("STP"));
    CHECK(record.value(QStringLiteral("listedName")).toString() == QStringLiteral("Sở Tư pháp"));
    CHECK(record.value(QStringLiteral("submittedName")).toString() == QStringLiteral("Sở Tư Pháp"));
    CHECK(record.value(QStringLiteral("listedYear")).toInt() == 2026);
    CHECK(record.value(QStringLiteral("differs")).toArray() == QJsonArray{QStringLiteral("name")});
    const QJsonArray notListed = merged.json.value(QStringLiteral("notListed")).toArray();
    REQUIRE(notListed.size() == 1);
    CHECK(notListed[0].toObject().value(QStringLiteral("agencyCode")).toString() == QStringLiteral("SXD"));
    CHECK(merged.json.value(QStringLiteral("added")).toArray().size() == 1);

    const CliRun accepted = cli({QStringLiteral("merge"), QStringLiteral("-o"), province, held,
                                 QStringLiteral("--accept-mismatched"), QStringLiteral("--json")});
    CHECK(accepted.exitCode == 0);
    CHECK(accepted.json.value(QStringLiteral("held")).toArray().isEmpty());
    CHECK(accepted.json.value(QStringLiteral("added")).toArray().size() == 1);
}
