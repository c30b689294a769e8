// Crash safety of .parx files (design.md "The .parx file"): a writer killed with SIGKILL
// at any moment leaves the old or the new content, a copy taken between transactions is
// complete, and a second writer is turned away cleanly while the first commits.
#include "answerjson.h"
#include "assessmentstore.h"
#include "builtincriteria.h"
#include "evidencestore.h"
#include "fixtures.h"
#include "parxfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <iostream>
#include <map>
#include <random>

using namespace ParScore;

// Defined in crashwriter.cpp, which is compiled into this binary without its main().
namespace ParScore::CrashWriter {
Result<AnswerSet> roundAnswers(const CriteriaSet &set, int round);
bool roundAddsEvidence(int round);
QString evidenceName(int round);
QByteArray evidenceBytes(int round);
} // namespace ParScore::CrashWriter

namespace {

const QString soSpec = QStringLiteral("builtin:vn.ninhbinh.par.so");
constexpr int deadlineMs = 30000; // a hung child fails the test instead of hanging it

CriteriaSet soSet()
{
    auto set = BuiltinCriteria::load(soSpec);
    REQUIRE(set.ok());
    return std::move(set).value();
}

// A new agency file holding one draft assessment of the built-in set for sở.
void createFile(const QString &path)
{
    auto file = ParxFile::create(path);
    REQUIRE(file.ok());
    AssessmentStore store(*file.value());
    const auto created = store.create(
        soSet(), {QStringLiteral("SNV"), QStringLiteral("Sở Nội vụ"), QStringLiteral("so"), 2026},
        QStringLiteral("Cán bộ A"));
    REQUIRE(created.ok());
    REQUIRE(file.value()
                ->write([](QSqlDatabase &db) {
                    return ParxFile::setInfo(db, QStringLiteral("role"), QStringLiteral("agency"));
                })
                .ok());
}

QByteArray layerText(const CriteriaSet &set, const AnswerSet &answers)
{
    return QJsonDocument(answerSetToJson(set, answers)).toJson(QJsonDocument::Compact);
}

QByteArray roundText(const CriteriaSet &set, int round)
{
    const auto answers = CrashWriter::roundAnswers(set, round);
    REQUIRE(answers.ok());
    return layerText(set, answers.value());
}

QString queryText(ParxFile &file, const QString &sql)
{
    QSqlQuery query(file.db());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toString();
}

// Every file in `directory`, hidden ones included (journals, temporary files).
QStringList filesIn(const QString &directory)
{
    return QDir(directory).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

// A journal SQLite must roll back: it starts with the journal magic, written only once
// the journal is complete and the database file is about to change.
bool isHotJournal(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.read(8) == QByteArray::fromHex("d9d505f920a163d7");
}

// The stored answers and, for each item, the newest value the change log recorded for
// it: written in one transaction, so they must agree after any crash.
void requireLogMatchesAnswers(ParxFile &file)
{
    std::map<QString, QString> stored;
    QSqlQuery answers(file.db());
    REQUIRE(answers.exec(
        QStringLiteral("SELECT kind, item, answer FROM answers WHERE layer = 'self'")));
    while (answers.next()) {
        const QString kind = answers.value(0).toString();
        const QString item = answers.value(1).toString();
        stored[kind == QLatin1String("node") ? item : kind + u':' + item] =
            answers.value(2).toString();
    }
    std::map<QString, QString> logged;
    QSqlQuery log(file.db());
    REQUIRE(log.exec(QStringLiteral(
        "SELECT item, new_value FROM change_log WHERE action = 'answer' AND layer = 'self' "
        "ORDER BY rowid")));
    while (log.next())
        logged[log.value(0).toString()] = log.value(1).toString();
    CHECK(stored == logged);
}

// One run of parscore_crashwriter, read line by line as it reports committed rounds.
class Writer
{
public:
    Writer(const QString &parx, const QString &scratch, const QStringList &arguments)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TMPDIR"), scratch);
        m_process.setProcessEnvironment(environment);
        m_process.start(QStringLiteral(PARSCORE_CRASHWRITER_PATH), QStringList{parx} + arguments);
        m_clock.start();
    }
    ~Writer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;

    QProcess &process() { return m_process; }
    const QStringList &lines() const { return m_lines; }
    // Milliseconds between the first and the last line seen, per round: the pace of a round.
    double msPerRound() const
    {
        return m_lineTimes.size() < 2 ? 20.0
                                      : double(m_lineTimes.last() - m_lineTimes.first())
                                            / double(m_lineTimes.size() - 1);
    }

    // Waits on the pipe (no timed sleeps) until the writer has printed `count` lines.
    bool waitForLines(int count)
    {
        while (m_lines.size() < count) {
            readLines();
            if (m_lines.size() >= count)
                break;
            if (m_clock.elapsed() > deadlineMs || !m_process.waitForReadyRead(deadlineMs)) {
                readLines();
                if (m_lines.size() >= count)
                    break;
                UNSCOPED_INFO("writer stderr: " << m_process.readAllStandardError().toStdString());
                return false;
            }
        }
        return true;
    }

    // SIGKILL, then every line the writer managed to print before it died.
    void kill()
    {
        m_process.kill();
        REQUIRE(m_process.waitForFinished(deadlineMs));
        readLines();
    }

private:
    void readLines()
    {
        m_buffer += m_process.readAllStandardOutput();
        qsizetype end;
        while ((end = m_buffer.indexOf('\n')) >= 0) {
            m_lines.append(QString::fromUtf8(m_buffer.left(end)));
            m_lineTimes.append(m_clock.elapsed());
            m_buffer.remove(0, end + 1);
        }
    }

    QProcess m_process;
    QElapsedTimer m_clock;
    QByteArray m_buffer;
    QStringList m_lines;
    QList<qint64> m_lineTimes;
};

} // namespace

