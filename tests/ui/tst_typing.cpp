// What an officer types into number boxes, the Vietnamese keyboard habit included (the
// numeric keypad's "." as the decimal point, typos, negative numbers): a score is taken
// exactly as meant or refused with a message at the box, never changed silently.
#include "detailpanel.h"
#include "extraspanel.h"
#include "fixtures.h"
#include "language.h"
#include "uifixtures.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

using namespace ParScore;
using namespace ParScore::Test;

namespace {

// Selects what the box shows, types `text` over it and presses Enter, as an officer does.
void enter(QAbstractSpinBox *box, const QString &text)
{
    REQUIRE(box);
    box->selectAll();
    QTest::keyClicks(box, text);
    QTest::keyClick(box, Qt::Key_Return);
}

QString refusal(const QWidget &panel)
{
    const auto *label = panel.findChild<QLabel *>(QStringLiteral("inputRefusedLabel"));
    REQUIRE(label);
    return label->isVisibleTo(&panel) ? label->text() : QString();
}

} // namespace

TEST_CASE("A decimal typed with a point or a comma is read as the officer meant it")
{
    setLanguage(Language::Vietnamese); // where "." is the thousands separator of the locale
    QTemporaryDir dir;
    const QString path = newFile(dir);
    auto document = openDocument(path);
    DetailPanel panel(document.get());
    const CriteriaSet &set = document->set();

    SECTION("a value for tiers: 2.5 is two and a half, not 25")
    {
        const QString id = leafOfKind(set, RuleKind::Tiers, TierInput::Number);
        panel.showNode(id);
        auto *box = panel.findChild<QDoubleSpinBox *>(QStringLiteral("valueSpinBox"));
        enter(box, QStringLiteral("2.5"));
        CHECK(storedAnswer(path, id) == QStringLiteral(R"({"value":2.5})"));
        CHECK(box->text() == QStringLiteral("2,50"));
        enter(box, QStringLiteral("3,75"));
        CHECK(storedAnswer(path, id) == QStringLiteral(R"({"value":3.75})"));
        CHECK(refusal(panel).isEmpty());
    }
    SECTION("manual points: 1.5 is one and a half, not 1")
    {
        const QString id = leafOfKind(set, RuleKind::Manual);
        panel.showNode(id);
        enter(panel.findChild<QDoubleSpinBox *>(QStringLiteral("pointsSpinBox")), QStringLiteral("0.5"));
        CHECK(storedAnswer(path, id) == QStringLiteral(R"({"points":0.5})"));
    }
    setLanguage(Language::English);
}

