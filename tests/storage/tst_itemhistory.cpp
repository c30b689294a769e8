// The history of one item: who changed its answers and notes, when, old → new, in every layer.
#include "fixtures.h"
#include "itemhistory.h"
#include "storagefixtures.h"

#include <QTemporaryDir>

using namespace ParScore;
using namespace ParScore::Test;

namespace {

Answer ratio(qint64 numerator, qint64 denominator)
{
    Answer answer;
    answer.numerator = numerator;
    answer.denominator = denominator;
    return answer;
}

Answer yes(bool value)
{
    Answer answer;
    answer.yes = value;
    return answer;
}

QList<ItemChange> historyOf(ParxFile &file, const QString &item)
{
    const auto changes = ItemHistory::read(file, onlyAssessment(file), smallSet(), item);
    if (!changes)
        FAIL(changes.error().message.toStdString());
    return changes.value();
}

} // namespace

TEST_CASE("item history: every change of an item's answer and note, oldest first, readable")
{
    ManualClock clock;
    QTemporaryDir dir;
    auto file = newAgencyFile(dir.filePath(QStringLiteral("snv.parx")));
    const CriteriaSet set = smallSet();
    const AssessmentInfo info = onlyAssessment(*file);
    AssessmentStore store(*file);
    const qint64 start = clock.now().toMSecsSinceEpoch();
    REQUIRE(store
                .setAnswer(info, set, Layer::Self, QStringLiteral("1.2"), ratio(9, 10),
                           QStringLiteral("Lan"))
                .ok());
    clock.advance();
    REQUIRE(store
                .setAnswer(info, set, Layer::Self, QStringLiteral("1.1"), yes(true),
                           QStringLiteral("Lan"))
                .ok());
    clock.advance();
    REQUIRE(store
                .setAnswer(info, set, Layer::Self, QStringLiteral("1.2"), ratio(10, 10),
                           QStringLiteral("Minh"))
                .ok());
    clock.advance();
    REQUIRE(store
                .setNote(info, Layer::Self, set, QStringLiteral("1.2"),
                         QStringLiteral("Kế hoạch số 12"), QStringLiteral("Minh"))
                .ok());
    clock.advance();
    REQUIRE(store
                .setAnswer(info, set, Layer::Self, QStringLiteral("1.2"), std::nullopt,
                           QStringLiteral("Lan"))
                .ok());

    const QList<ItemChange> changes = historyOf(*file, QStringLiteral("1.2"));
    REQUIRE(changes.size() == 4); // 1.1's change is not 1.2's history
    CHECK(changes[0].at == start);
    CHECK(changes[0].author == QStringLiteral("Lan"));
    CHECK(changes[0].layer == QStringLiteral("self"));
    CHECK(changes[0].action == QStringLiteral("answer"));
    CHECK(changes[0].kind == ItemChange::Kind::Answer);
    CHECK(changes[0].oldText.isEmpty());
    CHECK(changes[0].newText == QStringLiteral("9/10"));
    CHECK(changes[0].newValue == QStringLiteral(R"({"denominator":10,"numerator":9})"));
    CHECK(changes[1].at == start + 2000);
    CHECK(changes[1].author == QStringLiteral("Minh"));
    CHECK(changes[1].oldText == QStringLiteral("9/10"));
    CHECK(changes[1].newText == QStringLiteral("10/10"));
    CHECK(changes[2].kind == ItemChange::Kind::Note);
    CHECK(changes[2].action == QStringLiteral("note"));
    CHECK(changes[2].oldText.isEmpty());
    CHECK(changes[2].newText == QStringLiteral("Kế hoạch số 12"));
    CHECK(changes[3].oldText == QStringLiteral("10/10"));
    CHECK(changes[3].newText.isEmpty()); // cleared
}

TEST_CASE("item history: the appraisal layers, bonus items, values no rule takes, unknown items")
{
    ManualClock clock;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("province.parx"));
    auto file = newAgencyFile(path, QStringLiteral("SNV"), 2025, QStringLiteral("inspector"));
    const CriteriaSet set = smallSet();
    const AssessmentInfo info = onlyAssessment(*file);
    AssessmentStore store(*file);
    REQUIRE(store
                .setAnswer(info, set, Layer::Self, QStringLiteral("1.1"), yes(true),
                           QStringLiteral("Lan"))
                .ok());
    clock.advance();
    REQUIRE(store
                .setAnswer(info, set, Layer::Appraisal1, QStringLiteral("1.1"), yes(false),
                           QStringLiteral("Hà"))
                .ok());
    clock.advance();
    REQUIRE(store
                .setExtraCount(info, set, Layer::Appraisal2, ExtraKind::Bonus, QStringLiteral("B1"),
                               2, QStringLiteral("Hà"))
                .ok());

    const QList<ItemChange> changes = historyOf(*file, QStringLiteral("1.1"));
    REQUIRE(changes.size() == 2);
    CHECK(changes[0].layer == QStringLiteral("self"));
    CHECK(changes[0].newText == QStringLiteral("Yes"));
    CHECK(changes[1].layer == QStringLiteral("appraisal1"));
    CHECK(changes[1].author == QStringLiteral("Hà"));
    CHECK(changes[1].oldText.isEmpty()); // the round had no answer before
    CHECK(changes[1].newText == QStringLiteral("No"));

    const QList<ItemChange> bonus = historyOf(*file, QStringLiteral("bonus:B1"));
    REQUIRE(bonus.size() == 1);
    CHECK(bonus[0].layer == QStringLiteral("appraisal2"));
    CHECK(bonus[0].newText == QStringLiteral("×2"));

    // A log written by another program: its value is shown as logged, never dropped.
    file.reset();
    tamper(
        path,
        QStringLiteral(
            "UPDATE change_log SET old_value = '{\"yes\":\"maybe\"}' WHERE layer = 'appraisal1'"));
    auto reopened = ParxFile::open(path, ParxFile::Mode::ReadOnly);
    REQUIRE(reopened.ok());
    CHECK(historyOf(*reopened.value(), QStringLiteral("1.1"))[1].oldText
          == QStringLiteral(R"({"yes":"maybe"})"));

    const auto unknown = ItemHistory::read(*reopened.value(), info, set, QStringLiteral("9.9"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().kind == ErrorKind::Invalid);
    CHECK(unknown.error().message.contains(QStringLiteral("9.9")));
    CHECK_FALSE(ItemHistory::read(*reopened.value(), info, set, QStringLiteral("penalty:P1")).ok());
}