TEST_CASE("A writer killed at any moment leaves the old or the new content, never a mix", "[crash]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("files"));
    const QString scratch = dir.filePath(QStringLiteral("scratch"));
    REQUIRE(QDir().mkpath(folder));
    REQUIRE(QDir().mkpath(scratch));
    const QString path = folder + QStringLiteral("/crash.parx");
    const QString journal = path + QStringLiteral("-journal");
    createFile(path);
    const CriteriaSet set = soSet();

    std::mt19937 random(20260101);
    int documents = 0;     // evidence documents the file holds
    int keptOld = 0;       // kills that lost the round in progress
    int keptNew = 0;       // kills after the round in progress had committed
    int journalsLeft = 0;  // kills in the middle of a transaction
    int staleJournals = 0; // … of which before its commit had begun
    constexpr int kills = 15;
    for (int run = 0; run < kills; ++run) {
        const int first = 1 + 1000 * run; // every run writes rounds no other run wrote
        const int wanted = 1 + int(random() % 5);
        INFO("run " << run << ", killed after at least " << wanted << " rounds");

        Writer writer(path, scratch, {QStringLiteral("100000"), QString::number(first)});
        REQUIRE(writer.waitForLines(wanted));
        // A pseudo-random point inside the round that follows, not always its start.
        const double jitterMs = writer.msPerRound() * double(random() % 1000) / 800.0;
        QThread::usleep(static_cast<unsigned long>(jitterMs * 1000));
        writer.kill();
        CHECK(writer.process().exitStatus() == QProcess::CrashExit);

        int last = first - 1;
        for (const QString &line : writer.lines()) {
            REQUIRE(line.toInt() == last + 1); // rounds are reported in order, none skipped
            last = line.toInt();
        }
        REQUIRE(last >= first + wanted - 1);
        INFO("last round reported: " << last);

        // Nothing beside the file but, at most, the journal SQLite rolls back on opening.
        const QStringList left = filesIn(folder);
        const bool journalLeft = left.contains(QStringLiteral("crash.parx-journal"));
        journalsLeft += journalLeft ? 1 : 0;
        CHECK(left
              == (journalLeft ? QStringList{QStringLiteral("crash.parx"),
                                            QStringLiteral("crash.parx-journal")}
                              : QStringList{QStringLiteral("crash.parx")}));

        int before = documents;
        for (int round = first; round <= last; ++round)
            before += CrashWriter::roundAddsEvidence(round) ? 1 : 0;
        const int after = before + (CrashWriter::roundAddsEvidence(last + 1) ? 1 : 0);
        {
            // Half the time the first program to open the file after the crash only reads.
            auto file = ParxFile::open(path, run % 2 == 0 ? ParxFile::Mode::ReadWrite
                                                          : ParxFile::Mode::ReadOnly);
            if (!file)
                FAIL(file.error().message.toStdString());
            // A hot journal has been rolled back and removed. One SQLite never made hot
            // (the writer died before its commit began) may stay until the next write.
            if (QFile::exists(journal)) {
                CHECK_FALSE(isHotJournal(journal));
                ++staleJournals;
            }
            CHECK(queryText(*file.value(), QStringLiteral("PRAGMA integrity_check"))
                  == QStringLiteral("ok"));

            AssessmentStore store(*file.value());
            const auto assessment = store.find(QString());
            REQUIRE(assessment.ok());
            const auto answers = store.answers(assessment.value(), set, Layer::Self);
            if (!answers)
                FAIL(answers.error().message.toStdString());
            const QByteArray stored = layerText(set, answers.value());
            const bool isOld = stored == roundText(set, last);
            const bool isNew = stored == roundText(set, last + 1);
            CHECK((isOld || isNew));
            keptOld += isOld ? 1 : 0;
            keptNew += isNew ? 1 : 0;
            requireLogMatchesAnswers(*file.value());

            // A round embeds its document before it writes its answers.
            EvidenceStore evidence(*file.value());
            const auto listed = evidence.list();
            REQUIRE(listed.ok());
            const int count = int(listed.value().size());
            if (isNew)
                CHECK(count == after);
            else
                CHECK((count == before || count == after));
            for (const EvidenceInfo &info : listed.value()) {
                if (info.name.startsWith(QStringLiteral("bang-chung-vong-"))
                    && info.size != 2 * 1024 * 1024)
                    FAIL("document " << info.name.toStdString() << " has " << info.size
                                     << " bytes");
            }
            // The documents this run added read back whole.
            for (int round = first; round <= last + 1; ++round) {
                if (!CrashWriter::roundAddsEvidence(round))
                    continue;
                const QString name = CrashWriter::evidenceName(round);
                const auto found =
                    std::find_if(listed.value().cbegin(), listed.value().cend(),
                                 [&](const EvidenceInfo &info) { return info.name == name; });
                if (found == listed.value().cend()) {
                    CHECK(round == last + 1); // only the round in progress may lack its document
                    continue;
                }
                const auto bytes = evidence.content(found->sha256);
                REQUIRE(bytes.ok());
                CHECK(bytes.value() == CrashWriter::evidenceBytes(round));
            }
            documents = count;
        }
        {
            auto file = ParxFile::open(path, ParxFile::Mode::ReadWrite);
            REQUIRE(file.ok());
            REQUIRE(file.value()
                        ->write([run](QSqlDatabase &db) {
                            return ParxFile::setInfo(db, QStringLiteral("checked-run"),
                                                     QString::number(run));
                        })
                        .ok());
            CHECK_FALSE(QFile::exists(journal));
        }
        CHECK(filesIn(folder) == QStringList{QStringLiteral("crash.parx")});
    }
    std::cout << "crash test: " << kills << " kills, " << keptOld
              << " kept the last reported round, " << keptNew << " kept the round in progress, "
              << journalsLeft << " left a journal, " << staleJournals << " of them never hot"
              << std::endl;
    CHECK(keptOld + keptNew == kills);
}

