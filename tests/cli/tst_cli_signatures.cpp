// The adversary's tests of signatures (issue 14): files signed by one agency, then altered
// behind ParScore's back in every way that recomputes the plain seal (with the core's own
// Seal::fingerprint, as an attacker with the source would), keys swapped, signatures
// transplanted, rows made malformed — each judged by `verify --json` (and `check --deep`),
// end to end through parscore-cli. Every user has a key folder of their own
// (XDG_CONFIG_HOME in a temporary folder).
#include "clirunner.h"
#include "fixtures.h"
#include "keypair.h"
#include "resultseal.h"
#include "seal.h"
#include "signatures.h"
#include "storagefixtures.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <sys/stat.h>

using namespace ParScore;
using namespace ParScore::Test;

namespace {

const QString resources = QStringLiteral(PARSCORE_RESOURCES_DIR);
const QString selfDemo = resources + QStringLiteral("/demo/so-2026-self.json");
const QString appraisalDemo = resources + QStringLiteral("/demo/so-2026-appraisal.json");
const QString document = QStringLiteral("%PDF-1.4 decision");

// One person running parscore-cli with a configuration folder (and so a signing key) of
// their own.
struct User
{
    QTemporaryDir home;
    QString passphrase;

    CliRun run(const QStringList &arguments) const
    {
        return runCli(arguments, QStringLiteral("en"),
                      {{QStringLiteral("XDG_CONFIG_HOME"), home.path()},
                       {QStringLiteral("PARSCORE_KEY_PASSPHRASE"), passphrase}});
    }
    QString keyFolder() const { return home.filePath(QStringLiteral("ParScore/keys")); }
    QString keyFile() const { return keyFolder() + QStringLiteral("/signing.key"); }
    // The fingerprint `key show` prints: what the agency reads out by phone.
    QString fingerprint() const
    {
        const CliRun show = run({QStringLiteral("key"), QStringLiteral("show"), QStringLiteral("--json")});
        REQUIRE(show.exitCode == 0);
        return show.json.value(QStringLiteral("fingerprint")).toString();
    }
};

// The first value of `sql` in the file at `path`, read on a plain connection.
QString sqlValue(const QString &path, const QString &sql)
{
    const QString name = QUuid::createUuid().toString();
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(sql));
        if (query.next())
            value = query.value(0).toString();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

// `dir`/CODE.parx: a so-group agency draft of 2026 with the demo self-assessment, a note and
// a document, not yet sealed.
QString agencyDraft(const User &agency, const QTemporaryDir &dir, const QString &code,
                    const QString &name = {})
{
    const QString path = dir.filePath((name.isEmpty() ? code : name) + QStringLiteral(".parx"));
    REQUIRE(agency
                .run({QStringLiteral("new"), QStringLiteral("--criteria"), QStringLiteral("builtin:vn.ninhbinh.par.so"),
                      QStringLiteral("--agency-code"), code, QStringLiteral("--agency-name"), QStringLiteral("Sở ") + code,
                      QStringLiteral("--group"), QStringLiteral("so"), QStringLiteral("--year"), QStringLiteral("2026"),
                      QStringLiteral("-o"), path})
                .exitCode
            == 0);
    REQUIRE(agency.run({QStringLiteral("answer"), path, QStringLiteral("--answers"), selfDemo}).exitCode == 0);
    // The command line writes no notes; the window does, as this row.
    tamper(path, QStringLiteral("INSERT INTO notes SELECT uuid, 'self', '1.1.1', 'Kế hoạch ban hành đúng hạn', "
                                "created_at, 'officer' FROM assessments"));
    const QString pdf = writeFile(dir, code + QStringLiteral("-qd.pdf"), document.toUtf8());
    REQUIRE(agency.run({QStringLiteral("evidence"), QStringLiteral("add"), path, QStringLiteral("--node"),
                        QStringLiteral("1.1.1"), pdf})
                .exitCode
            == 0);
    return path;
}

QString sealedAgencyFile(const User &agency, const QTemporaryDir &dir, const QString &code,
                         const QString &name = {})
{
    const QString path = agencyDraft(agency, dir, code, name);
    REQUIRE(agency.run({QStringLiteral("seal"), path}).exitCode == 0);
    return path;
}

// One alteration of a file, as SQL, and what it is called in a failure's message.
struct Change
{
    const char *what;
    QString sql;
};

struct Verified
{
    int exitCode = -1;
    QJsonObject row; // the assessment's row of verify --json
    QString err;
};

// verify --json of `path`: the row of agency `code` (the only row when empty).
Verified verify(const QString &path, const QString &code = {})
{
    const CliRun run = runCli({QStringLiteral("verify"), path, QStringLiteral("--json")});
    Verified verified{run.exitCode, {}, run.err};
    const QJsonArray rows = run.json.value(QStringLiteral("assessments")).toArray();
    if (code.isEmpty())
        REQUIRE(rows.size() == 1);
    for (const QJsonValue &row : rows)
        if (code.isEmpty() || row.toObject().value(QStringLiteral("agencyCode")).toString() == code)
            verified.row = row.toObject();
    REQUIRE_FALSE(verified.row.isEmpty());
    return verified;
}

// What the content of each sealed assessment of `path` gives now, as ParScore computes it.
struct Fingerprints
{
    QString uuid;
    QString seal;      // by the seal's version
    QString final;     // ResultSeal::finalFingerprint
    QString appraisal; // ResultSeal::appraisalFingerprint
};

QList<Fingerprints> fingerprintsNow(const QString &path)
{
    QList<Fingerprints> prints;
    auto file = ParxFile::open(path, ParxFile::Mode::ReadOnly);
    REQUIRE(file);
    auto all = AssessmentStore(*file.value()).list();
    REQUIRE(all);
    for (const AssessmentInfo &info : all.value()) {
        if (!info.isSealed())
            continue;
        auto seal = Seal::fingerprint(*file.value(), info, info.sealVersion);
        auto final = ResultSeal::finalFingerprint(file.value()->db(), info);
        auto appraisal = ResultSeal::appraisalFingerprint(file.value()->db(), info);
        REQUIRE(seal);
        REQUIRE(final);
        REQUIRE(appraisal);
        prints.append({info.uuid, seal.value(), final.value(), appraisal.value()});
    }
    return prints;
}

// The attacker with the source: every seal of the file recomputed exactly as ParScore
// computes it, by the version the file names, and written over seal_sha256; then the
// fingerprint each signature row names made what the content gives now. Only the
// signatures themselves, which need the signer's secret, are left as they were.
void recomputeSeals(const QString &path)
{
    for (const Fingerprints &print : fingerprintsNow(path))
        tamper(path, QStringLiteral("UPDATE assessments SET seal_sha256 = '%1' WHERE uuid = '%2'").arg(print.seal, print.uuid));
    for (const Fingerprints &print : fingerprintsNow(path)) {
        const std::pair<const char *, QString> kinds[] = {
            {"seal", print.seal}, {"final", print.final}, {"appraisal", print.appraisal}};
        for (const auto &[kind, fingerprint] : kinds)
            tamper(path, QStringLiteral("UPDATE signatures SET fingerprint = '%1' WHERE assessment = '%2' AND kind = '%3'")
                             .arg(fingerprint, print.uuid, QLatin1String(kind)));
    }
}

// The attacker's own valid signature, with the attacker's key, over the seal the file records.
void resignSeal(const QString &path, const KeyPair &attacker)
{
    const QString uuid = sqlValue(path, QStringLiteral("SELECT uuid FROM assessments"));
    const QString seal = sqlValue(path, QStringLiteral("SELECT seal_sha256 FROM assessments"));
    const QByteArray signature = attacker.sign(
        Signatures::statement(SignatureKind::Seal, uuid, Signatures::currentVersion, seal, attacker.publicKey()));
    tamper(path, QStringLiteral("UPDATE signatures SET fingerprint = '%1', public_key = '%2', signature = '%3' "
                                "WHERE kind = 'seal'")
                     .arg(seal, attacker.publicKey().base64(), QString::fromLatin1(signature.toBase64())));
}

// A signature row as stored: version, fingerprint, public_key, signature, signed_at.
QStringList signatureRow(const QString &path, const QString &uuid, const QString &kind)
{
    QStringList row;
    for (const char *column : {"version", "fingerprint", "public_key", "signature", "signed_at"})
        row.append(sqlValue(path, QStringLiteral("SELECT %1 FROM signatures WHERE assessment = '%2' AND kind = '%3'")
                                      .arg(QLatin1String(column), uuid, kind)));
    REQUIRE_FALSE(row.constFirst().isEmpty());
    return row;
}

void putSignature(const QString &path, const QString &uuid, const QString &kind, const QStringList &row)
{
    tamper(path, QStringLiteral("INSERT OR REPLACE INTO signatures VALUES ('%1', '%2', %3, '%4', '%5', '%6', %7)")
                     .arg(uuid, kind, row.at(0), row.at(1), row.at(2), row.at(3), row.at(4)));
}

QJsonObject part(const Verified &verified, const QString &name)
{
    return verified.row.value(name).toObject();
}

// Intact, signed by `signer`, and the signature does not hold: exit 1.
void requireForgeryCaught(const Verified &v, const QString &signer)
{
    INFO(v.err.toStdString());
    CHECK(v.exitCode == 1);
    CHECK(v.row.value(QStringLiteral("sealed")) == QJsonValue(true));
    CHECK(v.row.value(QStringLiteral("intact")) == QJsonValue(true));
    CHECK(v.row.value(QStringLiteral("signed")) == QJsonValue(true));
    CHECK(v.row.value(QStringLiteral("signer")) == QJsonValue(signer));
    CHECK(v.row.value(QStringLiteral("signatureValid")) == QJsonValue(false));
}

// A copy of `file` named `name` in `dir`, altered by `sql` with every seal and signature
// fingerprint recomputed (recomputeSeals), as verify --json sees agency `code` in it.
Verified alteredCopy(const QString &file, const QTemporaryDir &dir, const QString &name, const QString &sql,
                     const QString &code = {})
{
    const QString path = copyFile(file, dir.filePath(name));
    tamper(path, sql);
    recomputeSeals(path);
    return verify(path, code);
}

// Each change on its own copy of the province file: the signature `name` ("final",
// "appraisal") of agency STP is still there and does not hold, and verify exits 1.
template<std::size_t N>
void requirePartFails(const QString &province, const QTemporaryDir &dir, const Change (&changes)[N], const QString &name)
{
    int n = 0;
    for (const Change &change : changes) {
        INFO(change.what);
        const Verified v = alteredCopy(province, dir, QStringLiteral("%1-%2.parx").arg(name).arg(++n), change.sql,
                                       QStringLiteral("STP"));
        CHECK(v.exitCode == 1);
        CHECK(part(v, name).value(QStringLiteral("signed")) == QJsonValue(true));
        CHECK(part(v, name).value(QStringLiteral("signatureValid")) == QJsonValue(false));
    }
}

// A province file of the inspector into which `submission` was merged.
QString provinceWith(const User &inspector, const QTemporaryDir &dir, const QString &submission)
{
    const QString province = dir.filePath(QStringLiteral("tinh.parx"));
    REQUIRE(inspector
                .run({QStringLiteral("province"), QStringLiteral("new"), QStringLiteral("-o"), province,
                      QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--title"),
                      QStringLiteral("Thẩm định Chỉ số CCHC năm 2026")})
                .exitCode
            == 0);
    REQUIRE(inspector.run({QStringLiteral("merge"), QStringLiteral("-o"), province, submission}).exitCode == 0);
    REQUIRE(inspector
                .run({QStringLiteral("answer"), province, QStringLiteral("--agency"), QStringLiteral("STP"),
                      QStringLiteral("--layer"), QStringLiteral("appraisal1"), QStringLiteral("--answers"), appraisalDemo})
                .exitCode
            == 0);
    return province;
}

// A key that is no Ed25519 point at all (y = b, x from the curve's equation has no root):
// the first small y that PublicKey refuses (y = 0 and 1 are points of small order).
QByteArray notAPoint()
{
    for (char y = 2; y < 100; ++y) {
        QByteArray bytes(PublicKey::Size, '\0');
        bytes[0] = y;
        if (!PublicKey::fromBytes(bytes))
            return bytes;
    }
    FAIL("no small y off the curve");
    return {};
}

} // namespace

