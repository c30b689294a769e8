#include "overviewmodel.h"

#include "groupnames.h"
#include "language.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QSet>

namespace ParScore {

namespace {

// A number for sorting: rows without one sort below every row with one.
QVariant sortable(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(std::numeric_limits<qint64>::min());
}

// Over-claims with their sign: −1,50 where the agency claimed more than it is given.
QString signedText(qint64 hundredths)
{
    return formatSignedPoints(hundredths < 0 ? -hundredths : hundredths, hundredths < 0);
}

// The figures that come from the appraisers' answers: they stand once the result is final.
bool isFinalFigure(int column)
{
    return column == OverviewModel::AppraisedPointsColumn
           || (column >= OverviewModel::FinalPointsColumn
               && column <= OverviewModel::OverclaimPercentColumn);
}

// A broken seal, or a signature that does not hold, is shown in the colour of a correction.
bool sealHolds(const OverviewRow &row)
{
    return row.seal != SealState::Tampered && (!row.sealSignature.isSigned || row.sealSignature.valid);
}

} // namespace

OverviewModel::OverviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void OverviewModel::reset(const Overview &overview)
{
    beginResetModel();
    m_rows = overview.rows;
    m_year = overview.provinceYear;
    m_notSubmitted = int(overview.missing.size());
    m_submitted = 0;
    QSet<QString> shown; // agencies with a row of the year already (a draft): not twice
    for (const OverviewRow &row : std::as_const(m_rows)) {
        if (m_year == 0 || row.assessment.year == m_year) {
            shown.insert(row.assessment.agencyCode);
            m_submitted += row.assessment.status != AssessmentStatus::Draft ? 1 : 0;
        }
    }
    m_missing.clear();
    for (const ExpectedAgency &agency : overview.missing) {
        if (!shown.contains(agency.code))
            m_missing.append(agency);
    }
    endResetModel();
}

int OverviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size() + m_missing.size());
}

int OverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OverviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int row = index.row();
    if (role == SortRole && index.column() == NumberColumn)
        return row; // the core's order: year, group, rank
    if (row < m_rows.size())
        return submittedData(m_rows[row], index.column(), role);
    if (row - m_rows.size() < m_missing.size())
        return missingData(m_missing[row - m_rows.size()], index.column(), role);
    return {};
}

QVariant OverviewModel::submittedData(const OverviewRow &row, int column, int role) const
{
    const AssessmentInfo &a = row.assessment;
    switch (role) {
    case StateRole:
        return a.status == AssessmentStatus::Draft ? NotSubmitted : int(a.status);
    case GroupRole:
        return a.group;
    case SearchRole:
        return QString(a.agencyCode + QLatin1Char(' ') + a.agencyName);
    case AgencyRole:
        return a.agencyCode;
    case YearRole:
        return a.year;
    case AssessmentRole:
        return a.uuid;
    case Qt::TextAlignmentRole:
        return column >= SelfPointsColumn || column == NumberColumn ? int(Qt::AlignRight | Qt::AlignVCenter)
                                                                    : int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == SealColumn && !sealHolds(row))
            return QBrush(QColor(0xb0, 0x00, 0x20));
        // An agency that claimed more than the council gives, in the colour of a correction.
        if ((column == OverclaimPointsColumn || column == OverclaimPercentColumn) && row.overclaim
            && row.overclaim->points < 0)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    case Qt::FontRole:
        // Final points, grades and ranks stand only once the result is final.
        if (row.provisional() && isFinalFigure(column)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == SealColumn && a.isSealed())
            return tr("Seal: %1. Signature: %2.").arg(sealStateName(row.seal), signatureStateName(row.sealSignature));
        if (row.provisional() && isFinalFigure(column))
            return tr("Provisional: this agency's result is not final yet.");
        return {};
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool display = role == Qt::DisplayRole;
    const QString mark = row.provisional() ? QStringLiteral("*") : QString();
    switch (column) {
    case NumberColumn:
        return {};
    case CodeColumn:
        return a.agencyCode;
    case NameColumn:
        return a.agencyName;
    case GroupColumn:
        return display ? groupName(a.group) : QVariant(a.group);
    case StatusColumn:
        if (!display)
            return int(a.status);
        return a.status == AssessmentStatus::Draft ? tr("draft, not submitted") : statusName(a.status);
    case SealColumn:
        // Sorted by the seal, then signed, unsigned (a file made before signatures), not holding.
        if (!display)
            return int(row.seal) * 3 + (!row.sealSignature.isSigned ? 1 : row.sealSignature.valid ? 0 : 2);
        if (!a.isSealed())
            return sealStateName(row.seal);
        return tr("%1, %2", "seal state, signature state").arg(sealStateName(row.seal),
                                                               signatureStateShortName(row.sealSignature));
    case SubmittedColumn:
        if (!a.isSealed())
            return display ? QVariant() : QVariant(qint64(0));
        return display ? QVariant(formatLocalTime(a.sealedAt)) : QVariant(a.sealedAt);
    case SelfPointsColumn:
        if (!row.self)
            return display ? QVariant() : sortable(std::nullopt);
        return display ? QVariant(formatPoints(row.self->total)) : QVariant(row.self->total);
    case SelfPercentColumn:
        if (!row.self || !row.self->percent)
            return display ? QVariant() : sortable(std::nullopt);
        return display ? QVariant(formatPercent(*row.self->percent)) : sortable(row.self->percent);
    case AppraisedPointsColumn:
        if (!row.finalAsAgency)
            return display ? QVariant() : sortable(std::nullopt);
        return display ? QVariant(formatPoints(row.finalAsAgency->total) + mark)
                       : QVariant(row.finalAsAgency->total);
    case FinalPointsColumn:
        if (!row.final)
            return display ? QVariant() : sortable(std::nullopt);
        return display ? QVariant(formatPoints(row.final->total) + mark) : QVariant(row.final->total);
    case FinalPercentColumn:
        if (!row.final || !row.final->percent)
            return display ? QVariant() : sortable(std::nullopt);
        return display ? QVariant(formatPercent(*row.final->percent) + mark) : sortable(row.final->percent);
    case GradeColumn:
        if (!row.final || !row.final->grade)
            return {};
        return display ? QVariant(*row.final->grade + mark) : QVariant(*row.final->grade);
    case RankColumn:
        if (!row.rank)
            return display ? QVariant() : QVariant(std::numeric_limits<qint64>::max());
        return display ? QVariant(QString::number(*row.rank) + mark) : QVariant(qint64(*row.rank));
    case OverclaimPointsColumn:
        if (!row.overclaim)
            return display ? QVariant() : sortable(std::nullopt);
        return display ? QVariant(signedText(row.overclaim->points) + mark)
                       : QVariant(row.overclaim->points);
    case OverclaimPercentColumn:
        if (!row.overclaim || !row.overclaim->percentPoints)
            return display ? QVariant() : sortable(std::nullopt);
        return display ? QVariant(signedText(*row.overclaim->percentPoints) + mark)
                       : sortable(row.overclaim->percentPoints);
    case RequestsColumn:
        if (!display)
            return qint64(row.openRequests);
        return row.openRequests > 0 ? QVariant(row.openRequests) : QVariant();
    default:
        return {};
    }
}

