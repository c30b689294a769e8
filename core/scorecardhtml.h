#pragma once

#include "assessment.h"
#include "criteriaset.h"
#include "parxfile.h"
#include "scorer.h"

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
    static QString build(const ScorecardContent &content);
};

} // namespace ParScore
