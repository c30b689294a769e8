#include "criteriaset.h"

#include <QCoreApplication>

#include <algorithm>

namespace ParScore {

const RuleOption *Rule::option(const QString &id) const
{
    const qsizetype index = m_optionIndex.value(id, -1);
    return index < 0 ? nullptr : &options[index];
}

void Rule::addOption(const RuleOption &option)
{
    m_optionIndex.insert(option.id, options.size());
    options.append(option);
}

void Rule::reserveOptions(qsizetype count)
{
    options.reserve(count);
    m_optionIndex.reserve(count);
}

const ExtraItem *ExtraSection::item(const QString &id) const
{
    const qsizetype index = m_itemIndex.value(id, -1);
    return index < 0 ? nullptr : &items[index];
}

void ExtraSection::addItem(const ExtraItem &item)
{
    m_itemIndex.insert(item.id, items.size());
    items.append(item);
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

void ExtraSection::reserveItems(qsizetype count)
{
    items.reserve(count);
    m_itemIndex.reserve(count);
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
