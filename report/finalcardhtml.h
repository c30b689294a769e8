#pragma once

#include "layeredscores.h"
#include "parxfile.h"
#include "scorecardhtml.h"

#include <QCoreApplication>

namespace ParScore {

// What the official scorecard of an appraised agency shows: every layer side by side.
struct FinalCardContent
{
    AssessmentInfo assessment;
    const CriteriaSet *set = nullptr;
    LayeredScores scores;
    QString council; // the province file's title (the appraisal it belongs to); may be empty
    bool sealIntact = false;
    SignatureCheck sealSignature;  // the agency's, of its submission
    SignatureCheck finalSignature; // the inspector's, of the final result (unsigned until final)
};

// The official scorecard of the appraisal (phiếu kết quả thẩm định): the heading block of an
// administrative document (the council at the top left; the national name and motto, place
// and date at the top right), then STT | area / criterion / sub-criterion | maximum (the
// appraisers': every item, surveys included) | self | appraisal 1 | appraisal 2 | final |
// note, the bonus, penalty, total, index and grade rows, the submission's seal and the
// signature blocks. While the result is not final its final points are marked provisional.
// Every text from a file is escaped. In the current language.
class FinalCardHtml
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::FinalCardHtml)

public:
    static Result<FinalCardContent> load(ParxFile &file, const AssessmentInfo &assessment, const CriteriaSet &set);
    static ScorecardPieces pieces(const FinalCardContent &content);
};

} // namespace ParScore
