#pragma once

#include "assessment.h"
#include "criteriaset.h"

#include <QWidget>

namespace ParScore {

class ProvinceDocument;
struct AgencyAppraisal;

// The bonus or the penalty section of one agency in one round: each item with the agency's
// own count, and the council's count for the round (0 included: "does not apply"), or
// nothing, when the agency's count stands. Each change is an undo step of the document.
class AppraisalExtrasPanel : public QWidget
{
    Q_OBJECT

public:
    AppraisalExtrasPanel(ProvinceDocument *document, const AgencyAppraisal &agency, Layer round, ExtraKind kind,
                         bool editable, QWidget *parent = nullptr);
};

} // namespace ParScore
