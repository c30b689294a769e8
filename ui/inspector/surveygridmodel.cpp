#include "surveygridmodel.h"

#include "answersscan.h"
#include "groupnames.h"
#include "provincedocument.h"
#include "surveygrid.h"

#include <QBrush>
#include <QColor>
#include <QSet>
#include <algorithm>

namespace ParScore {

namespace {

const QColor absentBackground(0xe4, 0xe4, 0xe4); // the row's set has no such item
const QColor finalBackground(0xf2, 0xf2, 0xf2);  // the assessment can no longer change
const QColor refusedBackground(0xf8, 0xd7, 0xda);

bool isAppraiserLeaf(const CriteriaNode &node)
{
    return node.isLeaf() && node.rule && node.scoredBy == ScoredBy::Appraiser;
}

// "8.1" < "8.1.1" < "8.2" < "8.10": ids compared part by part, numbers as numbers.
bool idLess(const QString &a, const QString &b)
{
    const QStringList x = a.split(u'.');
    const QStringList y = b.split(u'.');
    for (qsizetype i = 0; i < qMin(x.size(), y.size()); ++i) {
        bool xNumber = false;
        bool yNumber = false;
        const qlonglong xValue = x[i].toLongLong(&xNumber);
        const qlonglong yValue = y[i].toLongLong(&yNumber);
        if (xNumber && yNumber && xValue != yValue)
            return xValue < yValue;
        if (!(xNumber && yNumber) && x[i] != y[i])
            return x[i] < y[i];
    }
    return x.size() < y.size();
}

// The appraiser-scored leaves of every set, each set's in its display order: a leaf new to
// the list goes between its set's leaves before and after it that are already there, and
// among other sets' leaves in that span by its id ("8.1" of the departments' set before
// "8.1.1" of the communes').
QStringList columnsOf(const QList<const CriteriaSet *> &sets)
{
    QStringList columns;
    for (const CriteriaSet *set : sets) {
        QStringList leaves;
        for (const CriteriaNode &node : set->nodes()) {
            if (isAppraiserLeaf(node))
                leaves.append(node.id);
        }
        qsizetype after = 0; // just past this set's previous leaf
        for (qsizetype i = 0; i < leaves.size(); ++i) {
            if (const qsizetype found = columns.indexOf(leaves[i]); found >= 0) {
                after = found + 1;
                continue;
            }
            qsizetype before = columns.size(); // this set's next leaf already there
            for (qsizetype next = i + 1; next < leaves.size(); ++next) {
                if (const qsizetype found = columns.indexOf(leaves[next]); found >= after) {
                    before = found;
                    break;
                }
            }
            qsizetype at = after;
            while (at < before && idLess(columns[at], leaves[i]))
                ++at;
            columns.insert(at, leaves[i]);
            after = at + 1;
        }
    }
    return columns;
}

bool isSubmitted(const AssessmentInfo &assessment)
{
    return assessment.status != AssessmentStatus::Draft;
}

} // namespace

SurveyGridModel::SurveyGridModel(ProvinceDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &ProvinceDocument::overviewChanged, this, &SurveyGridModel::overviewChanged);
    connect(document, &ProvinceDocument::assessmentChanged, this,
            &SurveyGridModel::assessmentChanged);
    connect(document, &ProvinceDocument::reloaded, this, &SurveyGridModel::reload); // an import: every cell again
    connect(document, &QObject::destroyed, this, &SurveyGridModel::documentGone);
    reload();
}

void SurveyGridModel::setLayer(Layer layer)
{
    if (layer == Layer::Self || layer == m_layer)
        return;
    m_layer = layer;
    reload();
}

void SurveyGridModel::setGroup(const QString &group)
{
    if (group == m_group)
        return;
    m_group = group;
    reload();
}

QStringList SurveyGridModel::groups() const
{
    QStringList groups;
    if (!m_document)
        return groups;
    const int year = m_document->overview().provinceYear;
    for (const OverviewRow &row : m_document->overview().rows) {
        if (isSubmitted(row.assessment) && (year == 0 || row.assessment.year == year)
            && !groups.contains(row.assessment.group))
            groups.append(row.assessment.group);
    }
    std::sort(groups.begin(), groups.end());
    return groups;
}

