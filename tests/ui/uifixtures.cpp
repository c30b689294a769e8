#include "uifixtures.h"

#include "answerjson.h"
#include "assessmentstore.h"
#include "builtincriteria.h"

#include <catch2/catch.hpp>

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

} // namespace ParScore::Test
