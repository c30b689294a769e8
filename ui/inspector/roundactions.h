#pragma once

#include "assessment.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace ParScore {

struct AgencyAppraisal;
class ProvinceDocument;

// The explanation round and the final result as the inspector drives them from a window:
// each asks what it must (the request's text, where the file goes, a reason), says what
// happens before it happens, and reports the file's refusal in a dialog. Shared by the
// workspace's menu and the appraisal window. Each returns what was done, to show in the
// window (empty when nothing was: cancelled or refused).
class RoundActions
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::RoundActions)

public:
    // The agency's assessment is taken by value: the document's views, whose data the caller
    // may pass, are read again (and the overview re-sorted) by what each step writes.

    // Asks what the agency should explain on `nodeId` and records it (an undo step).
    static QString requestExplanation(QWidget *parent, ProvinceDocument *document, const AgencyAppraisal &agency,
                                      QString nodeId);
    // Writes the request file for the agency where the inspector chooses, with the council's
    // round-1 notes or without them, as the inspector chooses.
    static QString sendForExplanation(QWidget *parent, ProvinceDocument *document, AssessmentInfo assessment);
    // Locks the agency's final result, after saying how many requests it closes unanswered.
    static QString finalize(QWidget *parent, ProvinceDocument *document, AssessmentInfo assessment,
                            int openRequests);
    // Finalizes every agency of the group whose final layer is complete; the others are
    // listed with the reason.
    static QString finalizeGroup(QWidget *parent, ProvinceDocument *document, const QString &group);
    // Moves a final result back to being appraised, with the reason the inspector gives.
    static QString reopen(QWidget *parent, ProvinceDocument *document, AssessmentInfo assessment);
};

} // namespace ParScore
