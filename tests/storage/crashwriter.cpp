// parscore_crashwriter FILE.parx ROUNDS [FIRST] [--hold]
//
// The victim of the crash tests (tst_crash.cpp): rewrites the self layer of the file's
// only assessment ROUNDS times, starting at round FIRST (default 1), and every third
// round first embeds a new 2 MiB evidence document. After each round has committed it
// prints the round number on its own line and flushes, so the parent knows which rounds
// are on disk when it kills this process. With --hold it then prints "holding" and keeps
// the file open until its standard input closes.
//
// The round contents are a pure function of the round number, so the tests compute what
// the file must hold; this source is compiled into crash_tests as well, without main().
#include "answersparser.h"
#include "assessmentstore.h"
#include "builtincriteria.h"
#include "evidencestore.h"
#include "parxfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>
#include <cstdio>
#include <cstring>
#include <random>

namespace ParScore::CrashWriter {

// The layer of answers written in `round`: every agency-scored leaf answered, every bonus
// and penalty item counted, and (almost) every value different from the round before.
Result<AnswerSet> roundAnswers(const CriteriaSet &set, int round)
{
    QJsonObject answers;
    for (const CriteriaNode &node : set.nodes()) {
        if (!node.isLeaf() || node.scoredBy != ScoredBy::Agency || !node.rule)
            continue;
        const Rule &rule = *node.rule;
        const qint64 v = qint64(round) + 7 * qint64(node.index);
        if (node.notApplicable != NotApplicablePolicy::Forbidden && v % 5 == 0) {
            answers.insert(node.id,
                           QJsonObject{{QStringLiteral("notApplicable"), true},
                                       {QStringLiteral("reason"),
                                        QStringLiteral("Không phát sinh (vòng %1)").arg(round)}});
            continue;
        }
        const qint64 denominator = 10 + node.index % 13;
        const QJsonObject ratio{{QStringLiteral("numerator"), v % (denominator + 1)},
                                {QStringLiteral("denominator"), denominator}};
        QJsonObject answer;
        switch (rule.kind) {
        case RuleKind::Manual: {
            const Fraction steps = Fraction::fromHundredths(node.maxPoints) / rule.step;
            const qint64 count = qint64(steps.numerator() / steps.denominator()) + 1;
            answer.insert(QStringLiteral("points"),
                          (Fraction::fromInteger(v % count) * rule.step).toDouble());
            break;
        }
        case RuleKind::Boolean:
            answer.insert(QStringLiteral("yes"), v % 2 == 0);
            break;
        case RuleKind::Choice:
            answer.insert(QStringLiteral("option"),
                          rule.options.at(int(v % rule.options.size())).id);
            break;
        case RuleKind::Checklist: {
            QJsonArray checked;
            for (int i = 0; i < rule.options.size(); ++i) {
                if ((v >> (i % 16)) & 1)
                    checked.append(rule.options.at(i).id);
            }
            answer.insert(QStringLiteral("checked"), checked);
            break;
        }
        case RuleKind::Ratio:
            answer = ratio;
            break;
        case RuleKind::Tiers:
            if (rule.tierInput == TierInput::Percent)
                answer = ratio;
            else
                answer.insert(QStringLiteral("value"), double(v % 97) / 2);
            break;
        case RuleKind::Deduction:
            answer.insert(QStringLiteral("count"), v % 5);
            break;
        case RuleKind::Percent:
            answer.insert(QStringLiteral("percent"), double(v * 37 % 10001) / 100);
            break;
        }
        answers.insert(node.id, answer);
    }
    QJsonObject bonus;
    if (set.bonus()) {
        for (int i = 0; i < set.bonus()->items.size(); ++i)
            bonus.insert(set.bonus()->items.at(i).id, (round + i) % 3);
    }
    QJsonObject penalty;
    if (set.penalty()) {
        for (int i = 0; i < set.penalty()->items.size(); ++i)
            penalty.insert(set.penalty()->items.at(i).id, (round + i + 1) % 2);
    }
    const QJsonObject file{{QStringLiteral("format"), QStringLiteral("parscore.answers")},
                           {QStringLiteral("formatVersion"), 1},
                           {QStringLiteral("answers"), answers},
                           {QStringLiteral("bonus"), bonus},
                           {QStringLiteral("penalty"), penalty}};
    return AnswersParser::parse(set, QJsonDocument(file).toJson(QJsonDocument::Compact),
                                Role::Agency);
}

bool roundAddsEvidence(int round)
{
    return round % 3 == 0;
}

QString evidenceName(int round)
{
    return QStringLiteral("bang-chung-vong-%1.bin").arg(round);
}

// 2 MiB of pseudo-random (incompressible) bytes, different for every round.
QByteArray evidenceBytes(int round)
{
    constexpr qsizetype size = 2 * 1024 * 1024;
    QByteArray bytes(size, Qt::Uninitialized);
    std::mt19937_64 random(0x5EED0000u + quint64(round));
    for (qsizetype i = 0; i < size; i += 8) {
        const quint64 word = random();
        std::memcpy(bytes.data() + i, &word, 8);
    }
    return bytes;
}

} // namespace ParScore::CrashWriter

