#include "criteriaset.h"

#include <QCoreApplication>

#include <algorithm>

namespace ParScore {

const RuleOption *Rule::option(const QString &id) const
{
    const auto it = std::find_if(options.cbegin(), options.cend(),
                                 [&id](const RuleOption &o) { return o.id == id; });
    return it == options.cend() ? nullptr : &*it;
}

const ExtraItem *ExtraSection::item(const QString &id) const
{
    const auto it = std::find_if(items.cbegin(), items.cend(),
                                 [&id](const ExtraItem &i) { return i.id == id; });
    return it == items.cend() ? nullptr : &*it;
}

const CriteriaNode *CriteriaSet::node(const QString &nodeId) const
{
    const int index = indexOf(nodeId);
    return index < 0 ? nullptr : &m_nodes[index];
}

int CriteriaSet::leafCount() const
{
    return int(std::count_if(m_nodes.cbegin(), m_nodes.cend(),
                             [](const CriteriaNode &n) { return n.isLeaf(); }));
}

QString statusKey(SetStatus status)
{
    switch (status) {
    case SetStatus::Official:
        return QStringLiteral("official");
    case SetStatus::Draft:
        return QStringLiteral("draft");
    case SetStatus::Illustrative:
        return QStringLiteral("illustrative");
    }
    return {};
}

QString statusName(SetStatus status)
{
    switch (status) {
    case SetStatus::Official:
        return QCoreApplication::translate("ParScore::Status", "official");
    case SetStatus::Draft:
        return QCoreApplication::translate("ParScore::Status", "draft set");
    case SetStatus::Illustrative:
        return QCoreApplication::translate("ParScore::Status", "illustrative");
    }
    return {};
}

QString ruleKindKey(RuleKind kind)
{
    switch (kind) {
    case RuleKind::Manual:
        return QStringLiteral("manual");
    case RuleKind::Boolean:
        return QStringLiteral("boolean");
    case RuleKind::Choice:
        return QStringLiteral("choice");
    case RuleKind::Checklist:
        return QStringLiteral("checklist");
    case RuleKind::Ratio:
        return QStringLiteral("ratio");
    case RuleKind::Tiers:
        return QStringLiteral("tiers");
    case RuleKind::Deduction:
        return QStringLiteral("deduction");
    case RuleKind::Percent:
        return QStringLiteral("percent");
    }
    return {};
}

} // namespace ParScore