TEST_CASE("A number the item does not take is refused at the box and the saved score stays")
{
    setLanguage(Language::Vietnamese);
    QTemporaryDir dir;
    const QString path = newFile(dir);
    auto document = openDocument(path);
    DetailPanel panel(document.get());
    const CriteriaSet &set = document->set();

    SECTION("a count of violations: negative, grouped or with decimals")
    {
        const QString id = leafOfKind(set, RuleKind::Deduction);
        panel.showNode(id);
        auto *box = panel.findChild<QSpinBox *>(QStringLiteral("countSpinBox"));
        enter(box, QStringLiteral("3"));
        REQUIRE(storedAnswer(path, id) == QStringLiteral(R"({"count":3})"));
        for (const QString &typo : {QStringLiteral("-2"), QStringLiteral("1.000"), QStringLiteral("1,5"),
                                    QStringLiteral("12345678901"), QStringLiteral("2x")}) {
            INFO(typo.toStdString());
            enter(box, typo);
            CHECK(storedAnswer(path, id) == QStringLiteral(R"({"count":3})")); // not erased, not changed
            CHECK(box->text() == QStringLiteral("3"));
            CHECK_FALSE(refusal(panel).isEmpty());
        }
        CHECK(refusal(panel).contains(QStringLiteral("2x")));
        CHECK(document->undoStack()->count() == 1);
        enter(box, QStringLiteral("4")); // a good value is taken, and the message goes
        CHECK(storedAnswer(path, id) == QStringLiteral(R"({"count":4})"));
        CHECK(refusal(panel).isEmpty());
    }
    SECTION("done out of total: a whole number only")
    {
        const QString id = leafOfKind(set, RuleKind::Ratio);
        panel.showNode(id);
        auto *done = panel.findChild<QSpinBox *>(QStringLiteral("numeratorSpinBox"));
        auto *total = panel.findChild<QSpinBox *>(QStringLiteral("denominatorSpinBox"));
        enter(total, QStringLiteral("10"));
        enter(done, QStringLiteral("9"));
        REQUIRE(storedAnswer(path, id) == QStringLiteral(R"({"denominator":10,"numerator":9})"));
        enter(total, QStringLiteral("1.000"));
        CHECK(storedAnswer(path, id) == QStringLiteral(R"({"denominator":10,"numerator":9})"));
        CHECK(refusal(panel).contains(QStringLiteral("1.000")));
        CHECK(total->text() == QStringLiteral("10"));
    }
    SECTION("manual points above the maximum or with more decimals than the box shows")
    {
        const QString id = leafOfKind(set, RuleKind::Manual);
        panel.showNode(id);
        auto *box = panel.findChild<QDoubleSpinBox *>(QStringLiteral("pointsSpinBox"));
        enter(box, QStringLiteral("0,5"));
        REQUIRE(storedAnswer(path, id) == QStringLiteral(R"({"points":0.5})"));
        enter(box, QStringLiteral("99"));
        CHECK(refusal(panel).contains(QStringLiteral("99")));
        enter(box, QStringLiteral("0.255"));
        CHECK(refusal(panel).contains(QStringLiteral("0.255")));
        enter(box, QStringLiteral("-0.5"));
        CHECK(storedAnswer(path, id) == QStringLiteral(R"({"points":0.5})"));
        CHECK(box->text() == QStringLiteral("0,50"));
    }
    SECTION("leaving the box with a typo refuses it the same way")
    {
        const QString id = leafOfKind(set, RuleKind::Deduction);
        panel.showNode(id);
        auto *box = panel.findChild<QSpinBox *>(QStringLiteral("countSpinBox"));
        enter(box, QStringLiteral("2"));
        panel.show();
        QApplication::setActiveWindow(&panel);
        REQUIRE(QTest::qWaitForWindowActive(&panel));
        box->setFocus();
        box->selectAll();
        QTest::keyClicks(box, QStringLiteral("-7"));
        panel.commitPendingEdits(); // what the window does when the officer moves on
        CHECK(storedAnswer(path, id) == QStringLiteral(R"({"count":2})"));
        CHECK(refusal(panel).contains(QStringLiteral("-7")));
    }
    setLanguage(Language::English);
}

TEST_CASE("Emptying a box takes the score back, as the dash it then shows says")
{
    QTemporaryDir dir;
    const QString path = newFile(dir);
    auto document = openDocument(path);
    DetailPanel panel(document.get());
    const QString id = leafOfKind(document->set(), RuleKind::Deduction);
    panel.showNode(id);
    auto *box = panel.findChild<QSpinBox *>(QStringLiteral("countSpinBox"));
    enter(box, QStringLiteral("2"));
    panel.showNode(id); // another visit: a new undo step
    box = panel.findChild<QSpinBox *>(QStringLiteral("countSpinBox"));
    box->selectAll();
    QTest::keyClick(box, Qt::Key_Delete);
    QTest::keyClick(box, Qt::Key_Return);
    CHECK(storedAnswer(path, id) == QStringLiteral("none"));
    CHECK(box->text() == QStringLiteral("—"));
    document->undoStack()->undo(); // and it is one undo step, like any change
    CHECK(storedAnswer(path, id) == QStringLiteral(R"({"count":2})"));
}

TEST_CASE("A bonus or penalty count is refused the same way")
{
    QTemporaryDir dir;
    const QString path = newFile(dir);
    auto document = openDocument(path);
    ExtrasPanel panel(document.get());
    panel.showSection(ExtraKind::Penalty);
    auto *box = panel.findChild<QSpinBox *>(QStringLiteral("extraCountSpinBox"));
    REQUIRE(box);
    enter(box, QStringLiteral("2"));
    const QString item = document->set().extra(ExtraKind::Penalty)->items.constFirst().id;
    REQUIRE(document->extraCount(ExtraKind::Penalty, item) == 2);
    enter(box, QStringLiteral("-1"));
    enter(box, QStringLiteral("1.5"));
    CHECK(document->extraCount(ExtraKind::Penalty, item) == 2);
    CHECK(box->text() == QStringLiteral("2"));
    CHECK(refusal(panel).contains(QStringLiteral("1.5")));
}

TEST_CASE("The arrows from an empty value start at 0 - a count of articles is never negative")
{
    QTemporaryDir dir;
    const QString path = newFile(dir);
    auto document = openDocument(path);
    DetailPanel panel(document.get());
    const QString id = leafOfKind(document->set(), RuleKind::Tiers, TierInput::Number);
    panel.showNode(id);
    auto *box = panel.findChild<QDoubleSpinBox *>(QStringLiteral("valueSpinBox"));
    REQUIRE(box->text() == QStringLiteral("—"));
    box->stepBy(1);
    CHECK(storedAnswer(path, id) == QStringLiteral(R"({"value":0})"));
    enter(box, QStringLiteral("-5"));
    CHECK(storedAnswer(path, id) == QStringLiteral(R"({"value":0})"));
    CHECK(refusal(panel).contains(QStringLiteral("negative")));
}