#ifndef PARSCORE_CRASHWRITER_NO_MAIN

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "parscore_crashwriter: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    using namespace ParScore;
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    const bool hold = arguments.removeAll(QStringLiteral("--hold")) > 0;
    bool roundsOk = false;
    bool firstOk = true;
    const int rounds = arguments.value(1).toInt(&roundsOk);
    const int first = arguments.size() > 2 ? arguments.at(2).toInt(&firstOk) : 1;
    if (arguments.size() < 2 || arguments.size() > 3 || !roundsOk || !firstOk || rounds < 0) {
        std::fprintf(stderr, "usage: parscore_crashwriter FILE.parx ROUNDS [FIRST] [--hold]\n");
        return 1;
    }

    auto file = ParxFile::open(arguments.at(0), ParxFile::Mode::ReadWrite);
    if (!file)
        return fail(file.error().message);
    AssessmentStore store(*file.value());
    const auto assessment = store.find(QString());
    if (!assessment)
        return fail(assessment.error().message);
    const auto set = store.criteria(assessment.value().criteriaSha256);
    if (!set)
        return fail(set.error().message);
    QString evidenceNode;
    for (const CriteriaNode &node : set.value().nodes()) {
        if (node.isLeaf() && node.scoredBy == ScoredBy::Agency) {
            evidenceNode = node.id;
            break;
        }
    }
    // Under $TMPDIR, which the tests point into their own temporary folder: a killed
    // writer leaves its scratch files there, not in /tmp.
    const QTemporaryDir scratch;
    if (!scratch.isValid())
        return fail(QStringLiteral("cannot create a temporary folder"));

    const QString author = QStringLiteral("crashwriter");
    EvidenceStore evidence(*file.value());
    for (int round = first; round < first + rounds; ++round) {
        if (CrashWriter::roundAddsEvidence(round)) {
            const QString path = scratch.filePath(CrashWriter::evidenceName(round));
            QFile document(path);
            if (!document.open(QIODevice::WriteOnly)
                || document.write(CrashWriter::evidenceBytes(round)) < 0)
                return fail(QStringLiteral("cannot write %1").arg(path));
            document.close();
            const auto added = evidence.add(assessment.value(), set.value(), {evidenceNode}, {path},
                                            QStringLiteral("2026-01-15"), author);
            if (!added)
                return fail(added.error().message);
            QFile::remove(path);
        }
        const auto answers = CrashWriter::roundAnswers(set.value(), round);
        if (!answers)
            return fail(answers.error().details.join(QStringLiteral("; ")));
        const auto applied = store.applyAnswers(assessment.value(), set.value(), Layer::Self,
                                                answers.value(), author);
        if (!applied)
            return fail(applied.error().message);
        std::printf("%d\n", round);
        std::fflush(stdout);
    }
    if (hold) {
        std::printf("holding\n");
        std::fflush(stdout);
        while (std::getchar() != EOF) {
        }
    }
    return 0;
}

#endif