TEST_CASE("A copy taken while another program holds the file open between transactions is complete",
          "[crash]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString scratch = dir.filePath(QStringLiteral("scratch"));
    REQUIRE(QDir().mkpath(scratch));
    const QString path = dir.filePath(QStringLiteral("open.parx"));
    const QString copy = dir.filePath(QStringLiteral("copy.parx"));
    createFile(path);
    const CriteriaSet set = soSet();

    constexpr int rounds = 4; // round 3 embeds a document
    Writer writer(path, scratch,
                  {QString::number(rounds), QStringLiteral("1"), QStringLiteral("--hold")});
    REQUIRE(writer.waitForLines(rounds + 1));
    REQUIRE(writer.lines().constLast() == QStringLiteral("holding"));
    REQUIRE(writer.process().state() == QProcess::Running);

    // Only the database itself is copied, as a mail client or a file manager would.
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-journal")));
    REQUIRE(QFile::copy(path, copy));
    {
        auto file = ParxFile::open(copy, ParxFile::Mode::ReadOnly);
        if (!file)
            FAIL(file.error().message.toStdString());
        CHECK(queryText(*file.value(), QStringLiteral("PRAGMA integrity_check"))
              == QStringLiteral("ok"));
        AssessmentStore store(*file.value());
        const auto assessment = store.find(QString());
        REQUIRE(assessment.ok());
        const auto answers = store.answers(assessment.value(), set, Layer::Self);
        REQUIRE(answers.ok());
        CHECK(layerText(set, answers.value()) == roundText(set, rounds));
        EvidenceStore evidence(*file.value());
        const auto listed = evidence.list();
        REQUIRE(listed.ok());
        REQUIRE(listed.value().size() == 1);
        CHECK(listed.value().constFirst().name == CrashWriter::evidenceName(3));
        const auto bytes = evidence.content(listed.value().constFirst().sha256);
        REQUIRE(bytes.ok());
        CHECK(bytes.value() == CrashWriter::evidenceBytes(3));
    }
    {
        auto file = ParxFile::open(copy, ParxFile::Mode::ReadWrite);
        REQUIRE(file.ok());
        CHECK(queryText(*file.value(), QStringLiteral("PRAGMA integrity_check"))
              == QStringLiteral("ok"));
    }

    writer.process().closeWriteChannel();
    REQUIRE(writer.process().waitForFinished(deadlineMs));
    CHECK(writer.process().exitStatus() == QProcess::NormalExit);
    CHECK(writer.process().exitCode() == 0);
}

