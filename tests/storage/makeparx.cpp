// parscore_makeparx --out DIR --count N --seed S [--document-kib K] [--sealed PERCENT]
//
// Writes N agency submissions (.parx, one assessment each) into DIR, for merge tests, the
// benchmarks and by hand: the built-in sets alternate (sở / xã / phường), agency codes are
// distinct, the self layer answers every agency-scored leaf with plausible values, some
// files carry a small evidence document (every file one of K KiB with --document-kib) and
// about half are sealed (PERCENT with --sealed). Everything but the UUIDs follows
// from the seed and the file's number, times included (a fixed clock). Prints each path.
#include "answersparser.h"
#include "assessmentstore.h"
#include "builtincriteria.h"
#include "clock.h"
#include "evidencestore.h"
#include "parxfile.h"
#include "seal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cstdio>
#include <random>

using namespace ParScore;

namespace {

// Time stands still unless the generator moves it: the same seed gives the same stamps.
class FixedClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::fromMSecsSinceEpoch(m_ms, Qt::UTC); }
    void set(qint64 ms) { m_ms = ms; }
    void advance(qint64 ms) { m_ms += ms; }

private:
    qint64 m_ms = 0;
};

using Random = std::mt19937_64;

// Uniform in [low, high].
qint64 uniform(Random &random, qint64 low, qint64 high)
{
    return std::uniform_int_distribution<qint64>(low, high)(random);
}

bool chance(Random &random, double probability)
{
    return std::bernoulli_distribution(probability)(random);
}

// Counts of dossiers, tasks or reports, mostly handled: a few to a few thousand.
QJsonObject ratioAnswer(Random &random)
{
    const qint64 magnitude = uniform(random, 0, 3);
    const qint64 denominator = uniform(random, 1,
                                       magnitude == 0   ? 10
                                       : magnitude == 1 ? 60
                                       : magnitude == 2 ? 600
                                                        : 5000);
    const qint64 shortfall = chance(random, 0.5) ? 0 : uniform(random, 0, (denominator + 3) / 4);
    return {{QStringLiteral("numerator"), denominator - shortfall},
            {QStringLiteral("denominator"), denominator}};
}

QJsonObject leafAnswer(const CriteriaNode &leaf, Random &random)
{
    const Rule &rule = *leaf.rule;
    if (leaf.notApplicable != NotApplicablePolicy::Forbidden && chance(random, 0.1))
        return {{QStringLiteral("notApplicable"), true},
                {QStringLiteral("reason"),
                 QStringLiteral("Trong năm đánh giá không phát sinh nhiệm vụ này")}};
    switch (rule.kind) {
    case RuleKind::Manual: {
        const Fraction steps = Fraction::fromHundredths(leaf.maxPoints) / rule.step;
        const qint64 most = qint64(steps.numerator() / steps.denominator());
        const qint64 taken = chance(random, 0.6) ? most : uniform(random, most / 2, most);
        return {{QStringLiteral("points"), (Fraction::fromInteger(taken) * rule.step).toDouble()}};
    }
    case RuleKind::Boolean:
        return {{QStringLiteral("yes"), chance(random, 0.85)}};
    case RuleKind::Choice: {
        int best = 0;
        for (int i = 1; i < rule.options.size(); ++i) {
            if (rule.options.at(best).points < rule.options.at(i).points)
                best = i;
        }
        const int pick =
            chance(random, 0.7) ? best : int(uniform(random, 0, rule.options.size() - 1));
        return {{QStringLiteral("option"), rule.options.at(pick).id}};
    }
    case RuleKind::Checklist: {
        QJsonArray checked;
        for (const RuleOption &item : rule.options) {
            if (chance(random, 0.8))
                checked.append(item.id);
        }
        return {{QStringLiteral("checked"), checked}};
    }
    case RuleKind::Ratio:
        return ratioAnswer(random);
    case RuleKind::Tiers: {
        if (rule.tierInput == TierInput::Percent)
            return ratioAnswer(random);
        // Around the thresholds: a tier's value, a little above or below it.
        const Tier &tier = rule.tiers.at(int(uniform(random, 0, rule.tiers.size() - 1)));
        return {{QStringLiteral("value"), tier.atLeast + double(uniform(random, -2, 4))}};
    }
    case RuleKind::Deduction:
        return {{QStringLiteral("count"), chance(random, 0.6) ? 0 : uniform(random, 1, 3)}};
    case RuleKind::Percent:
        return {{QStringLiteral("percent"), double(uniform(random, 6000, 10000)) / 100}};
    }
    return {};
}

