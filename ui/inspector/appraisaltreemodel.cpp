#include "appraisaltreemodel.h"

#include "language.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace ParScore {

AppraisalTreeModel::AppraisalTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void AppraisalTreeModel::reset(const AgencyAppraisal &agency, Layer current)
{
    beginResetModel();
    m_agency = agency;
    m_round = current;
    m_requests.clear();
    for (const ExplanationRequest &request : agency.requests) {
        int &state = m_requests[request.node];
        state = request.isOpen() || state == 1 ? 1 : 2; // one request awaiting is enough
    }
    const AnswerSet &self = agency.layer(Layer::Self);
    m_finalAnswers = finalAnswers({&self, &agency.layer(Layer::Appraisal1), &agency.layer(Layer::Appraisal2)});
    m_self = scoreAnswers(agency.set, self, Role::Agency);
    m_appraisal1 = scoreAnswers(agency.set, agency.layer(Layer::Appraisal1), Role::Appraiser);
    m_appraisal2 = scoreAnswers(agency.set, agency.layer(Layer::Appraisal2), Role::Appraiser);
    m_final = scoreAnswers(agency.set, m_finalAnswers, Role::Appraiser);
    m_finalAsAgency = scoreAnswers(agency.set, m_finalAnswers, Role::Agency, Explanation::Skipped);
    m_roots.clear();
    for (const CriteriaNode &node : agency.set.nodes()) {
        if (node.parent < 0)
            m_roots.append(node.index);
    }
    m_sections.clear();
    for (const ExtraKind kind : {ExtraKind::Bonus, ExtraKind::Penalty}) {
        if (agency.set.extra(kind))
            m_sections.append(kind);
    }
    endResetModel();
}

const Scorecard &AppraisalTreeModel::layerCard(Layer layer) const
{
    switch (layer) {
    case Layer::Self:
        return m_self;
    case Layer::Appraisal1:
        return m_appraisal1;
    case Layer::Appraisal2:
        break;
    }
    return m_appraisal2;
}

const CriteriaNode *AppraisalTreeModel::nodeAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const auto &nodes = m_agency.set.nodes();
    const auto at = qsizetype(index.internalId());
    return at < nodes.size() ? &nodes[at] : nullptr;
}

QModelIndex AppraisalTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        if (row < m_roots.size())
            return createIndex(row, column, quintptr(m_roots[row]));
        // Section rows have internal ids past the nodes' indexes.
        const qsizetype section = row - m_roots.size();
        if (section >= m_sections.size())
            return {};
        return createIndex(row, column, quintptr(m_agency.set.nodes().size() + int(m_sections[section])));
    }
    const CriteriaNode *node = nodeAt(parent);
    if (!node || row >= node->children.size())
        return {};
    return createIndex(row, column, quintptr(node->children[row]));
}

QModelIndex AppraisalTreeModel::parent(const QModelIndex &child) const
{
    const CriteriaNode *node = nodeAt(child);
    if (!node || node->parent < 0)
        return {};
    const CriteriaNode &parent = m_agency.set.nodes()[node->parent];
    const QList<int> &siblings = parent.parent < 0 ? m_roots : m_agency.set.nodes()[parent.parent].children;
    return createIndex(int(siblings.indexOf(parent.index)), 0, quintptr(parent.index));
}

std::optional<ExtraKind> AppraisalTreeModel::sectionAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return std::nullopt;
    const auto at = qsizetype(index.internalId()) - m_agency.set.nodes().size();
    if (at < 0 || at > int(ExtraKind::Penalty))
        return std::nullopt;
    return ExtraKind(at);
}

int AppraisalTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size() + m_sections.size());
    if (parent.column() != 0)
        return 0;
    const CriteriaNode *node = nodeAt(parent);
    return node ? int(node->children.size()) : 0;
}

int AppraisalTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QModelIndex AppraisalTreeModel::indexOf(const QString &nodeId, int column) const
{
    const CriteriaNode *node = m_agency.set.node(nodeId);
    if (!node)
        return {};
    const QList<int> &siblings = node->parent < 0 ? m_roots : m_agency.set.nodes()[node->parent].children;
    return createIndex(int(siblings.indexOf(node->index)), column, quintptr(node->index));
}

bool AppraisalTreeModel::answersBelow(const AnswerSet &answers, const CriteriaNode &node) const
{
    if (node.isLeaf())
        return answers.answers.contains(node.id);
    const auto &nodes = m_agency.set.nodes();
    return std::any_of(node.children.cbegin(), node.children.cend(),
                       [&](int child) { return answersBelow(answers, nodes[child]); });
}

QVariant AppraisalTreeModel::points(const Scorecard &card, const AnswerSet &answers, const CriteriaNode &node) const
{
    const NodeScore &score = card.nodes[node.index];
    if (!score.included || !answersBelow(answers, node))
        return {};
    return formatPoints(score.points);
}

