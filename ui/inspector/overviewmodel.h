#pragma once

#include "overview.h"
#include "provincefile.h"

#include <QAbstractTableModel>

namespace ParScore {

// The overview (bảng tổng hợp) as a table: every submitted assessment of the province file
// (the core overview's rows, in its order) and after them every expected agency that has not
// submitted. A thin adapter: nothing is copied per cell, so 3,321 agencies scroll smoothly.
class OverviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn, // STT: the place in the table as sorted and filtered (the proxy numbers it)
        CodeColumn,
        NameColumn,
        GroupColumn,
        StatusColumn,
        SealColumn,
        SubmittedColumn,
        SelfPointsColumn,
        SelfPercentColumn,
        AppraisedPointsColumn, // the council's answers scored as the agency: comparable to self
        FinalPointsColumn,
        FinalPercentColumn,
        GradeColumn,
        RankColumn,
        OverclaimPointsColumn,
        OverclaimPercentColumn,
        RequestsColumn, // explanation requests awaiting the agency's response
        ColumnCount
    };
    // What a row is, for filtering: its AssessmentStatus as an int, or NotSubmitted.
    static constexpr int NotSubmitted = -1;
    static constexpr int StateRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;    // numbers as numbers, none lowest
    static constexpr int GroupRole = Qt::UserRole + 3;   // the group's tag
    static constexpr int SearchRole = Qt::UserRole + 4;  // code and name, for the search box
    static constexpr int AgencyRole = Qt::UserRole + 5;  // the agency's code
    static constexpr int YearRole = Qt::UserRole + 6;
    static constexpr int AssessmentRole = Qt::UserRole + 7; // its UUID; none for an agency not submitted

    explicit OverviewModel(QObject *parent = nullptr);

    // Shows `overview`: its rows, then its expected agencies that have not submitted.
    void reset(const Overview &overview);
    // Of the province's year: submitted (not drafts), and expected but not submitted (drafts
    // included, though they are shown as their own rows).
    int submittedCount() const { return m_submitted; }
    int missingCount() const { return m_notSubmitted; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant submittedData(const OverviewRow &row, int column, int role) const;
    QVariant missingData(const ExpectedAgency &agency, int column, int role) const;

    QList<OverviewRow> m_rows;
    QList<ExpectedAgency> m_missing;
    int m_year = 0;
    int m_submitted = 0;
    int m_notSubmitted = 0;
};

} // namespace ParScore