TEST_CASE("cli signatures: content changed after signing with the seal recomputed - intact but the signature fails")
{
    User agency;
    QTemporaryDir dir;
    const QString signedFile = sealedAgencyFile(agency, dir, QStringLiteral("STP"));
    const QString fingerprint = agency.fingerprint();

    const Verified untouched = verify(signedFile);
    CHECK(untouched.exitCode == 0);
    CHECK(untouched.row.value(QStringLiteral("signed")) == QJsonValue(true));
    CHECK(untouched.row.value(QStringLiteral("signer")) == QJsonValue(fingerprint));
    CHECK(untouched.row.value(QStringLiteral("signatureValid")) == QJsonValue(true));

    const QString oldSha = sqlValue(signedFile, QStringLiteral("SELECT sha256 FROM evidence"));
    const QByteArray forged("%PDF-1.4 forgery, longer");
    const QString newSha = QString::fromLatin1(QCryptographicHash::hash(forged, QCryptographicHash::Sha256).toHex());
    const Change changes[] = {
        {"an answer", QStringLiteral("UPDATE answers SET answer = '{\"count\":0}' WHERE layer = 'self' AND item = '5.4'")},
        {"an answer removed", QStringLiteral("DELETE FROM answers WHERE layer = 'self' AND item = '1.1.1'")},
        {"a note", QStringLiteral("UPDATE notes SET text = 'Kế hoạch ban hành muộn' WHERE layer = 'self'")},
        {"a document's bytes (its SHA-256 and size made to match)",
         QStringLiteral("UPDATE blobs SET data = CAST('%1' AS BLOB), size = %2, sha256 = '%3' WHERE sha256 = '%4';"
                        "UPDATE evidence SET sha256 = '%3' WHERE sha256 = '%4';"
                        "UPDATE evidence_links SET sha256 = '%3' WHERE sha256 = '%4'")
             .arg(QString::fromLatin1(forged), QString::number(forged.size()), newSha, oldSha)},
        {"a document's name", QStringLiteral("UPDATE evidence SET name = 'quyet-dinh-khac.pdf'")},
        {"a document's effective date", QStringLiteral("UPDATE evidence SET effective_date = '2026-12-31'")},
        {"the agency's name", QStringLiteral("UPDATE assessments SET agency_name = 'Sở Tài chính'")},
        {"the agency's code", QStringLiteral("UPDATE assessments SET agency_code = 'STC'")},
        {"the year", QStringLiteral("UPDATE assessments SET year = 2025")},
        {"who sealed it", QStringLiteral("UPDATE assessments SET sealed_by = 'Giám đốc'")},
        {"the seal downgraded to version 2", QStringLiteral("UPDATE assessments SET seal_version = 2")},
    };
    int n = 0;
    for (const auto &change : changes) {
        INFO(change.what);
        const QString path = copyFile(signedFile, dir.filePath(QStringLiteral("altered-%1.parx").arg(++n)));
        tamper(path, change.sql);
        recomputeSeals(path);
        REQUIRE(sqlValue(path, QStringLiteral("SELECT seal_sha256 FROM assessments"))
                != sqlValue(signedFile, QStringLiteral("SELECT seal_sha256 FROM assessments")));
        requireForgeryCaught(verify(path), fingerprint);
        const CliRun text = runCli({QStringLiteral("verify"), path});
        CHECK(text.exitCode == 1);
        CHECK(text.err.contains(QStringLiteral("seal: SIGNATURE DOES NOT HOLD (key %1)").arg(fingerprint)));
        const CliRun deep = runCli({QStringLiteral("check"), QStringLiteral("--deep"), path});
        CHECK(deep.exitCode == 1);
        CHECK(deep.err.contains(QStringLiteral("SIGNATURE DOES NOT HOLD")));
    }

    // Without the seal recomputed, the seal itself is broken (and the signature still stands
    // for the seal the file records).
    const QString plain = copyFile(signedFile, dir.filePath(QStringLiteral("plain.parx")));
    tamper(plain, changes[0].sql);
    const Verified broken = verify(plain);
    CHECK(broken.exitCode == 1);
    CHECK(broken.row.value(QStringLiteral("intact")) == QJsonValue(false));
}