TEST_CASE("Typing after the dash of an empty box enters the number - the dash is not part of it")
{
    QTemporaryDir dir;
    const QString path = newFile(dir);
    auto document = openDocument(path);
    DetailPanel panel(document.get());
    const QString id = leafOfKind(document->set(), RuleKind::Deduction);
    panel.showNode(id);
    auto *box = panel.findChild<QSpinBox *>(QStringLiteral("countSpinBox"));
    REQUIRE(box->text() == QStringLiteral("—"));
    // A click puts the cursor after the dash; the officer types without selecting it.
    QTest::keyClick(box, Qt::Key_End);
    QTest::keyClicks(box, QStringLiteral("7"));
    QTest::keyClick(box, Qt::Key_Return);
    CHECK(storedAnswer(path, id) == QStringLiteral(R"({"count":7})"));
    CHECK(box->text() == QStringLiteral("7"));
    CHECK(refusal(panel).isEmpty());
}

TEST_CASE("Each typed value is its own step to undo - the arrows' quick steps are one")
{
    QTemporaryDir dir;
    const QString path = newFile(dir);
    auto document = openDocument(path);
    DetailPanel panel(document.get());
    const QString id = leafOfKind(document->set(), RuleKind::Deduction);
    panel.showNode(id);
    auto *box = panel.findChild<QSpinBox *>(QStringLiteral("countSpinBox"));
    enter(box, QStringLiteral("4"));
    enter(box, QStringLiteral("5"));
    box->selectAll();
    QTest::keyClick(box, Qt::Key_Delete);
    QTest::keyClick(box, Qt::Key_Return); // emptied: not scored
    REQUIRE(storedAnswer(path, id) == QStringLiteral("none"));
    QUndoStack *stack = document->undoStack();
    stack->undo();
    CHECK(storedAnswer(path, id) == QStringLiteral(R"({"count":5})"));
    stack->undo();
    CHECK(storedAnswer(path, id) == QStringLiteral(R"({"count":4})"));
    // Arrowing up twice in a moment is one step.
    stack->redo();
    stack->redo();
    box = panel.findChild<QSpinBox *>(QStringLiteral("countSpinBox"));
    enter(box, QStringLiteral("1"));
    const int steps = stack->count();
    box->stepBy(1);
    box->stepBy(1);
    CHECK(stack->count() == steps + 1);
    stack->undo();
    CHECK(storedAnswer(path, id) == QStringLiteral(R"({"count":1})"));
}

TEST_CASE("A refusal goes once the officer enters a number again - even the one the box kept")
{
    QTemporaryDir dir;
    const QString path = newFile(dir);
    auto document = openDocument(path);
    DetailPanel panel(document.get());
    panel.showNode(leafOfKind(document->set(), RuleKind::Deduction));
    auto *box = panel.findChild<QSpinBox *>(QStringLiteral("countSpinBox"));
    enter(box, QStringLiteral("2"));
    enter(box, QStringLiteral("abc"));
    REQUIRE_FALSE(refusal(panel).isEmpty());
    enter(box, QStringLiteral("2"));
    CHECK(refusal(panel).isEmpty());
}

TEST_CASE("Off-step points are refused at the box, quoting what was typed - one message at a time")
{
    QTemporaryDir dir;
    const QString path = newFile(dir);
    auto document = openDocument(path);
    DetailPanel panel(document.get());
    const QString id = leafOfKind(document->set(), RuleKind::Manual);
    panel.showNode(id);
    auto *box = panel.findChild<QDoubleSpinBox *>(QStringLiteral("pointsSpinBox"));
    enter(box, QStringLiteral("0,5"));
    enter(box, QStringLiteral("0.3"));
    CHECK(refusal(panel).startsWith(QStringLiteral("“0.3”: points go in steps of 0.25")));
    CHECK(box->text() == QStringLiteral("0.50"));
    enter(box, QStringLiteral("9"));
    CHECK(refusal(panel).contains(QStringLiteral("“9”")));
    CHECK_FALSE(refusal(panel).contains(QStringLiteral("0.3")));
    CHECK(storedAnswer(path, id) == QStringLiteral(R"({"points":0.5})"));
}
