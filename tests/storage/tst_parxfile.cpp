// The .parx container: creation, refusal of everything that is not a sound file of ours,
// and migration of older files.
#include "evidencestore.h"
#include "fixtures.h"
#include "parxschema.h"
#include "parxvalidator.h"
#include "requeststore.h"
#include "scorer.h"
#include "seal.h"
#include "storagefixtures.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace ParScore;
using namespace ParScore::Test;

namespace {

QString pragma(ParxFile &file, const QString &name)
{
    QSqlQuery query(file.db());
    REQUIRE(query.exec(QStringLiteral("PRAGMA ") + name));
    REQUIRE(query.next());
    return query.value(0).toString();
}

ErrorKind openError(const QString &path, ParxFile::Mode mode = ParxFile::Mode::ReadWrite)
{
    const auto opened = ParxFile::open(path, mode);
    REQUIRE_FALSE(opened.ok());
    return opened.error().kind;
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("A new file is ours - current - sound - and never replaces another")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.parx"));
    {
        auto file = newAgencyFile(path);
        CHECK(pragma(*file, QStringLiteral("application_id")).toInt() == ParxSchema::applicationId);
        CHECK(pragma(*file, QStringLiteral("user_version")).toInt() == ParxSchema::currentVersion);
        CHECK(pragma(*file, QStringLiteral("integrity_check")) == QStringLiteral("ok"));
        CHECK(pragma(*file, QStringLiteral("journal_mode")) == QStringLiteral("delete"));
        CHECK(file->info(QStringLiteral("role")) == QStringLiteral("agency"));
        CHECK(AssessmentStore::isValidUuid(file->info(QStringLiteral("uuid"))));
    }
    // Only the file itself: no journal or temporary side files.
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden)
          == QStringList{QStringLiteral("a.parx")});
    const QByteArray before = fileHash(path);
    const auto again = ParxFile::create(path);
    REQUIRE_FALSE(again.ok());
    CHECK(fileHash(path) == before);
}

TEST_CASE("Files that are not sound ParScore files are refused and left untouched")
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.parx"));
    {
        auto file = newAgencyFile(good);
        applyAnswers(
            *file, Layer::Self,
            QStringLiteral(R"("1.1": {"yes": true}, "1.2": {"numerator": 9, "denominator": 10})"));
    }
    const QByteArray goodBytes = readBytes(good);

    const auto refusedUntouched = [&](const QString &name, const QByteArray &bytes) {
        const QString path = dir.filePath(name);
        writeBytes(path, bytes);
        INFO(name.toStdString());
        CHECK(openError(path) == ErrorKind::Unreadable);
        CHECK(openError(path, ParxFile::Mode::ReadOnly) == ErrorKind::Unreadable);
        CHECK(readBytes(path) == bytes);
    };
    refusedUntouched(QStringLiteral("empty.parx"), QByteArray());
    refusedUntouched(QStringLiteral("text.parx"),
                     QByteArray("Kế hoạch CCHC năm 2026\n").repeated(50));
    refusedUntouched(QStringLiteral("truncated.parx"), goodBytes.left(goodBytes.size() / 2));
    refusedUntouched(QStringLiteral("header-only.parx"), goodBytes.left(100));
    QByteArray flipped = goodBytes;
    for (qsizetype i = 4096; i < flipped.size(); i += 97) // damage every page after the first
        flipped[i] = char(~flipped[i]);
    refusedUntouched(QStringLiteral("flipped.parx"), flipped);

    CHECK(openError(dir.filePath(QStringLiteral("missing.parx"))) == ErrorKind::Unreadable);
    CHECK(openError(dir.path()) == ErrorKind::Unreadable);
}

