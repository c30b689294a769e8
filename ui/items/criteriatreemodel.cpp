#include "criteriatreemodel.h"

#include "assessmentdocument.h"
#include "language.h"
#include "requestpart.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QStyle>

namespace ParScore {

CriteriaTreeModel::CriteriaTreeModel(AssessmentDocument *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
    // The set never changes while the document is open: the visible children of every
    // node are worked out once, not on each of the views' many index() calls.
    const CriteriaSet &set = document->set();
    // An item the council asks to explain is shown even where the appraisers alone score it.
    m_shown = QList<bool>(set.nodes().size(), false);
    for (const CriteriaNode &node : set.nodes()) {
        const bool flagged = document->requestPart() && document->requestPart()->isFlagged(node.id);
        for (int at = node.index; at >= 0 && (node.agencyScorable || flagged); at = set.nodes()[at].parent)
            m_shown[at] = true;
    }
    const auto visible = [this](const QList<int> &all) {
        QList<int> shown;
        for (const int child : all) {
            if (m_shown[child])
                shown.append(child);
        }
        return shown;
    };
    m_roots = visible(set.roots());
    for (const CriteriaNode &node : set.nodes())
        m_children.append(visible(node.children));
    QStyle *style = QApplication::style();
    m_icons = {{ItemFlag::Unanswered, style->standardIcon(QStyle::SP_MessageBoxQuestion)},
               {ItemFlag::Incomplete, style->standardIcon(QStyle::SP_MessageBoxQuestion)},
               {ItemFlag::NoEvidence, style->standardIcon(QStyle::SP_MessageBoxInformation)},
               {ItemFlag::Unsupported, style->standardIcon(QStyle::SP_MessageBoxWarning)},
               {ItemFlag::NotApplicable, style->standardIcon(QStyle::SP_DialogCancelButton)},
               {ItemFlag::Complete, style->standardIcon(QStyle::SP_DialogApplyButton)}};
    connect(document, &AssessmentDocument::scoresChanged, this, &CriteriaTreeModel::refreshScores);
    connect(document, &AssessmentDocument::nodeChanged, this, &CriteriaTreeModel::refreshScores);
    if (RequestPart *part = document->requestPart())
        connect(part, &RequestPart::responseChanged, this, &CriteriaTreeModel::refreshScores);
}

QVariant CriteriaTreeModel::requestData(const CriteriaNode &node, int column, int role) const
{
    const RequestPart &part = *m_document->requestPart();
    const bool explained = part.responseOn(node.id).has_value();
    switch (role) {
    case RequestedRole:
        return true;
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::BackgroundRole:
        return QBrush(explained ? QColor(0xe4, 0xf2, 0xe0) : QColor(0xfd, 0xe3, 0xc8));
    case Qt::ToolTipRole: {
        QStringList texts;
        for (const ExplanationRequest &request : part.requestsOn(node.id))
            texts.append(request.text);
        return tr("The council asks for an explanation: %1").arg(texts.join(QStringLiteral("; ")));
    }
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (column == StateColumn)
            return explained ? tr("Explained") : tr("To explain");
        break;
    default:
        break;
    }
    return {};
}

const QList<int> &CriteriaTreeModel::childrenOf(int nodeIndex) const
{
    return nodeIndex < 0 ? m_roots : m_children[nodeIndex];
}

const CriteriaNode *CriteriaTreeModel::nodeAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() >= quintptr(m_document->set().nodes().size()))
        return nullptr;
    return &m_document->set().nodes()[int(index.internalId())];
}

std::optional<ExtraKind> CriteriaTreeModel::sectionAt(const QModelIndex &index) const
{
    const auto nodes = quintptr(m_document->set().nodes().size());
    if (!index.isValid() || index.internalId() < nodes)
        return std::nullopt;
    return ExtraKind(index.internalId() - nodes);
}

QList<ExtraKind> CriteriaTreeModel::sections() const
{
    QList<ExtraKind> kinds;
    for (const ExtraKind kind : {ExtraKind::Bonus, ExtraKind::Penalty}) {
        if (m_document->set().extra(kind))
            kinds.append(kind);
    }
    return kinds;
}

QModelIndex CriteriaTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0) || sectionAt(parent))
        return {};
    const CriteriaNode *parentNode = nodeAt(parent);
    const QList<int> &children = childrenOf(parentNode ? parentNode->index : -1);
    if (!parentNode && row >= children.size() && row < children.size() + sections().size()) {
        const ExtraKind kind = sections()[row - children.size()];
        return createIndex(row, column, quintptr(m_document->set().nodes().size()) + quintptr(kind));
    }
    if (row < 0 || row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children[row]));
}

QModelIndex CriteriaTreeModel::indexOfSection(ExtraKind kind) const
{
    const qsizetype position = sections().indexOf(kind);
    if (position < 0)
        return {};
    return index(int(childrenOf(-1).size() + position), 0);
}

QModelIndex CriteriaTreeModel::parent(const QModelIndex &child) const
{
    const CriteriaNode *node = nodeAt(child);
    if (!node || node->parent < 0)
        return {};
    const CriteriaNode &parentNode = m_document->set().nodes()[node->parent];
    const QList<int> &siblings = childrenOf(parentNode.parent);
    return createIndex(int(siblings.indexOf(parentNode.index)), 0, quintptr(parentNode.index));
}

int CriteriaTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    if (sectionAt(parent))
        return 0;
    const CriteriaNode *node = nodeAt(parent);
    if (!node)
        return int(childrenOf(-1).size() + sections().size());
    return int(childrenOf(node->index).size());
}

int CriteriaTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

CriteriaTreeModel::ItemFlag CriteriaTreeModel::flagOf(const CriteriaNode &node) const
{
    const NodeScore &score = m_document->scorecard().nodes[node.index];
    if (!node.isLeaf())
        return score.state == NodeState::Incomplete ? ItemFlag::Incomplete
               : score.state == NodeState::NotApplicable ? ItemFlag::NotApplicable
                                                          : ItemFlag::Complete;
    if (score.state == NodeState::Incomplete)
        return ItemFlag::Unanswered;
    if (score.state == NodeState::NotApplicable)
        return ItemFlag::NotApplicable;
    if (score.points > 0 && !m_document->hasEvidence(node.id))
        return m_document->note(node.id).trimmed().isEmpty() ? ItemFlag::Unsupported : ItemFlag::NoEvidence;
    return ItemFlag::Complete;
}

QVariant CriteriaTreeModel::sectionData(ExtraKind kind, int column, int role) const
{
    const ExtraSection &section = *m_document->set().extra(kind);
    const Scorecard &card = m_document->scorecard();
    if (role == SectionRole)
        return int(kind);
    if (role == FlagRole)
        return int(ItemFlag::None);
    if (role == Qt::TextAlignmentRole && (column == MaxColumn || column == PointsColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case TitleColumn:
        return kind == ExtraKind::Bonus ? tr("Bonus points") : tr("Penalty points");
    case MaxColumn:
        return formatPoints(section.maxPoints);
    case PointsColumn:
        return kind == ExtraKind::Bonus ? formatSignedPoints(card.bonus, false) : formatSignedPoints(card.penalty, true);
    default:
        return {};
    }
}

QVariant CriteriaTreeModel::data(const QModelIndex &index, int role) const
{
    if (const auto kind = sectionAt(index))
        return sectionData(*kind, index.column(), role);
    const CriteriaNode *node = nodeAt(index);
    if (!node)
        return {};
    const NodeScore &score = m_document->scorecard().nodes[node->index];
    const ItemFlag flag = flagOf(*node);
    if (role == NodeIdRole)
        return node->id;
    if (role == FlagRole)
        return int(flag);
    if (m_document->requestPart() && m_document->requestPart()->isFlagged(node->id)) {
        if (const QVariant requested = requestData(*node, index.column(), role); requested.isValid())
            return requested;
    } else if (role == RequestedRole) {
        return false;
    }
    if (role == Qt::TextAlignmentRole && (index.column() == MaxColumn || index.column() == PointsColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && node->depth == 0) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::DecorationRole && index.column() == StateColumn)
        return m_icons.value(flag); // none for ItemFlag::None
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case IdColumn:
        return node->id;
    case TitleColumn:
        return node->title;
    case MaxColumn:
        return formatPoints(score.maxPoints);
    case PointsColumn:
        return flag == ItemFlag::Unanswered ? QString() : formatPoints(score.points);
    case StateColumn:
        switch (flag) {
        case ItemFlag::Unanswered:
            return tr("Not scored");
        case ItemFlag::Incomplete:
            return tr("Incomplete");
        case ItemFlag::NotApplicable:
            return tr("Not applicable");
        case ItemFlag::NoEvidence:
            return role == Qt::ToolTipRole ? tr("Points claimed with an explanation but no evidence document")
                                           : tr("Explained, no evidence");
        case ItemFlag::Unsupported:
            return role == Qt::ToolTipRole ? tr("Points claimed with neither evidence nor an explanation: "
                                                "attach a document or write a note before submitting")
                                           : tr("No evidence or explanation");
        case ItemFlag::Complete:
            return tr("Scored");
        case ItemFlag::None:
            break;
        }
    }
    return {};
}

QVariant CriteriaTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("No.");
    case TitleColumn:
        return tr("Criterion");
    case MaxColumn:
        return tr("Max");
    case PointsColumn:
        return tr("Self");
    case StateColumn:
        return tr("State");
    }
    return {};
}

QModelIndex CriteriaTreeModel::indexOf(const QString &nodeId, int column) const
{
    const CriteriaNode *node = m_document->set().node(nodeId);
    if (!node || !m_shown[node->index])
        return {};
    const QList<int> &siblings = childrenOf(node->parent);
    return createIndex(int(siblings.indexOf(node->index)), column, quintptr(node->index));
}

void CriteriaTreeModel::refreshScores()
{
    // Points, states and sums can change anywhere up the tree: repaint every row's cells.
    const std::function<void(const QModelIndex &)> refresh = [&](const QModelIndex &parent) {
        const int rows = rowCount(parent);
        if (rows == 0)
            return;
        emit dataChanged(index(0, 0, parent), index(rows - 1, ColumnCount - 1, parent));
        for (int row = 0; row < rows; ++row)
            refresh(index(row, 0, parent));
    };
    refresh({});
}

} // namespace ParScore
