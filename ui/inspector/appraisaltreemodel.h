#pragma once

#include "provincedocument.h"
#include "scorer.h"

#include <QAbstractItemModel>

#include <optional>

namespace ParScore {

// One agency's criteria tree as the council appraises it: every item (the appraisers' own
// too) with its maximum and the points of each layer — self (as the agency scores it),
// appraisal 1, appraisal 2, final (the latest answer of each item, as the appraisers
// score) — and the over-claim on the agency's items (final scored as the agency − self).
class AppraisalTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        IdColumn,
        TitleColumn,
        MaxColumn,
        SelfColumn,
        Appraisal1Column,
        Appraisal2Column,
        FinalColumn,
        OverclaimColumn,
        ColumnCount
    };
    static constexpr int NodeIdRole = Qt::UserRole + 1;
    // Whether the leaf has an answer in the round being appraised (bool; leaves only).
    static constexpr int AppraisedRole = Qt::UserRole + 2;
    // On the bonus and penalty rows (after the areas, as on the printed scorecard): the
    // ExtraKind as an int; nothing on criteria rows.
    static constexpr int SectionRole = Qt::UserRole + 3;
    // Explanation requests on the item: 0 none, 1 one awaits the agency, 2 all explained or closed.
    static constexpr int RequestRole = Qt::UserRole + 4;

    explicit AppraisalTreeModel(QObject *parent = nullptr);

    // Shows `agency` (read again after every edit), the round `current` marked.
    void reset(const AgencyAppraisal &agency, Layer current);
    const AgencyAppraisal &agency() const { return m_agency; }
    const Scorecard &selfCard() const { return m_self; }
    const Scorecard &finalCard() const { return m_final; }
    const Scorecard &layerCard(Layer layer) const;
    Layer round() const { return m_round; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexOf(const QString &nodeId, int column = 0) const;

    std::optional<ExtraKind> sectionAt(const QModelIndex &index) const;

private:
    const CriteriaNode *nodeAt(const QModelIndex &index) const;
    QVariant sectionData(ExtraKind kind, int column, int role) const;
    // The points of a node in a card, where the layer says something of it.
    QVariant points(const Scorecard &card, const AnswerSet &answers, const CriteriaNode &node) const;
    bool answersBelow(const AnswerSet &answers, const CriteriaNode &node) const;

    AgencyAppraisal m_agency;
    Layer m_round = Layer::Appraisal1;
    AnswerSet m_finalAnswers;
    Scorecard m_self;        // as the agency
    Scorecard m_appraisal1;  // as the appraisers
    Scorecard m_appraisal2;
    Scorecard m_final;
    Scorecard m_finalAsAgency; // the over-claim's ground
    QList<int> m_roots;
    QList<ExtraKind> m_sections; // those the set has, in order
    QHash<QString, int> m_requests; // node → RequestRole's value
};

} // namespace ParScore
