#include "layernames.h"

#include <QCoreApplication>

namespace ParScore {

QString layerName(Layer layer)
{
    switch (layer) {
    case Layer::Self:
        return QCoreApplication::translate("ParScore::Layer", "Self-assessment");
    case Layer::Appraisal1:
        return QCoreApplication::translate("ParScore::Layer", "Appraisal 1");
    case Layer::Appraisal2:
        return QCoreApplication::translate("ParScore::Layer", "Appraisal 2");
    }
    return layerKey(layer);
}

} // namespace ParScore
