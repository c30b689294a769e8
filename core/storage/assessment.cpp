#include "assessment.h"

#include <QCoreApplication>

namespace ParScore {

QString layerKey(Layer layer)
{
    switch (layer) {
    case Layer::Self:
        return QStringLiteral("self");
    case Layer::Appraisal1:
        return QStringLiteral("appraisal1");
    case Layer::Appraisal2:
        return QStringLiteral("appraisal2");
    }
    return {};
}

std::optional<Layer> layerFromKey(const QString &key)
{
    for (const Layer layer : allLayers) {
        if (layerKey(layer) == key)
            return layer;
    }
    return std::nullopt;
}

QString statusKey(AssessmentStatus status)
{
    switch (status) {
    case AssessmentStatus::Draft:
        return QStringLiteral("draft");
    case AssessmentStatus::Submitted:
        return QStringLiteral("submitted");
    case AssessmentStatus::InAppraisal:
        return QStringLiteral("inAppraisal");
    case AssessmentStatus::ExplanationRequested:
        return QStringLiteral("explanationRequested");
    case AssessmentStatus::Final:
        return QStringLiteral("final");
    }
    return {};
}

QString statusName(AssessmentStatus status)
{
    switch (status) {
    case AssessmentStatus::Draft:
        return QCoreApplication::translate("ParScore::Status", "draft");
    case AssessmentStatus::Submitted:
        return QCoreApplication::translate("ParScore::Status", "submitted");
    case AssessmentStatus::InAppraisal:
        return QCoreApplication::translate("ParScore::Status", "in appraisal");
    case AssessmentStatus::ExplanationRequested:
        return QCoreApplication::translate("ParScore::Status", "explanation requested");
    case AssessmentStatus::Final:
        return QCoreApplication::translate("ParScore::Status", "final");
    }
    return {};
}

std::optional<AssessmentStatus> assessmentStatusFromKey(const QString &key)
{
    for (const auto status :
         {AssessmentStatus::Draft, AssessmentStatus::Submitted, AssessmentStatus::InAppraisal,
          AssessmentStatus::ExplanationRequested, AssessmentStatus::Final}) {
        if (statusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

} // namespace ParScore
