#include "criteriafiltermodel.h"

#include "criteriatreemodel.h"

namespace ParScore {

CriteriaFilterModel::CriteriaFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(false);
}

void CriteriaFilterModel::setShow(Show show)
{
    m_show = show;
    invalidateFilter();
}

void CriteriaFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

QModelIndex CriteriaFilterModel::firstMatch(const QModelIndex &parent) const
{
    for (int row = 0; row < rowCount(parent); ++row) {
        const QModelIndex index = this->index(row, 0, parent);
        const QModelIndex source = mapToSource(index);
        if (filterAcceptsRow(source.row(), source.parent()))
            return index;
        if (const QModelIndex below = firstMatch(index); below.isValid())
            return below;
    }
    return {};
}

bool CriteriaFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    using Flag = CriteriaTreeModel::ItemFlag;
    const auto flag = Flag(index.data(CriteriaTreeModel::FlagRole).toInt());
    if (index.data(CriteriaTreeModel::SectionRole).isValid()) {
        // Bonus and penalty rows have no state: shown with every item, or when searched for.
        const QString title =
            sourceModel()->index(sourceRow, CriteriaTreeModel::TitleColumn, sourceParent).data().toString();
        return m_show == Show::All && (m_text.isEmpty() || title.contains(m_text, Qt::CaseInsensitive));
    }
    bool shown = true;
    switch (m_show) {
    case Show::All:
        break;
    case Show::Unanswered:
        shown = flag == Flag::Unanswered;
        break;
    case Show::NoEvidence:
        shown = flag == Flag::NoEvidence || flag == Flag::Unsupported;
        break;
    case Show::NotApplicable:
        shown = flag == Flag::NotApplicable && sourceModel()->rowCount(index) == 0;
        break;
    case Show::Requested:
        shown = index.data(CriteriaTreeModel::RequestedRole).toBool();
        break;
    }
    if (shown && !m_text.isEmpty()) {
        const QString id = index.data().toString();
        const QString title = sourceModel()->index(sourceRow, CriteriaTreeModel::TitleColumn, sourceParent).data().toString();
        shown = id.startsWith(m_text) || title.contains(m_text, Qt::CaseInsensitive);
    }
    return shown;
}

} // namespace ParScore
