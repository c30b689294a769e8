#pragma once

#include "assessmentstore.h"

#include <QSqlQuery>
#include <array>

namespace ParScore {

// Reads the answers of many assessments in one pass over the answers table, in the order
// of their UUIDs: a view of a whole province file (the overview of 3,321 agencies) then
// costs one query instead of three per assessment, and holds one assessment's answers at a
// time. Each layer is validated by AssessmentStore::answersFromRows, as every read is.
class AnswersScan
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::AnswersScan)

public:
    using Layers = std::array<AnswerSet, 3>; // indexed by Layer: self, appraisal1, appraisal2

    explicit AnswersScan(ParxFile &file)
        : m_file(file)
    {}

    // Puts assessments in the order the scan reads them (ascending UUID).
    static void sortForScan(QList<AssessmentInfo> &assessments);
    using Rows = std::array<QList<AnswerRow>, 3>; // the stored rows of each layer
    // The layers of `assessment`. Ask in the order of sortForScan, each assessment once;
    // assessments may be left out.
    Result<Layers> next(const AssessmentInfo &assessment, const CriteriaSet &set);
    // The same in two steps: the rows as stored (reading the file: this connection's
    // thread), then their validation (any thread: a view of thousands parses on every core).
    Result<Rows> nextRows(const AssessmentInfo &assessment);
    static Result<Layers> parse(const CriteriaSet &set, const Rows &rows);

private:
    Result<bool> start();
    void advance();

    ParxFile &m_file;
    std::optional<QSqlQuery> m_query;
    bool m_hasRow = false;
    QByteArray m_rowKey;  // the assessment of the current row, as SQLite orders it
    QByteArray m_lastKey; // the assessment asked for last
};

} // namespace ParScore