TEST_CASE("A SQLite database that is not ours - or is crafted - is refused")
{
    QTemporaryDir dir;
    const QString plain = dir.filePath(QStringLiteral("plain.parx"));
    tamper(plain, QStringLiteral("CREATE TABLE t (x); INSERT INTO t VALUES (1)"));
    const QByteArray plainHash = fileHash(plain);
    CHECK(openError(plain) == ErrorKind::Unreadable);
    CHECK(fileHash(plain) == plainHash);

    const QString good = dir.filePath(QStringLiteral("good.parx"));
    newAgencyFile(good);
    const auto crafted = [&](const QString &name, const QString &sql) {
        const QString path = copyFile(good, dir.filePath(name));
        tamper(path, sql);
        const QByteArray hash = fileHash(path);
        INFO(name.toStdString());
        CHECK(openError(path) == ErrorKind::Unreadable);
        CHECK(fileHash(path) == hash);
    };
    crafted(
        QStringLiteral("trigger.parx"),
        QStringLiteral("CREATE TRIGGER t AFTER INSERT ON answers BEGIN DELETE FROM answers; END"));
    crafted(QStringLiteral("view.parx"), QStringLiteral("CREATE VIEW v AS SELECT * FROM answers"));
    crafted(QStringLiteral("extra-table.parx"), QStringLiteral("CREATE TABLE extra (x)"));
    crafted(QStringLiteral("dropped.parx"), QStringLiteral("DROP TABLE comments"));
    crafted(QStringLiteral("extra-column.parx"),
            QStringLiteral("ALTER TABLE answers ADD COLUMN evil TEXT"));
    crafted(QStringLiteral("newer.parx"), QStringLiteral("PRAGMA user_version = 99"));
    // Same columns, weaker definitions: the answers table rebuilt without its key (two rows
    // for one item would then score differently before and after a merge), a column
    // without NOT NULL, an index on other columns.
    crafted(QStringLiteral("no-key.parx"),
            QStringLiteral("CREATE TABLE a2 (assessment TEXT NOT NULL, layer TEXT NOT NULL, kind TEXT NOT NULL,"
                           " item TEXT NOT NULL, answer TEXT NOT NULL, modified_at INTEGER NOT NULL,"
                           " modified_by TEXT NOT NULL); INSERT INTO a2 SELECT * FROM answers;"
                           " INSERT INTO a2 SELECT * FROM answers; DROP TABLE answers; ALTER TABLE a2 RENAME TO answers"));
    crafted(QStringLiteral("nullable.parx"),
            QStringLiteral("CREATE TABLE n2 (assessment TEXT, layer TEXT NOT NULL, node TEXT NOT NULL,"
                           " text TEXT NOT NULL, modified_at INTEGER NOT NULL, modified_by TEXT NOT NULL,"
                           " PRIMARY KEY (assessment, layer, node)); DROP TABLE notes; ALTER TABLE n2 RENAME TO notes"));
    crafted(QStringLiteral("index.parx"),
            QStringLiteral("DROP INDEX change_log_by_assessment; CREATE INDEX change_log_by_assessment ON change_log (at)"));
    crafted(QStringLiteral("zero.parx"), QStringLiteral("PRAGMA user_version = 0"));
}

TEST_CASE("Huge or malformed values inside a sound file are reported - not half-read")
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.parx"));
    newAgencyFile(good);
    const auto listFails = [&](const QString &name, const QString &sql) {
        const QString path = copyFile(good, dir.filePath(name));
        tamper(path, sql);
        auto file = ParxFile::open(path, ParxFile::Mode::ReadOnly);
        REQUIRE(file.ok());
        INFO(name.toStdString());
        const auto listed = AssessmentStore(*file.value()).list();
        REQUIRE_FALSE(listed.ok());
        CHECK(listed.error().kind == ErrorKind::Unreadable);
    };
    listFails(QStringLiteral("year.parx"), QStringLiteral("UPDATE assessments SET year = 1e18"));
    listFails(QStringLiteral("name.parx"),
              QStringLiteral("UPDATE assessments SET agency_name = hex(zeroblob(5000))"));
    listFails(QStringLiteral("status.parx"),
              QStringLiteral("UPDATE assessments SET status = 'hacked'"));

    const QString path = copyFile(good, dir.filePath(QStringLiteral("answer.parx")));
    tamper(path, QStringLiteral("INSERT INTO answers SELECT uuid, 'self', 'node', '1.1', "
                                "'{\"yes\": 7}', 0, 'x' FROM assessments"));
    auto file = ParxFile::open(path, ParxFile::Mode::ReadOnly);
    REQUIRE(file.ok());
    AssessmentStore store(*file.value());
    const AssessmentInfo info = onlyAssessment(*file.value());
    const auto answers = store.answers(info, smallSet(), Layer::Self);
    REQUIRE_FALSE(answers.ok());
    CHECK(answers.error().message.contains(QStringLiteral("node 1.1")));
}

