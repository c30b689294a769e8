#include "uifixtures.h"

#include "answerjson.h"
#include "answersparser.h"
#include "assessmentstore.h"
#include "builtincriteria.h"

#include <QAction>
#include <QApplication>
#include <QDropEvent>
#include <QFile>
#include <QKeyEvent>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QTest>
#include <QUrl>

namespace ParScore::Test {

QString newFile(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("stp.parx"));
    auto file = ParxFile::create(path);
    REQUIRE(file.ok());
    const auto set = BuiltinCriteria::load(QStringLiteral("builtin:vn.ninhbinh.par.so"));
    REQUIRE(set.ok());
    REQUIRE(AssessmentStore(*file.value())
                .create(set.value(), {QStringLiteral("STP"), QStringLiteral("Sở Tư pháp"), QStringLiteral("so"), 2026},
                        QStringLiteral("test"))
                .ok());
    return path;
}

void answerDemo(AssessmentDocument &document)
{
    QFile demo(QStringLiteral(PARSCORE_RESOURCES_DIR "/demo/so-2026-self.json"));
    REQUIRE(demo.open(QIODevice::ReadOnly));
    const auto answers = AnswersParser::parse(document.set(), demo.readAll(), Role::Agency);
    REQUIRE(answers.ok());
    for (auto it = answers.value().answers.cbegin(); it != answers.value().answers.cend(); ++it) {
        REQUIRE(document.setAnswer(it.key(), it.value()));
        REQUIRE(document.setNote(it.key(), QStringLiteral("Có báo cáo kèm theo")));
    }
}

std::unique_ptr<AssessmentDocument> openDocument(const QString &path)
{
    auto document = AssessmentDocument::open(path, QStringLiteral("Cán bộ A"));
    REQUIRE(document.ok());
    return std::move(document).value();
}

std::unique_ptr<AssessmentDocument> readDocument(const QString &path)
{
    auto document = AssessmentDocument::open(path, QStringLiteral("Cán bộ A"), AssessmentDocument::Access::ReadOnly);
    REQUIRE(document.ok());
    return std::move(document).value();
}

QString storedAnswer(const QString &path, const QString &nodeId)
{
    auto document = readDocument(path);
    const auto it = document->answers().answers.constFind(nodeId);
    if (it == document->answers().answers.cend())
        return QStringLiteral("none");
    return QString::fromUtf8(answerToCompactJson(*document->set().node(nodeId), *it));
}

QString leafOfKind(const CriteriaSet &set, RuleKind kind, TierInput input)
{
    for (const CriteriaNode &node : set.nodes()) {
        if (node.isLeaf() && node.scoredBy == ScoredBy::Agency && node.rule->kind == kind
            && (kind != RuleKind::Tiers || node.rule->tierInput == input))
            return node.id;
    }
    FAIL("no leaf of that kind");
    return {};
}

QAction *actionNamed(QWidget *window, const QString &text)
{
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->text().remove(u'&') == text)
            return action;
    }
    QStringList texts;
    for (QAction *action : window->findChildren<QAction *>())
        texts.append(action->text());
    FAIL("no action " << text.toStdString() << " among " << texts.join(u'|').toStdString());
    return nullptr;
}

QString summary(const OfficerWindow &window)
{
    return window.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text();
}

QPlainTextEdit *noteBox(const OfficerWindow &window)
{
    return input<QPlainTextEdit>(window, "notePlainTextEdit");
}

bool dropFiles(QWidget *target, const QStringList &files)
{
    QMimeData data;
    QList<QUrl> urls;
    for (const QString &name : files)
        urls.append(QUrl::fromLocalFile(name));
    data.setUrls(urls);
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return true;
}

void activate(QWidget &window)
{
    window.resize(1280, 800);
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

void type(const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(QApplication::focusWidget(), &press);
        QApplication::sendEvent(QApplication::focusWidget(), &release);
    }
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : QApplication::activeWindow();
    QTest::keyClick(target, key, modifiers);
}

} // namespace ParScore::Test