TEST_CASE("cli signatures: a key swapped - another agency's key fails, the attacker's own signature names the attacker")
{
    User agency;
    User other;
    QTemporaryDir dir;
    const QString signedFile = sealedAgencyFile(agency, dir, QStringLiteral("STP"));
    const QString otherFile = sealedAgencyFile(other, dir, QStringLiteral("SNV"));
    const QString fingerprint = agency.fingerprint();
    REQUIRE(other.fingerprint() != fingerprint);

    const QString uuid = sqlValue(signedFile, QStringLiteral("SELECT uuid FROM assessments"));
    {
        INFO("another agency's public key beside the signature");
        const QString path = copyFile(signedFile, dir.filePath(QStringLiteral("key-only.parx")));
        const QString otherKey = sqlValue(otherFile, QStringLiteral("SELECT public_key FROM signatures"));
        tamper(path, QStringLiteral("UPDATE signatures SET public_key = '%1'").arg(otherKey));
        requireForgeryCaught(verify(path), other.fingerprint());
    }
    {
        INFO("another agency's key with its own signature, beside this file's seal");
        const QString path = copyFile(signedFile, dir.filePath(QStringLiteral("key-and-signature.parx")));
        putSignature(path, uuid, QStringLiteral("seal"),
                     signatureRow(otherFile, sqlValue(otherFile, QStringLiteral("SELECT uuid FROM assessments")),
                                  QStringLiteral("seal")));
        recomputeSeals(path); // the row made to name this file's seal
        requireForgeryCaught(verify(path), other.fingerprint());
    }
    {
        INFO("content changed, seal recomputed, key and signature the attacker's own");
        tamper(signedFile,
               QStringLiteral("UPDATE answers SET answer = '{\"count\":0}' WHERE layer = 'self' AND item = '5.4'"));
        recomputeSeals(signedFile);
        auto attacker = KeyPair::generate();
        REQUIRE(attacker);
        resignSeal(signedFile, attacker.value());
        // verify cannot know who should have signed: the signature holds, under the
        // attacker's fingerprint — which is not the one the agency reads out (key show);
        // the province file's trust compares them at import.
        const Verified v = verify(signedFile);
        CHECK(v.exitCode == 0);
        CHECK(v.row.value(QStringLiteral("intact")) == QJsonValue(true));
        CHECK(v.row.value(QStringLiteral("signatureValid")) == QJsonValue(true));
        CHECK(v.row.value(QStringLiteral("signer")) == QJsonValue(attacker.value().publicKey().fingerprint()));
        CHECK(v.row.value(QStringLiteral("signer")) != QJsonValue(fingerprint));
    }
}