TEST_CASE("A file of schema version 1 is migrated - and read-only opening leaves it as it was")
{
    QTemporaryDir dir;
    const QString fixture = QStringLiteral(PARSCORE_TEST_DATA_DIR "/schema-v1.parx");
    const QString copy = copyFile(fixture, dir.filePath(QStringLiteral("old.parx")));
    const QByteArray before = fileHash(copy);
    {
        auto readOnly = ParxFile::open(copy, ParxFile::Mode::ReadOnly);
        REQUIRE(readOnly.ok());
        // Every row as `check --deep` reads it: opening alone never looked at the rows.
        const auto valid = ParxValidator::validate(*readOnly.value());
        INFO((valid.ok() ? QString() : valid.error().message).toStdString());
        CHECK(valid.ok());
        CHECK(
            layerJson(*readOnly.value(), Layer::Appraisal1).contains(R"("2.1":{"percent":87.5})"));
    }
    CHECK(fileHash(copy) == before);

    auto file = ParxFile::open(copy, ParxFile::Mode::ReadWrite);
    REQUIRE(file.ok());
    CHECK(pragma(*file.value(), QStringLiteral("user_version")).toInt()
          == ParxSchema::currentVersion);
    const AssessmentInfo info = onlyAssessment(*file.value());
    CHECK(info.agencyName == QStringLiteral("Sở Nội vụ"));
    CHECK(info.year == 2025);
    CHECK(layerJson(*file.value(), Layer::Self)
              .contains(R"("1.2":{"denominator":10,"numerator":9})"));
    CHECK(layerJson(*file.value(), Layer::Self).contains(R"("bonus":{"B1":1})"));
    const auto evidence = EvidenceStore(*file.value()).list();
    REQUIRE(evidence.ok());
    REQUIRE(evidence.value().size() == 1);
    CHECK(evidence.value()[0].name == QStringLiteral("ke-hoach-cchc-2025.pdf"));
    CHECK(evidence.value()[0].effectiveDate.isEmpty());
    CHECK(AssessmentStore(*file.value()).log().value().size() == 5);
    // The migrated file takes the new column.
    const auto added = EvidenceStore(*file.value()).list(info.uuid);
    CHECK(added.ok());
    // And the table of explanation requests (version 3), empty.
    const auto requests = RequestStore(*file.value()).list(info);
    REQUIRE(requests.ok());
    CHECK(requests.value().isEmpty());
    CHECK(RequestStore(*file.value()).openCounts().ok());

    // The same rows in an agency's file: no ParScore wrote appraisals there (README.md).
    const QString agency = copyFile(fixture, dir.filePath(QStringLiteral("agency.parx")));
    tamper(agency, QStringLiteral("UPDATE file_info SET value = 'agency' WHERE key = 'role'"));
    auto agencyFile = ParxFile::open(agency, ParxFile::Mode::ReadOnly);
    REQUIRE(agencyFile.ok());
    const auto refused = ParxValidator::validate(*agencyFile.value());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("the table answers holds values ParScore never writes")));
}

TEST_CASE("Every fixture of an older schema is migrated in place - sound - sealed as it was - scored")
{
    // tests/data/README.md says how each was made; percents in hundredths of a percent.
    struct Fixture
    {
        const char *name;
        bool sealed;
        int sealVersion;
        qint64 selfPercent;
        qint64 finalPercent;
    };
    const Fixture fixtures[] = {
        {"schema-v1.parx", false, 0, 11000, 9950},
        {"schema-v2.parx", true, 2, 9333, 7000},
        {"schema-v3.parx", true, 3, 9239, 6396},
        {"schema-v4.parx", true, 3, 9239, 8631},
    };
    QTemporaryDir dir;
    for (const Fixture &fixture : fixtures) {
        const QString name = QString::fromLatin1(fixture.name);
        INFO(fixture.name);
        const QString path = copyFile(QStringLiteral(PARSCORE_TEST_DATA_DIR "/") + name, dir.filePath(name));
        auto file = ParxFile::open(path, ParxFile::Mode::ReadWrite);
        REQUIRE(file.ok());
        CHECK(pragma(*file.value(), QStringLiteral("user_version")).toInt() == ParxSchema::currentVersion);
        const auto valid = ParxValidator::validate(*file.value(), ParxValidator::Depth::Everything);
        INFO((valid.ok() ? QString() : valid.error().message).toStdString());
        REQUIRE(valid.ok());
        const AssessmentInfo info = onlyAssessment(*file.value());
        const auto state = Seal::verify(*file.value(), info);
        REQUIRE(state.ok());
        CHECK(state.value() == (fixture.sealed ? SealState::Intact : SealState::NotSealed));
        if (fixture.sealed)
            CHECK(info.sealVersion == fixture.sealVersion);
        AssessmentStore store(*file.value());
        const auto set = store.criteria(info.criteriaSha256);
        REQUIRE(set.ok());
        AnswerSet layers[3];
        for (const Layer layer : allLayers) {
            auto answers = store.answers(info, set.value(), layer);
            REQUIRE(answers.ok());
            layers[int(layer)] = answers.value();
        }
        CHECK(scoreAnswers(set.value(), layers[0], Role::Agency).percent == fixture.selfPercent);
        const AnswerSet final = finalAnswers({&layers[0], &layers[1], &layers[2]});
        CHECK(scoreAnswers(set.value(), final, Role::Appraiser).percent == fixture.finalPercent);
    }
}

