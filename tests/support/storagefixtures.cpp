#include "storagefixtures.h"

#include "answerjson.h"
#include "answersparser.h"
#include "criteriaparser.h"
#include "fixtures.h"
#include "keypair.h"
#include "resultseal.h"
#include "trustedkeys.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <catch2/catch.hpp>
#include <sys/stat.h>

namespace ParScore::Test {

CriteriaSet smallSet()
{
    auto set = CriteriaParser::parseFile(QStringLiteral(PARSCORE_TEST_DATA_DIR "/small-set.json"));
    REQUIRE(set.ok());
    return std::move(set).value();
}

std::unique_ptr<ParxFile> newAgencyFile(const QString &path, const QString &agencyCode, int year,
                                        const QString &role)
{
    auto file = ParxFile::create(path);
    REQUIRE(file.ok());
    AssessmentStore store(*file.value());
    const auto created = store.create(
        smallSet(), {agencyCode, QStringLiteral("Sở Nội vụ"), QStringLiteral("so"), year},
        QStringLiteral("Cán bộ A"));
    REQUIRE(created.ok());
    REQUIRE(file.value()
                ->write([&role](QSqlDatabase &db) {
                    return ParxFile::setInfo(db, QStringLiteral("role"), role);
                })
                .ok());
    return std::move(file).value();
}

AssessmentInfo onlyAssessment(ParxFile &file)
{
    const auto info = AssessmentStore(file).find(QString());
    REQUIRE(info.ok());
    return info.value();
}

void applyAnswers(ParxFile &file, Layer layer, const QString &answers, const QString &extraJson)
{
    const AssessmentInfo info = onlyAssessment(file);
    AssessmentStore store(file);
    const auto set = store.criteria(info.criteriaSha256);
    REQUIRE(set.ok());
    const auto parsed =
        AnswersParser::parse(set.value(), answersJson(answers, extraJson), roleOf(layer));
    if (!parsed)
        FAIL(parsed.error().details.join(u'\n').toStdString());
    const auto applied =
        store.applyAnswers(info, set.value(), layer, parsed.value(), QStringLiteral("Cán bộ A"));
    if (!applied)
        FAIL(applied.error().message.toStdString());
}

QByteArray layerJson(ParxFile &file, Layer layer)
{
    const AssessmentInfo info = onlyAssessment(file);
    AssessmentStore store(file);
    const auto set = store.criteria(info.criteriaSha256);
    REQUIRE(set.ok());
    const auto answers = store.answers(info, set.value(), layer);
    REQUIRE(answers.ok());
    return QJsonDocument(answerSetToJson(set.value(), answers.value()))
        .toJson(QJsonDocument::Compact);
}

QByteArray layerOf(const QString &path, const QString &agencyCode, Layer layer)
{
    auto file = ParxFile::open(path, ParxFile::Mode::ReadOnly);
    REQUIRE(file.ok());
    AssessmentStore store(*file.value());
    const auto info = store.find(agencyCode);
    REQUIRE(info.ok());
    const auto set = store.criteria(info.value().criteriaSha256);
    REQUIRE(set.ok());
    const auto answers = store.answers(info.value(), set.value(), layer);
    REQUIRE(answers.ok());
    return QJsonDocument(answerSetToJson(set.value(), answers.value()))
        .toJson(QJsonDocument::Compact);
}

void trustAsColleague(const QString &province, const QString &colleague)
{
    static const QByteArray seed(KeyPair::SeedSize, '\x2a');
    const auto pair = KeyPair::fromSeed(seed);
    REQUIRE(pair.ok());
    {
        auto file = ParxFile::open(colleague, ParxFile::Mode::ReadWrite);
        REQUIRE(file.ok());
        ResultSeal::signAppraisals(*file.value(), pair.value()); // refused when there is nothing to sign
    }
    auto file = ParxFile::open(province, ParxFile::Mode::ReadWrite);
    REQUIRE(file.ok());
    if (file.value()->info(QStringLiteral("role")).isEmpty())
        REQUIRE(file.value()
                    ->write([](QSqlDatabase &db) {
                        return ParxFile::setInfo(db, QStringLiteral("role"), QStringLiteral("inspector"));
                    })
                    .ok());
    REQUIRE(TrustedKeys::recordInspector(*file.value(), pair.value().publicKey(), QStringLiteral("Thanh tra B"),
                                         QStringLiteral("Thanh tra"))
                .ok());
}

void tamper(const QString &path, const QString &sql)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        // Statements are separated by ';' except inside a trigger body, sent whole.
        const QStringList statements = sql.contains(QStringLiteral(" BEGIN "))
                                           ? QStringList{sql}
                                           : sql.split(u';', Qt::SkipEmptyParts);
        for (const QString &statement : statements) {
            if (statement.trimmed().isEmpty())
                continue;
            QSqlQuery query(db);
            if (!query.exec(statement))
                FAIL(QString(statement + QStringLiteral(": ") + query.lastError().text())
                         .toStdString());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QString copyFile(const QString &from, const QString &to)
{
    QFile::remove(to);
    REQUIRE(QFile::copy(from, to));
    QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
    return to;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

int fileMode(const QString &path)
{
    struct stat status = {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &status) == 0);
    return static_cast<int>(status.st_mode & 0777);
}

} // namespace ParScore::Test