TEST_CASE("cli signatures: a signature transplanted from another file - another assessment - another kind fails")
{
    User agency;
    QTemporaryDir dir;
    // The same assessment (same UUID) sealed twice from copies of one draft with different
    // answers: both genuinely signed by the agency.
    const QString draft = agencyDraft(agency, dir, QStringLiteral("STP"));
    const QString second = copyFile(draft, dir.filePath(QStringLiteral("STP-second.parx")));
    tamper(second, QStringLiteral("UPDATE answers SET answer = '{\"count\":0}' WHERE layer = 'self' AND item = '5.4'"));
    REQUIRE(agency.run({QStringLiteral("seal"), draft}).exitCode == 0);
    REQUIRE(agency.run({QStringLiteral("seal"), second}).exitCode == 0);
    REQUIRE(verify(second).exitCode == 0);
    // Another assessment of the same agency, signed with the same key.
    const QString another = sealedAgencyFile(agency, dir, QStringLiteral("STP"), QStringLiteral("STP-another"));
    const QString fingerprint = agency.fingerprint();
    const QString uuid = sqlValue(draft, QStringLiteral("SELECT uuid FROM assessments"));
    REQUIRE(sqlValue(second, QStringLiteral("SELECT uuid FROM assessments")) == uuid);
    const QString anotherUuid = sqlValue(another, QStringLiteral("SELECT uuid FROM assessments"));
    REQUIRE(anotherUuid != uuid);

    const auto copy = [&](const char *name) { return copyFile(draft, dir.filePath(QString::fromLatin1(name))); };
    {
        INFO("from another file of the same assessment, different content");
        const QString path = copy("same-assessment.parx");
        putSignature(path, uuid, QStringLiteral("seal"), signatureRow(second, uuid, QStringLiteral("seal")));
        recomputeSeals(path); // the row made to name this file's seal
        requireForgeryCaught(verify(path), fingerprint);
    }
    {
        INFO("from another file of the same assessment, with that file's seal too");
        const QString path = copy("same-assessment-seal.parx");
        putSignature(path, uuid, QStringLiteral("seal"), signatureRow(second, uuid, QStringLiteral("seal")));
        tamper(path, QStringLiteral("UPDATE assessments SET seal_sha256 = '%1', sealed_at = %2")
                         .arg(sqlValue(second, QStringLiteral("SELECT seal_sha256 FROM assessments")),
                              sqlValue(second, QStringLiteral("SELECT sealed_at FROM assessments"))));
        const Verified v = verify(path);
        CHECK(v.exitCode == 1);
        CHECK(v.row.value(QStringLiteral("intact")) == QJsonValue(false)); // the content is this file's
    }
    {
        INFO("from another assessment of the same agency and key");
        const QString path = copy("another-assessment.parx");
        putSignature(path, uuid, QStringLiteral("seal"), signatureRow(another, anotherUuid, QStringLiteral("seal")));
        recomputeSeals(path);
        requireForgeryCaught(verify(path), fingerprint);
    }
    {
        INFO("a final signature in an agency's file is refused as damaged");
        const QString path = copy("agency-final.parx");
        putSignature(path, uuid, QStringLiteral("final"), signatureRow(path, uuid, QStringLiteral("seal")));
        const CliRun run = runCli({QStringLiteral("verify"), path, QStringLiteral("--json")});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("damaged or was altered")));
        CHECK(runCli({QStringLiteral("check"), QStringLiteral("--deep"), path}).exitCode == 2);
    }
}