TEST_CASE("Validation refuses rows and documents ParScore would never write")
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.parx"));
    {
        auto file = newAgencyFile(good);
        applyAnswers(*file, Layer::Self, QStringLiteral(R"("1.1": {"yes": true})"));
        const QString document = dir.filePath(QStringLiteral("doc.pdf"));
        QFile out(document);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("%PDF-1.4");
        out.close();
        REQUIRE(EvidenceStore(*file)
                    .add(onlyAssessment(*file), smallSet(), {QStringLiteral("1.1")}, {document},
                         QString(), QString())
                    .ok());
        REQUIRE(ParxValidator::validate(*file).ok());
    }
    // Why it was refused, as the user reads it (empty when it was not).
    const auto refused = [&](const QString &name, const QString &sql) -> QString {
        const QString path = copyFile(good, dir.filePath(name));
        tamper(path, sql);
        auto file = ParxFile::open(path, ParxFile::Mode::ReadOnly);
        INFO(name.toStdString());
        if (!file)
            return file.error().message;
        const auto valid = ParxValidator::validate(*file.value());
        return valid.ok() || valid.error().kind != ErrorKind::Unreadable ? QString() : valid.error().message;
    };
    const auto inTable = [](const QString &table, const QString &what) {
        return QStringLiteral("the table %1 holds %2").arg(table, what);
    };
    const QString values = QStringLiteral("values ParScore never writes");
    const QString time = QStringLiteral("a time in the future or before 2000");
    CHECK_FALSE(refused(QStringLiteral("blob.parx"), QStringLiteral("UPDATE blobs SET data = x'00'")).isEmpty());
    CHECK_FALSE(refused(QStringLiteral("size.parx"), QStringLiteral("UPDATE blobs SET size = 1")).isEmpty());
    CHECK(refused(QStringLiteral("future.parx"), QStringLiteral("UPDATE answers SET modified_at = 253402300799000"))
              .contains(inTable(QStringLiteral("answers"), time)));
    CHECK(refused(QStringLiteral("negative.parx"), QStringLiteral("UPDATE answers SET modified_at = -5"))
              .contains(inTable(QStringLiteral("answers"), time)));
    CHECK(refused(QStringLiteral("linked.parx"), QStringLiteral("UPDATE evidence_links SET modified_at = 5"))
              .contains(inTable(QStringLiteral("evidence_links"), time)));
    CHECK(refused(QStringLiteral("appraisal.parx"),
                  QStringLiteral("INSERT INTO answers SELECT uuid, 'appraisal1', 'node', '2.1', "
                                 "'{\"percent\":10}', 1767225600000, 'x' FROM assessments"))
              .contains(inTable(QStringLiteral("answers"), values)));
    CHECK(refused(QStringLiteral("action.parx"), QStringLiteral("UPDATE change_log SET action = 'bogus'"))
              .contains(inTable(QStringLiteral("change_log"), values)));
    // A wrong type wins over a time out of range: the row is not ParScore's at all.
    CHECK(refused(QStringLiteral("both.parx"), QStringLiteral("UPDATE change_log SET action = 'bogus', at = 5"))
              .contains(inTable(QStringLiteral("change_log"), values)));
    CHECK(refused(QStringLiteral("no-info.parx"), QStringLiteral("DELETE FROM file_info"))
              .contains(inTable(QStringLiteral("file_info"), values)));
    CHECK(refused(QStringLiteral("no-uuid.parx"), QStringLiteral("DELETE FROM file_info WHERE key = 'uuid'"))
              .contains(inTable(QStringLiteral("file_info"), values)));
    CHECK(refused(QStringLiteral("role.parx"), QStringLiteral("UPDATE file_info SET value = 'minister' WHERE key = 'role'"))
              .contains(inTable(QStringLiteral("file_info"), values)));
    CHECK_FALSE(refused(QStringLiteral("version.parx"), QStringLiteral("UPDATE criteria_sets SET version = '9'")).isEmpty());
    CHECK_FALSE(refused(QStringLiteral("group.parx"), QStringLiteral("UPDATE assessments SET unit_group = 'xa'")).isEmpty());
    CHECK(refused(QStringLiteral("layer.parx"), QStringLiteral("UPDATE answers SET layer = 'appraisal3'"))
              .contains(inTable(QStringLiteral("answers"), values)));
}
