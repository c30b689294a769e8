// parscore-cli key new | show | export, end to end, with XDG_CONFIG_HOME in a temporary
// folder so the user's own key is never touched.
#include "clirunner.h"
#include "fixtures.h"
#include "publickeyfile.h"
#include "storagefixtures.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <sys/stat.h>

using namespace ParScore;
using namespace ParScore::Test;

namespace {

struct KeyHome
{
    QTemporaryDir dir;
    QString keyFile() const { return dir.filePath(QStringLiteral("ParScore/keys/signing.key")); }
    CliRun run(const QStringList &arguments, const QString &passphrase = {}) const
    {
        return runCli(arguments, QStringLiteral("en"),
                      {{QStringLiteral("XDG_CONFIG_HOME"), dir.path()},
                       {QStringLiteral("PARSCORE_KEY_PASSPHRASE"), passphrase}});
    }
    QJsonObject shown() const
    {
        const CliRun show = run({QStringLiteral("key"), QStringLiteral("show"), QStringLiteral("--json")});
        REQUIRE(show.exitCode == 0);
        return show.json;
    }
};



} // namespace

TEST_CASE("cli key: new makes an owner-only key, show prints its fingerprint, new again is refused unless --force")
{
    KeyHome home;
    const CliRun before = home.run({QStringLiteral("key"), QStringLiteral("show")});
    CHECK(before.exitCode == 2);
    CHECK(before.err.contains(QStringLiteral("key new")));

    const CliRun created = home.run({QStringLiteral("key"), QStringLiteral("new"), QStringLiteral("--name"),
                                     QStringLiteral("Sở Nội vụ tỉnh Ninh Bình")});
    REQUIRE(created.exitCode == 0);
    CHECK(fileMode(home.dir.filePath(QStringLiteral("ParScore/keys"))) == 0700);
    CHECK(fileMode(home.keyFile()) == 0600);
    const QJsonObject key = home.shown();
    const QString fingerprint = key.value(QStringLiteral("fingerprint")).toString();
    CHECK(QRegularExpression(QStringLiteral("^([0-9A-F]{4} ){7}[0-9A-F]{4}$")).match(fingerprint).hasMatch());
    CHECK(created.out.contains(fingerprint));
    CHECK(key.value(QStringLiteral("holder")).toString() == QStringLiteral("Sở Nội vụ tỉnh Ninh Bình"));
    CHECK(key.value(QStringLiteral("passphrase")).toBool() == false);
    const CliRun text = home.run({QStringLiteral("key"), QStringLiteral("show")});
    CHECK(text.out.contains(QStringLiteral("Fingerprint: ") + fingerprint));
    CHECK(text.out.contains(QStringLiteral("Holder: Sở Nội vụ tỉnh Ninh Bình")));

    const CliRun again = home.run({QStringLiteral("key"), QStringLiteral("new")});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("--force")));
    CHECK(home.shown().value(QStringLiteral("fingerprint")).toString() == fingerprint);

    const CliRun replaced = home.run({QStringLiteral("key"), QStringLiteral("new"), QStringLiteral("--force")});
    REQUIRE(replaced.exitCode == 0);
    CHECK(home.shown().value(QStringLiteral("fingerprint")).toString() != fingerprint);
    CHECK(fileMode(home.keyFile()) == 0600);
}

TEST_CASE("cli key: export writes the one-line public key, never over an existing file")
{
    KeyHome home;
    REQUIRE(home.run({QStringLiteral("key"), QStringLiteral("new"), QStringLiteral("--name"), QStringLiteral("Thanh tra A")})
                .exitCode
            == 0);
    const QString pub = home.dir.filePath(QStringLiteral("a.pub"));
    const CliRun exported = home.run({QStringLiteral("key"), QStringLiteral("export"), QStringLiteral("-o"), pub});
    REQUIRE(exported.exitCode == 0);
    const QByteArray line = fileBytes(pub);
    CHECK(line.count('\n') == 1);
    const auto parsed = PublicKeyFile::parse(line);
    REQUIRE(parsed.ok());
    CHECK(parsed.value().holder == QStringLiteral("Thanh tra A"));
    CHECK(parsed.value().key.fingerprint() == home.shown().value(QStringLiteral("fingerprint")).toString());
    CHECK(parsed.value().key.base64() == home.shown().value(QStringLiteral("publicKey")).toString());

    REQUIRE(home.run({QStringLiteral("key"), QStringLiteral("new"), QStringLiteral("--force")}).exitCode == 0);
    const CliRun over = home.run({QStringLiteral("key"), QStringLiteral("export"), QStringLiteral("-o"), pub});
    CHECK(over.exitCode == 1);
    CHECK(over.err.contains(QStringLiteral("already exists")));
    CHECK(fileBytes(pub) == line);
    CHECK(home.run({QStringLiteral("key"), QStringLiteral("export")}).exitCode == 1); // -o is required
}

TEST_CASE("cli key: PARSCORE_KEY_PASSPHRASE protects a new key - a key file others can read is refused")
{
    KeyHome home;
    const CliRun created = home.run({QStringLiteral("key"), QStringLiteral("new")}, QStringLiteral("mật khẩu"));
    REQUIRE(created.exitCode == 0);
    CHECK(created.out.contains(QStringLiteral("protected by the passphrase")));
    CHECK(home.shown().value(QStringLiteral("passphrase")).toBool());
    CHECK_FALSE(fileBytes(home.keyFile()).contains("seed "));

    REQUIRE(::chmod(QFile::encodeName(home.keyFile()).constData(), 0644) == 0);
    const CliRun refused = home.run({QStringLiteral("key"), QStringLiteral("show")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("open to other users")));
    CHECK(refused.err.contains(QStringLiteral("chmod 600")));
    const QString pub = home.dir.filePath(QStringLiteral("a.pub"));
    CHECK(home.run({QStringLiteral("key"), QStringLiteral("export"), QStringLiteral("-o"), pub}).exitCode == 1);
    CHECK_FALSE(QFile::exists(pub));
}

TEST_CASE("cli key: a holder's name with a control character is refused and no key is made")
{
    KeyHome home;
    const CliRun refused = home.run({QStringLiteral("key"), QStringLiteral("new"), QStringLiteral("--name"),
                                     QStringLiteral("A\u001b[2J")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("U+001B")));
    CHECK_FALSE(QFile::exists(home.keyFile()));
    const CliRun vi = runCli({QStringLiteral("key"), QStringLiteral("show")}, QStringLiteral("vi"),
                             {{QStringLiteral("XDG_CONFIG_HOME"), home.dir.path()}});
    CHECK(vi.exitCode == 2);
}