TEST_CASE("cli signatures: malformed signature rows are refused as damaged or fail - never a crash")
{
    User agency;
    QTemporaryDir dir;
    const QString signedFile = sealedAgencyFile(agency, dir, QStringLiteral("STP"));
    const QString fingerprint = agency.fingerprint();
    const QString signature = sqlValue(signedFile, QStringLiteral("SELECT signature FROM signatures"));
    REQUIRE(signature.size() == 88);

    // What the validator can see in a row (sizes, kinds, versions, a row without its
    // assessment): the file is damaged, exit 2 for every command, before anything is read.
    const Change damaged[] = {
        {"a signature two characters short", QStringLiteral("UPDATE signatures SET signature = substr(signature, 3)")},
        {"a signature of 96 bytes", QStringLiteral("UPDATE signatures SET signature = '%1'")
                                        .arg(QString::fromLatin1(QByteArray(96, 'x').toBase64()))},
        {"a public key of 48 bytes", QStringLiteral("UPDATE signatures SET public_key = '%1'")
                                         .arg(QString::fromLatin1(QByteArray(48, 'x').toBase64()))},
        {"statement version 2", QStringLiteral("UPDATE signatures SET version = 2")},
        {"statement version 0", QStringLiteral("UPDATE signatures SET version = 0")},
        {"a signing time as text", QStringLiteral("UPDATE signatures SET signed_at = 'yesterday'")},
        {"an unknown kind", QStringLiteral("UPDATE signatures SET kind = 'approval'")},
        {"a fingerprint in upper case", QStringLiteral("UPDATE signatures SET fingerprint = upper(fingerprint)")},
        {"a signature as a blob", QStringLiteral("UPDATE signatures SET signature = CAST(signature AS BLOB)")},
        {"a signature of no assessment", QStringLiteral("UPDATE signatures SET assessment = '%1'")
                                             .arg(QUuid::createUuid().toString(QUuid::WithoutBraces))},
    };
    int n = 0;
    for (const auto &row : damaged) {
        INFO(row.what);
        const QString path = copyFile(signedFile, dir.filePath(QStringLiteral("damaged-%1.parx").arg(++n)));
        tamper(path, row.sql);
        const CliRun run = runCli({QStringLiteral("verify"), path, QStringLiteral("--json")});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("damaged or was altered")));
        CHECK(runCli({QStringLiteral("check"), QStringLiteral("--deep"), path}).exitCode == 2);
    }

    // What only reading the key or the signature shows: signed, and the signature fails
    // (signer null when the key is no key).
    QByteArray identity(PublicKey::Size, '\0');
    identity[0] = 1; // the neutral point, of small order: a key that would accept forgeries
    const struct
    {
        const char *what;
        QString sql;
        bool signerKnown;
    } failing[] = {
        {"a signature that is not base64",
         QStringLiteral("UPDATE signatures SET signature = '%1'").arg(QString(86, u'!') + QStringLiteral("==")), true},
        {"a signature of base64 without padding (66 bytes)",
         QStringLiteral("UPDATE signatures SET signature = '%1'").arg(QString(88, u'A')), true},
        {"a signature of 65 bytes (88 characters of base64)",
         QStringLiteral("UPDATE signatures SET signature = '%1'").arg(QString::fromLatin1(QByteArray(65, 'x').toBase64())),
         true},
        {"a public key of 33 bytes (44 characters of base64)",
         QStringLiteral("UPDATE signatures SET public_key = '%1'").arg(QString::fromLatin1(QByteArray(33, 'x').toBase64())),
         false},
        {"a signature of zeros", QStringLiteral("UPDATE signatures SET signature = '%1'")
                                     .arg(QString::fromLatin1(QByteArray(64, '\0').toBase64())),
         true},
        {"a signature with one bit flipped",
         QStringLiteral("UPDATE signatures SET signature = '%1'")
             .arg(QString::fromLatin1([&] {
                 QByteArray bytes = QByteArray::fromBase64(signature.toLatin1());
                 bytes[10] = char(bytes[10] ^ 1);
                 return bytes.toBase64();
             }())),
         true},
        {"a key that is no curve point",
         QStringLiteral("UPDATE signatures SET public_key = '%1'").arg(QString::fromLatin1(notAPoint().toBase64())), false},
        {"a key that is not base64", QStringLiteral("UPDATE signatures SET public_key = '%1'").arg(QString(44, u'*')),
         false},
        {"the small-order neutral key with the trivial signature",
         QStringLiteral("UPDATE signatures SET public_key = '%1', signature = '%2'")
             .arg(QString::fromLatin1(identity.toBase64()),
                  QString::fromLatin1(QByteArray(identity + QByteArray(32, '\0')).toBase64())),
         false},
        {"the fingerprint signed is not the seal's",
         QStringLiteral("UPDATE signatures SET fingerprint = '%1'").arg(QString(64, u'0')), true},
    };
    for (const auto &row : failing) {
        INFO(row.what);
        const QString path = copyFile(signedFile, dir.filePath(QStringLiteral("failing-%1.parx").arg(++n)));
        tamper(path, row.sql);
        const Verified v = verify(path);
        CHECK(v.exitCode == 1);
        CHECK(v.row.value(QStringLiteral("intact")) == QJsonValue(true));
        CHECK(v.row.value(QStringLiteral("signed")) == QJsonValue(true));
        CHECK(v.row.value(QStringLiteral("signatureValid")) == QJsonValue(false));
        CHECK(v.row.value(QStringLiteral("signer")) == (row.signerKnown ? QJsonValue(fingerprint) : QJsonValue()));
        const CliRun text = runCli({QStringLiteral("verify"), path});
        CHECK(text.exitCode == 1);
        CHECK(text.err.contains(row.signerKnown ? QStringLiteral("SIGNATURE DOES NOT HOLD (key %1)").arg(fingerprint)
                                                : QStringLiteral("SIGNATURE DOES NOT HOLD (key unreadable)")));
    }
}