QString SurveyGridModel::columnId(int column) const
{
    return column > AgencyColumn && column <= m_columns.size() ? m_columns[column - 1] : QString();
}

int SurveyGridModel::columnOf(const QString &nodeId) const
{
    const qsizetype found = m_columns.indexOf(nodeId);
    return found < 0 ? -1 : int(found) + 1;
}

QString SurveyGridModel::uuidAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].assessment.uuid : QString();
}

int SurveyGridModel::rowOf(const QString &assessmentUuid) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].assessment.uuid == assessmentUuid)
            return int(row);
    }
    return -1;
}

bool SurveyGridModel::isEditable() const
{
    return m_document && !m_document->isReadOnly();
}

QList<SurveyGridModel::Row> SurveyGridModel::rowsOfOverview() const
{
    QList<Row> rows;
    if (!m_document)
        return rows;
    const Overview &overview = m_document->overview();
    for (const OverviewRow &row : overview.rows) {
        const AssessmentInfo &assessment = row.assessment;
        if (!isSubmitted(assessment)
            || (overview.provinceYear != 0 && assessment.year != overview.provinceYear)
            || (!m_group.isEmpty() && assessment.group != m_group))
            continue;
        if (const auto set = overview.criteria.value(assessment.criteriaSha256))
            rows.append({assessment, set, {}, {}});
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        const AssessmentInfo &x = a.assessment;
        const AssessmentInfo &y = b.assessment;
        return std::tie(x.group, x.agencyCode, x.year, x.uuid)
               < std::tie(y.group, y.agencyCode, y.year, y.uuid);
    });
    return rows;
}

void SurveyGridModel::reload()
{
    beginResetModel();
    m_rows = rowsOfOverview();
    QList<const CriteriaSet *> sets;
    QSet<const CriteriaSet *> seen;
    for (const Row &row : std::as_const(m_rows)) {
        if (!seen.contains(row.set.get())) {
            seen.insert(row.set.get());
            sets.append(row.set.get());
        }
    }
    m_columns = columnsOf(sets);
    // Every row's answers in one pass over the file.
    QList<AssessmentInfo> order;
    QHash<QString, qsizetype> rowOfUuid;
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        order.append(m_rows[row].assessment);
        rowOfUuid.insert(m_rows[row].assessment.uuid, row);
    }
    AnswersScan::sortForScan(order);
    if (m_document) {
        AnswersScan scan(m_document->file());
        for (const AssessmentInfo &assessment : std::as_const(order)) {
            Row &row = m_rows[rowOfUuid.value(assessment.uuid)];
            auto layers = scan.next(assessment, *row.set);
            if (!layers) {
                m_rows.clear();
                m_columns.clear();
                endResetModel();
                emit readFailed(layers.error().message);
                return;
            }
            row.answers = layers.value()[size_t(m_layer)];
        }
    }
    endResetModel();
}

void SurveyGridModel::overviewChanged()
{
    // An edit changes statuses (submitted → in appraisal), not which rows there are: the
    // rows stay in place, with the current cell. An import may bring new rows and sets.
    const QList<Row> rows = rowsOfOverview();
    const bool sameRows =
        rows.size() == m_rows.size()
        && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(), [](const Row &a, const Row &b) {
               return a.assessment.uuid == b.assessment.uuid
                      && a.assessment.criteriaSha256 == b.assessment.criteriaSha256;
           });
    if (!sameRows) {
        reload();
        return;
    }
    for (qsizetype row = 0; row < rows.size(); ++row)
        m_rows[row].assessment = rows[row].assessment;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void SurveyGridModel::assessmentChanged(const QString &uuid)
{
    const int row = rowOf(uuid);
    if (row < 0 || !m_document)
        return;
    Row &changed = m_rows[row];
    auto answers =
        AssessmentStore(m_document->file()).answers(changed.assessment, *changed.set, m_layer);
    if (!answers) {
        emit readFailed(answers.error().message);
        return;
    }
    changed.answers = answers.value();
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void SurveyGridModel::documentGone()
{
    beginResetModel();
    m_document = nullptr;
    m_rows.clear();
    m_columns.clear();
    endResetModel();
}

int SurveyGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SurveyGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size()) + 1;
}