TEST_CASE(
    "A second writer is told the file is being changed, the first commits, and nothing is lost",
    "[crash]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("busy.parx"));
    createFile(path);
    const CriteriaSet set = soSet();
    const auto firstAnswers = CrashWriter::roundAnswers(set, 1);
    const auto secondAnswers = CrashWriter::roundAnswers(set, 2);
    REQUIRE(firstAnswers.ok());
    REQUIRE(secondAnswers.ok());

    auto first = ParxFile::open(path, ParxFile::Mode::ReadWrite);
    REQUIRE(first.ok());
    AssessmentStore firstStore(*first.value());
    const auto assessment = firstStore.find(QString());
    REQUIRE(assessment.ok());
    REQUIRE(firstStore
                .applyAnswers(assessment.value(), set, Layer::Self, firstAnswers.value(),
                              QStringLiteral("first"))
                .ok());

    std::unique_ptr<ParxFile> second;
    QElapsedTimer waited;
    const auto committed = first.value()->write([&](QSqlDatabase &db) -> Result<bool> {
        auto noted = ParxFile::setInfo(db, QStringLiteral("note"),
                                       QStringLiteral("written by the first writer"));
        if (!noted)
            return noted;
        // A second writer opens the file and tries while the first holds its transaction.
        auto opened = ParxFile::open(path, ParxFile::Mode::ReadWrite);
        REQUIRE(opened.ok());
        second = std::move(opened).value();
        waited.start();
        const auto refused = AssessmentStore(*second).applyAnswers(
            assessment.value(), set, Layer::Self, secondAnswers.value(), QStringLiteral("second"));
        const qint64 elapsed = waited.elapsed();
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == ErrorKind::Unreadable);
        CHECK(refused.error().message.contains(
            QStringLiteral("is being changed by another program")));
        CHECK(refused.error().message.contains(path));
        CHECK(elapsed < 15000); // reported, not waited for forever

        // A third program that opens the file now still reads the last committed content.
        auto reader = ParxFile::open(path, ParxFile::Mode::ReadOnly);
        REQUIRE(reader.ok());
        CHECK(reader.value()->info(QStringLiteral("note")).isEmpty());
        return Result<bool>(true);
    });
    REQUIRE(committed.ok());
    CHECK(first.value()->info(QStringLiteral("note"))
          == QStringLiteral("written by the first writer"));

    // The refused attempt left nothing behind; once the file is free, the second writer's
    // retry goes through.
    const auto unchanged = firstStore.answers(assessment.value(), set, Layer::Self);
    REQUIRE(unchanged.ok());
    CHECK(layerText(set, unchanged.value()) == layerText(set, firstAnswers.value()));
    const auto retried = AssessmentStore(*second).applyAnswers(
        assessment.value(), set, Layer::Self, secondAnswers.value(), QStringLiteral("second"));
    REQUIRE(retried.ok());
    CHECK(retried.value() > 0);

    first.value().reset();
    second.reset();
    auto reopened = ParxFile::open(path, ParxFile::Mode::ReadWrite);
    REQUIRE(reopened.ok());
    CHECK(reopened.value()->info(QStringLiteral("note"))
          == QStringLiteral("written by the first writer"));
    AssessmentStore store(*reopened.value());
    const auto answers = store.answers(assessment.value(), set, Layer::Self);
    REQUIRE(answers.ok());
    CHECK(layerText(set, answers.value()) == layerText(set, secondAnswers.value()));
    requireLogMatchesAnswers(*reopened.value());
    const auto log = store.log(assessment.value().uuid);
    REQUIRE(log.ok());
    int byFirst = 0;
    int bySecond = 0;
    for (const LogEntry &entry : log.value()) {
        byFirst += entry.author == QLatin1String("first") ? 1 : 0;
        bySecond += entry.author == QLatin1String("second") ? 1 : 0;
    }
    CHECK(byFirst > 0);
    CHECK(bySecond == retried.value());
    CHECK(filesIn(dir.path()) == QStringList{QStringLiteral("busy.parx")});
}