QVariant AppraisalTreeModel::sectionData(ExtraKind kind, int column, int role) const
{
    if (role == SectionRole)
        return int(kind);
    if (role == Qt::TextAlignmentRole)
        return column >= MaxColumn ? int(Qt::AlignRight | Qt::AlignVCenter) : int(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::FontRole) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role != Qt::DisplayRole)
        return {};
    const bool bonus = kind == ExtraKind::Bonus;
    // A section's points in a layer, where the layer counts any of its items.
    const auto points = [bonus](const Scorecard &card, const AnswerSet &answers) -> QVariant {
        if ((bonus ? answers.bonus : answers.penalty).isEmpty())
            return {};
        return bonus ? formatSignedPoints(card.bonus, false) : formatSignedPoints(card.penalty, true);
    };
    switch (column) {
    case TitleColumn:
        return bonus ? tr("Bonus points") : tr("Penalty points");
    case MaxColumn:
        return formatPoints(m_agency.set.extra(kind)->maxPoints);
    case SelfColumn:
        return points(m_self, m_agency.layer(Layer::Self));
    case Appraisal1Column:
        return points(m_appraisal1, m_agency.layer(Layer::Appraisal1));
    case Appraisal2Column:
        return points(m_appraisal2, m_agency.layer(Layer::Appraisal2));
    case FinalColumn:
        return points(m_final, m_finalAnswers);
    case OverclaimColumn: {
        const AnswerSet &a1 = m_agency.layer(Layer::Appraisal1);
        const AnswerSet &a2 = m_agency.layer(Layer::Appraisal2);
        if ((bonus ? a1.bonus.isEmpty() && a2.bonus.isEmpty() : a1.penalty.isEmpty() && a2.penalty.isEmpty()))
            return {};
        // What the section adds to the total, appraised minus self-assessed.
        const Hundredths difference = bonus ? m_finalAsAgency.bonus - m_self.bonus
                                            : m_self.penalty - m_finalAsAgency.penalty;
        return difference > 0 ? QLatin1Char('+') + formatPoints(difference) : formatPoints(difference);
    }
    default:
        return {};
    }
}

QVariant AppraisalTreeModel::data(const QModelIndex &index, int role) const
{
    if (const auto kind = sectionAt(index))
        return sectionData(*kind, index.column(), role);
    const CriteriaNode *node = nodeAt(index);
    if (!node)
        return {};
    const int column = index.column();
    if (role == NodeIdRole)
        return node->id;
    if (role == AppraisedRole)
        return node->isLeaf() && m_agency.layer(m_round).answers.contains(node->id);
    if (role == RequestRole)
        return m_requests.value(node->id);
    if (const int requested = m_requests.value(node->id); requested && column <= TitleColumn) {
        // Flagged items stand out: amber while the agency's explanation is awaited, blue after.
        if (role == Qt::BackgroundRole)
            return QBrush(requested == 1 ? QColor(0xff, 0xe0, 0xb2) : QColor(0xd6, 0xe9, 0xf8));
        if (role == Qt::ToolTipRole)
            return requested == 1 ? tr("Explanation requested: awaiting the agency")
                                  : tr("Explanation requested: explained or closed");
    }
    if (role == Qt::TextAlignmentRole)
        return column >= MaxColumn ? int(Qt::AlignRight | Qt::AlignVCenter) : int(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::FontRole && (node->depth == 0 || column == int(m_round == Layer::Appraisal1 ? Appraisal1Column
                                                                                                 : Appraisal2Column))) {
        QFont font;
        font.setBold(node->depth == 0);
        return font;
    }
    if (role == Qt::BackgroundRole && node->isLeaf() && !m_agency.layer(m_round).answers.contains(node->id)
        && (column == Appraisal1Column || column == Appraisal2Column)
        && column == (m_round == Layer::Appraisal1 ? Appraisal1Column : Appraisal2Column))
        return QBrush(QColor(0xfd, 0xf6, 0xe3)); // still to appraise in this round
    if (role == Qt::ForegroundRole && column == OverclaimColumn) {
        const NodeScore &self = m_self.nodes[node->index];
        const NodeScore &final = m_finalAsAgency.nodes[node->index];
        if (self.included && final.points < self.points)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    }
    if (role == Qt::ToolTipRole && column == TitleColumn && node->scoredBy == ScoredBy::Appraiser)
        return tr("Scored by the appraisers only (survey, statistics)");
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case IdColumn:
        return node->id;
    case TitleColumn:
        return node->scoredBy == ScoredBy::Appraiser && node->isLeaf() ? tr("%1 [appraisers]").arg(node->title)
                                                                       : node->title;
    case MaxColumn:
        return formatPoints(node->maxPoints);
    case SelfColumn:
        return points(m_self, m_agency.layer(Layer::Self), *node);
    case Appraisal1Column:
        return points(m_appraisal1, m_agency.layer(Layer::Appraisal1), *node);
    case Appraisal2Column:
        return points(m_appraisal2, m_agency.layer(Layer::Appraisal2), *node);
    case FinalColumn:
        return points(m_final, m_finalAnswers, *node);
    case OverclaimColumn: {
        // Only where the council has said something about the agency's own items.
        const NodeScore &self = m_self.nodes[node->index];
        if (!self.included || !node->agencyScorable
            || !(answersBelow(m_agency.layer(Layer::Appraisal1), *node)
                 || answersBelow(m_agency.layer(Layer::Appraisal2), *node)))
            return {};
        const Hundredths difference = m_finalAsAgency.nodes[node->index].points - self.points;
        return difference > 0 ? QLatin1Char('+') + formatPoints(difference) : formatPoints(difference);
    }
    default:
        return {};
    }
}

QVariant AppraisalTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == OverclaimColumn)
        return tr("The final answers scored as the agency minus its self-assessment: negative where the agency "
                  "claimed more than the council gives.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("No.");
    case TitleColumn:
        return tr("Area / criterion");
    case MaxColumn:
        return tr("Max");
    case SelfColumn:
        return tr("Self");
    case Appraisal1Column:
        return tr("Appraisal 1");
    case Appraisal2Column:
        return tr("Appraisal 2");
    case FinalColumn:
        return tr("Final");
    case OverclaimColumn:
        return tr("Over-claim");
    default:
        return {};
    }
}

} // namespace ParScore