const CriteriaNode *SurveyGridModel::leafAt(const QModelIndex &index) const
{
    const CriteriaNode *node = m_rows[index.row()].set->node(columnId(index.column()));
    return node && isAppraiserLeaf(*node) ? node : nullptr;
}

QVariant SurveyGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows[index.row()];
    const AssessmentInfo &assessment = row.assessment;
    if (index.column() == AgencyColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return QStringLiteral("%1 — %2").arg(assessment.agencyCode, assessment.agencyName);
        case Qt::ToolTipRole:
            return tr("%1 — %2\n%3, %4")
                .arg(assessment.agencyCode, assessment.agencyName, groupName(assessment.group),
                     statusName(assessment.status));
        default:
            return {};
        }
    }
    return cellData(row, columnId(index.column()), leafAt(index), role);
}

QVariant SurveyGridModel::cellData(const Row &row, const QString &nodeId, const CriteriaNode *leaf,
                                   int role) const
{
    const bool final = row.assessment.status == AssessmentStatus::Final;
    const QString refused = row.refused.value(nodeId);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: {
        const auto answer = row.answers.answers.constFind(nodeId);
        return leaf && answer != row.answers.answers.cend() ? SurveyCell::format(*leaf, *answer)
                                                            : QString();
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (!leaf)
            return QBrush(absentBackground);
        if (!refused.isEmpty())
            return QBrush(refusedBackground);
        return final ? QVariant(QBrush(finalBackground)) : QVariant();
    case Qt::ToolTipRole:
        if (!leaf)
            return tr("The criteria set of %1 (%2 @ %3) has no survey item %4")
                .arg(row.assessment.agencyCode, row.set->id(), row.set->version(), nodeId);
        if (!refused.isEmpty())
            return refused;
        if (final)
            return tr("The assessment of %1 is final and can no longer be changed")
                .arg(row.assessment.agencyCode);
        return QStringLiteral("%1 — %2").arg(nodeId, leaf->title);
    case RefusedRole:
        return refused;
    default:
        return {};
    }
}

QVariant SurveyGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section == AgencyColumn)
        return role == Qt::DisplayRole ? QVariant(tr("Agency")) : QVariant();
    const QString id = columnId(section);
    if (role == Qt::DisplayRole)
        return id;
    if (role != Qt::ToolTipRole)
        return {};
    // Its title in each set of the rows that has it (the sets of two groups may word it apart).
    QStringList titles;
    for (const Row &row : m_rows) {
        const CriteriaNode *node = row.set->node(id);
        if (node && !titles.contains(node->title))
            titles.append(node->title);
    }
    return titles.join(u'\n');
}

Qt::ItemFlags SurveyGridModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.column() != AgencyColumn && isEditable() && leafAt(index)
        && m_rows[index.row()].assessment.status != AssessmentStatus::Final)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool SurveyGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    Row &row = m_rows[index.row()];
    const QString nodeId = columnId(index.column());
    const CriteriaNode &leaf = *leafAt(index);
    const QString text = value.toString();
    const auto parsed = SurveyCell::parse(*row.set, leaf, text);
    if (!parsed) {
        row.refused.insert(nodeId, parsed.error().message);
        emit dataChanged(index, index);
        emit cellRefused(
            tr("%1, item %2: “%3” was not taken: %4")
                .arg(row.assessment.agencyCode, nodeId, text.trimmed(), parsed.error().message));
        return false;
    }
    const bool hadRefusal = row.refused.remove(nodeId) > 0;
    // An emptied cell clears the answer (the grid file's empty cell leaves it unchanged).
    const AssessmentInfo assessment = row.assessment;
    const std::shared_ptr<const CriteriaSet> set = row.set;
    const bool written =
        m_document->setAppraisalAnswer(assessment, *set, m_layer, nodeId, parsed.value());
    if (hadRefusal) {
        // `row` may have moved: the write reloaded the rows.
        if (const int now = rowOf(assessment.uuid); now >= 0)
            emit dataChanged(this->index(now, index.column()), this->index(now, index.column()));
    }
    return written;
}

} // namespace ParScore
