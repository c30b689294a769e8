#pragma once

#include "criteriaset.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ParScore {

class ProblemLog;

// Reads and validates a criteria set (criteria-format.md §1). A set that breaks any rule
// is refused whole, with every problem listed and naming the node it concerns.
class CriteriaParser
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::CriteriaParser)

public:
    static Result<CriteriaSet> parse(const QByteArray &bytes);
    static Result<CriteriaSet> parseFile(const QString &path);

private:
    explicit CriteriaParser(ProblemLog &log)
        : m_log(log)
    {}

    void readHeader(const QJsonObject &root);
    void readGrades(const QJsonObject &root);
    std::optional<ExtraSection> readExtraSection(const QJsonObject &root, const QString &key);
    // Returns the node's maxPoints when it is valid, so the parent can check its sum.
    std::optional<Hundredths> readNode(const QJsonValue &value, const QString &path, int parent,
                                       int depth);
    std::optional<Rule> readRule(const QJsonValue &value, const QString &where,
                                 std::optional<Hundredths> maxPoints);
    void readOptions(Rule &rule, const QJsonObject &ruleObject, const QString &key,
                     const QString &where, std::optional<Hundredths> maxPoints);
    void readTiers(Rule &rule, const QJsonObject &ruleObject, const QString &where,
                   std::optional<Hundredths> maxPoints);
    void finish();

    ProblemLog &m_log;
    CriteriaSet m_set;
};

QString nodeLabel(const QString &nodeId); // "node 1.1.2", translated

} // namespace ParScore
