// Randomly damaged files: whatever the damage, reading never crashes, never writes, and
// either fails with an error or yields validated content.
#include "evidencestore.h"
#include "fixtures.h"
#include "merge.h"
#include "seal.h"
#include "storagefixtures.h"

#include <QFile>
#include <QTemporaryDir>
#include <random>

using namespace ParScore;
using namespace ParScore::Test;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

// Reads everything a user could ask for; returns how far it got.
int readEverything(const QString &path, const QString &extractTo)
{
    auto file = ParxFile::open(path, ParxFile::Mode::ReadOnly);
    if (!file)
        return 0;
    AssessmentStore store(*file.value());
    const auto all = store.list();
    if (!all)
        return 1;
    for (const AssessmentInfo &info : all.value()) {
        const auto set = store.criteria(info.criteriaSha256);
        if (!set)
            return 2;
        for (const Layer layer : allLayers) {
            const auto answers = store.answers(info, set.value(), layer);
            if (answers)
                scoreAnswers(set.value(), answers.value(), roleOf(layer));
        }
        Seal::verify(*file.value(), info);
        store.log(info.uuid);
        store.notes(info, Layer::Self);
        store.comments(info);
    }
    EvidenceStore(*file.value()).list();
    EvidenceStore(*file.value()).extract(all.value(), extractTo);
    return 3;
}

} // namespace

TEST_CASE("Randomly damaged files never crash the reader and are never written")
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.parx"));
    {
        auto file = newAgencyFile(good, QStringLiteral("SNV"), 2025, QStringLiteral("inspector"));
        applyAnswers(
            *file, Layer::Self,
            QStringLiteral(R"("1.1": {"yes": true}, "1.2": {"numerator": 9, "denominator": 10})"),
            QStringLiteral(R"("bonus": {"B1": 1})"));
        applyAnswers(*file, Layer::Appraisal1, QStringLiteral(R"("2.1": {"percent": 80})"));
        const QString document = dir.filePath(QStringLiteral("doc.pdf"));
        writeAll(document, QByteArray("%PDF-1.4 ").repeated(3000));
        REQUIRE(EvidenceStore(*file)
                    .add(onlyAssessment(*file), smallSet(), {QStringLiteral("1.1")}, {document},
                         QString(), QString())
                    .ok());
        REQUIRE(AssessmentStore(*file)
                    .setNote(onlyAssessment(*file), Layer::Self, smallSet(), QStringLiteral("1.2"),
                             QStringLiteral("ghi chú"), QString())
                    .ok());
        REQUIRE(Seal::seal(*file, onlyAssessment(*file), QString()).ok());
    }
    const QByteArray original = readAll(good);
    std::mt19937 random(20261127);
    int reachedEnd = 0;
    int refused = 0;
    const QString damaged = dir.filePath(QStringLiteral("damaged.parx"));
    for (int round = 0; round < 300; ++round) {
        QByteArray bytes = original;
        const int flips = 1 + int(random() % 8);
        for (int i = 0; i < flips; ++i) {
            const auto position = qsizetype(random() % quint32(bytes.size()));
            bytes[position] = char(random() % 256);
        }
        if (round % 10 == 0)
            bytes.truncate(qsizetype(random() % quint32(bytes.size())));
        writeAll(damaged, bytes);
        INFO("round " << round);
        const int reached =
            readEverything(damaged, dir.filePath(QStringLiteral("out%1").arg(round)));
        reachedEnd += reached == 3 ? 1 : 0;
        refused += reached == 0 ? 1 : 0;
        CHECK(readAll(damaged) == bytes); // reading never writes
    }
    CHECK(refused > 0);
    CHECK(reachedEnd > 0); // damage in unused space is harmless

    // Merging damaged files rejects them or merges validated content; the target stays sound.
    const QString target = dir.filePath(QStringLiteral("target.parx"));
    REQUIRE(ParxFile::create(target).ok());
    QStringList sources;
    for (int i = 0; i < 20; ++i) {
        QByteArray bytes = original;
        for (int j = 0; j < 4; ++j)
            bytes[qsizetype(random() % quint32(bytes.size()))] = char(random() % 256);
        const QString path = dir.filePath(QStringLiteral("source%1.parx").arg(i));
        writeAll(path, bytes);
        sources.append(path);
    }
    {
        auto file = ParxFile::open(target, ParxFile::Mode::ReadWrite);
        REQUIRE(file.ok());
        const auto report = Merger(*file.value(), QStringLiteral("test")).merge(sources, {false, false, {smallSet()}, {}});
        REQUIRE(report.ok());
        CHECK(report.value().rejected.size() + report.value().added.size()
                  + report.value().unchanged + report.value().editions.size()
                  + report.value().duplicates.size()
              >= 1);
    }
    CHECK(readEverything(target, dir.filePath(QStringLiteral("target-out"))) == 3);
}

TEST_CASE("A damaged file of an older version is named as the person chose it, never as a private copy")
{
    QTemporaryDir dir;
    QFile fixture(QStringLiteral(PARSCORE_TEST_DATA_DIR "/schema-v2.parx"));
    REQUIRE(fixture.open(QIODevice::ReadOnly));
    const QString path = dir.filePath(QStringLiteral("cut.parx"));
    QFile cut(path);
    REQUIRE(cut.open(QIODevice::WriteOnly));
    cut.write(fixture.read(5000)); // the header says version 2; the rest is missing
    cut.close();
    const auto opened = ParxFile::open(path, ParxFile::Mode::ReadOnly);
    REQUIRE_FALSE(opened.ok());
    const QString said = opened.error().message + opened.error().details.join(u'\n');
    CHECK_FALSE(said.contains(QStringLiteral("migrated")));
    if (said.contains(u'/'))
        CHECK(said.contains(path));
}
