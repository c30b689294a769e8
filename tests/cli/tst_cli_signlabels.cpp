// Where a seal is shown, its signature is labelled: show (text and --json) and the printed
// scorecards name the signing key's fingerprint, say "not signed" for a file made before
// signatures and warn when the signature does not hold. The key lives in a temporary
// XDG_CONFIG_HOME, so the user's own key is never touched.
#include "clirunner.h"
#include "fixtures.h"
#include "keypair.h"
#include "storagefixtures.h"

#include <QJsonObject>
#include <QTemporaryDir>

using namespace ParScore;
using namespace ParScore::Test;

namespace {

struct SigningHome
{
    QTemporaryDir dir;
    CliRun run(const QStringList &arguments) const
    {
        return runCli(arguments, QStringLiteral("en"),
                      {{QStringLiteral("XDG_CONFIG_HOME"), dir.path()}, {QStringLiteral("PARSCORE_KEY_PASSPHRASE"), {}}});
    }
    QString fingerprint() const
    {
        const CliRun show = run({QStringLiteral("key"), QStringLiteral("show"), QStringLiteral("--json")});
        REQUIRE(show.exitCode == 0);
        return show.json.value(QStringLiteral("fingerprint")).toString();
    }
};

QJsonObject shownFirst(const SigningHome &home, const QString &path)
{
    const CliRun show = home.run({QStringLiteral("show"), path, QStringLiteral("--json")});
    REQUIRE(show.exitCode == 0);
    return show.json.value(QStringLiteral("assessments")).toArray().at(0).toObject();
}

} // namespace

TEST_CASE("cli signature labels: show and the scorecard name the key that signed the seal, and say when it does not hold")
{
    SigningHome home;
    const QString path = home.dir.filePath(QStringLiteral("stp.parx"));
    REQUIRE(home.run({QStringLiteral("new"), QStringLiteral("--criteria"), QStringLiteral("builtin:vn.ninhbinh.par.so"),
                      QStringLiteral("--agency-code"), QStringLiteral("STP"), QStringLiteral("--agency-name"),
                      QStringLiteral("Sở Tư pháp"), QStringLiteral("--group"), QStringLiteral("so"),
                      QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("-o"), path})
                .exitCode
            == 0);
    REQUIRE(home.run({QStringLiteral("answer"), path, QStringLiteral("--answers"),
                      QStringLiteral(PARSCORE_RESOURCES_DIR "/demo/so-2026-self.json")})
                .exitCode
            == 0);

    // A draft: not sealed, so not signed either.
    QJsonObject draft = shownFirst(home, path);
    CHECK(draft.value(QStringLiteral("signed")) == QJsonValue(false));
    CHECK(draft.value(QStringLiteral("signer")).isNull());
    CHECK(draft.value(QStringLiteral("signatureValid")).isNull());

    REQUIRE(home.run({QStringLiteral("seal"), path}).exitCode == 0);
    const QString fingerprint = home.fingerprint();
    REQUIRE_FALSE(fingerprint.isEmpty());
    const QJsonObject sealed = shownFirst(home, path);
    CHECK(sealed.value(QStringLiteral("signed")) == QJsonValue(true));
    CHECK(sealed.value(QStringLiteral("signer")).toString() == fingerprint);
    CHECK(sealed.value(QStringLiteral("signatureValid")) == QJsonValue(true));
    const CliRun text = home.run({QStringLiteral("show"), path});
    CHECK(text.out.contains(QStringLiteral("signed by the key ") + fingerprint));

    const QString card = home.dir.filePath(QStringLiteral("card.pdf"));
    REQUIRE(home.run({QStringLiteral("report"), path, QStringLiteral("-o"), card}).exitCode == 0);
    const QString printed = pdfText(card).simplified();
    CHECK(printed.contains(QStringLiteral("Signed with the agency's key ") + fingerprint));
    CHECK(printed.contains(shownFirst(home, path).value(QStringLiteral("sealSha256")).toString()));

    // Another key put in the signer's place: the seal is intact, its signature does not hold.
    const KeyPair other = KeyPair::generate().value();
    tamper(path, QStringLiteral("UPDATE signatures SET public_key = '%1'").arg(other.publicKey().base64()));
    const QJsonObject swapped = shownFirst(home, path);
    CHECK(swapped.value(QStringLiteral("sealIntact")) == QJsonValue(true));
    CHECK(swapped.value(QStringLiteral("signer")).toString() == other.publicKey().fingerprint());
    CHECK(swapped.value(QStringLiteral("signatureValid")) == QJsonValue(false));
    CHECK(home.run({QStringLiteral("show"), path}).out.contains(QStringLiteral("SIGNATURE DOES NOT HOLD")));
    REQUIRE(home.run({QStringLiteral("report"), path, QStringLiteral("-o"), card}).exitCode == 0);
    CHECK(pdfText(card).simplified().contains(QStringLiteral("WARNING: the signature of the submission does not hold")));
}