TEST_CASE("cli signatures: a stripped signature verifies as unsigned - caught by the province's trust, not by verify")
{
    User agency;
    QTemporaryDir dir;
    const QString signedFile = sealedAgencyFile(agency, dir, QStringLiteral("STP"));
    tamper(signedFile, QStringLiteral("UPDATE answers SET answer = '{\"count\":0}' WHERE layer = 'self' AND item = '5.4';"
                                      "DELETE FROM signatures"));
    recomputeSeals(signedFile);
    // What verify can say of a file that names no key: sealed, intact, unsigned — as an old
    // file. Only the province file, knowing the agency's key, refuses it at import.
    const Verified v = verify(signedFile);
    CHECK(v.exitCode == 0);
    CHECK(v.row.value(QStringLiteral("intact")) == QJsonValue(true));
    CHECK(v.row.value(QStringLiteral("signed")) == QJsonValue(false));
    CHECK(v.row.value(QStringLiteral("signer")) == QJsonValue());
    CHECK(v.row.value(QStringLiteral("signatureValid")) == QJsonValue());
    CHECK(runCli({QStringLiteral("verify"), signedFile}).out.contains(QStringLiteral("seal: not signed")));
}

TEST_CASE("cli signatures: the final result's signature fails when an answer - a request - the status is changed")
{
    User agency;
    User inspector;
    QTemporaryDir dir;
    const QString submission = sealedAgencyFile(agency, dir, QStringLiteral("STP"));
    const QString province = provinceWith(inspector, dir, submission);
    REQUIRE(inspector
                .run({QStringLiteral("request-explanation"), province, QStringLiteral("--agency"), QStringLiteral("STP"),
                      QStringLiteral("--node"), QStringLiteral("1.1"), QStringLiteral("--text"),
                      QStringLiteral("Bổ sung kế hoạch")})
                .exitCode
            == 0);
    REQUIRE(inspector.run({QStringLiteral("finalize"), province, QStringLiteral("--agency"), QStringLiteral("STP")})
                .exitCode
            == 0);
    const QString inspectorKey = inspector.fingerprint();
    REQUIRE(inspectorKey != agency.fingerprint());

    const Verified finalized = verify(province, QStringLiteral("STP"));
    CHECK(finalized.exitCode == 0);
    CHECK(part(finalized, QStringLiteral("final"))
          == QJsonObject{{QStringLiteral("signed"), true},
                         {QStringLiteral("signer"), inspectorKey},
                         {QStringLiteral("signatureValid"), true}});

    const QString uuid = finalized.row.value(QStringLiteral("uuid")).toString();
    const Change changes[] = {
        {"an appraisal answer",
         QStringLiteral("UPDATE answers SET answer = '{\"option\":\"on_time\"}' WHERE layer = 'appraisal1' "
                        "AND item = '1.1.1'")},
        {"an appraisal answer removed", QStringLiteral("DELETE FROM answers WHERE layer = 'appraisal1' AND item = '1.2'")},
        {"a self answer, the seal recomputed",
         QStringLiteral("UPDATE answers SET answer = '{\"count\":0}' WHERE layer = 'self' AND item = '5.4'")},
        {"a request's text", QStringLiteral("UPDATE requests SET text = 'Không yêu cầu gì'")},
        {"a request reopened", QStringLiteral("UPDATE requests SET closed_at = NULL, closed_as = NULL")},
        {"the status, final no more", QStringLiteral("UPDATE assessments SET status = 'inAppraisal'")},
        {"the seal's signature copied over the final's",
         QStringLiteral("DELETE FROM signatures WHERE kind = 'final';"
                        "INSERT INTO signatures SELECT assessment, 'final', version, fingerprint, public_key, "
                        "signature, signed_at FROM signatures WHERE kind = 'seal'")},
    };
    // The agency's seal signature, in the province file as the agency made it (the same
    // assessment), to be copied as the final one.
    putSignature(province, uuid, QStringLiteral("seal"), signatureRow(submission, uuid, QStringLiteral("seal")));
    REQUIRE(verify(province, QStringLiteral("STP")).exitCode == 0);
    requirePartFails(province, dir, changes, QStringLiteral("final"));

    {
        INFO("the final signature copied into the seal's place");
        const QString path = copyFile(province, dir.filePath(QStringLiteral("final-as-seal.parx")));
        putSignature(path, uuid, QStringLiteral("seal"), signatureRow(path, uuid, QStringLiteral("final")));
        recomputeSeals(path);
        const Verified v = verify(path, QStringLiteral("STP"));
        CHECK(v.exitCode == 1);
        CHECK(v.row.value(QStringLiteral("signer")) == QJsonValue(inspectorKey));
        CHECK(v.row.value(QStringLiteral("signatureValid")) == QJsonValue(false));
        CHECK(part(v, QStringLiteral("final")).value(QStringLiteral("signatureValid")) == QJsonValue(true));
    }
    {
        INFO("reopening removes the final signature");
        REQUIRE(inspector
                    .run({QStringLiteral("reopen"), province, QStringLiteral("--agency"), QStringLiteral("STP"),
                          QStringLiteral("--reason"), QStringLiteral("Đơn vị khiếu nại kết quả")})
                    .exitCode
                == 0);
        const Verified v = verify(province, QStringLiteral("STP"));
        CHECK(v.exitCode == 0);
        CHECK_FALSE(v.row.contains(QStringLiteral("final")));
        CHECK(sqlValue(province, QStringLiteral("SELECT count(*) FROM signatures WHERE kind = 'final'"))
              == QStringLiteral("0"));
    }
}

