#pragma once

#include "assessmentstore.h"
#include "criteriaset.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace ParScore {

// One cell of the survey grid, as typed or pasted: the text a node's rule takes
// (docs/criteria-format-notes.md, "Survey grid"). The answer it gives is checked exactly as
// an answers file's answer is (AnswersParser, as the appraiser).
class SurveyCell
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::SurveyCell)

public:
    // nullopt: an empty cell, which leaves the item unchanged. An error says why the text
    // is not an answer of this leaf (without naming the leaf: the caller does).
    static Result<std::optional<Answer>> parse(const CriteriaSet &set, const CriteriaNode &leaf,
                                               const QString &text);
    // The text of an answer in the same syntax (numbers in the current language), which
    // parse() reads back as the same answer.
    static QString format(const CriteriaNode &leaf, const Answer &answer);
};

// A problem of a survey grid, placed where the inspector will look for it.
struct SurveyProblem
{
    int line = 0;       // 1-based line of the text; 0: the grid as a whole
    QString agencyCode; // empty outside a row (the header, the grid as a whole)
    QString nodeId;     // the column; empty for the whole row or line
    QString why;
};

// One row of a grid: an agency's assessment and the answers of its non-empty cells.
struct SurveyRow
{
    int line = 0;
    AssessmentInfo assessment;
    CriteriaSet set; // the assessment's set: each row may use another set or edition
    QList<QPair<QString, Answer>> answers; // node id → answer, in column order
};

// A survey grid read from tab-separated text: header `agency<TAB>id1<TAB>id2…`, then one
// row per agency code, `CODE<TAB>cell…`. Read whole, with every problem of every cell,
// before anything is written; applied whole into one appraisal layer, or not at all.
class SurveyGrid
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::SurveyGrid)

public:
    QStringList columns; // node ids, in the header's order
    QList<SurveyRow> rows;

    int cellCount() const; // the non-empty cells

    // Caps on what a grid may hold (a province pastes a few thousand rows of a few dozen
    // columns); over one, the grid is refused naming the cap.
    static constexpr qint64 maxBytes = 16 * 1024 * 1024;
    static constexpr int maxRows = 50000;
    static constexpr int maxColumns = 1000;
    static constexpr int maxCellLength = 10100; // a not-applicable reason and its "NA: "

    // A grid file's text: UTF-8, a byte order mark dropped. Refuses a file over maxBytes
    // (before reading it) and bytes that are not UTF-8.
    static Result<QString> readFile(const QString &path);
    // Reads `text` against the assessments of `file`: each row's agency
    // code names the assessment of `year` (without a year: the agency's only one). Header
    // ids must be appraiser-scored leaves of the sets of the rows that fill them. Every
    // problem is collected into `problems` (cells, rows, header); the grid is usable only
    // when there is none. An error: the file itself could not be read.
    static Result<SurveyGrid> read(ParxFile &file, const QString &text, std::optional<int> year,
                                   QList<SurveyProblem> &problems);
    // "line 3, agency STP, column 8.1: why" (as much of it as the problem has).
    static QString describe(const SurveyProblem &problem);
    // All the problems as one error ("nothing was changed"), for the CLI and dialogs.
    static Error refusal(const QList<SurveyProblem> &problems);

    // Writes every non-empty cell into `layer` (appraisal1 or appraisal2 only) of the
    // inspectors' file in one transaction, each change logged with `author`; a submitted
    // assessment starts its appraisal. Returns each change with the answer before and after
    // (for undo). With `commit` false, runs every check and returns what would change,
    // writing nothing.
    Result<QList<AnswerChange>> apply(ParxFile &file, Layer layer, const QString &author,
                                      bool commit = true) const;
    // Writes back the answers before `changes` in one transaction, refusing the whole undo
    // if any of those items was changed since. Returns the changes it made (to redo).
    static Result<QList<AnswerChange>> undo(ParxFile &file, Layer layer, const QList<AnswerChange> &changes,
                                            const QString &author);
    // Refuses the self layer (the agency's) and any file that is not the inspectors'.
    static Result<bool> checkTarget(ParxFile &file, Layer layer);
};

} // namespace ParScore