Result<AnswerSet> selfAnswers(const CriteriaSet &set, Random &random)
{
    QJsonObject answers;
    for (const CriteriaNode &node : set.nodes()) {
        if (node.isLeaf() && node.rule && node.scoredBy == ScoredBy::Agency)
            answers.insert(node.id, leafAnswer(node, random));
    }
    QJsonObject bonus;
    if (set.bonus()) {
        for (const ExtraItem &item : set.bonus()->items) {
            if (chance(random, 0.2))
                bonus.insert(item.id, uniform(random, 1, 2));
        }
    }
    QJsonObject penalty;
    if (set.penalty()) {
        for (const ExtraItem &item : set.penalty()->items) {
            if (chance(random, 0.1))
                penalty.insert(item.id, 1);
        }
    }
    const QJsonObject file{{QStringLiteral("format"), QStringLiteral("parscore.answers")},
                           {QStringLiteral("formatVersion"), 1},
                           {QStringLiteral("answers"), answers},
                           {QStringLiteral("bonus"), bonus},
                           {QStringLiteral("penalty"), penalty}};
    return AnswersParser::parse(set, QJsonDocument(file).toJson(QJsonDocument::Compact),
                                Role::Agency);
}

struct Agency
{
    QString code;
    QString name;
    QString group;
};

// Even numbers are sở (departments); odd ones communes and wards in turn.
Agency agency(int number)
{
    static const QStringList departments = {QStringLiteral("Sở Nội vụ"),
                                            QStringLiteral("Sở Tài chính"),
                                            QStringLiteral("Sở Tư pháp"),
                                            QStringLiteral("Sở Xây dựng"),
                                            QStringLiteral("Sở Y tế"),
                                            QStringLiteral("Sở Giáo dục và Đào tạo"),
                                            QStringLiteral("Sở Công Thương"),
                                            QStringLiteral("Sở Nông nghiệp và Môi trường"),
                                            QStringLiteral("Sở Khoa học và Công nghệ"),
                                            QStringLiteral("Sở Văn hóa, Thể thao và Du lịch"),
                                            QStringLiteral("Sở Dân tộc và Tôn giáo"),
                                            QStringLiteral("Thanh tra tỉnh")};
    static const QStringList places = {
        QStringLiteral("Gia Viễn"), QStringLiteral("Hoa Lư"),     QStringLiteral("Yên Khánh"),
        QStringLiteral("Kim Sơn"),  QStringLiteral("Nho Quan"),   QStringLiteral("Yên Mô"),
        QStringLiteral("Tam Điệp"), QStringLiteral("Trường Yên"), QStringLiteral("Ninh Phong"),
        QStringLiteral("Đông Sơn"), QStringLiteral("Phát Diệm"),  QStringLiteral("Cúc Phương")};
    const QString serial = QStringLiteral("%1").arg(number + 1, 3, 10, QLatin1Char('0'));
    if (number % 2 == 0) {
        const int index = number / 2;
        QString name = departments.at(index % departments.size());
        if (index >= departments.size())
            name += QStringLiteral(" (%1)").arg(index / departments.size() + 1);
        return {QStringLiteral("SO-") + serial, name, QStringLiteral("so")};
    }
    const int index = number / 2;
    const bool ward = index % 2 == 1;
    QString name = (ward ? QStringLiteral("UBND phường ") : QStringLiteral("UBND xã "))
                   + places.at((index / 2) % places.size());
    if (index / 2 >= places.size())
        name += QStringLiteral(" %1").arg(index / 2 / places.size() + 1);
    return {(ward ? QStringLiteral("PH-") : QStringLiteral("XA-")) + serial, name,
            ward ? QStringLiteral("phuong") : QStringLiteral("xa")};
}

