#include "scoringtext.h"

#include <QCoreApplication>

namespace ParScore {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::ScoringText)
};

} // namespace

QString nodeStateName(NodeState state)
{
    switch (state) {
    case NodeState::Complete:
        return Text::tr("complete");
    case NodeState::Incomplete:
        return Text::tr("incomplete");
    case NodeState::NotApplicable:
        return Text::tr("not applicable");
    }
    return {};
}

QString criteriaStatusWarning(SetStatus status)
{
    switch (status) {
    case SetStatus::Illustrative:
        return Text::tr("ILLUSTRATIVE criteria set (minh họa): not the province's official set");
    case SetStatus::Draft:
        return Text::tr("DRAFT criteria set: not yet official");
    case SetStatus::Official:
        break;
    }
    return {};
}

} // namespace ParScore