TEST_CASE("cli signatures: sign signs the appraisal - a change behind ParScore's back fails, one through answer drops it")
{
    User agency;
    User inspector;
    QTemporaryDir dir;
    const QString province = provinceWith(inspector, dir, sealedAgencyFile(agency, dir, QStringLiteral("STP")));
    const CliRun signedRun = inspector.run({QStringLiteral("sign"), province});
    REQUIRE(signedRun.exitCode == 0);
    const QString inspectorKey = inspector.fingerprint();
    CHECK(signedRun.out.contains(inspectorKey));
    const Verified appraised = verify(province, QStringLiteral("STP"));
    CHECK(appraised.exitCode == 0);
    CHECK(part(appraised, QStringLiteral("appraisal"))
          == QJsonObject{{QStringLiteral("signed"), true},
                         {QStringLiteral("signer"), inspectorKey},
                         {QStringLiteral("signatureValid"), true}});

    const Change changes[] = {
        {"an appraisal answer", QStringLiteral("UPDATE answers SET answer = '{\"option\":\"on_time\"}' "
                                               "WHERE layer = 'appraisal1' AND item = '1.1.1'")},
        {"an appraisal note added", QStringLiteral("INSERT INTO notes SELECT uuid, 'appraisal1', '1.1.1', 'Ghi chú', "
                                                   "created_at, 'x' FROM assessments")},
    };
    requirePartFails(province, dir, changes, QStringLiteral("appraisal"));
    {
        INFO("an appraisal answer changed through answer --layer appraisal1");
        const QString changed = writeFile(dir, QStringLiteral("changed.json"),
                                          answersJson(QStringLiteral(R"("1.1.1": {"option": "on_time"})")));
        REQUIRE(inspector
                    .run({QStringLiteral("answer"), province, QStringLiteral("--agency"), QStringLiteral("STP"),
                          QStringLiteral("--layer"), QStringLiteral("appraisal1"), QStringLiteral("--answers"), changed})
                    .exitCode
                == 0);
        const Verified v = verify(province, QStringLiteral("STP"));
        CHECK(v.exitCode == 0);
        CHECK_FALSE(v.row.contains(QStringLiteral("appraisal"))); // dropped, not invalid
        CHECK(sqlValue(province, QStringLiteral("SELECT count(*) FROM signatures WHERE kind = 'appraisal'"))
              == QStringLiteral("0"));
    }
}

