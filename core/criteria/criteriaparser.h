#pragma once

#include "criteriaset.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace ParScore {

class JsonFields;
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
    void readUnitKinds(const QJsonObject &root, const JsonFields &fields);
    void readGrades(const QJsonObject &root);
    std::optional<ExtraSection> readExtraSection(const QJsonObject &root, const QString &key);
    void readExtraItem(ExtraSection &section, const QJsonValue &value, const QString &key,
                       qsizetype index);
    // Logs a problem naming the cap and returns false when a list of `count` entries under
    // `key` is longer than `cap` (the list is then not read at all).
    bool withinCap(const QString &where, const QString &key, qsizetype count, int cap);

    void readAreas(const QJsonObject &root);
    // False (reported once) past the caps on the number of nodes and their depth.
    bool nodeWithinCaps(const QString &where, int depth);
    // Returns the node's maxPoints when it is valid, so the parent can check its sum.
    std::optional<Hundredths> readNode(const QJsonValue &value, const QString &path, int parent,
                                       int depth);
    void readNodeId(CriteriaNode &node, const QJsonValue &idValue, const JsonFields &fields);
    std::optional<Hundredths> readNodeTexts(CriteriaNode &node, const JsonFields &fields);
    // scoredBy, notApplicable and the rule (of a leaf; a parent has none).
    void readLeafProperties(CriteriaNode &node, const QJsonObject &object, bool isParent,
                            std::optional<Hundredths> maxPoints, const QString &where);
    // Reads the children and checks that their maxima add up to the parent's.
    std::optional<Hundredths> readChildren(const QJsonArray &childArray, const QString &path,
                                           int parent, int depth,
                                           std::optional<Hundredths> maxPoints,
                                           const QString &where);
    std::optional<Rule> readRule(const QJsonValue &value, const QString &where,
                                 std::optional<Hundredths> maxPoints);
    void readRuleFields(Rule &rule, const QJsonObject &object, const JsonFields &fields,
                        const QString &where, std::optional<Hundredths> maxPoints);
    void readOption(Rule &rule, const QJsonValue &value, const QString &itemWhere,
                    std::optional<Hundredths> maxPoints);
    // Returns false when the tier is left out (its problem is logged).
    bool readTier(Tier &tier, TierInput input, const QJsonObject &object,
                  const QString &tierWhere, std::optional<Hundredths> maxPoints);
    void readOptions(Rule &rule, const QJsonObject &ruleObject, const QString &key,
                     const QString &where, std::optional<Hundredths> maxPoints);
    void readTiers(Rule &rule, const QJsonObject &ruleObject, const QString &where,
                   std::optional<Hundredths> maxPoints);
    void finish();

    ProblemLog &m_log;
    CriteriaSet m_set;
    bool m_tooManyNodes = false;
    bool m_tooDeep = false;
};

QString nodeLabel(const QString &nodeId); // "node 1.1.2", translated

} // namespace ParScore