QVariant OverviewModel::missingData(const ExpectedAgency &agency, int column, int role) const
{
    switch (role) {
    case StateRole:
        return NotSubmitted;
    case GroupRole:
        return agency.group;
    case SearchRole:
        return QString(agency.code + QLatin1Char(' ') + agency.name);
    case AgencyRole:
        return agency.code;
    case YearRole:
        return m_year;
    case Qt::BackgroundRole:
        // Who has not submitted must stand out in a list of hundreds.
        return QBrush(QColor(0xfd, 0xec, 0xc8));
    case Qt::DisplayRole:
        switch (column) {
        case CodeColumn:
            return agency.code;
        case NameColumn:
            return agency.name;
        case GroupColumn:
            return groupName(agency.group);
        case StatusColumn:
            return tr("not submitted");
        default:
            return {};
        }
    case SortRole:
        switch (column) {
        case CodeColumn:
            return agency.code;
        case NameColumn:
            return agency.name;
        case GroupColumn:
            return agency.group;
        case StatusColumn:
            return NotSubmitted;
        case SubmittedColumn:
            return qint64(-1);
        case RankColumn:
            return std::numeric_limits<qint64>::max();
        default:
            return sortable(std::nullopt);
        }
    default:
        return {};
    }
}

QVariant OverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case AppraisedPointsColumn:
            return tr("The council's answers scored as the agency scores itself: directly comparable with the "
                      "self-assessed points.");
        case OverclaimPointsColumn:
        case OverclaimPercentColumn:
            return tr("Appraised minus self-assessed, on the agency's own items: negative where the agency "
                      "claimed more than the council gives.");
        case RankColumn:
            return tr("Rank within the agency's group on the final result; * provisional.");
        case RequestsColumn:
            return tr("Items the council asked the agency to explain, still awaiting its response.");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Agency");
    case GroupColumn:
        return tr("Group");
    case StatusColumn:
        return tr("Status");
    case SealColumn:
        return tr("Seal");
    case SubmittedColumn:
        return tr("Submitted at");
    case SelfPointsColumn:
        return tr("Self");
    case SelfPercentColumn:
        return tr("Self %");
    case AppraisedPointsColumn:
        return tr("Appraised");
    case FinalPointsColumn:
        return tr("Final");
    case FinalPercentColumn:
        return tr("Final %");
    case GradeColumn:
        return tr("Grade");
    case RankColumn:
        return tr("Rank");
    case OverclaimPointsColumn:
        return tr("Over-claim");
    case OverclaimPercentColumn:
        return tr("Over-claim (pp)");
    case RequestsColumn:
        return tr("To explain");
    default:
        return {};
    }
}

} // namespace ParScore