TEST_CASE("cli signatures: old unsigned files verify as unsigned with exit 0")
{
    QTemporaryDir dir;
    for (const char *name : {"schema-v2.parx", "schema-v3.parx", "schema-v4.parx"}) {
        INFO(name);
        const QString path = copyFile(QStringLiteral(PARSCORE_TEST_DATA_DIR "/") + QString::fromLatin1(name),
                                      dir.filePath(QString::fromLatin1(name)));
        const Verified v = verify(path);
        CHECK(v.exitCode == 0);
        CHECK(v.row.value(QStringLiteral("intact")) == QJsonValue(true));
        CHECK(v.row.value(QStringLiteral("signed")) == QJsonValue(false));
        CHECK(v.row.value(QStringLiteral("signer")) == QJsonValue());
        CHECK(v.row.value(QStringLiteral("signatureValid")) == QJsonValue());
        if (v.row.contains(QStringLiteral("final")))
            CHECK(part(v, QStringLiteral("final")).value(QStringLiteral("signed")) == QJsonValue(false));
        CHECK_FALSE(v.row.contains(QStringLiteral("appraisal")));
    }
}

TEST_CASE("cli signatures: seal refuses a key others can read and a wrong passphrase - the file unchanged")
{
    QTemporaryDir dir;
    User agency;
    agency.passphrase = QStringLiteral("mật khẩu đúng");
    REQUIRE(agency.run({QStringLiteral("key"), QStringLiteral("new"), QStringLiteral("--name"), QStringLiteral("Sở Tư pháp")})
                .exitCode
            == 0);
    const QString path = agencyDraft(agency, dir, QStringLiteral("STP"));
    const QByteArray before = fileHash(path);
    const auto refusedSeal = [&](const QString &reason) {
        const CliRun run = agency.run({QStringLiteral("seal"), path});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(reason));
        CHECK(fileHash(path) == before);
        CHECK(verify(path).row.value(QStringLiteral("sealed")) == QJsonValue(false));
    };

    SECTION("the key file readable by others")
    {
        REQUIRE(::chmod(QFile::encodeName(agency.keyFile()).constData(), 0644) == 0);
        refusedSeal(QStringLiteral("open to other users"));
        CHECK(fileMode(agency.keyFile()) == 0644); // reported, not silently changed
    }
    SECTION("the key folder opened to others: closed again before the key is read (the file is still 0600)")
    {
        REQUIRE(::chmod(QFile::encodeName(agency.keyFolder()).constData(), 0755) == 0);
        CHECK(agency.run({QStringLiteral("seal"), path}).exitCode == 0);
        CHECK(fileMode(agency.keyFolder()) == 0700);
        CHECK(verify(path).row.value(QStringLiteral("signatureValid")) == QJsonValue(true));
    }
    SECTION("the wrong passphrase")
    {
        agency.passphrase = QStringLiteral("mật khẩu sai");
        refusedSeal(QStringLiteral("The passphrase does not open the key"));
    }
    SECTION("no passphrase for a protected key")
    {
        agency.passphrase.clear();
        refusedSeal(QStringLiteral("protected by a passphrase, and none was given"));
    }
    SECTION("the right passphrase signs with that key, no new one made")
    {
        const QString fingerprint = agency.fingerprint();
        const CliRun sealed = agency.run({QStringLiteral("seal"), path});
        CHECK(sealed.exitCode == 0);
        CHECK_FALSE(sealed.err.contains(QStringLiteral("Created your signing key")));
        const Verified v = verify(path);
        CHECK(v.exitCode == 0);
        CHECK(v.row.value(QStringLiteral("signer")) == QJsonValue(fingerprint));
        CHECK(v.row.value(QStringLiteral("signatureValid")) == QJsonValue(true));
    }
}
