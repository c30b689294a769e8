#pragma once

#include "assessment.h"
#include "criteriaset.h"
#include "parxfile.h"
#include "scorer.h"
#include "signatures.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

namespace ParScore {

// Everything the printed self-assessment scorecard shows (domain.md "The printed scorecard").
struct ScorecardContent
{
    AssessmentInfo assessment;
    const CriteriaSet *set = nullptr;
    Scorecard card;                         // the self layer, scored as the agency
    QMap<QString, QString> notes;           // node → the officer's note / explanation
    QHash<QString, QStringList> evidence;   // node → names of the documents linked to it
    bool sealIntact = false;
    SignatureCheck sealSignature; // the agency's key, printed beside the seal's fingerprint
};

// The scorecard's HTML in pieces, so that a printer can start a page (and a new table
// with its header) between any two rows: rows are never cut, an area row never ends a
// page, and the summary rows stay with the seal and the signatures.
struct ScorecardPieces
{
    QString head;       // from <html> to the table: title, agency, year, criteria set
    QString headings;   // the <th> cells of the table's header row
    QStringList rows;   // one <tr> each: criteria rows, then the summary rows
    QList<bool> keepWithNext; // per row: an area row belongs with the row after it
    int firstSummaryRow = 0;  // from here on, kept together with the footer
    QString footer;     // after the table: seal statement, signature blocks, </html>

    // The whole HTML; a new page and a new table (with its header) start at each row
    // index in `pageStarts`.
    QString html(const QList<int> &pageStarts = {}) const;

private:
    QString tableStart(bool newPage) const;
};

// The scorecard as HTML for QTextDocument: landscape table, area rows bold upper case,
// bonus, penalty, total, index, grade, signature blocks, the criteria set's identity and
// its "illustrative" label, the seal fingerprint. Every text that came from a file is
// escaped: it is shown as text, never interpreted as markup. In the current language.
class ScorecardHtml
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::ScorecardHtml)

public:
    // Gathers the self layer, notes, evidence names and seal state of one assessment.
    static Result<ScorecardContent> load(ParxFile &file, const AssessmentInfo &assessment,
                                         const CriteriaSet &set);
    static ScorecardPieces pieces(const ScorecardContent &content);
    // The start of every printed table document (<html> to <body>): font, headings, the
    // bordered table, right-aligned numbers, bold group rows. Shared with the ranking.
    static QString documentStart();
    // Helpers of every printed table document: text from a file as text (never markup), a
    // cell styled by class only, the submission's seal statement, two signature blocks.
    static QString escaped(const QString &text);
    static QString cell(const QString &html, const QString &cssClass = QString());
    static QString numberCell(const QString &html); // points and percents, right-aligned
    static QString sealStatement(const AssessmentInfo &assessment, bool sealIntact, const SignatureCheck &signature);
    // A signature on paper: `valid` with the key's fingerprint for %1, `unsignedText` for a
    // file made before signatures, `broken` (with %1) for one that does not hold.
    static QString signatureStatement(const SignatureCheck &check, const QString &valid, const QString &unsignedText,
                                      const QString &broken);
    static QString signatures(const QString &left, const QString &leftHint, const QString &right,
                              const QString &rightHint);

private:
    static QString head(const ScorecardContent &content);
    static QString headings();
    static void appendItemRows(const ScorecardContent &content, ScorecardPieces &pieces);
    static void appendSummaryRows(const ScorecardContent &content, ScorecardPieces &pieces);
    static QString footer(const ScorecardContent &content);
};

} // namespace ParScore
