// Measures the design.md targets the core can reach today and prints one line each:
// what was measured, the time, the target. Exit status 1 when a target is missed.
#include "answersparser.h"
#include "assessmentstore.h"
#include "benchreport.h"
#include "builtincriteria.h"
#include "evidencestore.h"
#include "merge.h"
#include "scorer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace ParScore;

namespace {

QByteArray demoAnswers()
{
    QFile file(QStringLiteral(PARSCORE_RESOURCES_DIR "/demo/so-2026-self.json"));
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

// An agency file of the built-in department set with the demo self-assessment.
bool makeAgencyFile(const QString &path, const CriteriaSet &set, const AnswerSet &answers, int n)
{
    auto file = ParxFile::create(path);
    if (!file)
        return false;
    AssessmentStore store(*file.value());
    const auto info = store.create(set, {QStringLiteral("SO-%1").arg(n), QStringLiteral("Sở %1").arg(n),
                                         QStringLiteral("so"), 2026},
                                   QStringLiteral("bench"));
    return info && store.applyAnswers(info.value(), set, Layer::Self, answers, QStringLiteral("bench"));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const auto set = BuiltinCriteria::load(QStringLiteral("builtin:vn.ninhbinh.par.so"));
    const auto answers = set ? AnswersParser::parse(set.value(), demoAnswers(), Role::Agency)
                             : Result<AnswerSet>(set.error());
    if (!set || !answers) {
        std::fprintf(stderr, "cannot load the built-in set and demo answers\n");
        return 2;
    }
    bool allMet = true;

    // Recomputing a whole assessment after an edit: under 1 ms.
    QElapsedTimer timer;
    constexpr int rounds = 2000;
    timer.start();
    Hundredths sink = 0;
    for (int i = 0; i < rounds; ++i)
        sink += scoreAnswers(set.value(), answers.value(), Role::Agency).total;
    allMet &= report("recompute one assessment (39 leaves)", double(timer.nsecsElapsed()) / 1e6 / rounds, 1);
    Q_UNUSED(sink)

    QTemporaryDir dir;
    // Opening a file with 200 MB of evidence: under 100 ms.
    const QString big = dir.filePath(QStringLiteral("big.parx"));
    makeAgencyFile(big, set.value(), answers.value(), 0);
    {
        auto file = ParxFile::open(big, ParxFile::Mode::ReadWrite);
        const auto info = AssessmentStore(*file.value()).find(QString());
        QStringList documents;
        for (int i = 0; i < 20; ++i) {
            const QString path = dir.filePath(QStringLiteral("scan%1.pdf").arg(i));
            QFile document(path);
            document.open(QIODevice::WriteOnly);
            document.write(QByteArray(10 * 1024 * 1024, char('a' + i)));
            documents.append(path);
        }
        EvidenceStore(*file.value()).add(info.value(), set.value(), {QStringLiteral("1.1.1")}, documents, QString(),
                                         QStringLiteral("bench"));
        for (const QString &path : documents)
            QFile::remove(path);
    }
    timer.restart();
    {
        auto file = ParxFile::open(big, ParxFile::Mode::ReadOnly);
        AssessmentStore store(*file.value());
        const auto info = store.find(QString());
        store.answers(info.value(), set.value(), Layer::Self);
        EvidenceStore(*file.value()).list();
    }
    allMet &= report("open + read a file with 200 MB of evidence", double(timer.nsecsElapsed()) / 1e6, 100);

    // Province scale: 150 agency files merged in under 1 s.
    QStringList sources;
    for (int i = 0; i < 150; ++i) {
        sources.append(dir.filePath(QStringLiteral("agency%1.parx").arg(i)));
        makeAgencyFile(sources.last(), set.value(), answers.value(), i);
    }
    const QString province = dir.filePath(QStringLiteral("province.parx"));
    timer.restart();
    {
        ParxFile::create(province);
        auto file = ParxFile::open(province, ParxFile::Mode::ReadWrite);
        Merger(*file.value(), QStringLiteral("bench")).merge(sources, {false, false, BuiltinCriteria::all(), {}});
    }
    allMet &= report("merge 150 agency files into a new file", double(timer.nsecsElapsed()) / 1e6, 1000);
    return allMet ? 0 : 1;
}
