#pragma once

#include "criteriaset.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>

#include <optional>

namespace ParScore {

class AssessmentDocument;

// The criteria tree of an open assessment, as the officer sees it: STT, title, maximum,
// self-assessed points and a state. A thin adapter over the document: the node index is
// the internal id, so no copy of the tree is kept.
class CriteriaTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, TitleColumn, MaxColumn, PointsColumn, StateColumn, ColumnCount };
    // What an item still needs, shown as an icon and filtered on. NoEvidence: points
    // claimed and explained in a note, but no document; Unsupported: points claimed with
    // neither (this one blocks submitting).
    enum class ItemFlag { None, Unanswered, Incomplete, NotApplicable, NoEvidence, Unsupported, Complete };
    static constexpr int NodeIdRole = Qt::UserRole + 1;
    static constexpr int FlagRole = Qt::UserRole + 2;
    // On the bonus and penalty rows (after the areas, as on the printed scorecard): the
    // ExtraKind as an int; nothing on criteria rows.
    static constexpr int SectionRole = Qt::UserRole + 3;
    // In a request file: true on the items the council asks to explain.
    static constexpr int RequestedRole = Qt::UserRole + 4;

    explicit CriteriaTreeModel(AssessmentDocument *document, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexOf(const QString &nodeId, int column = 0) const;
    QModelIndex indexOfSection(ExtraKind kind) const; // invalid when the set has no such section
    ItemFlag flagOf(const CriteriaNode &node) const;

private:
    const CriteriaNode *nodeAt(const QModelIndex &index) const;
    // Section rows have internal ids past the nodes' indexes.
    std::optional<ExtraKind> sectionAt(const QModelIndex &index) const;
    QList<ExtraKind> sections() const; // those the set has, in order
    QVariant sectionData(ExtraKind kind, int column, int role) const;
    const QList<int> &childrenOf(int nodeIndex) const; // -1: the areas; only nodes the agency scores
    void refreshScores();
    QVariant requestData(const CriteriaNode &node, int column, int role) const; // flagged items

    AssessmentDocument *m_document;
    QList<bool> m_shown;             // by node index: agency-scored, or flagged in a request file
    QList<int> m_roots;              // the areas the agency scores in
    QList<QList<int>> m_children;    // by node index, the children the agency scores in
    QHash<ItemFlag, QIcon> m_icons;  // made once: a style's icons are decoded on each request
};

} // namespace ParScore