TEST_CASE("cli signature labels: the official final card names the key that signed the final result")
{
    SigningHome home;
    const QString agency = submittedAgencyFile(home.dir.path(), QStringLiteral("STP"));
    const QString province = home.dir.filePath(QStringLiteral("province.parx"));
    REQUIRE(home.run({QStringLiteral("merge"), QStringLiteral("-o"), province, agency}).exitCode == 0);
    REQUIRE(home.run({QStringLiteral("answer"), province, QStringLiteral("--agency"), QStringLiteral("STP"),
                      QStringLiteral("--layer"), QStringLiteral("appraisal1"), QStringLiteral("--answers"),
                      QStringLiteral(PARSCORE_RESOURCES_DIR "/demo/so-2026-appraisal.json")})
                .exitCode
            == 0);
    const QString card = home.dir.filePath(QStringLiteral("final.pdf"));
    const QStringList report = {QStringLiteral("report"), province, QStringLiteral("--agency"), QStringLiteral("STP"),
                                QStringLiteral("--layer"), QStringLiteral("final"), QStringLiteral("-o"), card};
    REQUIRE(home.run(report).exitCode == 0);
    CHECK(pdfText(card).simplified().contains(QStringLiteral("this card is provisional")));

    REQUIRE(home.run({QStringLiteral("finalize"), province, QStringLiteral("--agency"), QStringLiteral("STP")}).exitCode
            == 0);
    REQUIRE(home.run(report).exitCode == 0);
    CHECK(pdfText(card).simplified().contains(QStringLiteral("The final result is signed with the key ")
                                              + home.fingerprint()));
}

TEST_CASE("cli signature labels: a file made before signatures is labelled not signed in show and on the scorecard")
{
    QTemporaryDir dir;
    SigningHome home;
    const QString path = copyFile(QStringLiteral(PARSCORE_TEST_DATA_DIR "/schema-v3.parx"),
                                  dir.filePath(QStringLiteral("schema-v3.parx")));
    const QJsonObject shown = shownFirst(home, path);
    CHECK(shown.value(QStringLiteral("sealIntact")) == QJsonValue(true));
    CHECK(shown.value(QStringLiteral("signed")) == QJsonValue(false));
    CHECK(shown.value(QStringLiteral("signer")).isNull());
    CHECK(shown.value(QStringLiteral("signatureValid")).isNull());
    CHECK(home.run({QStringLiteral("show"), path}).out.contains(QStringLiteral("not signed (made before signatures)")));
    const QString card = dir.filePath(QStringLiteral("card.pdf"));
    REQUIRE(home.run({QStringLiteral("report"), path, QStringLiteral("--agency"), QStringLiteral("STP"),
                      QStringLiteral("--layer"), QStringLiteral("self"), QStringLiteral("-o"), card})
                .exitCode
            == 0);
    CHECK(pdfText(card).simplified().contains(QStringLiteral("Not signed: made before ParScore signed submissions.")));
}