// A short report in plain text, different for every agency.
QByteArray reportText(const Agency &who, Random &random)
{
    QByteArray text =
        QStringLiteral("BÁO CÁO KẾT QUẢ CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2026\n%1 (%2)\n\n")
            .arg(who.name, who.code)
            .toUtf8();
    const qint64 lines = uniform(random, 20, 120);
    for (qint64 i = 1; i <= lines; ++i)
        text +=
            QStringLiteral("%1. Đã giải quyết %2 hồ sơ thủ tục hành chính, đúng hạn %3 hồ sơ.\n")
                .arg(i)
                .arg(uniform(random, 50, 900))
                .arg(uniform(random, 40, 50))
                .toUtf8();
    return text;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "parscore_makeparx: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes agency .parx files for merge tests"));
    parser.addHelpOption();
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Folder to write into"),
                                 QStringLiteral("DIR"));
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("Number of files"),
                                   QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the answers"),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption documentKib(QStringLiteral("document-kib"),
                                         QStringLiteral("Give every file one document of this size"),
                                         QStringLiteral("K"), QStringLiteral("0"));
    const QCommandLineOption sealedOption(QStringLiteral("sealed"), QStringLiteral("Percentage of files sealed"),
                                          QStringLiteral("PERCENT"), QStringLiteral("50"));
    parser.addOptions({out, count, seed, documentKib, sealedOption});
    parser.process(app);
    bool countOk = false;
    bool seedOk = false;
    const int files = parser.value(count).toInt(&countOk);
    const int padKib = parser.value(documentKib).toInt();
    const double sealedShare = parser.value(sealedOption).toDouble() / 100.0;
    const quint64 seedValue = parser.value(seed).toULongLong(&seedOk);
    if (!parser.isSet(out) || !countOk || files < 0 || !seedOk) {
        std::fprintf(stderr, "usage: parscore_makeparx --out DIR --count N [--seed S]\n");
        return 1;
    }
    const QString folder = parser.value(out);
    if (!QDir().mkpath(folder))
        return fail(QStringLiteral("cannot create %1").arg(folder));

    const auto departments = BuiltinCriteria::load(QStringLiteral("builtin:vn.ninhbinh.par.so"));
    const auto communes =
        BuiltinCriteria::load(QStringLiteral("builtin:vn.ninhbinh.par.xa-phuong"));
    if (!departments || !communes)
        return fail(QStringLiteral("the built-in criteria sets are missing"));
    const QTemporaryDir scratch;
    if (!scratch.isValid())
        return fail(QStringLiteral("cannot create a temporary folder"));

    FixedClock clock;
    Clock::setCurrent(&clock);
    const qint64 start = QDateTime(QDate(2026, 11, 2), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
    for (int number = 0; number < files; ++number) {
        Random random(seedValue * 0x9E3779B97F4A7C15ull + quint64(number));
        const Agency who = agency(number);
        const CriteriaSet &set = number % 2 == 0 ? departments.value() : communes.value();
        const QString author = QStringLiteral("Cán bộ %1").arg(who.code);
        const QString path = QDir(folder).filePath(who.code + QStringLiteral(".parx"));
        clock.set(start + qint64(number) * 600000);

        auto file = ParxFile::create(path);
        if (!file)
            return fail(file.error().message);
        // Generated files are made again when lost: skip the flushes to disk that make
        // a real save durable (they are most of the run time, and change no byte).
        QSqlQuery(file.value()->db()).exec(QStringLiteral("PRAGMA synchronous = OFF"));
        AssessmentStore store(*file.value());
        auto assessment = store.create(set, {who.code, who.name, who.group, set.year()}, author);
        if (!assessment)
            return fail(assessment.error().message);
        auto role = file.value()->write([](QSqlDatabase &db) {
            return ParxFile::setInfo(db, QStringLiteral("role"), QStringLiteral("agency"));
        });
        if (!role)
            return fail(role.error().message);

        clock.advance(60000);
        const auto answers = selfAnswers(set, random);
        if (!answers)
            return fail(answers.error().details.join(QStringLiteral("; ")));
        auto applied =
            store.applyAnswers(assessment.value(), set, Layer::Self, answers.value(), author);
        if (!applied)
            return fail(applied.error().message);

        if (padKib > 0 || chance(random, 0.3)) {
            clock.advance(60000);
            const QString document =
                scratch.filePath(QStringLiteral("bao-cao-cchc-%1.txt").arg(who.code));
            QFile report(document);
            QByteArray text = reportText(who, random);
            while (text.size() < qint64(padKib) * 1024) // a scanned report's weight, of its own bytes
                text += text.left(std::min<qsizetype>(text.size(), qint64(padKib) * 1024 - text.size()));
            if (!report.open(QIODevice::WriteOnly) || report.write(text) < 0)
                return fail(QStringLiteral("cannot write %1").arg(document));
            report.close();
            QStringList leaves;
            for (const CriteriaNode &node : set.nodes()) {
                if (node.isLeaf() && node.scoredBy == ScoredBy::Agency && chance(random, 0.1))
                    leaves.append(node.id);
            }
            if (leaves.isEmpty())
                leaves.append(answers.value().answers.firstKey());
            auto added =
                EvidenceStore(*file.value())
                    .add(assessment.value(), set, leaves, {document},
                         QStringLiteral("2026-10-%1").arg(uniform(random, 10, 31)), author);
            if (!added)
                return fail(added.error().message);
            QFile::remove(document);
        }

        if (chance(random, sealedShare)) {
            clock.advance(60000);
            auto sealed = Seal::seal(*file.value(), assessment.value(), author);
            if (!sealed)
                return fail(sealed.error().message);
        }
        std::printf("%s\n", qPrintable(QDir::toNativeSeparators(path)));
    }
    std::fflush(stdout);
    Clock::setCurrent(nullptr);
    return 0;
}
