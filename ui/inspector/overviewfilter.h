#pragma once

#include <QSortFilterProxyModel>

#include <optional>

namespace ParScore {

// The overview as the inspector narrows it: one group, one state (not submitted, or an
// assessment status), and a search on code and name that ignores case and Vietnamese marks.
// Sorts on numbers, not on their text; numbers the rows (STT) as shown.
class OverviewFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit OverviewFilter(QObject *parent = nullptr);
    void setGroup(const QString &group); // empty: every group
    void setState(std::optional<int> state); // OverviewModel::StateRole values; none: every state
    void setSearch(const QString &text);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_group;
    std::optional<int> m_state;
    QString m_search; // folded
};

} // namespace ParScore
