#include "overviewfilter.h"

#include "overviewmodel.h"
#include "searchtext.h"

namespace ParScore {

OverviewFilter::OverviewFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(OverviewModel::SortRole);
    setSortLocaleAware(true); // Vietnamese names in the language's order
}

void OverviewFilter::setGroup(const QString &group)
{
    m_group = group;
    invalidateFilter();
}

void OverviewFilter::setState(std::optional<int> state)
{
    m_state = state;
    invalidateFilter();
}

void OverviewFilter::setSearch(const QString &text)
{
    m_search = searchFolded(text.trimmed());
    invalidateFilter();
}

QVariant OverviewFilter::data(const QModelIndex &index, int role) const
{
    if (index.column() == OverviewModel::NumberColumn && role == Qt::DisplayRole)
        return index.row() + 1;
    if (index.column() == OverviewModel::NumberColumn && role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return QSortFilterProxyModel::data(index, role);
}

bool OverviewFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_group.isEmpty() && index.data(OverviewModel::GroupRole).toString() != m_group)
        return false;
    if (m_state && index.data(OverviewModel::StateRole).toInt() != *m_state)
        return false;
    return m_search.isEmpty() || searchFolded(index.data(OverviewModel::SearchRole).toString()).contains(m_search);
}

} // namespace ParScore
